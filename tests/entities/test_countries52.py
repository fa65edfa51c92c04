"""CLDR's Arabic country names the gazetteer does not list, written alone, are places (session
51, entities52: «ميانمار», «بورما», «السويد» were in no mention of the whole-archive look), but
never a common word («مالي», "financial") nor a person's family name after a title."""

from rasad.entities.recognise import add_cldr_countries, word_spans
from rasad.stages.entities import find_entities


def places(text: str) -> list[tuple[str, str | None]]:
    found = find_entities(text, "ar")
    return [(e["text"], e.get("canonical")) for e in found if e["type"] in {"GPE", "LOC"}]


def test_a_country_cldr_names_alone_is_a_place():
    text = "وقالت السلطات في ميانمار إن 50 شخصا لقوا حتفهم في الفيضانات."
    assert ("ميانمار", "Myanmar (Burma)") in places(text)


def test_cldr_bracketed_other_name_behind_a_proclitic_is_the_place():
    text = "ووقع الحادث في قرية نائية في منطقة شانديل المحاذية لبورما."
    assert ("بورما", "Myanmar (Burma)") in places(text)


def test_the_adjective_financial_is_no_mali():
    text = "وعزا محلل مالي التراجع إلى ضعف السيولة، وطالب بدعم مالي للقطاع."
    assert places(text) == []


def test_mali_in_a_list_of_countries_stays():
    text = "كما تم مع دول: الصومال، والنيجر، ومالي، وسيراليون، وغينيا."
    assert "مالي" in [t for t, _ in places(text)]


def test_a_family_name_after_a_title_is_no_country():
    text = "حيث اطمأن الدكتور السويد على صحة المصاب بمستشفى الطوال."
    assert "السويد" not in [t for t, _ in places(text)]


def test_the_rule_reads_no_country_after_a_title():
    """The rule itself, with no mention around (the tagger here reads «السويد» as a person)."""
    text = "اطمأن الدكتور السويد على المصاب، وزار وفد من السويد المستشفى."
    found = add_cldr_countries(text, word_spans(text, 0, len(text)), [])
    assert [(m.text, m.canonical) for m in found] == [("السويد", "Sweden")]
    assert found[0].start == text.rindex("السويد")


def test_a_country_name_inside_a_common_phrase_is_no_country():
    text = "وضبطت تسع سيارات في كل منها 1500 حبة من جوز الهند والحلوى العمانية."
    found = add_cldr_countries(text, word_spans(text, 0, len(text)), [])
    assert found == []
