"""Session 53 (entities53): what the top 100 entities of each type still showed a user of the
s51 archive (eval/labels/entities_top53.md): «الأهلي» one entity for the clubs of several
countries, «مصر العربية» and «نابلس الفلسطينية» places of their own, towns of fewer than
100,000 people typed LOC, one entity per written form."""

from __future__ import annotations

from rasad.entities.link import (
    EntityIndex,
    body_by_head_fa,
    clubs_of_countries,
    linked_mentions,
    place_listed,
    place_of_adjective,
)


def _club(text: str, word: str = "الأهلي", nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return {
        "text": word,
        "type": "ORG",
        "canonical": None,
        "start": start,
        "end": start + len(word),
    }


def test_a_shared_club_name_with_a_country_adjective_is_that_country_club():
    text = "وخسر الأهلي المصري أمام الزمالك، وقال مدرب الأهلي إن الفريق سيعود."
    read = clubs_of_countries([_club(text), _club(text, nth=1)], "ar", text)
    assert [m["canonical"] for m in read] == ["Al Ahly SC", "Al Ahly SC"]


def test_a_shared_club_name_in_a_document_of_one_country_league_is_its_club():
    text = "ويستعد الأهلي لمباراته الأولى في دوري عبداللطيف جميل يوم الجمعة."
    assert clubs_of_countries([_club(text)], "ar", text)[0]["canonical"] == "Al-Ahli Saudi FC"


def test_a_shared_club_name_two_countries_may_hold_is_no_one_club():
    text = "فاز الأهلي المصري وتعادل الأهلي القطري، بينما استراح الأهلي."
    read = clubs_of_countries([_club(text, nth=i) for i in range(3)], "ar", text)
    assert [m.get("canonical") for m in read] == ["Al Ahly SC", "Al-Ahli SC (Doha)", None]


def test_a_shared_club_name_alone_links_within_its_document_only():
    index = EntityIndex()
    one = "وسجل الأهلي هدفين في الشوط الأول."
    two = "وأعلن الأهلي تعاقده مع مدافع جديد."
    first = index.add("doc1", "ar", [m for _, m in linked_mentions([_club(one)], "ar", one)])
    second = index.add("doc2", "ar", [m for _, m in linked_mentions([_club(two)], "ar", two)])
    assert first != second


def test_a_place_with_a_feminine_adjective_after_it_is_the_place():
    egypt = {"text": "مصر العربية", "type": "LOC", "canonical": None}
    assert place_of_adjective(egypt, "ar")["canonical"] == "Egypt"
    nablus = {"text": "نابلس الفلسطينية", "type": "LOC", "canonical": None}
    assert place_of_adjective(nablus, "ar") == {**nablus, "type": "GPE", "canonical": "Nablus"}


def test_a_place_with_a_masculine_adjective_or_a_region_is_left_alone():
    club = {"text": "بورتو البرتغالي", "type": "LOC", "canonical": None}
    assert place_of_adjective(club, "ar") == club  # a city's club, not the city
    gulf = {"text": "الخليج العربية", "type": "LOC", "canonical": None}
    assert place_of_adjective(gulf, "ar") == gulf  # «دول الخليج العربية»: no country


def test_a_town_found_as_a_place_is_the_town():
    jericho = {"text": "أريحا", "type": "LOC", "canonical": None}
    assert place_listed(jericho, "ar") == {**jericho, "type": "GPE", "canonical": "Jericho"}
    kalaleh = {"text": "کلاله", "type": "LOC", "canonical": None}
    assert place_listed(kalaleh, "fa")["canonical"] == "Kalāleh"


def test_a_town_name_that_is_a_person_or_too_short_is_no_town():
    korea = {"text": "کره", "type": "LOC", "canonical": None}
    assert place_listed(korea, "fa") == korea  # Korea, not Carei
    player = {"text": "سان مارتين", "type": "LOC", "canonical": None}
    assert place_listed(player, "ar") == player  # a footballer the archive named so
    english = {"text": "Wembley", "type": "LOC", "canonical": None}
    assert place_listed(english, "en") == english  # English forms are not read


def test_a_state_by_another_name_is_that_state():
    soviet = {"text": "الاتحاد السوفيتي", "type": "LOC", "canonical": None}
    assert place_listed(soviet, "ar") == {**soviet, "type": "GPE", "canonical": "Soviet Union"}
    czech = {"text": "Czech Republic", "type": "LOC", "canonical": None}
    assert place_listed(czech, "en")["canonical"] == "Czechia"


def test_a_persian_body_read_as_a_place_is_an_organization():
    university = {"text": "دانشگاه آزاد اسلامی", "type": "LOC", "canonical": None}
    assert body_by_head_fa(university, "fa")["type"] == "ORG"
    seminary = {"text": "حوزه علمیه قم", "type": "LOC", "canonical": None}
    assert body_by_head_fa(seminary, "fa")["type"] == "ORG"
    hospital = {"text": "بیمارستان امام", "type": "LOC", "canonical": None}
    assert body_by_head_fa(hospital, "fa") == hospital  # a facility, a place
    alone = {"text": "دانشگاه", "type": "LOC", "canonical": None}
    assert body_by_head_fa(alone, "fa") == alone
