"""A registered stage replaced for one test, through the pipeline's own registry (what
`build_pipeline`, `rerun_pipeline` and the ingest build from), never by mocking the store."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from rasad import pipeline
from rasad.config import Settings
from rasad.model import Document


def replace_stage(
    monkeypatch: pytest.MonkeyPatch, name: str, fn: Callable[[Document], Document]
) -> None:
    """Stage `name` runs `fn` (its requires, assigns and languages kept) until the test ends."""
    spec = pipeline.registered()[name]
    monkeypatch.setitem(pipeline._REGISTRY, name, replace(spec, factory=lambda settings: fn))


class StageBug(RuntimeError):
    """What a failing stage raises in tests."""


def fail_stage_on(monkeypatch: pytest.MonkeyPatch, name: str, text: str) -> None:
    """Stage `name` raises `StageBug` on documents whose text holds `text`, and runs as
    always on the others, until the test ends."""
    spec = pipeline.registered()[name]

    def factory(settings: Settings) -> Callable[[Document], Document]:
        real = spec.factory(settings)

        def stage(doc: Document) -> Document:
            if text in doc.text:
                raise StageBug(f"no rule for «{text}»")
            return real(doc)

        return stage

    monkeypatch.setitem(pipeline._REGISTRY, name, replace(spec, factory=factory))
