"""Draw the stories of timeline_strike66.tsv (round timeline66, session 58; issue 21 point 2).

Thirty stories of the whole-corpus archive database (`/work/archive/s57/look57.db`, read on a
copy) with two or more documents from two or more outlets or in two or more languages. A story
is dropped when one of its documents is named by a timeline label file (`eval/labels/timeline*`:
the held-out timelines and every development set) or by a held-out file of any task (the list
of the session's rules, and the public test splits of `../shared/eval`); an NTREX document is
named when any translation of its article is. The kept story ids are sorted, shuffled with
seed 20261766, and the first 30 are taken. The archive's story ids are those of its ingest;
the timelines themselves are rebuilt from the stored documents by today's code
(`print_timeline_strike66.py`).
Run from the repository root: python eval/labels/choose_timeline_strike66.py LOOK.db ../shared
It prints one story id a line.
"""

import json
import random
import re
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from held_out import ARTICLE_ID as ID
from held_out import HELD_OUT  # noqa: E402

SEED = 20261766
COUNT = 30
LABELS = Path(__file__).resolve().parent


def key(doc_id: str) -> str:
    """An NTREX document's article (one key for its three translations), else the id."""
    return re.sub(r"^ntrex-[a-z]{2}-", "ntrex-", doc_id)


def named_ids(shared: Path) -> set[str]:
    """The keys of every document a timeline label file or a held-out file names."""
    files = list(LABELS.glob("timeline*")) + [LABELS / n for n in HELD_OUT]
    files += [f for f in (shared / "eval").rglob("*") if f.is_file()]
    text = "\n".join(f.read_text("utf-8", "replace") for f in files)
    return {key(i) for i in ID.findall(text)}


def candidates(db: Path) -> dict[str, list[str]]:
    """Story id → its accepted documents, for stories of two outlets or two languages."""
    conn = sqlite3.connect(f"file:{db.resolve()}?mode=ro", uri=True)
    wide = {
        sid
        for sid, langs, outlets in conn.execute(
            "SELECT id, languages, outlets FROM stories WHERE size >= 2"
        )
        if len(json.loads(langs)) >= 2 or len(json.loads(outlets)) >= 2
    }
    docs: dict[str, list[str]] = {}
    for doc_id, story in conn.execute(
        "SELECT id, story FROM documents WHERE rejected IS NULL AND story IS NOT NULL"
    ):
        if story in wide:
            docs.setdefault(story, []).append(doc_id)
    return docs


def choose(db: Path, shared: Path) -> list[str]:
    named = named_ids(shared)
    docs = candidates(db)
    kept = sorted(
        s for s, ids in docs.items() if len(ids) >= 2 and not {key(i) for i in ids} & named
    )
    random.Random(SEED).shuffle(kept)
    return kept[:COUNT]


if __name__ == "__main__":
    for story in choose(Path(sys.argv[1]), Path(sys.argv[2])):
        print(story)
