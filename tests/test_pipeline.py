"""The stage registry: each stage sets only what it declares, and a bad order fails clearly."""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path

import pytest

from rasad.config import Settings
from rasad.model import Document
from rasad.pipeline import (
    DEFAULT_STAGES,
    READER_FIELDS,
    PipelineError,
    build_pipeline,
    registered,
)
from rasad.stages.readers import read_path

FIELDS = [f.name for f in dataclasses.fields(Document)]


def test_declared_fields_are_document_fields():
    for spec in registered().values():
        unknown = set(spec.requires) | set(spec.assigns) - set(FIELDS)
        assert not unknown - set(FIELDS), f"{spec.name}: {sorted(unknown - set(FIELDS))}"
    assert set(READER_FIELDS) <= set(FIELDS)


@pytest.fixture(scope="module")
def stage_runs(seeds_dir: Path) -> list[tuple[str, dict, dict]]:
    """(stage, fields before, fields after) for every default stage on every seed article,
    each stage run alone on the output of the stages before it."""
    settings = Settings(strict=True)
    specs = registered()
    runs = []
    for path in sorted(seeds_dir.glob("*.txt")):
        (doc,) = read_path(path)
        for name in DEFAULT_STAGES:
            before = {f: copy.deepcopy(getattr(doc, f)) for f in FIELDS}
            doc = specs[name].factory(settings)(doc)
            runs.append((name, before, {f: getattr(doc, f) for f in FIELDS}))
    return runs


def test_each_stage_sets_only_what_it_assigns(stage_runs):
    specs = registered()
    for name, before, after in stage_runs:
        changed = {f for f in FIELDS if before[f] != after[f]}
        assert changed <= set(specs[name].assigns), (name, sorted(changed))
        assert after["rejected"] is None, (name, after["rejected"])


def test_every_assigned_field_is_set_by_its_stage_somewhere(stage_runs):
    """A declared field no seed article ever sees its stage change is a wrong declaration."""
    specs = registered()
    changed: dict[str, set[str]] = {name: set() for name in DEFAULT_STAGES}
    for name, before, after in stage_runs:
        changed[name] |= {f for f in FIELDS if before[f] != after[f]}
    for name in DEFAULT_STAGES:
        # extract's title and metadata come from HTML; the seeds are plain text
        html_only = {"title", "outlet", "metadata_date"} if name == "extract" else set()
        expected = set(specs[name].assigns) - html_only
        assert expected <= changed[name], (name, sorted(expected - changed[name]))


def test_embed_sets_the_vector_field(stage_runs):
    vectors = [after["vector"] for name, _, after in stage_runs if name == "embed"]
    assert vectors and all(len(v) == 384 for v in vectors)


def test_a_missing_requirement_fails_with_a_clear_message():
    with pytest.raises(PipelineError, match=r"stage 'quotes' requires entities"):
        build_pipeline(Settings(), ["extract", "clean", "langid", "quotes"])
    with pytest.raises(PipelineError, match=r"stage 'langid' requires text"):
        build_pipeline(Settings(), ["langid", "extract"])
    with pytest.raises(PipelineError, match="unknown stage"):
        build_pipeline(Settings(), ["extract", "summarise"])


def test_the_default_order_passes_its_own_check():
    assert build_pipeline(Settings(stories=False)).names == list(DEFAULT_STAGES)


def failing(settings: Settings):
    def fail(doc: Document) -> Document:
        raise RuntimeError("boom")

    return fail


def test_strict_pipelines_reraise_stage_errors(monkeypatch):
    specs = registered()
    spec = dataclasses.replace(specs["langid"], factory=failing)
    monkeypatch.setitem(__import__("rasad.pipeline").pipeline._REGISTRY, "langid", spec)
    stages = ["extract", "clean", "langid"]
    doc = Document(id="d", source="d", raw_text="A sentence long enough to be kept as text.")
    lenient = build_pipeline(Settings(stories=False), stages)(copy.deepcopy(doc))
    assert lenient.rejected == "stage langid failed: RuntimeError: boom"
    with pytest.raises(RuntimeError, match="boom"):
        build_pipeline(Settings(stories=False, strict=True), stages)(doc)
