"""Arabic quote speakers, session 64 (speakers78ar; issue 21 point 3): the one told behind «لــ»
written with a drawn-out tatweel is no speaker; a given name that is also a town («تيماء»)
set after «محافظة» is the town, so «أحد سكان حي الربوة بتيماء» speaks as written; a common
adjective with its article («الأدبي») and a given name the tagger leaves out («معاذ») are cut
from and added to the speaker's name; «عدد كبير من» names a plural cue's group. Short real
sentences from SaudiNewsNet (quotes_dev78ar.tsv, quotes_dev70ar.tsv)."""

from __future__ import annotations

from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.quotes import find_quotes


def speakers(text: str) -> list[str | None]:
    """The speaker as written for each quote found."""
    doc = Document(id="t", source="t", text=text, lang="ar")
    doc.entities = find_entities(doc.text, "ar")
    return [q["speaker_text"] for q in find_quotes(doc)]


def test_the_one_told_behind_a_drawn_out_tatweel_is_no_speaker():
    """snn-2015-08-02-01237 (quotes_dev78ar): «قال مصدر مسؤول لــ "سبق" إن» went to Sabq."""
    text = (
        'من جهته، قال مصدر مسؤول لــ "سبق" إن الرياح الشديدة والغبار أديا إلى فصل أكثر'
        " المغذيات عن المحافظة، مفيداً بأن فرق الصيانة تمكنت من معالجة الانقطاع."
    )
    assert speakers(text) == ["مصدر مسؤول"]


def test_a_town_after_its_classifier_is_no_person_in_a_residents_subject():
    """snn-2015-08-02-01237 (quotes_dev78ar): «تيماء» after «محافظة» was a person, so the
    resident's words went to «محافظة تيماء»."""
    text = (
        "تسببت الرياح التي ضربت محافظة تيماء اليوم في انقطاع التيار الكهربائي عن بعض أحياء"
        " المحافظة.   وأكد أحد سكان حي الربوة بتيماء أن حيهم أكثر الأحياء تضرراً بعد أن استمر"
        " الانقطاع لأكثر من ساعة.   وأشار إلى أن التيار الكهربائي انقطع أول أمس عن الحي أيضاً."
    )
    doc = Document(id="t", source="t", text=text, lang="ar")
    doc.entities = find_entities(doc.text, "ar")
    assert not [m for m in doc.entities if m["type"] == "PER"]
    assert speakers(text) == ["أحد سكان حي الربوة بتيماء"] * 2


def test_a_common_adjective_before_a_given_name_is_no_word_of_the_name():
    """snn-2015-08-04-00573 (quotes_dev78ar): the speaker was «الأدبي حسن الزهراني»."""
    text = (
        "واوضح رئيس النادي الأدبي حسن الزهراني أن هذه الشراكة سيطورها النادي بعد موافقة"
        " الوزارة عليها."
    )
    assert speakers(text) == ["حسن الزهراني"]


def test_a_listed_given_name_before_a_family_name_joins_it():
    """snn-2015-08-02-00764 (quotes_dev78ar): the speaker was «الجعفري» alone."""
    text = (
        'بدوره، أشار المدير العام لجمعية البر في المحافظة معاذ الجعفري لـ"الوطن" أمس أن'
        " المساعدة المقدمة من خلال التمور في الأحساء تعتبر هي المساعدة الأعلى."
    )
    assert speakers(text) == ["معاذ الجعفري"]


def test_a_quantifier_with_its_size_names_the_group_of_a_plural_cue():
    """snn-2015-08-02-01221 (quotes_dev70ar): «أكد عدد كبير من طلاب مرحلة الدكتوراه …
    وقالوا لـ"سبق" إن» had no speaker; «عدد من» alone already named the group."""
    text = (
        "أكد عدد كبير من طلاب مرحلة الدكتوراه أهمية تفاعل وزير التعليم مع كل القضايا التي تهم"
        ' العمليّة التعليمية.     وقالوا لـ"سبق" إن عدد المتقدمين لمواصلة الدكتوراه بلغ ١٤٧'
        " معلمًا."
    )
    assert speakers(text) == ["عدد كبير من طلاب مرحلة الدكتوراه"]
