"""Samples of eval/labels/names43.tsv from a copy of the whole archive (names43.md): mentions
of the two Saleh entities and the two Mourinho entities, and every person mention with a
digit. Usage: python eval/labels/find_names43.py COPY.db > rows.tsv (judged by hand after)."""

from __future__ import annotations

import random
import sqlite3
import sys


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
    rng = random.Random(43)
    samples = (
        ("saleh", ("PER:~l bdlh slh", "PER:~bdlh slh"), 15, "AND m.text LIKE '% %'"),
        ("mourinho", ("PER:~js mrn", "PER:~js mrn#جوزیه مورینهو"), 8, ""),
    )
    for case, keys, n, extra in samples:
        for key in keys:
            rows = conn.execute(MENTIONS + f"WHERE e.key = ? {extra}", (key,)).fetchall()
            for doc, a, b, _ in rng.sample(rows, min(n, len(rows))):
                print(case, key, doc, a, context(conn, doc, a, b), sep="\t")
    digits = (
        MENTIONS + "WHERE e.type = 'PER' AND m.text GLOB '*[0-9]*' ORDER BY m.doc, m.span_start"
    )
    for doc, a, b, key in conn.execute(digits):
        print("digits", key, doc, a, context(conn, doc, a, b, 25), sep="\t")


if __name__ == "__main__":
    main(sys.argv[1])
