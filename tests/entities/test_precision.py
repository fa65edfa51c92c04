"""Linking that never merges different things, on real corpus articles (issue 24).

The articles are read from ../shared by id (none of them is in the held-out entity set of
eval/labels); each test names the case it guards.
"""

from __future__ import annotations

import re

import pytest

from rasad.entities.link import EntityIndex, link_reason, mention_key
from rasad.entities.recognise import accepted, demonym_of, is_common, recognise
from rasad.stages.entities import find_entities
from tests.support.articles import article_reader

ARTICLES = {
    "is": "bbc-business-002",  # English "is" and "US"
    "iraqi": "bbc-business-313",
    "bow": "fars-13920716000614",  # «کمان», a bow (Persian Germany is آلمان)
    "fars_province": "fars-8305040129",  # «استان فارس»
    "fars_agency": "fars-8405270061",  # «به گزارش فارس»
    "kazemi": "fars-13901113000596",  # a «کاظمی» who is not Mustafa al-Kadhimi
    "iranian": "fars-13910516001220",  # «ایرانی»
    "main": "snn-2015-08-01-00356",  # «الرئيسي», "the main"
    "god": "snn-2015-08-01-01215",  # «الله»
    "iraqi_ar": "snn-2015-08-01-00433",  # «العراقية»
    "daesh": "snn-2015-08-01-00301",  # «داعش»
    "dollar": "snn-2015-08-01-00755",  # «دولار» (ANERcorp tags currencies MISC)
    "alive": "snn-2015-08-02-01138",  # «حي يتألم», "alive and in pain"
    "crowded": "snn-2015-08-02-01229",  # «حي مكتظ», "a crowded district"
    "district": "snn-2015-08-03-01252",  # «حي العوالي», a district of Mecca
}


@pytest.fixture(scope="module")
def article(shared):
    return article_reader(shared, ARTICLES)


def mentions(a: dict) -> list[dict]:
    return find_entities(a["text"], a["lang"])


def test_english_is_is_never_islamic_state(article):
    a = article("is")
    assert re.search(r"\bis\b", a["text"])
    found = mentions(a)
    assert not any(m["text"].islower() for m in found)
    assert not any(m["canonical"] == "Islamic State" for m in found)
    assert accepted("IS", "en") and not accepted("is", "en")
    assert accepted("US", "en") and not accepted("us", "en")
    assert accepted("Nato", "en")  # a capitalized abbreviation that is no common word


def test_islamic_state_still_found_where_named(article):
    found = mentions(article("daesh"))
    assert any(m["canonical"] == "Islamic State" and "داعش" in m["text"] for m in found)


def test_a_persian_bow_is_not_germany(article):
    a = article("bow")
    assert re.search(r"(?<!\w)کمان(?!\w)", a["text"])
    assert is_common("کمان", "fa")
    assert not any(m["text"] == "کمان" for m in mentions(a))
    assert not accepted("کمان", "fa")


def test_the_main_is_not_raisi(article):
    a = article("main")
    assert re.search(r"(?<!\w)الرئيسي(?!\w)", a["text"])
    found = mentions(a)
    assert not any(m["text"].endswith("الرئيسي") for m in found)
    assert not accepted("الرئيسي", "ar")  # Raisi is listed as رئيسي, without the article
    assert accepted("رئيسي", "ar")
    # a person never joins a common word: a lone الرئيسي keeps its own written form
    assert mention_key("الرئيسي", "PER", None, "ar") == "PER:=رییسی"


def test_god_is_never_an_entity(article):
    a = article("god")
    assert re.search(r"(?<!\w)الله(?!\w)", a["text"])
    assert not any(m["text"] in {"الله", "والله", "بالله"} for m in mentions(a))
    assert not any(m.text == "خدا" for m in recognise("خدا را شکر که باران آمد.", "fa"))


def test_fars_province_is_not_fars_news_agency(article):
    found = mentions(article("fars_province"))
    province = [m for m in found if "فارس" in m["text"] and m["type"] != "ORG"]
    assert province
    assert all(m["canonical"] != "Fars News Agency" for m in province)
    keys = {m["entity"] for m in province}
    assert "ORG:Fars News Agency" not in keys


def test_fars_after_its_cue_is_the_agency(article):
    a = article("fars_agency")
    found = [m for m in mentions(a) if m["text"] == "فارس"]
    assert found and all(m["canonical"] == "Fars News Agency" for m in found)
    assert all(m["entity"] == "ORG:Fars News Agency" for m in found)


