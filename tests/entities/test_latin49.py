"""Session 49: Latin-script names linked by consonant skeleton only when they are one name."""

from __future__ import annotations

import pytest

from rasad.entities.link import EntityIndex, latin_alike


def _person(text: str) -> dict:
    return {"text": text, "type": "PER", "start": 0, "end": len(text), "canonical": None}


def _ids(*names: str) -> list[str]:
    """Each name's entity id, each name in a document of its own, linked in order."""
    index = EntityIndex()
    return [index.add(f"d{i}", "en", [_person(n)])[0] for i, n in enumerate(names)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("John Kerry", "John Cryer"),  # both "jhn kr": in Latin the first spelling owns it
        ("James Bourne", "James Brown"),
        ("Paul Thompson", "Bill Thompson"),
        ("John Smith", "John Smit"),
        ("Super Blue", "Super Bowl"),
    ],
)
def test_another_latin_name_with_the_same_skeleton_is_another_entity(first, second):
    a, b = _ids(first, second)
    assert a != b


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Mustafa al-Kadhimi", "Mustafa al-Kadhemi"),
        ("Mohammad Khatami", "Mohammed Khatami"),
        ("Viktor Makarov", "Victor Makarov"),
        ("David Humphreys", "D Humphreys"),
        ("Matt Bellamy", "Matthew Bellamy"),
        ("George W Bush", "George Bush"),
    ],
)
def test_a_latin_spelling_of_the_same_name_joins_its_entity(first, second):
    a, b = _ids(first, second)
    assert a == b


def test_arabic_script_still_joins_the_first_latin_spelling_across_scripts():
    index = EntityIndex()
    (latin,) = index.add("d1", "en", [_person("Mustafa al-Kadhimi")])
    (arabic,) = index.add("d2", "ar", [_person("مصطفى الكاظمي")])
    assert latin == arabic


def test_latin_alike_reads_words_not_sounds():
    assert latin_alike("Husain", "Hussein")
    assert not latin_alike("John Reid", "John Redwood")
    assert not latin_alike("East Midlands", "West Midlands")


def _types(text: str) -> list[tuple[str, str]]:
    from rasad.stages.entities import find_entities

    return [(m["text"], m["type"]) for m in find_entities(text, "en")]


def test_a_listed_club_in_a_sports_text_is_an_organization_without_a_match_cue():
    text = (
        "The midfielder Mikel Arteta has been loaned to Everton for the rest of the season, "
        "despite the closure of the transfer window."
    )
    assert ("Everton", "ORG") in _types(text)


def test_a_listed_club_named_as_a_city_stays_a_place():
    text = (
        "Jose Mourinho was formally granted the freedom of the city of Newcastle. His side lead "
        "the league by nine points."
    )
    assert ("Newcastle", "ORG") not in _types(text)


def test_a_listed_club_outside_a_sports_text_is_left_as_read():
    assert ("Chelsea", "ORG") not in _types("Voters in Kensington and Chelsea went to the polls.")


def test_a_name_after_a_company_word_is_a_body_in_the_whole_text():
    text = (
        "The company had bought the rights to explore in the area from oil giant Shell. Shell "
        "said it was pleased."
    )
    assert _types(text).count(("Shell", "ORG")) == 2
    text = "Caprice had been the favourite, with bookmakers Ladbrokes offering odds of 1/5."
    assert ("Ladbrokes", "ORG") in _types(text)


def test_a_role_word_before_a_name_makes_no_body():
    text = "Film-maker Spike Lee says black representation is stronger than ever in cinema."
    assert ("Spike Lee", "PER") in _types(text)


def test_one_game_word_does_not_make_a_listed_club():
    text = (
        "Hazel Gilbert, 23, an information manager from Newcastle, gave up ballet at the age of "
        "10 and now has a new goal."
    )
    assert ("Newcastle", "ORG") not in _types(text)


def test_the_adjectives_of_the_uk_nations_are_nationalities():
    from rasad.entities.recognise import demonym_of

    assert ("Scottish", "GPE") in _types("Mr Gammell is a former Scottish international player.")
    assert demonym_of("Welsh").name == "Wales"
    assert demonym_of("English") is None  # the language as often: "learning English"


@pytest.mark.parametrize(
    "text",
    [
        "Mr Bell said Muslim, Jewish and Evangelical Christian schools must teach tolerance.",
        "It will mean increased efficiency and lower costs for Western consumers.",
        "The Work and Pensions Secretary Alan Johnson has warned the agency.",
    ],
)
def test_common_words_and_adjectives_are_no_entities(text):
    kept = {t for t, _ in _types(text)}
    assert not kept & {"Jewish", "Western", "Pensions"}
