"""One entity across scripts: consonant skeletons and corpus linking on the seeds."""

from __future__ import annotations

import pytest

from rasad.analysis.export import build_export
from rasad.entities.link import EntityIndex, link_document, linkable, skeleton, trimmed
from rasad.services.ingest import ingest_paths
from rasad.stages.entities import surname_mentions
from rasad.store import open_store


@pytest.mark.parametrize(
    "names",
    [
        ["الكاظمي", "الکاظمی", "Kadhimi", "al-Kadhimi"],
        ["متئو تولر", "ماثيو تولر", "Matthew Tueller"],
        ["قاسم سليماني", "قاسم سلیمانی", "Qassem Soleimani", "Ghasem Soleimani"],
        ["واشنطن", "واشنگتن", "Washington"],
    ],
)
def test_spellings_share_a_skeleton(names):
    assert len({skeleton(n) for n in names}) == 1


def test_different_names_differ():
    assert skeleton("بغداد") != skeleton("بيروت")


def test_seed_export_links_one_person_across_arabic_and_persian(seeds_dir, settings, store_url):
    store = open_store(store_url)
    ingest_paths([seeds_dir], store, settings)
    export = build_export(store.iter_documents())
    by_name = {e["name"]: e for e in export["entities"]}
    person = by_name["Mustafa al-Kadhimi"]
    assert person["type"] == "PER"
    assert {"ar", "fa"} <= set(person["names"])
    assert len(person["documents"]) == 5
    ids = {m["entity"] for d in export["documents"] for m in d["entities"]}
    assert ids == {e["id"] for e in export["entities"]}


def test_a_person_named_with_vowels_only_is_linked_without_a_surname_key():
    """ "Aya" or "ای" has an empty consonant skeleton: it is still an entity, its surname key the
    written form (surnames join full names as written, not by skeleton)."""
    from rasad.entities.link import EntityIndex

    index = EntityIndex()
    for text in ("Aya", "ای"):
        mention = {"text": text, "type": "PER", "start": 0, "end": len(text)}
        (found,) = index.add("d1", "en", [{**mention, "canonical": "Aya"}])
        assert found.startswith("e")
    assert set(index.by_surname) <= {("PER", "aya"), ("PER", "ای")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("أن", "ar", False),  # a particle a span ran into (ترامب أن)
        ("المملكة", "ar", False),  # a generic reference
        ("Monday", "en", False),
        ("I", "en", False),
        ("المهندس", "ar", False),  # a title alone
        ("والمهندس", "ar", False),
        ("ـ", "ar", False),
        ("الجوف", "ar", True),
        ("Blair", "en", True),
    ],
)
def test_which_mentions_are_linked(text, lang, expected):
    assert linkable({"text": text, "type": "PER", "canonical": None}, lang) is expected


def test_a_given_name_alone_stays_in_its_document():
    index = EntityIndex()
    first = index.add("d1", "ar", [{"text": "حسين", "type": "PER", "canonical": None}])
    second = index.add("d2", "ar", [{"text": "حسين", "type": "PER", "canonical": None}])
    assert first != second
    assert "one document" in index.entities()[0]["linked_by"]
    # the same name twice in one document is one person
    both = index.add("d3", "ar", [{"text": "حسين", "type": "PER", "canonical": None}] * 2)
    assert both[0] == both[1]


def test_the_last_word_of_a_name_chain_is_no_surname():
    full = {"text": "سلمان بن عبدالعزيز", "type": "PER", "canonical": None}
    bare = {"text": "عبدالعزيز", "type": "PER", "canonical": None}
    keys = link_document([full, bare], "ar")
    assert keys[0] != keys[1]
    # a stored mention chain cut after its chain word copies no surname either
    assert "سعود" not in [m["text"] for m in surname_mentions("ولي العهد سلمان بن سعود", [full])]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("ترامب أن", "PER", "ترامب"),
        ("Trump has", "PER", "Trump"),
        ("المهندس فيصل", "PER", "فيصل"),
        ("المهندس فيصل", "ORG", "المهندس فيصل"),
        ("وزارة الصحة", "ORG", "وزارة الصحة"),
    ],
)
def test_spans_lose_the_function_words_they_ran_into(text, kind, expected):
    m = trimmed(
        {"text": text, "type": kind, "canonical": None, "start": 10, "end": 10 + len(text)},
        "ar" if not text.isascii() else "en",
    )
    assert m["text"] == expected and m["end"] - m["start"] == len(expected)
