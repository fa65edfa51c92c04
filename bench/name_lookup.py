"""The one-word name lookup of search (`search_terms.named_by_common_words`) before and after
its index (round 46): the judged queries of eval/labels/search45.tsv on a copy of an archive
database linked by this code (its `entity_name_words` filled). "scan" reads every stored name
with a LIKE, as round 45 did (kept here only to compare); "index" reads `entity_name_words`.
Prints, per query, the lookup's and the whole search's median wall time over `--repeat` runs,
and whether the top 10 hits and the people ranked first are the same both ways.

    PYTHONPATH=src .venv/bin/python bench/name_lookup.py COPY.db [--repeat 7]
"""

from __future__ import annotations

import argparse
import statistics
import time
from dataclasses import replace

from rasad.analysis.search import SearchFilter, SearchQuery, parse_query
from rasad.services import queries, search_terms
from rasad.store import open_store

QUERIES = ("صالح", "روحانی", "نصر", "أمل", "Brown", "Straw", "Rice", "امید")
# round 45's read: every name of a type matching a LIKE pattern, the letters a name may write
# either way (ي/ی, ك/ک, ة/ه, the hamza seats) as any one
EITHER_WAY = str.maketrans(dict.fromkeys("يیىكکةهأإآا", "_") | {"%": "", "\\": ""})
SCAN = (
    "SELECT n.entity, n.lang, n.text, e.mentions FROM entity_names n CROSS JOIN entities e "
    "WHERE e.id = n.entity AND e.type = ? AND n.text LIKE ? "
    "ORDER BY e.mentions DESC, n.entity LIMIT ?"
)


def scanned(store, query: SearchQuery) -> SearchQuery:
    """`named_by_common_words` as round 45 wrote it: a LIKE over every stored name."""
    if len(query.parts) != 1 or query.spans:
        return query
    (part,) = query.parts
    if part.quoted or len(part.keys) != 1 or len(part.keys[0]) < search_terms.MIN_LETTERS:
        return query
    if part.text.isascii() and not part.text[:1].isupper():
        return query
    key, named = part.keys[0], {}
    pattern = f"%{part.text.translate(EITHER_WAY)}%"
    for row in store.conn.execute(SCAN, ["PER", pattern, search_terms.NAMES_READ]):
        keys = search_terms._keys(row["text"], row["lang"])
        if key in keys and len(keys) > 1:
            named.setdefault(row["entity"], None)
    found = tuple(named)[: search_terms.NAMED_FIRST]
    return replace(query, named_first=found) if named else query


def timed(fn, repeat: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        out = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    store = open_store(args.db)
    indexed = search_terms.named_by_common_words
    print("query\tscan ms\tindex ms\tsearch scan ms\tsearch index ms\tsame named\tsame top 10")
    for q in QUERIES:
        parsed = search_terms.with_entity_names(store, parse_query(q))
        scan_ms, a = timed(lambda p=parsed: scanned(store, p), args.repeat)
        index_ms, b = timed(lambda p=parsed: indexed(store, p), args.repeat)
        runs = {}
        for name, fn in (("scan", scanned), ("index", indexed)):
            search_terms.named_by_common_words = fn
            runs[name] = timed(lambda q=q: queries.search(store, q, SearchFilter()), args.repeat)
        search_terms.named_by_common_words = indexed
        top = {k: [r["id"] for r in v[1]["results"][:10]] for k, v in runs.items()}
        print(
            f"{q}\t{scan_ms:.1f}\t{index_ms:.1f}\t{runs['scan'][0]:.1f}\t{runs['index'][0]:.1f}"
            f"\t{a.named_first == b.named_first}\t{top['scan'] == top['index']}"
        )
    store.close()


if __name__ == "__main__":
    main()
