"""The `rasad.export/1` object: built from documents and checked against the schema and the
spans (pure; `rasad.services.export.write_export` writes it from a store item by item)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from typing import Any

import numpy as np

from rasad.analysis.stories import build_stories
from rasad.entities.link import link_corpus
from rasad.model import Document

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
        "stories": [exported_story(s) for s in stories],
    }


def exported_story(story: dict[str, Any]) -> dict[str, Any]:
    """A story as the export contract gives it (`rasad.export/1`): its timeline's entries
    are dated (an ISO date and its precision), so an undated story's own event, which the
    story page shows as "date unknown", is left out."""
    timeline = [e for e in story.get("timeline", []) if e.get("date")]
    return {**story, "timeline": timeline} if "timeline" in story else story


def span_errors(export: dict[str, Any]) -> list[str]:
    """Every span whose text is not `document.text[start:end]`, described."""
    texts = {d["id"]: d["text"] for d in export["documents"]}
    errors = [e for doc in export["documents"] for e in document_span_errors(doc)]
    return errors + [e for story in export["stories"] for e in story_span_errors(story, texts)]


def document_span_errors(doc: dict[str, Any]) -> list[str]:
    """The spans of one exported document that do not index its text."""
    return [
        f"{doc['id']}: {name} span {s['start']}:{s['end']} is not {s['text']!r}"
        for name in SPAN_FIELDS
        for s in doc[name]
        if doc["text"][s["start"] : s["end"]] != s["text"]
    ]


def story_span_errors(story: dict[str, Any], texts: dict[str, str]) -> list[str]:
    """The evidence of one story that does not index its document's text (`texts` by id)."""
    return [
        f"story {story['id']}: evidence {ev['doc']}:{ev['start']} mismatch"
        for ev in _story_evidence(story)
        if texts.get(ev["doc"], "")[ev["start"] : ev["end"]] != ev["text"]
    ]


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


class ExportInvalid(ValueError):
    """An item of a streamed export broke the schema or its spans; `problems` says how."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"export does not validate ({len(problems)} problems)")
        self.problems = problems


@cache
def item_validator(kind: str):
    """A validator for one item of the export (`document`, `entity` or `story`)."""
    from jsonschema import Draft202012Validator

    schema = export_schema()
    return Draft202012Validator(
        {"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": f"#/$defs/{kind}"}
    )


def item_errors(kind: str, item: dict[str, Any]) -> list[str]:
    where = item.get("id", "?")
    return [
        f"{kind} {where}: {'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}"
        for e in item_validator(kind).iter_errors(item)
    ]
