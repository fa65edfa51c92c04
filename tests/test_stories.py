"""Stories over the seeds: one story across Arabic and Persian, with evidence that points home."""

from __future__ import annotations

import pytest

from rasad.export import build_export, validate_export
from rasad.ingest import ingest_paths
from rasad.store.base import open_store


@pytest.fixture(scope="module")
def export(module_store_url, seeds_dir):
    from rasad.config import Settings

    settings = Settings(db=module_store_url)
    store = open_store(module_store_url)
    ingest_paths([seeds_dir], store, settings)
    data = build_export(store.iter_documents(), dict(store.iter_vectors()))
    store.close()
    return data


def test_seeds_form_one_cross_lingual_story(export):
    assert len(export["stories"]) == 1
    story = export["stories"][0]
    assert sorted(story["languages"]) == ["ar", "fa"]
    assert len(story["documents"]) == 5
    assert any(r.startswith("shared entities") for r in story["why"])
    assert {d["story"] for d in export["documents"]} == {story["id"]}
    members = [doc for e in story["events"] for doc in e["documents"]]
    assert sorted(members) == sorted(story["documents"])  # every document in exactly one event


def test_timeline_is_ordered_and_grounded(export):
    story = export["stories"][0]
    dates = [t["date"] for t in story["timeline"]]
    assert dates == sorted(dates) and "2020-01-05" in dates
    assert validate_export(export) == []  # includes every evidence span


def test_claims_group_numbers_across_languages(export):
    claims = {(c["about"], c["value"]): c for c in export["stories"][0]["claims"]}
    troops = claims[("troops", 2500)]
    assert {e["doc"][:3] for e in troops["evidence"]} >= {"001", "003"}  # Arabic and Persian


def test_framing_per_document(export):
    framing = export["stories"][0]["framing"]
    persian = next(v for k, v in framing.items() if k.startswith("003"))
    arabic = next(v for k, v in framing.items() if k.startswith("004"))
    assert persian["loaded_terms"] > arabic["loaded_terms"]
