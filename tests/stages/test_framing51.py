"""Framing targets, round 51 (framing_dev51, drawn at random; framing_targets_misses51.md): a
bare definite armed-group label takes the non-state group the report has been speaking of,
and «على يد» names an attack's perpetrator. Short sentences written in the style of
SaudiNewsNet articles."""

from __future__ import annotations

from rasad.config import Settings
from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.framing import make_framing
from rasad.stages.quotes import find_quotes

FRAMING_51 = make_framing(Settings())


def terms_of_51(text: str, title: str = "") -> dict[str, dict]:
    """The Arabic article's body terms by their written form, after the whole stage."""
    doc = Document(id="t", source="t", text=text, title=title or None, lang="ar")
    doc.entities = find_entities(text, "ar")  # type: ignore[assignment]
    doc.quotes = find_quotes(doc)
    return {t["text"]: t for t in FRAMING_51(doc).loaded_terms}


def test_the_rebels_after_a_sentence_on_the_taliban_are_the_taliban():
    # as snn-2015-08-01-01018 (framing_dev49): the movement named, then "the rebels" bare
    # (a place in the term's own sentence: the previous-sentence rule abstains there)
    text = (
        "أعلنت حركة طالبان مسؤوليتها عن الهجوم على قاعدة عسكرية. وقال مسؤول إن المتمردين"
        " سيطروا على مناطق في أفغانستان."
    )
    found = terms_of_51(text)["المتمردين"]
    assert (found["target"], found["target_from"]) == ("Taliban", "discourse antecedent")


def test_the_rebels_after_a_sentence_on_a_state_name_no_one():
    # the state named before fights the rebels: it is not whom "the rebels" names
    text = (
        "قصفت تركيا مواقع في شمال العراق أمس. وقال مسؤول إن المتمردين سيطروا على مناطق في الجبال."
    )
    assert terms_of_51(text)["المتمردين"]["target"] is None


def test_a_crime_at_the_hands_of_settlers_is_the_settlers():
    # as snn-2015-08-01-01218 (framing_dev51): the doer after «على يد», Israel blamed beside
    text = (
        'دان وزير الخارجية جريمة حرق الرضيع الفلسطيني "علي دوابشة" على يد مستوطنين'
        ' إسرائيليين فجر اليوم، وقال: "ندين بأشد العبارات جريمة حرق الرضيع الإرهابية'
        ' الوحشية، ونحمل اسرائيل المسؤولية".'
    )
    found = terms_of_51(text)["الإرهابية"]
    assert (found["target"], found["target_from"]) == ("Israeli settlers", "sentence doer")


def test_the_singular_militia_takes_no_hint():
    # as snn-2015-08-04-01000 (unlabelled check): a warlord's own militia, the Taliban before
    text = (
        "أعلنت حركة طالبان مسؤوليتها عن الهجوم على قاعدة عسكرية. وقال الجنرال إنه سيستعيض عن"
        " الميليشيا بمتطوعين في أفغانستان."
    )
    assert terms_of_51(text)["الميليشيا"]["target"] is None
