"""Corrections by the user: an analyst who knows better sets a document's publication date or
outlet. Each correction is recorded with who made it and when, and can be undone (the latest
of a document's field first). A corrected date is the document's date from then on, with
source "metadata" (what the user says about the document, as a feed or page would): its
relative dates are resolved again against it («امروز», "next Tuesday"), and its story's
timeline, events and promises' due dates are built again from the corrected documents, as
are the copies of the date and the outlet that the quotes, mentions and entity pages keep."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from rasad.analysis.pages import NotFound, document_summary
from rasad.config import Settings
from rasad.model import Document
from rasad.pipeline import rerun_pipeline
from rasad.services import outlets
from rasad.services.materialize import refresh_story_summaries
from rasad.stages.pubdate import from_metadata
from rasad.store import Store

FIELDS = ("published", "outlet")


class CorrectionError(ValueError):
    """A correction that cannot be made (the message says why)."""


def correct(
    store: Store,
    settings: Settings,
    doc_id: str,
    field: str,
    value: str,
    author: str,
    note: str | None = None,
) -> dict[str, Any]:
    """Set a document's `published` date ("YYYY-MM-DD", "YYYY-MM" or "YYYY") or `outlet` (a
    profile's name or alias, or any name); returns the correction and the document as lists
    show it."""
    if field not in FIELDS:
        raise CorrectionError(f"a correction sets one of {', '.join(FIELDS)}, not {field!r}")
    if not author.strip():
        raise CorrectionError("a correction needs the name of who makes it")
    doc = _document(store, doc_id)
    before = copy.deepcopy(doc)
    if field == "published":
        corrected = from_metadata(value.strip())
        if corrected is None:
            raise CorrectionError(f"not a date: {value!r} (YYYY-MM-DD, YYYY-MM or YYYY)")
        old, new = doc.published, corrected
        doc.published = corrected
        redate(doc, settings)
    else:
        if not value.strip():
            raise CorrectionError("an outlet correction needs the outlet's name")
        profile = outlets.directory(store).get(value.strip())
        old, new = doc.outlet, profile.name if profile else value.strip()
        doc.outlet = new
    made = {
        "doc": doc.id,
        "field": field,
        "old_value": json.dumps(old, ensure_ascii=False),
        "new_value": json.dumps(new, ensure_ascii=False),
        "author": author.strip(),
        "note": note,
        "made_at": _now(),
    }
    number = store.correct_document(doc, before, made=made)
    _refresh(store, doc)
    return {"correction": _shown(store.correction(number)), "document": document_summary(doc)}


def undo(store: Store, settings: Settings, number: int, author: str) -> dict[str, Any]:
    """Undo a correction: the field gets back the value it had before; a later correction of
    the same field of the document must be undone first."""
    row = store.correction(number)
    if row is None:
        raise NotFound(f"no correction {number}")
    if row["undone_at"]:
        raise CorrectionError(f"correction {number} was undone already ({row['undone_at']})")
    later = [
        c["id"]
        for c in store.corrections(row["doc"])
        if c["field"] == row["field"] and c["id"] > number and not c["undone_at"]
    ]
    if later:
        raise CorrectionError(f"correction {later[-1]} changed {row['field']} later: undo it first")
    doc = _document(store, row["doc"])
    before = copy.deepcopy(doc)
    previous = json.loads(row["old_value"]) if row["old_value"] else None
    if row["field"] == "published":
        doc.published = previous
        redate(doc, settings)
    else:
        doc.outlet = previous
    store.correct_document(doc, before, undone=(number, author.strip() or "unknown", _now()))
    _refresh(store, doc)
    return {"correction": _shown(store.correction(number)), "document": document_summary(doc)}


def correction_list(store: Store, doc_id: str | None = None) -> dict[str, Any]:
    """The corrections of one document (or of every one), oldest first."""
    if doc_id is not None:
        _document(store, doc_id)
    rows = [_shown(r) for r in store.corrections(doc_id)]
    return {"total": len(rows), "corrections": rows}


def redate(doc: Document, settings: Settings) -> None:
    """Resolve a document's dates (and what reads them: the numbers stage) again against its
    publication date, as the recognise backfill does; a stage that fails fails the correction."""
    rerun_pipeline(replace(settings, strict=True), "dates")(doc)


def _document(store: Store, doc_id: str) -> Document:
    doc = store.get_document(doc_id)
    if doc is None:
        raise NotFound(f"no document {doc_id!r}")
    if doc.rejected:
        raise CorrectionError(f"document {doc_id!r} was rejected ({doc.rejected})")
    return doc


def _refresh(store: Store, doc: Document) -> None:
    """Build the corrected document's story again (summary row, page, timeline, promises)."""
    if doc.story:
        refresh_story_summaries(store, {doc.story}, views_up_to=None)


def _shown(row: dict[str, Any] | None) -> dict[str, Any]:
    """A stored correction with its values as JSON values."""
    assert row is not None
    return {
        **row,
        "old_value": json.loads(row["old_value"]) if row["old_value"] else None,
        "new_value": json.loads(row["new_value"]) if row["new_value"] else None,
    }


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
