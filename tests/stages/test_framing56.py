"""Framing targets, round 56 (framing_dev56; issue 25's places standing for people): the land an
Arabic act noun names right after it stands for the side of an established event (invaded.tsv):
Iraq occupied and invaded is the 2003 coalition's, Kuwait liberated the 1991 coalition's, unless
the act's own doer is written. Short sentences written in the style of SaudiNewsNet articles."""

from __future__ import annotations

from rasad.config import Settings
from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.framing import make_framing
from rasad.stages.quotes import find_quotes

FRAMING_56 = make_framing(Settings())


def terms_of_56(text: str) -> dict[str, dict]:
    """The Arabic article's body terms by their written form, after the whole stage."""
    doc = Document(id="t", source="t", text=text, lang="ar")
    doc.entities = find_entities(text, "ar")  # type: ignore[assignment]
    doc.quotes = find_quotes(doc)
    return {t["text"]: t for t in FRAMING_56(doc).loaded_terms}


def test_the_occupation_of_iraq_is_the_coalitions():
    # as snn-2015-08-04-00292 (framing_dev47b): «احتلال العراق» among the region's wars
    text = "وشهدت المنطقة حروب الخليج واحتلال العراق حتى الثورات العربية وصعود الإخوان."
    found = terms_of_56(text)["واحتلال"]
    assert (found["target"], found["target_from"]) == ("US-led coalition in Iraq", "event")


def test_the_invasion_of_iraq_in_2003_is_the_coalitions():
    # as snn-2015-08-02-00108 (framing_dev47b): a politician who opposed the 2003 invasion
    text = "وقد عارض غزو العراق في 2003 أثناء حكم بلير."
    assert terms_of_56(text)["غزو"]["target"] == "US-led coalition in Iraq"


def test_iraq_with_its_patient_marked_after_is_the_doer():
    # «احتلال العراق للكويت»: Iraq occupies Kuwait (round 55's marked patient comes first)
    text = "وتذكر الكويتيون احتلال العراق للكويت عام 1990."
    assert terms_of_56(text)["احتلال"]["target"] == "Iraq"


def test_a_written_doer_of_the_occupation_of_iraq_stays():
    # the adjective names the occupier: no table needed
    text = "وتحدث الوزير عن الاحتلال الأمريكي للعراق وتبعاته."
    assert terms_of_56(text)["الاحتلال"]["target"] == "United States"


def test_the_liberation_of_kuwait_is_the_1991_coalitions():
    # as snn-2015-08-02-01017 (framing_dev47): America named before is one of the coalition
    text = (
        "حين غزا العراق الكويت عام 1990، وتدخل امريكا والعالم لتحرير الكويت من الاحتلال، لم"
        " يكن ذلك لتحقيق العدالة."
    )
    found = terms_of_56(text)["لتحرير"]
    assert (found["target"], found["target_from"]) == ("international coalition (1991)", "event")


def test_the_liberation_of_aden_keeps_its_convention():
    # another land's liberation: the Yemen war's convention, not the 1991 coalition
    text = "وتستعد المقاومة لتحرير عدن من الحوثيين."
    assert terms_of_56(text)["لتحرير"]["target"] == "Popular Resistance (Yemen)"
