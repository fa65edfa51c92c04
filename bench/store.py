"""SQLite vs PostgreSQL in one run: ingest throughput, search latency, story list time.

Takes the same N real articles from ../shared/corpus (round-robin over ar, fa, en corpora),
ingests them through rasad's ingest with the same settings into a fresh SQLite file and into a
fresh database on a throwaway PostgreSQL 15 cluster (started and stopped by this script, as
the tests do), then times a fixed list of search queries (words and word pairs taken from
every 10th article's title, in corpus order) and the story list view on each.

    .venv/bin/python bench/store.py [--n 2000] [--queries 200] [--full] [--shared ../shared]

Without --full the pipeline is extract + clean + langid (like bench/ingest.py) and stories are
off, so the story list measures reading every stored record and building the (empty) list;
--full runs every stage, embeddings and story assignment included (about 5 docs/s).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from corpus import articles, parse_with_shared  # bench/corpus.py

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the throwaway cluster of the tests
from rasad.analysis.search import SearchFilter
from rasad.config import Settings
from rasad.services import queries as views
from rasad.services.ingest import ingest_paths
from rasad.store import Store, open_store
from tests.support.pgcluster import PostgresCluster  # noqa: E402

CORPORA = ("saudinewsnet_ar", "farsnews_fa", "bbc_news_en")
FAST_STAGES = ["extract", "clean", "langid"]


def query_list(items: list[dict], wanted: int) -> list[str]:
    """Single words and adjacent word pairs from every 10th article's title."""
    queries: list[str] = []
    for item in items[::10]:
        words = [w for w in (item.get("title") or "").split() if len(w) > 3]
        if words:
            queries.append(words[0])
        if len(words) > 2:
            queries.append(" ".join(words[1:3]))
    return queries[:wanted]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(int(q * len(ordered)), len(ordered) - 1)]


def measure(store: Store, corpus: Path, settings: Settings, stages, queries) -> dict:
    """Ingest the corpus into an empty store, then time searches and the story list."""
    started = time.perf_counter()
    report = ingest_paths([corpus], store, settings, stages=stages)
    ingest_s = time.perf_counter() - started
    for query in queries[:10]:  # warm the connection's caches, as a running server's are
        store.search(query, SearchFilter(), 20)
    latencies, hits = [], 0
    for query in queries:
        started = time.perf_counter()
        total, _ = store.search(query, SearchFilter(), 20)
        latencies.append((time.perf_counter() - started) * 1000)
        hits += total
    started = time.perf_counter()
    stories = views.story_list(store)
    story_s = time.perf_counter() - started
    return {
        "added": report.added,
        "docs_per_s": report.added / ingest_s,
        "p50_ms": statistics.median(latencies),
        "p95_ms": percentile(latencies, 0.95),
        "hits": hits,
        "story_list_s": story_s,
        "stories": len(stories.get("stories", [])),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--full", action="store_true", help="every stage, stories included")
    args, shared = parse_with_shared(parser)
    if shared is None:
        return
    items = articles(shared, args.n, CORPORA)
    queries = query_list(items, args.queries)
    stages = None if args.full else FAST_STAGES
    results = {}
    with tempfile.TemporaryDirectory() as tmp, PostgresCluster() as cluster:
        corpus = Path(tmp) / "articles.jsonl"
        corpus.write_text(
            "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8"
        )
        warm = Path(tmp) / "warm.jsonl"  # load models and caches before the first timing
        warm.write_text("".join(corpus.read_text(encoding="utf-8").splitlines(True)[:20]))
        warm_store = open_store(str(Path(tmp) / "warm.db"))
        ingest_paths([warm], warm_store, Settings(stories=args.full), stages=stages)
        warm_store.close()
        for backend, url in (("sqlite", str(Path(tmp) / "bench.db")), ("postgresql", None)):
            url = url or cluster.create_database()
            settings = Settings(db=url, stories=args.full)
            store = open_store(url)
            try:
                results[backend] = measure(store, corpus, settings, stages, queries)
            finally:
                store.close()

    pipeline = "full pipeline + stories" if args.full else "+".join(FAST_STAGES)
    print(f"{len(items)} articles from {', '.join(CORPORA)}; {pipeline}; {len(queries)} queries")
    print(
        f"{'backend':<11} {'added':>6} {'ingest docs/s':>14} {'search p50 ms':>14} "
        f"{'search p95 ms':>14} {'story list s':>13} {'hits':>7}"
    )
    for backend, r in results.items():
        print(
            f"{backend:<11} {r['added']:>6} {r['docs_per_s']:>14.1f} {r['p50_ms']:>14.2f} "
            f"{r['p95_ms']:>14.2f} {r['story_list_s']:>13.2f} {r['hits']:>7}"
        )


if __name__ == "__main__":
    main()
