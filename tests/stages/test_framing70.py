"""Framing, round 70 (issue 25 point 2, Arabic targets): a terror or crime label that its
sentence answers with a state written before it is left without that state when a word between
them makes the state one who condemns, denounces or tries the act (state_roles.tsv role
`observer`: «أدانت المملكة العربية السعودية … الجريمة الإرهابية», «لمحاكمته بتهم الإرهاب»); the
doer the report names («التي نفذها مستوطنون إسرائيليون») then answers. And a martyrdom verb whose
subject, a noun of victims.tsv, stands before it says whose dead («یک مرزبان … به شهادت رسید»),
when no usage answered and no person is named. Short excerpts of SaudiNewsNet and Fars
sentences."""

from __future__ import annotations

from rasad.config import Settings
from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.framing import folded, make_framing, state_role_words
from rasad.stages.quotes import find_quotes

FRAMING_70 = make_framing(Settings())


def terms_of_70(text: str, lang: str = "ar", title: str = "") -> dict[str, dict]:
    """The article's body terms by their written form, after the whole stage."""
    doc = Document(id="t", source="t", text=text, title=title or None, lang=lang)
    doc.entities = find_entities(text, lang)  # type: ignore[assignment]
    doc.quotes = find_quotes(doc)
    return {t["text"]: t for t in FRAMING_70(doc).loaded_terms}


def test_a_condemning_state_gives_way_to_the_doer_the_report_names():
    # snn-2015-08-01-00871 (framing_dev70ar): the kingdom condemns the settlers' arson
    text = (
        "أدانت المملكة العربية السعودية بأشد العبارات الجريمة الإرهابية البشعة التي نفذها "
        "مستوطنون إسرائيليون فجر اليوم وأدت إلى حرق رضيع فلسطيني بمنزله في قرية دوما."
    )
    found = terms_of_70(text)["الجريمة"]
    assert found["target"] == "Israeli settlers"
    assert found["target_from"] == "perpetrators"


def test_a_state_that_tries_a_man_is_not_the_target_of_the_charge():
    # snn-2015-08-03-00137 (framing_dev70ar): Abu Hamza's extradition to the United States
    text = (
        "ومتابعة أنشطة أبو حمزة المصري قبل ترحيله إلى الولايات المتحدة لمحاكمته بتهم الإرهاب، "
        "وكذلك أبو قتادة."
    )
    assert terms_of_70(text)["الإرهاب"].get("target") != "United States"


def test_a_state_with_no_role_word_keeps_its_answer():
    # snn-2015-08-01-00064 (unlabelled; as round 68): Iran's terrorist record
    text = "أبقى المجتمع الدولي العقوبات المتصلة بسجل إيران الإرهابي قائمة."
    assert terms_of_70(text)["الإرهابي"]["target"] == "Iran"


def test_the_observer_words_are_data_with_their_role():
    observers = {word for word, role in state_role_words()["ar"] if role == "observer"}
    assert {folded(w) for w in ("أدان", "استنكار", "محاكم")} <= observers


def test_a_martyrdom_verb_takes_the_dead_its_subject_names():
    # fars-13970413000417 (framing_dev68fa): a border guard killed in a clash near Saravan
    text = (
        "به گزارش خبرگزاری فارس از زاهدان، یک مرزبان در درگیری با اشرار مسلح در هنگ مرزی "
        "سراوان به شهادت رسید."
    )
    found = terms_of_70(text, "fa")["به شهادت رسید"]
    assert found["target"] == "Iranian border guards"
    assert found["target_from"] == "victims"


def test_a_named_martyr_before_the_verb_keeps_his_name():
    # snn-2015-08-02-01027 (framing_dev60): the Najran citizen named before «الذي استشهد»
    text = (
        "نقل أمير منطقة نجران تعازيه لذوي المواطن عبدالله بن دواس آل منصور الذي استشهد فجر "
        "اليوم إثر سقوط مقذوف من داخل الأراضي اليمنية على منزله."
    )
    found = terms_of_70(text)["استشهد"]
    assert found["target_from"] != "victims"
