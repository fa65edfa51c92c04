"""An English town a sports text sets in a match is its club (round 42b; sentences of BBC
Sport articles, some shortened, joined or ended with a game word so that the text is a sports
text)."""

from __future__ import annotations

from rasad.entities.link import linked_mentions


def _stored(text: str, names: list[tuple[str, str, str | None]]) -> list[dict]:
    """Stored place mentions of `names` (text, type, canonical) at their first place in `text`."""
    out = []
    for name, kind, canonical in names:
        start = text.index(name)
        out.append(
            {"start": start, "end": start + len(name), "text": name, "type": kind}
            | {"canonical": canonical}
        )
    return out


def _types(text: str, names: list[tuple[str, str, str | None]]) -> list[str]:
    return [m["type"] for _, m in linked_mentions(_stored(text, names), "en", text)]


def test_a_town_set_in_a_match_is_its_club():
    text = (
        "Chelsea boss Jose Mourinho has insisted that Sir Alex Ferguson and Arsene Wenger would "
        "swap places with him. Mourinho's side were knocked out of the FA Cup by Newcastle last "
        "Sunday before seeing Barcelona secure a 2-1 Champions League first-leg lead."
    )
    assert _types(text, [("Chelsea", "LOC", None)]) == ["ORG"]
    text = "Oldham's reward for beating Manchester City is a home tie with Bolton in the cup."
    assert _types(text, [("Manchester City", "LOC", None)]) == ["ORG"]


def test_a_fixture_list_names_clubs():
    text = "Arsenal v Stoke Swindon/Notts Co v Middlesbrough Man Utd v Exeter in the FA Cup draw."
    assert _types(text, [("Middlesbrough", "LOC", None)]) == ["ORG"]


def test_the_city_a_game_is_played_in_stays_a_place():
    text = (
        "England were beaten 11-9 by Wales in their Six Nations opener in Cardiff last week and "
        "face current champions France at Twickenham. Cardiff v Blackburn in the league."
    )
    # "in Cardiff" too: abstain (the city, a GPE since round 51's places_linked_cities.tsv)
    assert _types(text, [("Cardiff", "LOC", None)]) == ["GPE"]
    text = "Kenteris and Thanou skipped tests in Tel Aviv and Chicago before the Games season."
    assert _types(text, [("Chicago", "GPE", "Chicago")]) == ["GPE"]


def test_a_country_or_a_player_is_no_club():
    text = (
        "Ireland face minnows the Faroe Islands in Dublin on Wednesday; the match against England."
    )
    assert _types(text, [("England", "GPE", "England")]) == ["GPE"]
    text = "Williams survived an early scare to beat Russia's Elena Bovina 1-6 6-1 6-4 in the tournament."
    assert _types(text, [("Russia's Elena Bovina", "LOC", None)]) == ["LOC"]


def test_no_text_no_change():
    """Outside a sports text, or without the document's text, nothing changes."""
    text = "Chelsea boss Jose Mourinho has insisted that Sir Alex Ferguson would swap places."
    stored = _stored(text, [("Chelsea", "LOC", None)])
    assert linked_mentions(stored, "en")[0][1]["type"] == "LOC"
    text = "Three Labour councillors in Birmingham were caught operating a vote-rigging factory."
    assert _types(text, [("Birmingham", "GPE", "Birmingham")]) == ["GPE"]


def test_the_entities_stage_types_the_club():
    """The stage links a new document's mentions with its text: the town beaten is the club."""
    from rasad.stages.entities import find_entities

    text = (
        "Oldham's reward for beating Manchester City is a home tie with Bolton, while Yeovil "
        "will be at home in the FA Cup."
    )
    types = {m["text"]: m["type"] for m in find_entities(text, "en")}
    assert types["Manchester City"] == "ORG"
    # "a home tie with Bolton": no cue; a listed club (clubs_en.tsv) needs two game words
    assert types["Bolton"] == "GPE"  # the town (a GeoNames city: places_linked_cities.tsv)


def test_a_transfer_or_table_phrase_names_the_club():
    # round 44b (eval/labels/clubs44b.tsv): bbc-sport-162, bbc-sport-235, bbc-sport-356
    text = (
        "The striker, who is on a season-long loan from Chelsea, picked up the knock in an "
        "England Under-21 match."
    )
    assert _types(text, [("Chelsea", "LOC", None)]) == ["ORG"]
    text = "Arsenal lost to slip 10 points behind Chelsea in the title race of the league."
    assert _types(text, [("Chelsea", "LOC", None)]) == ["ORG"]
    text = (
        "The World Cup winner missed Wasps' 12-9 loss to Bath on Saturday after injuring his calf."
    )
    assert _types(text + " A league match.", [("Bath", "LOC", None)]) == ["ORG"]


def test_a_tournaments_champion_or_a_ground_is_no_club():
    # bbc-sport-471: "match with" is no cue; bbc-sport-266: "a move to Anfield" is the ground
    text = "The Real Madrid striker has been linked with a move to Anfield since the summer."
    assert _types(text + " A league match.", [("Anfield", "LOC", None)]) == ["LOC"]
    text = (
        "She had to pull out of an exhibition match with Wimbledon champion Maria Sharapova "
        "on 17 December."
    )
    assert _types(text, [("Wimbledon", "LOC", None)]) == ["LOC"]
