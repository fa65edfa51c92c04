"""Round entities74 (eval/labels/entities_nisba74.md): a listed place no list names in Arabic
script (Palu: GeoNames gives it no Arabic or Persian form) joins its translation's spelling
where one story writes both, as a place no gazetteer lists does; and a country's adjective the
recogniser's span ran into is no part of the name («الرئيس الإندونيسي جوكو ويدودو», «جزيرة
سولاوسي الإندونيسية», NTREX's translations of the Sulawesi earthquake)."""

from __future__ import annotations

from rasad.entities.link import (
    EntityIndex,
    listed_latin_only,
    place_spells_across,
)


def place(text: str, kind: str = "GPE", canonical: str | None = None, start: int = 0) -> dict:
    return {
        "text": text,
        "type": kind,
        "canonical": canonical,
        "start": start,
        "end": start + len(text),
    }


def test_a_listed_place_without_an_arabic_script_form_takes_its_translations():
    index = EntityIndex()
    en = index.add("ntrex-en-1", "en", [place("Palu", canonical="Palu")], story="s1")
    assert index.add("ntrex-ar-1", "ar", [place("بالو")], story="s1") == en
    assert index.add("ntrex-fa-1", "fa", [place("پالو")], story="s1") == en
    # the spelling learned joins the place in a later story too
    assert index.add("snn-1", "ar", [place("بالو")], story="s7") == en


def test_a_listed_place_with_an_arabic_form_keeps_its_own_names():
    assert listed_latin_only("GPE:Palu")
    assert not listed_latin_only("GPE:Cairo")  # «القاهرة» is listed
    assert not listed_latin_only("GPE:=palu")  # no list: round 72's rule
    assert place_spells_across("GPE:Palu", "بالو")
    assert not place_spells_across("GPE:Cairo", "كايرو")
    index = EntityIndex()
    en = index.add("en1", "en", [place("Cairo", canonical="Cairo")], story="s1")
    assert index.add("ar1", "ar", [place("كايرو")], story="s1") != en


def test_a_listed_place_joins_nothing_outside_its_story():
    index = EntityIndex()
    en = index.add("en1", "en", [place("Palu", canonical="Palu")], story="s1")
    assert index.add("ar1", "ar", [place("بالو")], story="s2") != en
