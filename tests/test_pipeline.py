"""The stage registry: each stage reads and sets only what it declares, the architecture page
lists the same, and a bad order fails clearly."""

from __future__ import annotations

import copy
import dataclasses
import re
from pathlib import Path

import pytest

from rasad.config import Settings
from rasad.model import Document
from rasad.pipeline import (
    DEFAULT_STAGES,
    READER_FIELDS,
    DeferredStage,
    PipelineError,
    build_pipeline,
    registered,
)
from rasad.stages.readers import read_path

FIELDS = [f.name for f in dataclasses.fields(Document)]
ARCHITECTURE = Path(__file__).resolve().parents[1] / "docs" / "architecture.md"


class Recording(Document):
    """A document that notes which of its fields are read."""

    def __getattribute__(self, name: str):
        if name in FIELDS:
            object.__getattribute__(self, "__dict__").setdefault("_reads", set()).add(name)
        return object.__getattribute__(self, name)

    @property
    def reads(self) -> set[str]:
        return set(self.__dict__.get("_reads", set()))


def test_declared_fields_are_document_fields():
    for spec in registered().values():
        unknown = set(spec.requires) | set(spec.assigns) - set(FIELDS)
        assert not unknown - set(FIELDS), f"{spec.name}: {sorted(unknown - set(FIELDS))}"
    assert set(READER_FIELDS) <= set(FIELDS)


@pytest.fixture(scope="module")
def stage_runs(seeds_dir: Path) -> list[tuple[str, dict, dict, set[str]]]:
    """(stage, fields before, fields after, fields read) for every default stage on every seed
    article, each stage run alone on the output of the stages before it."""
    settings = Settings(strict=True)
    specs = registered()
    runs = []
    for path in sorted(seeds_dir.glob("*.txt")):
        (doc,) = read_path(path)
        for name in DEFAULT_STAGES:
            before = {f: copy.deepcopy(getattr(doc, f)) for f in FIELDS}
            recording = Recording(**before)
            done = specs[name].factory(settings)(recording)
            assert done is recording
            reads = recording.reads
            doc = Document(**{f: getattr(done, f) for f in FIELDS})
            runs.append((name, before, {f: getattr(doc, f) for f in FIELDS}, reads))
    return runs


def test_each_stage_sets_only_what_it_assigns(stage_runs):
    specs = registered()
    for name, before, after, _ in stage_runs:
        changed = {f for f in FIELDS if before[f] != after[f]}
        assert changed <= set(specs[name].assigns), (name, sorted(changed))
        assert after["rejected"] is None, (name, after["rejected"])


def test_each_stage_reads_only_what_it_requires_or_assigns(stage_runs):
    specs = registered()
    for name, _, _, reads in stage_runs:
        declared = set(specs[name].requires) | set(specs[name].assigns)
        assert reads <= declared, (name, sorted(reads - declared))


def test_every_requirement_is_read(stage_runs):
    specs = registered()
    read: dict[str, set[str]] = {name: set() for name in DEFAULT_STAGES}
    for name, _, _, reads in stage_runs:
        read[name] |= reads
    for name in DEFAULT_STAGES:
        assert set(specs[name].requires) <= read[name], (
            name,
            sorted(set(specs[name].requires) - read[name]),
        )


def test_every_assigned_field_is_set_by_its_stage_somewhere(stage_runs):
    """A declared field no seed article ever sees its stage change is a wrong declaration."""
    specs = registered()
    changed: dict[str, set[str]] = {name: set() for name in DEFAULT_STAGES}
    for name, before, after, _ in stage_runs:
        changed[name] |= {f for f in FIELDS if before[f] != after[f]}
    for name in DEFAULT_STAGES:
        # extract's title and metadata come from HTML; the seeds are plain text
        html_only = {"title", "outlet", "metadata_date"} if name == "extract" else set()
        expected = set(specs[name].assigns) - html_only
        if name == "framing":  # no seed's title carries a loaded term
            expected -= {"title_terms"}
        assert expected <= changed[name], (name, sorted(expected - changed[name]))


def test_embed_sets_the_vector_field(stage_runs):
    vectors = [after["vector"] for name, _, after, _ in stage_runs if name == "embed"]
    assert vectors and all(len(v) == 384 for v in vectors)


def documented_stages() -> dict[str, tuple[set[str], set[str]]]:
    """stage → (requires, sets) from the pipeline table of docs/architecture.md."""
    out = {}
    for line in ARCHITECTURE.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0].isdigit() and cells[1] in registered():
            requires = {r.strip() for r in re.split(r"[,/]", cells[2])}
            sets = {re.match(r"\s*(\w+)", part).group(1) for part in cells[3].split(",")}
            out[cells[1]] = (requires, sets)
    return out


def test_architecture_page_lists_what_the_registry_declares():
    documented = documented_stages()
    assert set(documented) == set(DEFAULT_STAGES)
    for name, spec in registered().items():
        assert documented[name] == (set(spec.requires), set(spec.assigns)), name


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
    # kept, with the stage's field empty and its error (tests/reliability/test_stage_errors.py)
    assert lenient.rejected is None and lenient.lang == "und" and lenient.text
    assert lenient.stage_errors == [{"stage": "langid", "error": "RuntimeError", "message": "boom"}]
    with pytest.raises(RuntimeError, match="boom"):
        build_pipeline(Settings(stories=False, strict=True), stages)(doc)


def test_stages_left_out_of_now_are_built_when_a_document_first_reaches_them(seed_text):
    stages = ["extract", "clean", "langid"]
    settings = Settings(stories=False)
    later = build_pipeline(settings, stages, now=["extract"])
    deferred = [fn for fn in later.fns if isinstance(fn, DeferredStage)]
    assert [fn.spec.name for fn in deferred] == ["clean", "langid"]
    assert all(fn.fn is None for fn in deferred)
    doc = Document(id="d", source="000.txt", raw_text=seed_text("000"))
    got = later(copy.deepcopy(doc))
    assert all(fn.fn is not None for fn in deferred)
    assert got.to_record() == build_pipeline(settings, stages)(doc).to_record()
    assert got.lang and got.text
