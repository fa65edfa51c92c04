"""Places no gazetteer lists, one entity across scripts where one story writes both spellings
(round entities72, eval/labels/entities_places72.md): the NTREX translations of the Sulawesi
earthquake write Sulawesi, «سولاوسي», Donggala, «دونغالا», «دونگالا». Across the whole
archive such joins by letters alone were a third wrong (Yukon and «عقان»): the story is the
condition."""

from __future__ import annotations

from rasad.entities.link import (
    EntityIndex,
    link_reason,
    linked_mentions,
    links_as_place,
    place_in_story,
    place_spells_across,
    unit_after_figure,
)


def place(text: str, kind: str = "LOC", start: int = 0) -> dict:
    return {"text": text, "type": kind, "canonical": None, "start": start, "end": start + len(text)}


def test_a_place_and_its_transcriptions_share_their_loose_key():
    key = place_in_story("s1", "Donggala")
    assert key == place_in_story("s1", "دونغالا") == place_in_story("s1", "دونگالا")
    # a v Persian writes «و» and reads as a vowel, Arabic «ف»
    assert place_in_story("s1", "Harvard") == place_in_story("s1", "هاروارد")
    assert place_in_story("s1", "Harvard") == place_in_story("s1", "هارفارد")
    assert place_in_story("s2", "Donggala") != key  # another story
    assert place_in_story(None, "Donggala") is None


def test_only_a_latin_and_an_arabic_script_spelling_meet():
    assert place_spells_across("LOC:=sulawesi", "سولاوسي")
    assert place_spells_across("GPE:=دونغالا", "Donggala")
    assert not place_spells_across("LOC:=دونغالا", "دونگالا")  # two Arabic-script spellings
    assert not place_spells_across("LOC:=bala", "بالو")  # letters that do not correspond
    assert not place_spells_across("PER:=palu", "بالو")  # no place
    assert not place_spells_across("LOC:Cairo", "كايرو")  # a place listed in Arabic: its own
    # (a listed place no list names in Arabic script, Palu, joins since round 74)


def test_short_common_or_dated_names_are_left_alone():
    assert links_as_place("Sulawesi", "LOC")
    assert not links_as_place("Aba", "LOC")  # three letters
    assert not links_as_place("29 فروردين", "LOC", "fa")
    assert not links_as_place("Sulawesi", "PER")


def test_a_place_joins_its_transcription_written_in_the_same_story():
    index = EntityIndex()
    en = index.add("ntrex-en-1", "en", [place("Sulawesi", start=30)], story="s1")
    ar = index.add("ntrex-ar-1", "ar", [place("سولاوسي", start=25)], story="s1")
    fa = index.add("ntrex-fa-1", "fa", [place("سولاوسی", start=20)], story="s1")
    assert en == ar == fa


def test_the_same_spellings_in_different_stories_stay_apart():
    """Yukon and «عقان» correspond letter by letter; written in two stories they are two
    entities."""
    index = EntityIndex()
    en = index.add("en1", "en", [place("Yukon", "GPE")], story="s1")
    ar = index.add("ar1", "ar", [place("عقان", "GPE")], story="s2")
    assert en != ar


def test_a_spelling_that_joined_once_joins_in_later_stories():
    index = EntityIndex()
    en = index.add("en1", "en", [place("Donggala")], story="s1")
    assert index.add("ar1", "ar", [place("دونغالا")], story="s1") == en
    assert index.add("ar2", "ar", [place("دونغالا")], story="s9") == en
    assert index.add("ar3", "ar", [place("دونغالا")]) == en  # no story


def test_a_place_the_archive_knows_already_keeps_its_entity():
    """The rule joins a place new to the archive: «بالو» seen alone before stays its own."""
    index = EntityIndex()
    ar = index.add("ar0", "ar", [place("بالو")], story="s0")
    en = index.add("en1", "en", [place("Palu")], story="s1")
    assert index.add("ar1", "ar", [place("بالو")], story="s1") == ar != en


def test_the_reason_names_the_story():
    forms = ["Sulawesi", "سولاوسي"]
    assert "one story" in link_reason("LOC:=sulawesi", forms)
    assert link_reason("LOC:=sulawesi", ["Sulawesi"]) == "same written form"


def misc(text: str, start: int) -> dict:
    return {
        "text": text,
        "type": "MISC",
        "canonical": None,
        "start": start,
        "end": start + len(text),
    }


def test_a_scale_written_after_a_figure_is_no_entity():
    """The NTREX Arabic of the Sulawesi earthquake: «ريختر» (the Richter scale) read as MISC."""
    text = "ضرب زلزال بقوة 7.5 ريختر جزيرة سولاوسي."
    start = text.index("ريختر")
    assert unit_after_figure(misc("ريختر", start), text, "ar")
    assert [m["text"] for _, m in linked_mentions([misc("ريختر", start)], "ar", text)] == []
    fa = "زمین لرزه ۷٫۵ ریشتر"
    assert unit_after_figure(misc("ریشتر", fa.index("ریشتر")), fa, "fa")


def test_a_name_after_a_figure_that_is_no_unit_stays():
    text = "وفي عام 2018 ريختر قال"
    start = text.index("ريختر")
    person = {**misc("ريختر", start), "type": "PER"}
    assert not unit_after_figure(person, text, "ar")  # a person's name is no unit
    later = "قال ريختر إن 7.5"
    assert not unit_after_figure(misc("ريختر", 4), later, "ar")  # no figure before it
    assert not unit_after_figure(misc("Richter", 4), "7.5 Richter", "en")  # English: its own
    # a whole number may be an issue's or a model's number: the name after it stays
    issue = "اين مقاله در شماره 51 روزنامه«بنيان» منتشر شد"
    assert not unit_after_figure(misc("روزنامه«بنيان", issue.index("روزنامه")), issue, "fa")
    plane = "طائرة خاصة من نوع امبراير 505 فانوم 300"
    assert not unit_after_figure(misc("فانوم", plane.index("فانوم")), plane, "ar")


def test_a_surname_read_as_a_body_joins_the_person_of_its_story():
    """The Persian translation of a Kavanaugh story reads «کاوانو» alone as an organization;
    its English writes Brett Kavanaugh."""
    index = EntityIndex()
    en = index.add("en1", "en", [person_named("Brett Kavanaugh")], story="s1")
    body = {**person_named("کاوانو", 20), "type": "ORG"}
    assert index.add("fa1", "fa", [body], story="s1") == en
    assert index.add("fa2", "fa", [body], story="s2") != en  # another story: left alone


def person_named(text: str, start: int = 0) -> dict:
    return {**place(text, start=start), "type": "PER"}
