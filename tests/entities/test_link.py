"""One entity across scripts: consonant skeletons and corpus linking on the seeds."""

from __future__ import annotations

import pytest

from rasad.analysis.export import build_export
from rasad.entities.link import skeleton
from rasad.services.ingest import ingest_paths
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
