"""Draw the timeline entries of timeline_entries70.tsv (round timeline70, session 60; issue 21
point 2: entries a reader keeps).

The timelines of every story of two or more documents of a copy of the whole-corpus archive
database (`/work/archive/s60/look60.db`) are rebuilt by the code on PYTHONPATH with the
documents' dates found again (`dump_timelines70.py`, as round timeline68 did). A story is
dropped when one of its documents is named by a timeline label file (`eval/labels/timeline*`,
this round's own files left out) or a held-out file of any task names (an NTREX document is
named when any translation of its article is). Three draws, each in story order shuffled
with SEED (one generator, in this order):

- *cut* (COUNT_CUT): an entry with an evidence sentence that looks cut — it ends in a
  capitalized short word, an initialism or a lone letter and a full stop ("… on Dec.",
  "… said Mr.", "… the U.S.", «د.»), or opens where the text before it ends so, or opens with
  a small letter (the corpus has 63 such entries, too few to fill a mixed draw);
- *same* (COUNT_SAME): of the other entries, one whose date another entry of its story also
  has (a possible duplicate);
- *random* (COUNT_RANDOM): of every entry left.

Run from the repository root:
python eval/labels/dump_timelines70.py LOOK.db BEFORE.json
python eval/labels/choose_timeline_entries70.py LOOK.db BEFORE.json ../shared
It prints one row an entry: draw, story, date, precision, its key (first evidence's
document:start:end), the documents, why it is suspect.
"""

import json
import random
import re
import sqlite3
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from held_out import ARTICLE_ID as ID
from held_out import HELD_OUT  # noqa: E402

SEED = 20262470
COUNT_CUT = 20
COUNT_SAME = 20
COUNT_RANDOM = 20
LABELS = Path(__file__).resolve().parent
OWN = ("timeline_entries70.tsv", "timeline_entries70.md")
# a capitalized short word, an initialism or a lone letter and a full stop at a sentence's end
# ("Dec.", "Mr.", "U.S.", «د.»)
SHORT_STOP = re.compile(r"(?:^|[\s(])(?:[A-Z][a-z]{0,3}|(?:[^\W\d_]\.)+[^\W\d_]|[^\W\d_])\.$")


def key(doc_id: str) -> str:
    """An NTREX document's article (one key for its three translations), else the id."""
    return re.sub(r"^ntrex-[a-z]{2}-", "ntrex-", doc_id)


def named_ids(shared: Path) -> set[str]:
    """The keys of every document a timeline label file or a held-out file names."""
    files = [f for f in LABELS.glob("timeline*") if f.name not in OWN]
    files += [LABELS / n for n in HELD_OUT]
    files += [f for f in (shared / "eval").rglob("*") if f.is_file()]
    text = "\n".join(f.read_text("utf-8", "replace") for f in files)
    return {key(i) for i in ID.findall(text)}


def looks_cut(text: str, start: int, end: int) -> str:
    """Why an evidence sentence looks cut ('' when it does not)."""
    if SHORT_STOP.search(text[max(0, end - 12) : end]):
        return "ends-short-stop"
    before = text[max(0, start - 12) : start].rstrip()
    if before and SHORT_STOP.search(before):
        return "after-short-stop"
    if text[start : start + 1].islower():
        return "opens-small"
    return ""


def entry_key(entry: dict) -> str:
    ev = entry["evidence"][0]
    return f"{ev['doc']}:{ev['start']}:{ev['end']}"


def choose(db: Path, dump: Path, shared: Path) -> list[tuple[str, ...]]:
    named = named_ids(shared)
    conn = sqlite3.connect(f"file:{db.resolve()}?mode=ro", uri=True)
    texts = dict(conn.execute("SELECT id, text FROM documents WHERE rejected IS NULL"))
    stories = json.loads(dump.read_text("utf-8"))
    cut, same, other = [], [], []
    for story in sorted(stories):
        entries = stories[story]
        if any(key(ev["doc"]) in named for x in entries for ev in x["evidence"]):
            continue
        dates = Counter(x["date"] for x in entries)
        for x in entries:
            why = [looks_cut(texts[ev["doc"]], ev["start"], ev["end"]) for ev in x["evidence"]]
            why = sorted({w for w in why if w})
            if dates[x["date"]] > 1:
                why.append("same-date")
            docs = ",".join(ev["doc"] for ev in x["evidence"])
            row = (story, x["date"], x["precision"], entry_key(x), docs, "+".join(why) or "-")
            (cut if why and why[0] != "same-date" else same if why else other).append(row)
    rng = random.Random(SEED)
    for rows in (cut, same, other):
        rng.shuffle(rows)
    return (
        [("cut", *r) for r in cut[:COUNT_CUT]]
        + [("same", *r) for r in same[:COUNT_SAME]]
        + [("random", *r) for r in other[:COUNT_RANDOM]]
    )


if __name__ == "__main__":
    for row in choose(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])):
        print(*row, sep="\t")
