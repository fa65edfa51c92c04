"""What a user saw on the whole archive (session 45, eval/labels/types45.md): companies named by
their brand alone in the place, person and MISC lists — "Sony" and "Apple" as places, "Yahoo" and
"Rosneft" as people, "WorldCom" and "Gazprom" as MISC. Sentences from the corpus (BBC News,
SaudiNewsNet), read with data/gazetteers/companies.tsv."""

from __future__ import annotations

from rasad.stages.entities import find_entities


def _types(text: str, lang: str) -> dict[str, str]:
    return {m["text"]: m["type"] for m in find_entities(text, lang)}


def test_sony_and_microsoft_in_a_games_story_are_companies():
    text = (
        "Microsoft, Sony and Nintendo are expected to release new consoles. "
        "Sony and Microsoft have both reduced console prices."
    )
    types = _types(text, "en")
    assert types.get("Sony") == "ORG"
    assert types.get("Microsoft") == "ORG"


def test_apple_suing_reporters_is_a_company():
    text = "Apple wants the reporters to reveal their sources. Apple is particularly keen to find them."
    assert _types(text, "en").get("Apple") == "ORG"


def test_yahoo_earning_money_is_a_company():
    text = "During the same quarter, Yahoo earned $187m, again tipping analysts' forecasts."
    assert _types(text, "en").get("Yahoo") == "ORG"


def test_russian_oil_firms_are_companies():
    text = (
        "The owners of embattled Russian oil giant Yukos are to ask the buyer of its former "
        "production unit to pay back a loan. State-owned Rosneft bought the Yugansk unit. "
        "Rosneft, meanwhile, has agreed to merge with Gazprom."
    )
    types = _types(text, "en")
    assert types.get("Yukos") == "ORG"
    assert types.get("Rosneft") == "ORG"
    assert types.get("Gazprom") == "ORG"


def test_worldcom_of_a_fraud_trial_is_a_company():
    text = (
        "Lawyers defending former WorldCom chief Bernie Ebbers against a battery of fraud charges."
    )
    assert _types(text, "en").get("WorldCom") == "ORG"


def test_sony_in_arabic_is_the_company():
    text = (
        "يع الأنواع – ابتداء من مجموعات الإنتاج الفني، مثل سوني، إلى شركات التجزئة وشركات التأمين."
    )
    assert _types(text, "ar").get("سوني") == "ORG"


def test_camels_are_no_apple():
    text = "وأكد أن مهرجان الإبل يجذب آلاف الزوار كل عام إلى المنطقة."
    assert all(m["type"] != "ORG" for m in find_entities(text, "ar"))


def test_a_product_name_keeps_its_reading():
    """A company's name gives the recognizer no gazetteer tag: the names around it read as
    before (as a tag it turned "Apple Powerbook" into a place)."""
    text = "The Apple Powerbook 100 has been chosen as the greatest gadget of all time."
    assert all(m["type"] != "LOC" for m in find_entities(text, "en"))
