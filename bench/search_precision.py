"""Search precision on the whole archive: precision@10 per script of eval/labels/search49's
judged queries, main's ranking (the judged top 10) beside the code's.

eval/labels/search49.tsv holds, for each query of search49_queries.tsv, main's top 10 on a
copy of the session-48 archive (`/work/archive/s48/lookafter.db`), judged by hand before the
change (1 relevant, 0 not); search49_after.tsv judges the documents that first reached a top 10
after it. This runs every query through the search the API and the CLI use
(`rasad.services.queries.search`) on a copy of that archive and scores the code's top 10 with
those judgements. A document no file judges is counted as not relevant and listed.

    .venv/bin/python bench/search_precision.py COPY.db [--json]

precision@10: relevant hits among the first 10 shown, of as many as were shown (a query with no
hit counts 0 when main found a relevant one, and is left out otherwise); relevant@10: how many
relevant documents the first 10 hold, so that dropping hits is seen too.
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
from collections import defaultdict
from pathlib import Path

from rasad.analysis.search import SearchFilter
from rasad.services import queries
from rasad.store import open_store

LABELS = Path(__file__).resolve().parents[1] / "eval" / "labels"
QUERY_FILE = LABELS / "search49_queries.tsv"
JUDGED_FILES = (LABELS / "search49.tsv", LABELS / "search49_after.tsv")
TOP = 10


def read_tsv(path: Path) -> list[dict[str, str]]:
    """The rows of a tab-separated file with a header (none when the file is absent)."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def judgements() -> dict[tuple[str, str], int]:
    """(query id, document) → 1 relevant or 0 not, from every judged file."""
    out = {}
    for path in JUDGED_FILES:
        for row in read_tsv(path):
            if row["judgement"] in ("0", "1"):
                out[(row["qid"], row["doc"])] = int(row["judgement"])
    return out


def main_rankings() -> dict[str, list[str]]:
    """Query id → main's top 10 documents, as judged in search49.tsv."""
    ranked: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for row in read_tsv(JUDGED_FILES[0]):
        ranked[row["qid"]].append((int(row["rank"]), row["doc"]))
    return {q: [doc for _, doc in sorted(rows)] for q, rows in ranked.items()}


def scored(docs: list[str], qid: str, judged: dict[tuple[str, str], int]) -> dict:
    """Relevant, shown and unjudged documents of one query's top 10."""
    top = docs[:TOP]
    relevant = sum(judged.get((qid, d), 0) for d in top)
    unjudged = [d for d in top if (qid, d) not in judged]
    return {"shown": len(top), "relevant": relevant, "unjudged": unjudged}


def precision(row: dict, main_relevant: int) -> float | None:
    """precision@10 of a scored top 10 (None for an empty one where main had nothing either)."""
    if not row["shown"]:
        return 0.0 if main_relevant else None
    return row["relevant"] / row["shown"]


def run(db: str) -> dict:
    """Each query's main and current top 10 scored, and the means per script."""
    judged, before = judgements(), main_rankings()
    store = open_store(db)
    per_query = []
    for q in read_tsv(QUERY_FILE):
        hits = queries.search(store, q["query"], SearchFilter())["results"]
        old = scored(before.get(q["qid"], []), q["qid"], judged)
        new = scored([h["id"] for h in hits], q["qid"], judged)
        per_query.append(
            {
                **q,
                "main": old | {"p10": precision(old, old["relevant"])},
                "now": new | {"p10": precision(new, old["relevant"])},
            }
        )
    store.close()
    return {"queries": per_query, "scripts": by_script(per_query)}


def by_script(per_query: list[dict]) -> dict[str, dict]:
    """Mean precision@10 and summed relevant@10 per script (and all)."""
    out = {}
    for script in ("ar", "fa", "en", "all"):
        rows = [q for q in per_query if script in ("all", q["script"])]
        summary = {}
        for side in ("main", "now"):
            values = [q[side]["p10"] for q in rows if q[side]["p10"] is not None]
            summary[side] = {
                "p10": round(statistics.mean(values), 3) if values else None,
                "relevant": sum(q[side]["relevant"] for q in rows),
                "unjudged": sum(len(q[side]["unjudged"]) for q in rows),
            }
        out[script] = {"queries": len(rows), **summary}
    return out


def show(report: dict) -> None:
    """The report as text: one line per query, then the means per script."""
    for q in report["queries"]:
        old, new = q["main"], q["now"]
        line = f"{q['qid']} {q['query']:<18} main {old['relevant']}/{old['shown']}"
        line += f"  now {new['relevant']}/{new['shown']}"
        if new["unjudged"]:
            line += f"  unjudged: {' '.join(new['unjudged'])}"
        print(line)
    print("\nscript queries  P@10 main → now   relevant@10 main → now   unjudged now")
    for script, s in report["scripts"].items():
        print(
            f"{script:<6} {s['queries']:>7}  {s['main']['p10']} → {s['now']['p10']}"
            f"   {s['main']['relevant']:>5} → {s['now']['relevant']:<5}"
            f"   {s['now']['unjudged']}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("db", help="a copy of the archive database (never the original)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    report = run(args.db)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        show(report)


if __name__ == "__main__":
    main()
