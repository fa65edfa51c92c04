"""The `rasad.export/1` document written from a store item by item (`write_export`)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TextIO

from rasad.analysis.export import (
    SCHEMA_ID,
    ExportInvalid,
    document_span_errors,
    exported_story,
    item_errors,
    story_span_errors,
)
from rasad.analysis.stories import build_story
from rasad.services import entity_links as stored
from rasad.store import ExportStore


def write_export(
    store: ExportStore,
    out: TextIO,
    validate: bool = True,
    progress: Callable[[int], None] | None = None,
    batch: int = 500,
) -> dict[str, int]:
    """Write the export of a store to `out` one item at a time, in the memory of one batch
    of documents or one story, whatever the archive's size: documents in ingest order with
    the entity ids the ingest linked and stored (`rasad.services.entity_links`), then the stored
    entities, then each story built from its own documents — the object `build_export`
    makes of the whole database at once. Each item is checked against the schema and its
    spans as it is written (`ExportInvalid` on the first item that fails). `progress` is
    called with the number of items written since its last call. Returns the counts."""

    def check(kind: str, item: dict[str, Any], spans: list[str]) -> None:
        if validate and (problems := item_errors(kind, item) + spans):
            raise ExportInvalid(problems)

    written = {"documents": 0, "entities": 0, "stories": 0}
    items = _JsonArrays(out)
    out.write("{\n")
    out.write(f'  "schema": {json.dumps(SCHEMA_ID)},\n')
    out.write(f'  "generated_at": "{datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}",\n')
    items.open("documents")
    through = 0
    while rows := store.documents_after(through, batch):
        through = rows[-1][0]
        docs = [d for _, d in rows if not d.rejected]
        ids = [d.id for d in docs]
        entity_of, speaker_of = store.mention_entities(ids), store.quote_speakers(ids)
        for d in docs:
            renamed = {}  # mention key → linked id, for a speaker the store did not link
            for i, m in enumerate(d.entities):
                linked = entity_of.get((d.id, i), m["entity"])
                renamed[m["entity"]] = linked
                m["entity"] = linked
            for i, q in enumerate(d.quotes):
                q["speaker"] = speaker_of.get((d.id, i), renamed.get(q["speaker"], q["speaker"]))
            doc = d.to_export()
            check("document", doc, document_span_errors(doc))
            items.add(doc)
        written["documents"] += len(docs)
        _tell(progress, len(docs))
    items.open("entities")
    offset = 0
    while True:
        _, rows = store.entity_page(None, None, batch, offset)
        if not rows:
            break
        for entity in stored.records(store, rows):
            check("entity", entity, [])
            items.add(entity)
        offset += len(rows)
        written["entities"] += len(rows)
        _tell(progress, len(rows))
    items.open("stories")
    for story_id, _ in sorted(store.story_sizes().items(), key=lambda s: (-s[1], s[0])):
        docs = store.story_documents(story_id)
        story = exported_story(build_story(story_id, docs, store.vectors_of(d.id for d in docs)))
        check("story", story, story_span_errors(story, {d.id: d.text for d in docs}))
        items.add(story)
        written["stories"] += 1
        _tell(progress, 1)
    items.close()
    out.write("}\n")
    return written


def _tell(progress: Callable[[int], None] | None, n: int) -> None:
    if progress is not None:
        progress(n)


class _JsonArrays:
    """Writes the export's arrays item by item, indented as `json.dumps(indent=2)` would."""

    def __init__(self, out: TextIO) -> None:
        self.out, self.name, self.count = out, None, 0

    def open(self, name: str) -> None:
        self.close(more=True)
        self.out.write(f'  "{name}": [')
        self.name, self.count = name, 0

    def add(self, item: dict[str, Any]) -> None:
        text = json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n    ")
        self.out.write(("," if self.count else "") + "\n    " + text)
        self.count += 1

    def close(self, more: bool = False) -> None:
        if self.name is not None:
            self.out.write(("\n  ]" if self.count else "]") + (",\n" if more else "\n"))
        self.name = None


def export_size(store: ExportStore) -> int:
    """The items `write_export` writes (documents, entities, stories): a progress bar's length."""
    return store.count() + store.entity_page(None, None, 1, 0)[0] + len(store.story_sizes())
