"""The export validates against the shipped schema and every span points at its words."""

from __future__ import annotations

import copy
import io
import json

import pytest

from rasad.analysis.export import ExportInvalid, build_export, validate_export
from rasad.services.export import write_export
from rasad.services.ingest import ingest_paths
from rasad.store import open_store


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


def streamed(store, **kwargs) -> dict:
    out = io.StringIO()
    write_export(store, out, **kwargs)
    return json.loads(out.getvalue())


def test_streamed_export_is_the_whole_database_build(seeds_dir, settings, store_url):
    """Written item by item from the stored links and per-story builds, the export is the
    object `build_export` makes of the whole database at once, on both backends."""
    store = open_store(store_url)
    ingest_paths([seeds_dir], store, settings)
    whole = build_export(store.iter_documents(), dict(store.iter_vectors()))
    export = streamed(store)
    assert validate_export(export) == []
    assert {**export, "generated_at": None} == {**whole, "generated_at": None}
    assert export["documents"] and export["entities"] and export["stories"]


def test_streamed_export_stops_at_the_first_bad_item(seeds_dir, settings, store_url):
    store = open_store(store_url)
    ingest_paths([seeds_dir], store, settings)
    doc = store.get_document(next(store.iter_documents()).id)
    doc.loaded_terms = [{"start": 0, "end": 3, "text": "xyz", "category": "label"}]
    store.update_documents([doc])
    with pytest.raises(ExportInvalid) as caught:
        streamed(store)
    assert any("loaded_terms span" in p for p in caught.value.problems)
    assert streamed(store, validate=False)["documents"]
