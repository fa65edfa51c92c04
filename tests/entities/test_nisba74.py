"""Round entities74 (eval/labels/entities_nisba74.md): a country's adjective the recogniser's
span ran into is no part of the name — before a person's («الرئيس الإندونيسي جوكو ويدودو»:
the span «الإندونيسي جوكو»), after a place's with the feminine ending the place takes
(«جزيرة سولاوسي الإندونيسية» read as a person), NTREX's translations of the Sulawesi
earthquake; an adjective that is part of a body's or a family's name stays."""

from __future__ import annotations

from rasad.entities.link import (
    BEFORE_PLACE_ADJECTIVE,
    EntityIndex,
    before_place_adjective,
    linked_mentions,
    without_nisba,
)


def mention(text: str, kind: str = "PER", start: int = 0) -> dict:
    return {"text": text, "type": kind, "canonical": None, "start": start, "end": start + len(text)}


def test_a_country_adjective_before_a_persons_name_is_left_out():
    m = without_nisba(mention("الإندونيسي جوكو", start=9), "ar", {})
    assert (m["text"], m["type"], m["start"], m["end"]) == ("جوكو", "PER", 20, 24)
    assert without_nisba(mention("الكولومبي رادامل فالكاو"), "ar", {})["text"] == "رادامل فالكاو"


def test_a_place_with_its_countrys_feminine_adjective_is_the_place():
    m = without_nisba(mention("سولاوسي الإندونيسية"), "ar", {"سولاوسي": "LOC"})
    assert (m["text"], m["type"]) == ("سولاوسي", "LOC")
    m = without_nisba(mention("فلورنسا الإيطالية", "GPE"), "ar", {})
    assert (m["text"], m["canonical"]) == ("فلورنسا", "Florence")  # a listed city


def test_an_adjective_that_is_part_of_the_name_stays():
    for text, kind in [
        ("وزارة الطاقة الأمريكية", "ORG"),  # a ministry's name
        ("الاتحاد السعودي", "ORG"),  # the Saudi federation
        ("خليل المصري", "PER"),  # a family name
        ("عبدالله بن عبدالمحسن التركي", "PER"),
        ("نيس الهولندي", "PER"),  # a masculine adjective after a town: its club
        ("لستر الألمانية", "MISC"),  # Lister engines, no Leicester
    ]:
        assert without_nisba(mention(text, kind), "ar", {})["text"] == text
    assert without_nisba(mention("سولاوسي الإندونيسية"), "fa", {})["type"] == "PER"


def test_linked_mentions_read_the_place_of_a_real_sentence():
    text = "ضرب زلزال كبير جزيرة سولاوسي الإندونيسية. وقال مسؤولون في سولاوسي إن"
    mentions = [
        mention("سولاوسي الإندونيسية", start=text.index("سولاوسي الإندونيسية")),
        mention("سولاوسي", "LOC", start=text.rindex("سولاوسي")),
    ]
    found = [m for _, m in linked_mentions(mentions, "ar", text)]
    assert [(m["text"], m["type"]) for m in found] == [("سولاوسي", "LOC"), ("سولاوسي", "LOC")]
    assert text[found[0]["start"] : found[0]["end"]] == "سولاوسي"


def test_a_word_before_a_places_adjective_joins_its_storys_place():
    """«لقي 384 شخصًا مصرعهم جراء الزلزال الذي أصاب جزيرة سولاوسي الإندونيسية»: no
    «سولاوسي» alone in the document, the English of the story writes Sulawesi."""
    text = "الزلزال الذي أصاب جزيرة سولاوسي الإندونيسية."
    start = text.index("سولاوسي")
    stored = [mention("سولاوسي الإندونيسية", start=start)]
    kept = [m for _, m in linked_mentions(stored, "ar", text)]
    assert kept[0]["text"] == "سولاوسي" and kept[0][BEFORE_PLACE_ADJECTIVE]
    index = EntityIndex()
    en = index.add("ntrex-en-1", "en", [mention("Sulawesi", "LOC")], story="s1")
    assert index.add("ntrex-ar-1", "ar", kept, story="s1") == en
    other = EntityIndex()  # another story: the person's word stays its document's
    other.add("ntrex-en-1", "en", [mention("Sulawesi", "LOC")], story="s1")
    assert other.add("ntrex-ar-2", "ar", kept, story="s2") != en


def test_a_persons_word_before_a_masculine_adjective_is_not_read_as_a_place():
    text = "وقال ميسي الأرجنتيني إن"
    m = mention("ميسي", start=text.index("ميسي"))
    assert BEFORE_PLACE_ADJECTIVE not in before_place_adjective(m, text, "ar")
