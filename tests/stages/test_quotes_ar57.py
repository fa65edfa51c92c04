"""Arabic quotes, session 53 (quotes57ar; issue 21 point 3), from the unknown speakers of the
pooled Arabic development sets: a plural participle or verb whose subject is a collective noun or
a broken plural of people («وفد», «أعضاء», «الطلاب»), which ends in neither «ون» nor «ين». Short
sentences in the style of the SaudiNewsNet articles of those sets."""

from __future__ import annotations

from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.quotes import find_quotes


def quotes_57ar(text: str) -> list[tuple[str, str | None]]:
    """(cue, speaker as written) of each quote found."""
    doc = Document(id="t", source="t", text=text, lang="ar")
    doc.entities = find_entities(doc.text, "ar")
    return [(q["cue"], q["speaker_text"]) for q in find_quotes(doc)]


def test_a_delegation_goes_on_with_a_plural_participle():
    """snn-2015-08-02-00494 (quotes_dev56ar.tsv): «أكّد وفد من أعضاء الغرفة … أن …، مشيرين إلى
    أن …» left the participle's quote with no speaker: «وفد» is no «ون» plural."""
    text = (
        "أكد وفد من أعضاء الغرفة الدولية للنقل البحري، أن البلاد تمضي على الطريق الصحيح بقوة،"
        " مشيرين إلى أن زيارتهم تهدف إلى التعرف على خطط تطوير الموانئ."
    )
    quotes = quotes_57ar(text)
    assert quotes[-1][1] == "وفد من أعضاء الغرفة الدولية للنقل البحري"


def test_members_of_the_delegation_are_the_delegation_named_before():
    """snn-2015-08-02-00494 (quotes_dev56ar.tsv): «وأعرب أعضاء الوفد عن إعجابهم …، مؤكدين أنه»
    after the delegation spoke: the group named in full before."""
    text = (
        "أكد وفد من أعضاء الغرفة الدولية للنقل البحري، أن البلاد تمضي على الطريق الصحيح بقوة."
        "\nوأعرب أعضاء الوفد عن إعجابهم بما تحقق في المشروع بعد زيارتهم له، مؤكدين أنه سيكون"
        " له تأثير إيجابي مهم على حركة النقل البحري."
    )
    assert quotes_57ar(text)[-1][1] == "وفد من أعضاء الغرفة الدولية للنقل البحري"


def test_a_broken_plural_after_the_verb_speaks_a_plural_verb():
    """snn-2015-08-02-00631 (quotes_dev45c.tsv): «واستطرد الطلاب في شرح واقعهم، وقالوا: …» had
    no speaker: «الطلاب» is the subject of the clause's verb."""
    text = (
        "واستطرد الطلاب في شرح واقعهم، وقالوا: بعد صدور القرار عشنا في حيرة كبيرة وضيق، حيث"
        " لم نجد من يرد علينا."
    )
    assert quotes_57ar(text)[-1][1] == "الطلاب"


def test_a_plural_verb_after_a_singular_subject_stays_unknown():
    """A plural verb whose clause opens with one person («وقال المدير …») is not his; no
    collective is written, so no one is named (precision first)."""
    text = (
        "وقال مدير الإدارة إن العمل مستمر في المشروع. وأضافوا أن المرحلة الثانية ستبدأ قريبا"
        " بعد اكتمال الدراسات."
    )
    assert quotes_57ar(text)[-1][1] != "مدير الإدارة"


def test_expressed_with_abbar_takes_its_collective_subject():
    """snn-2015-08-01-00644 (quotes_dev49b.tsv): «عبر ائتلاف القوى السنية … استنكارهم عن …،
    مؤكدين بأنه» had no speaker: «عبر» before «عن» is the verb, not "via"."""
    text = (
        "عبر ائتلاف القوى السنية جنوب العراق استنكارهم عن العمل الإجرامي في المنطقة، مؤكدين"
        " بأنه عمل إجرامي يهدف إلى نشر الفتنة بين أبناء البلد."
    )
    assert quotes_57ar(text)[-1][1] == "ائتلاف القوى السنية جنوب العراق"


def test_a_phrase_of_ba_after_the_group_is_not_the_group():
    """Unlabelled check of quotes57ar (snn-2015-08-04-01185): «ويطالب الخبراء بضرورة عدم تجديد
    …، مشيرين إلى أن …» was read as «الخبراء بضرورة عدم تجديد»."""
    text = (
        "ويطالب الخبراء بضرورة عدم تجديد أي تراخيص للمشاريع المقامة على الشاطئ مباشرة، مشيرين"
        " إلى أن هذا الأمر يمثل أزمة بارزة في المملكة."
    )
    assert quotes_57ar(text)[-1][1] == "الخبراء"
