"""Search quality on real articles: precision@10 and recall of a hand-made query set.

Ingests the seeds, all of NTREX (the same stories in English, Arabic and Persian) and the first
300 SaudiNewsNet, 200 Fars News and 200 BBC articles of ../shared/corpus into one SQLite
database (kept at --db and reused), runs every query of bench/data/search_queries.json through
the search the API and the CLI use (`rasad.services.queries.search`), and scores the hits
against the documents the query set judges relevant (see the file's "about").

    .venv/bin/python bench/search_quality.py [--db /tmp/rasad-search-quality.db]
    .venv/bin/python bench/search_quality.py --judge   # recompute "relevant" from the forms

precision@10: relevant hits among the first 10 shown (of as many as were shown; 0 when nothing
relevant is shown although something is relevant); recall: relevant documents among all hits.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from corpus import parse_with_shared  # bench/corpus.py

from rasad.analysis.pages import Page
from rasad.analysis.search import SearchFilter
from rasad.config import Settings
from rasad.services import queries
from rasad.services.ingest import ingest_paths
from rasad.store import open_store
from rasad.text.tokenize import iter_tokens

QUERIES = Path(__file__).parent / "data" / "search_queries.json"
SEEDS = Path(__file__).resolve().parents[1] / "examples" / "seeds"
TAKE = {"ntrex_ar_fa_en": None, "saudinewsnet_ar": 300, "farsnews_fa": 200, "bbc_news_en": 200}
HITS = 500  # hits read per query (recall counts these)


def subset(shared: Path) -> list[dict]:
    items = []
    for name, n in TAKE.items():
        with (shared / "corpus" / name / "articles.jsonl").open(encoding="utf-8") as f:
            rows = [json.loads(line) for line in f]
        items += rows if n is None else rows[:n]
    return items


def build(db: Path, shared: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "subset.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for item in subset(shared):
                f.write(json.dumps(item, ensure_ascii=False) + "\n")
        store = open_store(str(db))
        started = time.perf_counter()
        ingest_paths([SEEDS, path], store, Settings(db=str(db)))
        print(f"ingested {store.count()} documents in {time.perf_counter() - started:.0f} s")
        store.close()


def keys(text: str) -> list[str]:
    return [t.key for t in iter_tokens(text)]


def holds(doc_keys: list[str], form: list[str]) -> bool:
    n = len(form)
    return any(doc_keys[i : i + n] == form for i in range(len(doc_keys) - n + 1))


def judge(shared: Path) -> None:
    """Write each query's relevant documents: those holding any of its forms."""
    data = json.loads(QUERIES.read_text(encoding="utf-8"))
    docs = [
        (i["id"], keys(f"{i.get('title') or ''}\n{i.get('text') or ''}")) for i in subset(shared)
    ]
    docs += [(p.stem, keys(p.read_text(encoding="utf-8"))) for p in sorted(SEEDS.glob("*.txt"))]
    for q in data["queries"]:
        forms = [keys(f) for f in q["forms"]]
        q["relevant"] = sorted(d for d, k in docs if any(holds(k, f) for f in forms if f))
    lines = ",\n".join("    " + json.dumps(q, ensure_ascii=False) for q in data["queries"])
    about = json.dumps(data["about"], ensure_ascii=False)
    QUERIES.write_text(f'{{\n  "about": {about},\n  "queries": [\n{lines}\n  ]\n}}\n', "utf-8")
    print(f"judged {len(data['queries'])} queries over {len(docs)} documents → {QUERIES}")


def score(db: Path) -> None:
    data = json.loads(QUERIES.read_text(encoding="utf-8"))
    store = open_store(str(db))
    by_kind: dict[str, list[tuple[float, float]]] = defaultdict(list)
    times = []
    print(f"{'query':<26} {'kind':<7} {'rel':>4} {'hits':>5} {'P@10':>5} {'recall':>6}")
    for q in data["queries"]:
        relevant = set(q["relevant"])
        found = queries.search(store, q["query"], SearchFilter(), window=Page(HITS, 0))
        started = time.perf_counter()  # a page as the API serves it, snippets included
        queries.search(store, q["query"], SearchFilter(), window=Page(20, 0))
        times.append((time.perf_counter() - started) * 1000)
        ids = [r["id"] for r in found["results"]]
        top = ids[:10]
        precision = sum(i in relevant for i in top) / len(top) if top else 0.0
        recall = len(relevant & set(ids)) / len(relevant) if relevant else 1.0
        by_kind[q["kind"]].append((precision, recall))
        by_kind["all"].append((precision, recall))
        print(
            f"{q['query']:<26} {q['kind']:<7} {len(relevant):>4} {found['total']:>5} "
            f"{precision:>5.2f} {recall:>6.2f}"
        )
    store.close()
    print(f"\n{'kind':<8} {'queries':>7} {'P@10':>6} {'recall':>7}")
    for kind, rows in sorted(by_kind.items()):
        p = statistics.mean(r[0] for r in rows)
        r = statistics.mean(r[1] for r in rows)
        print(f"{kind:<8} {len(rows):>7} {p:>6.3f} {r:>7.3f}")
    times.sort()
    print(
        f"\nservice search latency (first 20 hits) over {len(times)} queries: p50 {statistics.median(times):.1f} "
        f"ms, p95 {times[min(int(len(times) * 0.95), len(times) - 1)]:.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "rasad-sq.db")
    parser.add_argument("--judge", action="store_true", help="recompute the relevant documents")
    args, shared = parse_with_shared(parser)
    if shared is None:
        return
    if args.judge:
        judge(shared)
        return
    if not args.db.exists():
        build(args.db, shared)
    score(args.db)


if __name__ == "__main__":
    main()
