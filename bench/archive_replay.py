"""Replay an ingested archive's story decisions with this code, without re-embedding.

Reads a SQLite database read-only (documents in ingest order, their stored records and
vectors), places every accepted document again with this code's story index (copies follow
their original, consolidation at the end, as one ingest does), and scores the result as
`rasad eval archive` does. On a machine shared with other jobs, a whole-archive ingest takes
hours; the replay takes minutes, and it is the same sequence of decisions an ingest of the same
stream would make (same vectors, same entity, number and date keys, same order). Titles of the
largest stories are those of their first document (the replay writes no views).

    .venv/bin/python bench/archive_replay.py ARCHIVE.db [--json OUT.json] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import time
from pathlib import Path

import numpy as np

from rasad.cluster.index import StoryIndex
from rasad.eval.archive import format_archive_report, score_database
from rasad.eval.shared import find_shared
from rasad.model import Document
from rasad.services.assign import place_stored


def load(db: Path) -> tuple[list[Document], dict[str, np.ndarray], list]:
    """A stored archive's documents in ingest order, their vectors and the entity names."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        vectors = {
            row[0]: np.frombuffer(row[1], dtype="<f4")
            for row in con.execute("SELECT doc_id, vector FROM vectors")
        }
        rows = con.execute("SELECT record FROM documents ORDER BY seq")
        docs = [Document.from_record(json.loads(row[0])) for row in rows]
        names = list(con.execute("SELECT lang, text, n FROM entity_names"))
    finally:
        con.close()
    return docs, vectors, names


def scored_rows(
    docs: list[Document], index: StoryIndex, placed: dict[str, tuple[str, str]]
) -> tuple[list[dict], dict[str, str]]:
    """The placed documents as `score_database` reads them, after the index's consolidation;
    the consolidation's merges."""
    merged = index.consolidate()
    event_of = {m: e.id for s in index.stories.values() for e in s.events for m in e.members}
    out = []
    for doc in docs:
        if doc.id in placed:
            story, event = placed[doc.id]
            story = merged.get(story, story)
            # a series report split off by its day (round stories58), a copy with its original
            story = (
                index.moved_by_split.get(doc.id)
                or index.moved_by_split.get(doc.duplicate_of)
                or story
            )
            out.append(
                {
                    "id": doc.id,
                    "lang": doc.lang,
                    "title": doc.title,
                    "rejected": None,
                    "story": story,
                    # a copy is in no event of the index: it follows its original's event
                    # into the story consolidation merged it into, as ingest moves it
                    "event": event_of.get(doc.id) or event_of.get(doc.duplicate_of, event),
                    "published": None,
                }
            )
    return out, merged


def replay(db: Path, index: StoryIndex | None = None) -> tuple[dict, float, int]:
    """The database read with this code's story decisions in place of the stored ones (in
    `index` when given: a variant of the story index, kept by the caller to read)."""
    docs, vectors, names = load(db)
    started = time.perf_counter()
    index, placed, why = index if index is not None else StoryIndex(), {}, {}
    for doc in docs:
        if not doc.rejected:
            assignment = place_stored(index, placed, doc, vectors)
            if assignment is not None:
                why[doc.id] = "; ".join(assignment.why)
    out, merged = scored_rows(docs, index, placed)
    for row in out:
        row["why"] = why.get(row["id"], "")  # why placement chose its story (copies: none)
    data = {"documents": out, "stories": {}, "names": names}
    return data, time.perf_counter() - started, len(merged)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--json", type=Path, help="Also write the scores here.")
    parser.add_argument("--shared", type=Path, default=None)
    args = parser.parse_args()
    shared = find_shared(args.shared)
    if shared is None:
        print("skipped: ../shared not found (give --shared PATH)", file=sys.stderr)
        return 0
    data, seconds, merges = replay(args.db)
    result = score_database(data, shared)
    result["ingest"] = {"database": f"{args.db}, replayed ({merges} merges, {seconds:.0f} s)"}
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    print(format_archive_report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
