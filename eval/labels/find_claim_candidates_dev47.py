"""List candidate statement pairs for claim_pairs_dev47.tsv (how the round-47 candidates were found).

Only proposes: every pair in the file was read and labelled by hand. Reads a COPY of a whole
stored archive (never the live one) and, in every story with two or more outlets, lists the
sentence pairs of two outlets, one language, printed at most a day apart, that give one counted
noun (not a generic one) or one casualty kind two different figures, where neither document
gives the other's figure, and that rasad's `relate` does NOT call a contradiction: the pairs
rasad leaves unpaired or calls something else. Stories holding an article of the held-out set
are dropped whole, and so are articles of any claim_pairs*.tsv or claims_facts*.tsv file and
of tests/. Sorted by wording overlap, one line per story and figure pair.
Usage (from the repository, PYTHONPATH=src):
    python eval/labels/find_claim_candidates_dev47.py /tmp/NAME/look46.db > /tmp/dev47.txt
The output holds article text: read it, never commit it.
"""

from __future__ import annotations

import itertools
import re
import sqlite3
import sys
from pathlib import Path

from rasad.analysis import statements as S
from rasad.model import Document

HERE = Path(__file__).resolve().parent
ID = re.compile(r"\b(?:snn|bbc|fars|ntrex)-[\w-]+")
PRICE_NOUNS = {"ریال", "دولار", "نقط", "سهم"}  # market readings: a new figure every hour


def used_ids() -> tuple[set[str], set[str]]:
    """Articles of the held-out set, and of every other claim pair file, fact file and test."""
    held = set(ID.findall((HERE / "claim_pairs_heldout.tsv").read_text(encoding="utf-8")))
    files = list(HERE.glob("claim_pairs*.tsv")) + list(HERE.glob("claims_facts*.tsv"))
    files += list((HERE.parents[1] / "tests").rglob("*.py"))
    used = {i for p in files for i in ID.findall(p.read_text(encoding="utf-8", errors="ignore"))}
    return held, used


def stories(conn: sqlite3.Connection) -> dict[str, list[Document]]:
    import json

    rows = conn.execute(
        "SELECT story FROM documents WHERE story IS NOT NULL AND rejected IS NULL "
        "AND outlet IS NOT NULL GROUP BY story HAVING COUNT(DISTINCT outlet) >= 2"
    ).fetchall()
    out = {}
    for (story,) in rows:
        recs = conn.execute(
            "SELECT record FROM documents WHERE story = ? AND rejected IS NULL ORDER BY seq",
            (story,),
        )
        out[story] = [Document.from_record(json.loads(r[0])) for r in recs]
    return out


def differing(a: S.Statement, b: S.Statement) -> list[tuple[S.Value, S.Value]]:
    """Figures of one counted noun or casualty kind that differ, neither document giving the other's."""
    generic = S.generic_nouns(a.lang)
    hits = [
        (v, w)
        for v in a.values
        for w in b.values
        if (v.noun_key and v.noun_key == w.noun_key and v.noun_key not in generic
            or v.casualty and v.casualty == w.casualty)
        and v.dimension == w.dimension
        and not S.same_figure(v, w)
    ]  # fmt: skip
    return [
        (v, w)
        for v, w in hits
        if v.noun_key not in PRICE_NOUNS
        and not any(S.same_figure(v, x) for x in b.doc_values)
        and not any(S.same_figure(w, x) for x in a.doc_values)
    ]


def main(db: str) -> None:
    held, used = used_ids()
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    found = []
    for story, docs in sorted(stories(conn).items()):
        if any(d.id in held for d in docs):
            continue
        said = [s for s in S.comparable(docs) if s.doc not in used]
        seen = set()
        for a, b in itertools.combinations(said, 2):
            gap = S.days_apart(a, b)
            if a.outlet == b.outlet or a.lang != b.lang or gap is None or gap > 1:
                continue
            hits = differing(a, b)
            if not hits or S.relate(a, b).verdict == "contradict":
                continue
            v, w = hits[0]
            key = (story, frozenset((v.text, w.text)))
            if key in seen:
                continue
            seen.add(key)
            rel = S.relate(a, b)
            found.append((S.jaccard(a.keys, b.keys), story, a, b, v, w, rel))
    found.sort(key=lambda x: -x[0])
    for n, (overlap, story, a, b, v, w, rel) in enumerate(found, 1):
        print(f"== {n} {story} {rel.verdict} [{rel.reason}] {v.text} / {w.text} ov={overlap:.2f}")
        for st in (a, b):
            print(f"   {st.doc} {st.outlet} {st.published} {st.start}-{st.end}: {st.text[:300]}")
    print(f"{len(found)} candidates", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
