"""Rebuild the timelines of every story of two or more documents of an archive database with
the code on PYTHONPATH, the documents' dates found again (`stages.dates.find_temporal`: the
archive's stored dates are an older code's), as round timeline68 did. Writes one JSON object a
story (story id → its entries, evidence words included: for reading, never committed).
Usage, from the repository root:
python eval/labels/dump_timelines70.py LOOK.db OUT.json [STORY_IDS_FILE]
"""

import json
import sqlite3
import sys
from pathlib import Path

from rasad.analysis.stories import timeline
from rasad.stages.dates import find_temporal, reference_day, widen
from rasad.store import open_store


def redated(doc):
    doc.dates = widen(find_temporal(doc.text, doc.lang, reference_day(doc)), doc)
    return doc


def multi_document_stories(db: str) -> list[str]:
    conn = sqlite3.connect(f"file:{Path(db).resolve()}?mode=ro", uri=True)
    rows = conn.execute(
        "SELECT story FROM documents WHERE rejected IS NULL AND story IS NOT NULL "
        "GROUP BY story HAVING count(*) > 1 ORDER BY story"
    )
    return [r[0] for r in rows]


def dump(db: str, out: str, ids: list[str] | None = None) -> None:
    store = open_store(f"file:{Path(db).resolve()}?mode=ro")
    stories = ids or multi_document_stories(db)
    found = {}
    for story in stories:
        docs = [redated(d) for d in store.iter_story_documents([story])]
        found[story] = timeline(docs)
    store.close()
    Path(out).write_text(json.dumps(found, ensure_ascii=False, indent=0, default=str), "utf-8")


if __name__ == "__main__":
    ids = Path(sys.argv[3]).read_text().split() if len(sys.argv) > 3 else None
    dump(sys.argv[1], sys.argv[2], ids)
