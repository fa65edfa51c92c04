"""Framing, round 60 (framing_dev60; issue 25's targets): a practice noun in construct with a
group named right after it is that group's, even after a word of fighting it («لمكافحة إرهاب
داعش»); terrorism in general stays generic. Short sentences written in the style of
SaudiNewsNet articles."""

from __future__ import annotations

from rasad.config import Settings
from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.framing import make_framing
from rasad.stages.quotes import find_quotes

FRAMING_60 = make_framing(Settings())


def terms_of_60(text: str) -> dict[str, dict]:
    """The Arabic article's body terms by their written form, after the whole stage."""
    doc = Document(id="t", source="t", text=text, title=None, lang="ar")
    doc.entities = find_entities(text, "ar")  # type: ignore[assignment]
    doc.quotes = find_quotes(doc)
    return {t["text"]: t for t in FRAMING_60(doc).loaded_terms}


def test_the_terror_of_a_named_group_is_that_group_after_a_word_of_fighting_it():
    # as snn-2015-08-03-01179 (framing_dev44): the coalition to fight ISIS's terror
    text = (
        "يعقد وزير الخارجية الأمريكي اجتماعا في الدوحة لبحث كيفية تفعيل عمل التحالف الدولي"
        " لمكافحة إرهاب داعش والأزمة اليمنية."
    )
    found = terms_of_60(text)["إرهاب"]
    assert (found["target"], found["target_from"]) == ("ISIS", "practice of a group")


def test_the_fight_against_terrorism_in_general_stays_generic():
    # as snn-2015-08-03-00149 (framing_dev60): «الحرب على الإرهاب», no group in construct
    text = "تهيمن على المباحثات أوضاع المنطقة، وخصوصا الحرب على الإرهاب والأزمتين السورية واليمنية."
    assert terms_of_60(text)["الإرهاب"]["target"] is None


def test_terror_coordinated_with_another_noun_is_not_read_as_a_construct():
    # as snn-2015-08-03-01064 (framing_dev60): «أعمال عنف وإرهاب», a clitic on the noun
    text = "وأضافت أن هذه المجموعة تحاول القيام بأعمال عنف وإرهاب داعش في المنطقة."
    assert terms_of_60(text)["وإرهاب"].get("target_from") != "practice of a group"


def test_a_newspaper_after_the_martyr_is_not_the_martyr():
    # as snn-2015-08-04-00911 (framing_dev60): the martyr's cousin spoke to a newspaper
    text = (
        "رزق شهيد الواجب عوض بن سراج المالكي بمولود. وقد خص ابن عم الشهيد صحيفة «الوئام»"
        " بكلمة بهذه المناسبة."
    )
    found = terms_of_60(text)["الشهيد"]
    assert found["target"] != "Al-Weeam" and found.get("target_start") != text.index("الوئام")


def test_the_adjective_of_the_army_coordinated_with_rebels_is_not_theirs():
    # as snn-2015-08-04-00195 (framing_dev60): «بين المتمردين والجيش التركي»
    text = (
        "اشعل الهجوم سلسلة من الردود والردود المضادة بين المتمردين والجيش التركي الذي اتهم"
        " بعدم حماية السكان المدنيين."
    )
    assert terms_of_60(text)["المتمردين"]["target"] != "Turkey"


def test_resistance_coordinated_with_the_army_keeps_its_convention():
    # as snn-2015-08-04-00980 (framing_dev): «المقاومة والجيش سيبدأون الهجوم»
    text = (
        "وأكدت المصادر أن الحوثيين وقوات صالح باتوا محاصرين في مواقع لحج وأن المقاومة والجيش"
        " سيبدأون الهجوم عليها لتحريرها."
    )
    assert terms_of_60(text)["المقاومة"]["target"] == "Popular Resistance (Yemen)"


def test_this_regime_after_the_zionist_regime_is_israel():
    # as fars-13981128000366 (framing_dev60): «این رژیم» in Gantz's words, after «رژیم صهیونیستی»
    text = (
        "وی با بیان اینکه مسئولان امنیتی رژیم صهیونیستی به صورت مؤثر با حماس مقابله نمی‌کنند،"
        " اظهار داشت: «اگر به عنوان نخست‌وزیر این رژیم انتخاب شوم، مسئولیت‌پذیر خواهم بود»."
    )
    doc = Document(id="t", source="t", text=text, title=None, lang="fa")
    doc.entities = find_entities(text, "fa")  # type: ignore[assignment]
    doc.quotes = find_quotes(doc)
    found = [t for t in FRAMING_60(doc).loaded_terms if t["text"] == "رژیم"]
    assert [(t["target"], t["target_from"]) for t in found] == [
        ("Israel", "demonstrative antecedent")
    ]
