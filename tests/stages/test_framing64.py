"""Framing, round 64 (issue 25 point 2): a label right after a noun of a list, a law or
financing names the kind listed, outlawed or financed, and takes no group from the article's
rules (the headline's one armed group, the attack's perpetrators); a sentence that names who is
listed still answers. Short texts written in the style of SaudiNewsNet articles."""

from __future__ import annotations

from rasad.config import Settings
from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.framing import folded, make_framing, names_listed_kind
from rasad.stages.quotes import find_quotes

FRAMING_64 = make_framing(Settings())


def terms_of_64(title: str, text: str) -> dict[str, dict]:
    """The Arabic article's body terms by their written form, after the whole stage."""
    doc = Document(id="t", source="t", text=text, title=title, lang="ar")
    doc.entities = find_entities(text, "ar")  # type: ignore[assignment]
    doc.quotes = find_quotes(doc)
    return {t["text"]: t for t in FRAMING_64(doc).loaded_terms}


# as snn-2015-08-02-01289 (unlabelled): Jordan's parliament on the settlers' arson
TITLE = "مجلس النواب الأردني يدين جريمة المستوطنين بحق عائلة فلسطينية"


def test_the_terror_lists_take_no_group_from_the_headline():
    text = "وطالب المجلس بإدانة هذه الجماعات ووضعها على القوائم الإرهابية المحظورة."
    assert terms_of_64(TITLE, text)["الإرهابية"].get("target") is None


def test_a_list_law_or_financing_noun_before_the_label_with_its_clitics():
    for phrase, term, lang in [
        ("ووضعها على القوائم الإرهابية", "الإرهابية", "ar"),
        ("أدرج بقائمة الإرهابيين", "الإرهابيين", "ar"),
        ("الخبير في تمويل الإرهاب", "الإرهاب", "ar"),
        ("نام آنها در فهرست تروریستی", "تروریستی", "fa"),
    ]:
        text = folded(phrase)
        assert names_listed_kind(text, text.index(folded(term)), lang), phrase


def test_a_group_noun_before_the_label_is_no_list():
    text = folded("لمجموعة الإرهابيين")
    assert not names_listed_kind(text, text.index(folded("الإرهابيين")), "ar")


def test_a_campaign_against_terrorism_names_neither_its_speakers_state_nor_the_attacker():
    # as snn-2015-08-03-00672 (framing_dev47b): Turkey's "simultaneous battle against terrorism"
    title = "مقتل جنديين وإصابة 24 آخرين في هجوم شرقي تركيا"
    text = (
        "وتبنى حزب العمال الكردستاني الهجوم. وفيما وصفه رئيس الوزراء التركي أحمد داود أوغلو "
        'بأنه "معركة متزامنة ضد الارهاب" سمحت تركيا للتحالف باستخدام قواعدها.'
    )
    assert terms_of_64(title, text)["الارهاب"].get("target") is None


def test_militias_a_state_backs_are_not_the_state():
    # as snn-2015-08-03-00107 (framing_dev41): militias "coming from Iran and Iraq"
    text = (
        "وقال إن اللقاء سيبحث مواجهة تنظيمي «داعش» و«النصرة» والميليشيات القادمة من إيران والعراق."
    )
    found = terms_of_64("لقاء الدوحة الثلاثي", text)["والميليشيات"]
    assert found.get("target") is None
    assert "target_start" not in found


def test_a_nationality_adjective_right_after_mercenaries_stays_their_state():
    # as fars-13960626000827: «مزدوران سعودی», Saudi Arabia's hired force
    text = "نیروهای یمنی همچنین محل تجمع مزدوران سعودی را در شمال منطقه هدف قرار دادند."
    doc = Document(id="t", source="t", text=text, title="", lang="fa")
    doc.entities = find_entities(text, "fa")  # type: ignore[assignment]
    doc.quotes = find_quotes(doc)
    found = {t["text"]: t for t in FRAMING_64(doc).loaded_terms}["مزدوران"]
    assert found.get("target") == "Saudi Arabia"


def test_a_martyr_qualifying_a_described_soldier_is_of_the_soldiers_side():
    # as snn-2015-08-01-00965 (framing_dev58): the headline «الجندي السعودي الشهيد..»
    doc = Document(
        id="t",
        source="t",
        text="قتل الجندي أمس.",
        title="الجندي السعودي الشهيد.. ورصاصة في ظهر الوطن",
        lang="ar",
    )
    doc.entities = find_entities(doc.text, "ar")  # type: ignore[assignment]
    doc.quotes = find_quotes(doc)
    found = {t["text"]: t for t in FRAMING_64(doc).title_terms}["الشهيد"]
    assert (found["target"], found["target_from"]) == ("الجندي السعودي", "described group")
