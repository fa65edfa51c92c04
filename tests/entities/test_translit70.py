"""Names no gazetteer lists, one entity across scripts (round entities70,
eval/labels/entities_translit70.md): a Latin name and its Arabic-script transcription whose
letters correspond (data/text/latin_arabic_letters.tsv). Names as the NTREX translations write
them."""

from __future__ import annotations

from rasad.entities.link import EntityIndex, coarse_skeleton, type_twins
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


def test_one_coarse_skeleton_for_the_letters_of_one_sound():
    assert coarse_skeleton("Donggala") == coarse_skeleton("دونغالا") == "dnkl"
    assert coarse_skeleton("Brett Kavanaugh") == coarse_skeleton("بريت كافانو")
