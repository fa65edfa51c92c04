"""Entity recognition on real sentences: CRF, gazetteer, trimming, demonyms."""

from __future__ import annotations

from rasad.entities.recognise import recognise


def found(text: str, lang: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in recognise(text, lang)}


def test_arabic_spokesman_and_agency(seed_text):
    text = seed_text("004")
    result = found(text, "ar")
    assert ("شينخوا", "ORG") in result
    assert ("بغداد", "LOC") in result
    for m in recognise(text, "ar"):
        assert text[m.start : m.end] == m.text


def test_persian_people_and_no_demonyms(seed_text):
    result = found(seed_text("000"), "fa")
    assert ("مصطفی الکاظمی", "PER") in result
    assert ("متئو تولر", "PER") in result
    assert not any(text == "آمریکایی" for text, _ in result)
    assert not any(text.startswith("و ") for text, _ in result)


def test_english_sentence():
    result = found(
        "Iraqi Prime Minister Mustafa al-Kadhimi met Joe Biden at the White House on Monday.", "en"
    )
    assert ("White House", "ORG") in result
    assert any(kind == "PER" and "Biden" in text for text, kind in result)
