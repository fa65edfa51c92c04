"""Arabic person recognition behind quote speakers, session 62 (speakers74ar; issue 21 point
3): a name the tagger ran on into the verb's object or the reported clause's «بأن» ends at
the name, and the given name «علي» before a family name, which the tagger reads as the
preposition «على», is a person's in a document that writes the preposition «على». Short excerpts of SaudiNewsNet
articles of the development sets and the round's unlabelled check."""

from __future__ import annotations

from rasad.entities.recognise import no_name_tail, recognise
from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.quotes import find_quotes


def people(text: str) -> list[str]:
    return [m.text for m in recognise(text, "ar") if m.type == "PER"]


def speakers(text: str) -> list[str | None]:
    """The speaker as written for each quote found."""
    doc = Document(id="t", source="t", text=text, lang="ar")
    doc.entities = find_entities(doc.text, "ar")
    return [q["speaker_text"] for q in find_quotes(doc)]


def test_a_name_ends_before_the_clauses_that():
    """snn-2015-08-02-01067 (quotes_dev74ar.tsv): «الحلي بأن» was one person."""
    text = "وطالب الدكتور الحلي بأن تبذل الجهات الحكومية قصارى جهدها لنيل هذه الجائزة."
    assert people(text) == ["الحلي"]


def test_a_name_ends_before_a_glued_common_word():
    """snn-2015-08-03-00182 (quotes_dev74ar.tsv): «مصطفى لوسائل» was one person."""
    text = "وقد صرح الفنان مصطفى لوسائل الإعلام الإسبانية بأنه قضى خمس سنوات في صنع النسخة."
    assert "مصطفى" in people(text)
    assert not any("لوسائل" in p for p in people(text))


def test_a_name_ends_before_a_stance_noun_and_its_pronoun():
    """snn-2015-08-02-01086 (quotes_dev74ar.tsv): «جوميز رضاه» (رضا is a given name too) was
    one person, and the coach's quotes went to it."""
    text = (
        "وعن هذا اللقاء، أبدى مدرب الفريق البرتغالي جوميز رضاه بعد العلامات التي لمسها من"
        " الفريق من خلال معسكره الحالي، لافتاً إلى أن كفاءة الخصم تعد هي الاختبار الحقيقي."
    )
    assert "جوميز" in people(text) and not any("رضاه" in p for p in people(text))
    assert [s.split()[-1] for s in speakers(text)] == ["جوميز"]


def test_family_names_that_open_like_a_proclitic_stay():
    """The round's unlabelled check («عبدالرحمن بوعلي», «أحمد بن محمد بالخير») and
    quotes_dev45.tsv («جاي باريك»): a family name opening like «ب/ل» on a word stays."""
    for word in ("بوعلي", "بالخير", "باريك", "بشارة", "باسم", "ليلى", "بلال", "لعلي"):
        assert not no_name_tail(word), word


def test_ali_after_a_role_the_recogniser_does_not_know():
    """snn-2015-08-04-00873 (quotes_dev72ar.tsv): «أمين عام نادي التعاون علي الشايعي» had no
    person, and his «وقال» went to the coach named before."""
    text = (
        'وامتدح أمين عام نادي التعاون علي الشايعي النتائج النهائية للمعسكر، وقال: "راضون'
        ' تماماً على ما قدمه اللاعبون خلال الأيام الماضية".'
    )
    assert "علي الشايعي" in people(text)
    assert speakers(text) == ["علي الشايعي"]


def test_ali_stays_a_preposition_where_the_writer_spells_it_so():
    """A document that writes the preposition «علي» before a common word («علي الرغم») reads
    no «علي» as a name."""
    text = "وحصل علي الموافقة علي الرغم من التأخير، وركز على الشايعي في حديثه."
    assert not any(p.startswith("علي") for p in people(text))


def test_ali_after_a_title_is_the_given_name_where_it_may_be_either():
    """snn-2015-08-04-00518 (quotes_dev76ar.tsv): the article never writes «على», so «علي» may
    be either there, but a preposition never follows «الأستاذ»."""
    text = (
        "من جهته قال مشرف الفعالية الأستاذ علي النقيدان: بفضل الله وتوفيقه وجدنا تشجيعاً"
        " هائلاً من الزوار."
    )
    assert "علي النقيدان" in people(text)


def test_ali_after_a_title_before_a_common_word_stays_a_preposition():
    """A common word after «علي» is no family name, title or not («رد الشيخ علي السؤال»)."""
    text = "ورد الشيخ علي السؤال في مجلسه امس، وقال علي الرغم من ذلك إن الأمر يسير."
    assert not any("علي" in p for p in people(text))
