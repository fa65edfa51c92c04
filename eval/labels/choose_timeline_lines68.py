"""Draw the chronology lines of timeline_lines68.tsv (round timeline68, session 59; issue 21
point 2).

A chronology line is a line of an article (or a paragraph) that opens with a date, then a
colon or a dash: a year ("2016: A shallow quake hit …", «1914 - اندلاع الحرب»), a month and
year, or a full date («* 17 يوليو 1990: صدام حسين يلقي خطابا»), in any digit script, a bullet
allowed before it. The script reads every accepted document of a copy of the whole-corpus
archive database (`/work/archive/s58/look58.db`), finds such lines with the regular
expression below (month names: `rasad.stages.dates.month_table`, folded), and drops every
document a timeline label file (`eval/labels/timeline*`, this round's own files left out) or a
held-out file of any task names (an NTREX document is named when any translation of its
article is). The documents left are sorted, shuffled with seed 20261668, and their lines
printed in that order, up to COUNT lines (whole documents: a chronology is read as a whole).
Run from the repository root:
python eval/labels/choose_timeline_lines68.py LOOK.db ../shared
It prints one line a row: document, start, end (the line's characters), the opening date's
end.
"""

import random
import re
import sqlite3
import sys
from pathlib import Path

from rasad.stages.dates import month_table
from rasad.text.normalize import fold_same_length

sys.path.insert(0, str(Path(__file__).resolve().parent))
from held_out import ARTICLE_ID as ID
from held_out import HELD_OUT  # noqa: E402

SEED = 20261668
COUNT = 40
LABELS = Path(__file__).resolve().parent
OWN = ("timeline_lines68.tsv", "timeline_lines68.md")


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


def line_pattern() -> re.Pattern[str]:
    """A line opening with a date and a colon or a dash (on folded text)."""
    months = "|".join(map(re.escape, sorted(month_table(), key=len, reverse=True)))
    year = r"[12]\d{3}(?!\d)"
    also = rf"(?:\s*\(\s*(?:{months})\s*\)|\s*/\s*(?:{months}))?"
    day = r"\d{1,2}"
    date = (
        rf"(?:{day}\s+(?:{months}){also}\s*,?\s*{year}|(?:{months})\s+{day},?\s+{year}"
        rf"|(?:{months}){also}\s+{year}|{year}[/.-]\d{{1,2}}[/.-]\d{{1,2}}"
        rf"|\d{{1,2}}[/.-]\d{{1,2}}[/.-]{year}|{year})"
    )
    return re.compile(rf"(?m)^[ \t]*(?:[-•*]\s*)?({date})\s*(?:[:：]|[-–—](?!\s*\d))\s*\S", re.I)


def chronology_lines(text: str) -> list[tuple[int, int, int]]:
    """(line start, line end, opening date's end) of each chronology line of `text`."""
    rows = []
    for m in line_pattern().finditer(fold_same_length(text)):
        end = text.find("\n", m.start(1))
        rows.append((m.start(1), len(text) if end < 0 else end, m.end(1)))
    return rows


def choose(db: Path, shared: Path) -> list[tuple[str, int, int, int]]:
    named = named_ids(shared)
    conn = sqlite3.connect(f"file:{db.resolve()}?mode=ro", uri=True)
    found = {}
    for doc_id, text in conn.execute("SELECT id, text FROM documents WHERE rejected IS NULL"):
        if key(doc_id) not in named and (lines := chronology_lines(text)):
            found[doc_id] = lines
    order = sorted(found)
    random.Random(SEED).shuffle(order)
    rows: list[tuple[str, int, int, int]] = []
    for doc_id in order:
        if len(rows) >= COUNT:
            break
        rows += [(doc_id, *line) for line in found[doc_id]]
    return rows


if __name__ == "__main__":
    for row in choose(Path(sys.argv[1]), Path(sys.argv[2])):
        print(*row, sep="\t")
