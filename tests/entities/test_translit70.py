"""A place no gazetteer lists, one entity across scripts (round entities70,
eval/labels/entities_translit70.md): the Indonesian quake's Sulawesi, Palu and Donggala were
an entity per script. Its key is a coarse consonant skeleton, and a spelling joins it only when
its letters correspond to every spelling of the other scripts the entity holds
(data/text/latin_arabic_letters.tsv). Names and sentences as the NTREX translations write them."""

from __future__ import annotations

from rasad.entities.link import (
    EntityIndex,
    arabic_scripts_correspond_70,
    mention_key,
    place_skeleton_70,
    type_twins,
    written_form,
)
from rasad.text.normalize import normalize
from rasad.text.translit import letters_correspond


def corresponds(latin: str, arabic: str) -> bool:
    return letters_correspond(latin, normalize(arabic))


def test_letters_of_a_transcription_correspond():
    assert corresponds("Sulawesi", "سولاويسي")
    assert corresponds("Sulawesi", "سولاوسی")  # Persian leaves the e unwritten
    assert corresponds("Donggala", "دونغالا")
    assert corresponds("Palu", "پالو")
    assert corresponds("Ilfracombe", "ایلفراکمب")  # an opening vowel on its seat
    assert corresponds("Raheem Sterling", "رحیم استرلینگ")  # Persian's vowel before "st"
    assert corresponds("Wasilla", "واسيلا")


def test_other_names_do_not_correspond():
    assert not corresponds("Bala", "بالو")  # a written vowel of another kind
    assert not corresponds("Bali", "بالو")
    assert not corresponds("Wasilla", "وشيلي")  # «و» "and" + Chile
    assert not corresponds("Straw", "اوستروی")
    assert not corresponds("Sunday Times", "صنداي")  # not word for word


def test_arabic_and_persian_spellings_of_one_place():
    assert arabic_scripts_correspond_70(written_form("سولاويسي"), written_form("سولاوسی"))
    assert arabic_scripts_correspond_70(written_form("دونغالا"), written_form("دونگالا"))
    assert not arabic_scripts_correspond_70(written_form("بالو"), written_form("پائولو"))


def test_a_place_no_gazetteer_lists_takes_its_coarse_skeleton():
    assert place_skeleton_70("Donggala") == place_skeleton_70("دونغالا") == "dnkl"
    assert place_skeleton_70("دونگالا") == "dnkl"
    assert mention_key("Donggala", "LOC", None, "en") == "LOC:~dnkl"
    assert mention_key("29 فروردين", "LOC", None, "fa").startswith("LOC:=")  # a date


def test_one_place_across_scripts():
    index = EntityIndex()
    en = index.add("en1", "en", [{"text": "Donggala", "type": "LOC", "canonical": None}])
    ar = index.add("ar1", "ar", [{"text": "دونغالا", "type": "GPE", "canonical": None}])
    fa = index.add("fa1", "fa", [{"text": "دونگالا", "type": "LOC", "canonical": None}])
    assert en == ar == fa


def test_the_same_consonants_in_other_letters_stay_apart():
    index = EntityIndex()
    ar = index.add("ar1", "ar", [{"text": "بالو", "type": "GPE", "canonical": None}])
    fa = index.add("fa1", "fa", [{"text": "پائولو", "type": "GPE", "canonical": None}])
    en = index.add("en1", "en", [{"text": "Bala", "type": "GPE", "canonical": None}])
    assert ar != fa and ar != en
    assert index.add("en2", "en", [{"text": "Palu", "type": "GPE", "canonical": None}]) == ar


def test_a_person_read_as_a_body_is_the_person_of_its_letters():
    assert type_twins("ORG:=جوکو ویدودو") == ["PER:^juku widudu"]
    index = EntityIndex()
    per = index.add("ar1", "ar", [{"text": "جوكو ويدودو", "type": "PER", "canonical": None}])
    org = index.add("fa1", "fa", [{"text": "جوکو ویدودو", "type": "ORG", "canonical": None}])
    assert per == org


def person(text: str, start: int = 0) -> dict:
    return {
        "text": text,
        "type": "PER",
        "canonical": None,
        "start": start,
        "end": start + len(text),
    }


def test_a_person_is_one_entity_across_scripts_whose_skeletons_differ():
    """Brett Kavanaugh keys "brt knq", بريت كافانو "brt kfn" (ف for v, the gh unwritten): the
    letters correspond, so the Arabic name and its surname alone join the English one."""
    index = EntityIndex()
    en = index.add("en1", "en", [person("Brett Kavanaugh")])
    ar = index.add("ar1", "ar", [person("بريت كافانو", 10), person("كافانو", 40)])
    assert ar == [en[0], en[0]]
    assert index.add("ar2", "ar", [person("كافانو", 5)]) == en  # the surname, another day


def test_two_people_sharing_a_surname_stay_two():
    index = EntityIndex()
    brett = index.add("en1", "en", [person("Brett Kavanaugh")])
    other = index.add("ar1", "ar", [person("ماريا كافانو")])
    assert brett != other
    assert index.add("fa1", "fa", [person("برد کاوانو")]) != brett  # Brad, not Brett