def test_two_people_with_different_given_names_stay_two(article):
    a = article("kazemi")
    found = mentions(a)
    kazemi = [m for m in found if m["text"].endswith("کاظمی") and m["type"] == "PER"]
    assert kazemi
    assert not any(m["canonical"] == "Mustafa al-Kadhimi" for m in kazemi if " " in m["text"])
    # across the archive: two full names sharing a surname make the bare surname join neither
    index = EntityIndex()
    first = index.add("d1", "fa", [{"text": "زهرا کاظمی", "type": "PER", "canonical": None}])
    second = index.add("d2", "fa", [{"text": "رضا کاظمی", "type": "PER", "canonical": None}])
    assert first != second
    bare = index.add("d3", "fa", [{"text": "کاظمی", "type": "PER", "canonical": None}])
    assert bare[0] not in first + second
    # one full name with that surname: its bare surname joins it, in the same spelling only
    index = EntityIndex()
    full = index.add("d1", "fa", [{"text": "زهرا کاظمی", "type": "PER", "canonical": None}])
    assert index.add("d2", "fa", [{"text": "كاظمي", "type": "PER", "canonical": None}]) == full
    assert index.add("d3", "en", [{"text": "Kazemi", "type": "PER", "canonical": None}]) != full
    # in one document, the full name beats the gazetteer's surname-only form of Kadhimi
    doc = [
        {"text": "زهرا کاظمی", "type": "PER", "canonical": None},
        {"text": "کاظمی", "type": "PER", "canonical": "Mustafa al-Kadhimi"},
    ]
    ids = EntityIndex().add("d4", "fa", doc)
    assert ids[0] == ids[1]


def test_short_names_never_link_by_skeleton_alone():
    # Colin, Chalone and Klin share the skeleton "kln": too short to tell names apart
    keys = {mention_key(t, "ORG", None, "en") for t in ("Colin", "Chalone", "Klin")}
    assert len(keys) == 3
    # a one-word person name does not reach another script by its skeleton
    assert mention_key("Kazemi", "PER", None, "en") != mention_key("کاظمی", "PER", None, "fa")
    # a long two-word name still does (Matthew Tueller ~ متئو تولر)
    assert mention_key("Matthew Tueller", "PER", None, "en") == mention_key(
        "متئو تولر", "PER", None, "fa"
    )


def test_places_cross_scripts_only_through_the_gazetteer():
    # Palu and Bolivia share a skeleton; an unknown place keeps its written form
    assert mention_key("Palu", "LOC", None, "en") != mention_key("بوليفيا", "LOC", None, "ar")
    assert mention_key("Palu", "LOC", None, "en") == "LOC:=palu"
    assert link_reason("GPE:Iraq") == "gazetteer entry 'Iraq' lists each form"
    assert link_reason("PER:~mt tlr").startswith("same consonant skeleton")


def test_every_entity_says_why_it_was_linked(article):
    index = EntityIndex()
    a = article("iranian")
    index.add(a["id"], a["lang"], mentions(a))
    entities = index.entities()
    assert entities and all(e["linked_by"] for e in entities)


@pytest.mark.parametrize(
    ("case", "adjective", "country"),
    [("iraqi", "Iraqi", "Iraq"), ("iraqi_ar", "العراقية", "Iraq"), ("iranian", "ایرانی", "Iran")],
)
def test_nationality_adjectives_are_mentions_of_their_country(article, case, adjective, country):
    a = article(case)
    found = [m for m in mentions(a) if m["text"] == adjective]
    assert found
    assert all(m["type"] == "GPE" and m["canonical"] == country for m in found)
    index = EntityIndex()
    ids = index.add(a["id"], a["lang"], found)
    named = {e["id"]: e["name"] for e in index.entities()}
    assert {named[i] for i in ids} == {country}


def test_demonyms_of_countries_only():
    assert demonym_of("آمریکایی").name == "United States"
    assert demonym_of("الروسي").name == "Russia"
    assert demonym_of("نجفی") is None  # a surname more often than "of Najaf": cities give none
    assert demonym_of("iraqi") is None  # English adjectives are capitalized


@pytest.mark.parametrize(
    ("adjective", "country"),
    [
        ("التركية", "Turkey"),  # its stem is Persian Turkey (ترکیه), not an Arabic name
        ("التركي", "Turkey"),  # the entities.tsv country, not CLDR's Türkiye beside it
        ("السورية", "Syria"),  # Arabic writes Syria سورية, never with the article
        ("مغربياً", "Morocco"),  # the accusative alif of an indefinite adjective
    ],
)
def test_arabic_nationality_adjectives(adjective, country):
    assert demonym_of(adjective, "ar").name == country


