"""Session 52, round entities55: English names the tagger read as places that the words after
them show to be bodies ("Air China shares", "UK Coal said"), unless the text sets the name as a
place ("officials in Powys said") or a titled person's ("Lady Hale said"); and a name after
"unit", "subsidiary" or "companies" (eval/labels/entities_en55.md)."""

from __future__ import annotations

from rasad.entities.link import linked_mentions


def _mention(text: str, word: str, kind: str = "LOC") -> dict:
    start = text.index(word)
    return {"text": word, "type": kind, "canonical": None, "start": start, "end": start + len(word)}


def _types(text: str, *words: str, kind: str = "LOC") -> list[str]:
    mentions = [_mention(text, w, kind) for w in words]
    return [m["type"] for _, m in linked_mentions(mentions, "en", text)]


def test_a_place_before_a_company_phrase_is_a_body():
    assert _types(
        "Retail investors may be able to buy Air China shares in Hong Kong.", "Air China"
    ) == ["ORG"]
    assert _types("Sina's shareholders approved the deal on Monday.", "Sina") == ["ORG"]
    assert _types('"Output is down," UK Coal said in a statement.', "UK Coal") == ["ORG"]


def test_a_place_the_text_sets_as_a_place_or_a_titled_person_stays():
    assert _types("Shocked health officials in Powys said this meant delays.", "Powys") == ["LOC"]
    assert _types("Reporters in the West Country said 2,000 people came.", "West Country") == [
        "LOC"
    ]
    assert _types("Lady Hale said immigration officers had erred.", "Hale") == ["LOC"]


def test_a_person_before_said_is_no_body():
    assert _types("Mr Smith said the plan would work.", "Smith", kind="PER") == ["PER"]


def test_a_name_after_unit_or_companies_is_a_body():
    text = "It is keen on buying a 15% stake in oil unit Yuganskneftegas, once part of Yukos."
    assert _types(text, "Yuganskneftegas") == ["ORG"]
    text = "Start-up companies Gizmondo and Tapwave are also on the market."
    assert _types(text, "Gizmondo") == ["ORG"]
