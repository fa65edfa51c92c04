"""Samples of eval/labels/names44.tsv from a copy of the whole archive (names44.md): entities a
user sees on the whole archive that are common words, framing labels, titled or scored names.
Usage: python eval/labels/find_names44.py COPY.db > rows.tsv (judged by hand after)."""

from __future__ import annotations

import random
import sqlite3
import sys

# Entities picked by hand from the top 300 per type and language (by mentions) whose shown
# form is a common word, a framing label or a title piece: (case, key).
PICKED = {
    "framing": [
        "ORG:=صهیونیست",
        "ORG:=صهیونیستی",
        "ORG:~shnsth",
        "ORG:~shnst h",
        "ORG:~rjm shnst",
    ],
    "common_fa": [
        "ORG:=باشگاه",
        "GPE:=خبر",
        "ORG:=کاخ",
        "ORG:=فدراسیون",
        "ORG:=بهداشت",
        "ORG:=نیرو",
        "ORG:=خارجه",
        "ORG:=دادگستری",
        "ORG:=بازرگانی",
        "ORG:=بازپرس",
        "ORG:=فراکسیون",
        "ORG:=ارشاد",
        "GPE:=های",
        "GPE:=ها",
        "GPE:=بین",
        "GPE:=تصریح",
        "GPE:=نوسازی",
        "GPE:=شرکت",
        "GPE:=نیروی",
        "GPE:=دانشگاه",
        "GPE:=جوانان",
        "LOC:=امام",
        "LOC:=خیابان",
        "LOC:=موزه",
        "LOC:=کوچه",
        "LOC:=دریاچه",
        "LOC:=شهرسازی",
    ],
    "common_ar": [
        "GPE:=کبد",
        "ORG:=قصه",
        "ORG:=لیاقه",
        "GPE:=تستضیف",
        "LOC:=میدانیا",
        "LOC:=کاین",
        "LOC:=نادی",
        "LOC:=ضباب",
    ],
    "khomeini": ["PER:=امام خمینی"],
}


def context(conn: sqlite3.Connection, doc: str, start: int, end: int, width: int = 35) -> str:
    """The mention in brackets with `width` characters either side, on one line."""
    text = conn.execute("SELECT text FROM documents WHERE id = ?", (doc,)).fetchone()[0]
    around = text[max(0, start - width) : start] + "[" + text[start:end] + "]"
    return (around + text[end : end + width]).replace("\n", " ").replace("\t", " ")


MENTIONS = (
    "SELECT m.doc, m.span_start, m.span_end, e.key FROM entity_mentions m "
    "JOIN entities e ON e.id = m.entity "
)


def main(path: str) -> None:
    conn = sqlite3.connect(path)
    rng = random.Random(44)
    for case, keys in PICKED.items():
        for key in keys:
            rows = conn.execute(MENTIONS + "WHERE e.key = ? ORDER BY m.doc, m.span_start", (key,))
            rows = rows.fetchall()
            for doc, a, b, _ in rng.sample(rows, min(4 if case != "khomeini" else 12, len(rows))):
                print(case, key, len(rows), doc, a, context(conn, doc, a, b), sep="\t")
    titled = MENTIONS + (
        "WHERE e.type = 'PER' AND (m.text LIKE 'العظم%' OR m.text LIKE 'الله العظم%') "
        "ORDER BY m.doc, m.span_start"
    )
    scored = MENTIONS + (
        "WHERE e.type = 'PER' AND m.text GLOB '*[0-9]-[0-9]*' ORDER BY m.doc, m.span_start"
    )
    for case, query in (("title_piece", titled), ("score", scored)):
        for doc, a, b, key in conn.execute(query):
            print(case, key, "", doc, a, context(conn, doc, a, b), sep="\t")


# One person split in two by how a name is written, found in the same sweep after the rules
# above (a double-barrelled surname alone; «عبد ربه» in one word or two): (key, sample size).
SPLITS = (
    ("PER:~klr slk", 8),
    ("PER:~rbrt klr slk", 4),
    ("PER:~bdrbh mnsr hd", 4),
    ("PER:~bd rbh mnsr hd", 4),
)


def splits(path: str) -> None:
    """The rows of the `split` case, sampled with their own seed (appended after the others)."""
    conn = sqlite3.connect(path)
    rng = random.Random(44)
    for key, n in SPLITS:
        query = MENTIONS + "WHERE e.key = ? ORDER BY m.doc, m.span_start"
        rows = conn.execute(query, (key,)).fetchall()
        for doc, a, b, _ in rng.sample(rows, min(n, len(rows))):
            print("split", key, len(rows), doc, a, context(conn, doc, a, b), sep="\t")


if __name__ == "__main__":
    main(sys.argv[1])
    splits(sys.argv[1])
