"""The export validates against the shipped schema and every span points at its words."""

from __future__ import annotations

import copy

from rasad.export import build_export, validate_export
from rasad.ingest import ingest_paths
from rasad.store.base import open_store


def test_seed_export_validates(seeds_dir, settings, store_url):
    store = open_store(store_url)
    ingest_paths([seeds_dir], store, settings)
    export = build_export(store.iter_documents())
    assert validate_export(export) == []
    assert {d["id"] for d in export["documents"]} == {p.stem for p in seeds_dir.glob("*.txt")}
    for doc in export["documents"]:
        assert doc["text"] and doc["lang"] in {"ar", "fa"}
        for name in ("entities", "dates", "numbers", "quotes", "loaded_terms"):
            for span in doc[name]:
                assert doc["text"][span["start"] : span["end"]] == span["text"]


def test_broken_export_is_reported(seeds_dir, settings, store_url):
    store = open_store(store_url)
    ingest_paths([seeds_dir], store, settings)
    export = build_export(store.iter_documents())
    bad = copy.deepcopy(export)
    bad["schema"] = "other"
    assert any("schema" in e for e in validate_export(bad))
    bad = copy.deepcopy(export)
    bad["documents"][0]["loaded_terms"] = [
        {"start": 0, "end": 3, "text": "xyz", "category": "label"}
    ]
    assert any("loaded_terms span" in e for e in validate_export(bad))
