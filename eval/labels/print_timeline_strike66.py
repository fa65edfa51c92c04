"""Print the timelines of timeline_strike66's stories (or of any story ids), rebuilt from an
archive database's stored documents by the code on PYTHONPATH (`analysis.stories.timeline`).

One line an entry: story, date, precision, deadline, the entry's key (first evidence's
document:start:end), the SHA-1 (8 hex) of that evidence span, the documents, and each
evidence's words (for reading; never committed). Usage, from the repository root:

python eval/labels/print_timeline_strike66.py LOOK.db STORY_IDS_FILE [--json OUT]
"""

import hashlib
import json
import sys
from pathlib import Path

from rasad.analysis.stories import timeline
from rasad.store import open_store


def span_sha(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def entry_rows(story: str, entries: list[dict]) -> list[dict]:
    """One row an entry, keyed by its first evidence."""
    rows = []
    for x in entries:
        first = x["evidence"][0]
        rows.append(
            {
                "story": story,
                "date": x["date"],
                "precision": x["precision"],
                "deadline": x["deadline"],
                "entry": f"{first['doc']}:{first['start']}:{first['end']}",
                "sha1": span_sha(first["text"]),
                "docs": ",".join(ev["doc"] for ev in x["evidence"]),
                "spans": [f"{ev['doc']}:{ev['start']}:{ev['end']}" for ev in x["evidence"]],
                "texts": [ev["text"] for ev in x["evidence"]],
            }
        )
    return rows


def story_timelines(db: str, stories: list[str]) -> list[dict]:
    store = open_store(f"file:{Path(db).resolve()}?mode=ro")
    rows = []
    for story in stories:
        docs = list(store.iter_story_documents([story]))
        rows += entry_rows(story, timeline(docs))
    store.close()
    return rows


if __name__ == "__main__":
    ids = Path(sys.argv[2]).read_text().split()
    rows = story_timelines(sys.argv[1], ids)
    if "--json" in sys.argv:
        Path(sys.argv[sys.argv.index("--json") + 1]).write_text(
            json.dumps(rows, ensure_ascii=False, indent=1), "utf-8"
        )
    for r in rows:
        print(
            r["story"],
            r["date"],
            r["precision"],
            "DL" if r["deadline"] else "-",
            r["entry"],
            r["sha1"],
            r["docs"],
            sep="\t",
        )
        for t in r["texts"]:
            print("    |", " ".join(t.split())[:400])
