"""The `rasad.export/1` document: build it from documents, validate it against the schema."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from typing import Any

import numpy as np

from rasad.entities.link import link_corpus
from rasad.model import Document
from rasad.stories import build_stories

SCHEMA_ID = "rasad.export/1"
SPAN_FIELDS = ("entities", "dates", "numbers", "quotes", "loaded_terms")


@cache
def export_schema() -> dict[str, Any]:
    """The JSON Schema shipped in the package."""
    return json.loads(
        resources.files("rasad.schema").joinpath("export.schema.json").read_text("utf-8")
    )


def build_export(
    docs: Iterable[Document], vectors: dict[str, np.ndarray] | None = None
) -> dict[str, Any]:
    """The whole export object: documents, entities linked across them, and stories."""
    doc_list = list(docs)
    stories = build_stories(doc_list, vectors or {})  # before linking: `why` names entity keys
    entities = link_corpus(doc_list)
    return {
        "schema": SCHEMA_ID,
        "generated_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "documents": [d.to_export() for d in doc_list],
        "entities": entities,
        "stories": stories,
    }


def span_errors(export: dict[str, Any]) -> list[str]:
    """Every span whose text is not `document.text[start:end]`, described."""
    errors = []
    texts = {d["id"]: d["text"] for d in export["documents"]}
    for doc in export["documents"]:
        for name in SPAN_FIELDS:
            for s in doc[name]:
                if doc["text"][s["start"] : s["end"]] != s["text"]:
                    errors.append(
                        f"{doc['id']}: {name} span {s['start']}:{s['end']} is not {s['text']!r}"
                    )
    for story in export["stories"]:
        for ev in _story_evidence(story):
            if texts.get(ev["doc"], "")[ev["start"] : ev["end"]] != ev["text"]:
                errors.append(f"story {story['id']}: evidence {ev['doc']}:{ev['start']} mismatch")
    return errors


def _story_evidence(story: dict[str, Any]) -> Iterable[dict[str, Any]]:
    for entry in story.get("timeline", []) + story.get("claims", []):
        yield from entry["evidence"]
    for c in story.get("contradictions", []):
        yield c["a"]
        yield c["b"]


def validate_export(export: dict[str, Any]) -> list[str]:
    """Schema violations and span mismatches; empty when the export is valid."""
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(export_schema())
    errors = [
        f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}"
        for e in validator.iter_errors(export)
    ]
    return errors or span_errors(export)
