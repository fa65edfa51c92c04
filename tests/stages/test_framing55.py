"""Framing targets, round 55 (framing_targets_misses53.md, "agent phrase, construct"): an Arabic
act noun's first genitive is its doer when the one it is done to is marked after it, by «ل» on
a land noun before the name («لدولة الكويت») or by «على». Short sentences written in the style
of SaudiNewsNet articles."""

from __future__ import annotations

from rasad.config import Settings
from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.framing import make_framing
from rasad.stages.quotes import find_quotes

FRAMING_55 = make_framing(Settings())


def terms_of_55(text: str) -> dict[str, dict]:
    """The Arabic article's body terms by their written form, after the whole stage."""
    doc = Document(id="t", source="t", text=text, lang="ar")
    doc.entities = find_entities(text, "ar")  # type: ignore[assignment]
    doc.quotes = find_quotes(doc)
    return {t["text"]: t for t in FRAMING_55(doc).loaded_terms}


def test_occupation_of_a_state_marked_by_a_land_noun_is_the_first_genitive():
    # as snn-2015-08-02-00416 (framing_dev44): «ل» on «دولة», not on the name
    text = "وشهدت فترة حكمه أحداثا كثيرة منها احتلال العراق لدولة الكويت في عام 1990."
    assert terms_of_55(text)["احتلال"]["target"] == "Iraq"


def test_aggression_of_an_army_on_a_state_is_the_army_state():
    # as snn-2015-08-02-00153 (framing_dev43): the doer after two head nouns, «على» the victim
    text = "وبعد عشرة أيام من عدوان جيش النظام العراقي على الكويت، أمر الملك بفتح الحدود."
    assert terms_of_55(text)["عدوان"]["target"] == "Iraq"


def test_occupation_for_decades_is_not_marked():
    # «لعقود» is no land noun: the land occupied is not the occupier
    text = "طالب الوزير بإنهاء احتلال الجولان السوري لعقود طويلة."
    assert terms_of_55(text)["احتلال"]["target"] != "Syria"