@pytest.mark.parametrize("place", ["السعودية", "سورية", "سوريا", "روسيا", "أستراليا"])
def test_an_arabic_country_name_is_no_adjective(place):
    assert demonym_of(place, "ar") is None


def test_a_region_named_by_a_common_word_only_after_its_cue():
    """عسير is Asir Province after منطقة or أمير, and "difficult" elsewhere; القصيم and the
    Houthis are listed though wordfreq counts them as common Arabic words."""
    from rasad.stages.entities import find_entities

    found = find_entities("تلتها منطقة عسير، ثم منطقة القصيم، بعد طرد الحوثيين.", "ar")
    assert [(m["text"], m["canonical"]) for m in found] == [
        ("عسير", "Asir Province"),
        ("القصيم", "Al-Qassim Province"),
        ("الحوثيين", "Houthis"),
    ]
    assert find_entities("كان الوضع عسير جدا في المدينة.", "ar") == []


def test_assad_is_not_saud():
    """ "Assad" and سعود share the skeleton "sd": a surname joins only as written."""
    index = EntityIndex()
    assad = index.add(
        "d1", "en", [{"text": "Assad", "type": "PER", "canonical": "Bashar al-Assad"}]
    )
    saud = index.add("d2", "ar", [{"text": "سعود", "type": "PER", "canonical": None}])
    assert assad != saud
    palu = index.add("d3", "en", [{"text": "Palu", "type": "LOC", "canonical": None}])
    bolivia = index.add("d4", "ar", [{"text": "بوليفيا", "type": "LOC", "canonical": None}])
    assert palu != bolivia


def test_cldr_names_link_places_across_scripts():
    """A place the CRF finds links across scripts when CLDR writes it so in each language."""
    from rasad.stages.entities import find_entities

    keys = {
        m["entity"]
        for text, lang in (("قال إن أوروبا تنتظر.", "ar"), ("گفت اروپا منتظر است.", "fa"))
        for m in find_entities(text, lang)
        if m["type"] == "LOC"
    }
    assert keys == {"LOC:Europe"}
    assert demonym_of("الهندية").name == "India"  # a CLDR country's adjective
    assert demonym_of("الأوروبي") is None  # a region's adjective is not annotated


def test_a_stored_surname_turns_ambiguous_when_a_second_full_name_comes(store_url):
    """The ingest links batch after batch against the stored surnames: the second full name
    with a surname rewrites its stored row, so a later bare surname joins neither."""
    from rasad.model import Document
    from rasad.services.entity_links import link_batch
    from rasad.store import open_store

    def doc(i: int, text: str) -> Document:
        mention = {"text": text, "type": "PER", "canonical": None, "start": 0, "end": len(text)}
        mention["entity"] = mention_key(text, "PER", None, "fa")
        return Document(id=f"d{i}", source=f"d{i}", text=text, lang="fa", entities=[mention])

    store = open_store(store_url)
    try:
        ids = []
        for seq, text in enumerate(["زهرا کاظمی", "رضا کاظمی", "کاظمی"], start=1):
            links = link_batch(store, [(seq, doc(seq, text))])
            store.put_entity_links(links, seq)
            ids.append(links["mentions"][0][3])
        assert len(set(ids)) == 3
        assert store.entity_surnames(["کاظمی"]) == {"کاظمی": "PER:?"}
    finally:
        store.close()


def test_a_currency_is_no_entity(article):
    a = article("dollar")
    assert re.search(r"(?<!\w)دولار", a["text"])
    found = mentions(a)
    assert found  # the article's names are still found
    assert not any("دولار" in m["text"] for m in found)


def test_hay_announces_a_district_only_before_a_definite_name(article):
    for case, word in (("alive", "يتألم"), ("crowded", "مكتظ")):
        a = article(case)
        assert f"حي {word}" in a["text"]
        assert not any(m["text"] == word for m in mentions(a)), case
    district = article("district")
    assert any("العوالي" in m["text"] and m["type"] in ("LOC", "GPE") for m in mentions(district))


def test_an_arabic_adjective_names_a_country_only_by_its_arabic_name():
    """غنائي is "lyrical" in Arabic: Ghana is غانا there (غنا is its Persian name)."""
    text = "وقدمت الفرقة عرضا غنائيا، وهو عمل غنائي جديد، وفاز المنتخب الغاني"
    assert [(m.text, m.canonical) for m in recognise(text, "ar")] == [("الغاني", "Ghana")]
    assert demonym_of("غنائي", "ar") is None
    assert demonym_of("سعودی", "fa").name == "Saudi Arabia"  # Persian forms it from Arabic
