"""Session 51 (entities51): what the top 100 entities of each type showed a user of the s50
archive (eval/labels/entities_top51.md): cities and US states typed LOC, one entity per written
form; English clubs apart from their Arabic entities; "English" the top MISC entity; bodies the
English tagger reads as MISC."""

from __future__ import annotations

from rasad.entities.link import organization_listed, place_listed
from rasad.stages.entities import find_entities


def _entities(text: str, lang: str) -> dict[str, str]:
    return {m["text"]: m["entity"] for m in find_entities(text, lang)}


def test_a_city_found_as_a_place_is_one_entity_in_every_script():
    english = _entities("The company moved its headquarters from Boston to New Jersey.", "en")
    arabic = _entities("وصل الوفد إلى بوسطن يوم الأحد بعد زيارة قصيرة.", "ar")
    assert english["Boston"] == arabic["بوسطن"] == "GPE:Boston"
    persian = _entities("آیت الله مکارم شیرازی در قم با خبرنگاران گفت‌وگو کرد.", "fa")
    assert persian["قم"] == "GPE:Qom"


def test_a_us_state_found_as_a_place_is_the_state():
    found = _entities("The film was shot in California and Texas last summer.", "en")
    assert found["California"] == "GPE:California" and found["Texas"] == "GPE:Texas"
    mention = {"text": "كاليفورنيا", "type": "LOC", "canonical": None}
    assert place_listed(mention, "ar")["canonical"] == "California"


def test_only_a_place_mention_and_no_listed_misreading_is_linked_to_a_city():
    person = {"text": "Boston", "type": "PER", "canonical": None}
    assert place_listed(person, "en") == person  # a person of that name stays one
    county = {"text": "Kent", "type": "LOC", "canonical": None}
    assert place_listed(county, "en") == county  # the county, not Kent, Washington
    city = {"text": "مدينة", "type": "LOC", "canonical": None}
    assert place_listed(city, "ar") == city  # "city", no Madinah


def test_an_english_club_of_a_match_report_is_the_club_of_the_arabic_news():
    english = _entities(
        "Everton manager David Moyes will discipline striker James Beattie after his headbutt on "
        "Chelsea defender William Gallas, while Liverpool boss Rafael Benitez praised his side.",
        "en",
    )
    arabic = _entities("وفاز تشيلسي على ليفربول بهدفين مقابل هدف في الدوري الإنجليزي.", "ar")
    assert english["Chelsea"] == arabic["تشيلسي"] == "ORG:Chelsea F.C."
    assert english["Liverpool"] == arabic["ليفربول"] == "ORG:Liverpool F.C."


def test_a_club_form_read_as_a_place_stays_the_place():
    town = {"text": "Liverpool", "type": "LOC", "canonical": None}
    assert organization_listed(town, "en") == town


def test_a_body_by_its_short_name_is_the_body():
    found = _entities("وأكد الوزير أن دول مجلس التعاون تدعم الشرعية في اليمن.", "ar")
    assert found["مجلس التعاون"] == "ORG:Gulf Cooperation Council"
    body = {"text": "القاعدة", "type": "ORG", "canonical": None}
    assert organization_listed(body, "ar")["canonical"] == "Al-Qaeda"
    rule = {"text": "القاعدة", "type": "LOC", "canonical": None}
    assert organization_listed(rule, "ar") == rule


def test_a_language_or_a_nationality_adjective_is_no_misc_entity():
    found = _entities(
        "But unfortunately, he cannot speak English, he added. South African President "
        "Thabo Mbeki arrived in London.",
        "en",
    )
    assert "English" not in found and "South African" not in found
    assert "Thabo Mbeki" in found


def test_a_newspaper_or_a_body_the_tagger_reads_as_misc_is_an_organization():
    found = _entities("The Financial Times reported that the Federal Reserve would act.", "en")
    assert found["Financial Times"] == "ORG:Financial Times"
    assert found["Federal Reserve"] == "ORG:Federal Reserve"
    arabic = _entities("وطاف الحجاج حول الكعبة المشرفة في مكة المكرمة.", "ar")
    assert arabic["الكعبة المشرفة"] == "LOC:Kaaba"
