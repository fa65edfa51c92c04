"""Search latency and near-duplicate throughput at 10k and 100k documents.

Documents are real articles from ../shared/corpus (ar, fa, en); to reach the larger sizes the
script makes variants of them: paragraphs shuffled and one sentence dropped, letters retyped
(ی→ي, ک→ك) in every other copy, so the index holds realistic, mostly distinct text. Queries are
names, places and words taken from the articles' titles, typed in either letter variant.

    .venv/bin/python bench/search.py [--sizes 10000 100000] [--queries 200]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from corpus import parse_with_shared  # bench/corpus.py

from rasad.analysis.search import SearchFilter
from rasad.model import Document
from rasad.stages.dedup import DuplicateIndex, signature
from rasad.store.sqlite import SQLiteStore

CORPORA = ("saudinewsnet_ar", "farsnews_fa", "bbc_news_en")


def base_articles(shared: Path) -> list[dict]:
    items = []
    for name in CORPORA:
        with (shared / "corpus" / name / "articles.jsonl").open(encoding="utf-8") as f:
            items += [json.loads(line) for line in f]
    return [i for i in items if i.get("text") and len(i["text"]) > 200]


def variant(item: dict, n: int, rng: random.Random) -> Document:
    paras = [p for p in item["text"].split("\n") if p.strip()]
    if n:
        rng.shuffle(paras)
        paras = paras[:-1] or paras
    text = "\n".join(paras)
    if n % 2:
        text = text.replace("ی", "ي").replace("ک", "ك")
    doc = Document(
        id=f"{item['id']}~{n}",
        source="bench",
        title=item.get("title"),
        text=text,
        lang=item["lang"],
        outlet=item.get("outlet"),
    )
    doc.raw_text = text
    return doc


def build(store: SQLiteStore, items: list[dict], size: int, rng: random.Random) -> float:
    started, batch = time.perf_counter(), []
    for i in range(size):
        batch.append(variant(items[i % len(items)], i // len(items), rng))
        if len(batch) == 1000:
            store.put_documents(batch)
            batch = []
    if batch:
        store.put_documents(batch)
    return time.perf_counter() - started


def queries(items: list[dict], n: int, rng: random.Random) -> list[str]:
    words = [w for i in items[:2000] for w in (i.get("title") or "").split() if len(w) > 4]
    picked = [rng.choice(words) for _ in range(n)]
    return [q.replace("ی", "ي") if k % 2 else q for k, q in enumerate(picked)]


def percentile(values: list[float], q: float) -> float:
    return sorted(values)[min(int(len(values) * q), len(values) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--queries", type=int, default=200)
    args, shared = parse_with_shared(parser)
    if shared is None:
        return
    rng = random.Random(7)
    items = base_articles(shared)
    print(f"{len(items)} real articles from {', '.join(CORPORA)}; variants fill the larger sizes")
    print(
        f"{'documents':>10} {'index s':>8} {'fts MB':>7} {'p50 ms':>7} {'p95 ms':>7} "
        f"{'filtered p95':>12} {'hits/q':>7}"
    )
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            store = SQLiteStore(Path(tmp) / "bench.db")
            seconds = build(store, items, size, rng)
            fts_bytes = store.conn.execute(
                "SELECT sum(length(block)) FROM doc_fts_data"
            ).fetchone()[0]
            times, filtered, hits = [], [], []
            for q in queries(items, args.queries, rng):
                t = time.perf_counter()
                total, _ = store.search(q, SearchFilter(), 20)
                times.append((time.perf_counter() - t) * 1000)
                hits.append(total)
                t = time.perf_counter()
                store.search(q, SearchFilter(lang="ar"), 20)
                filtered.append((time.perf_counter() - t) * 1000)
            store.close()
        print(
            f"{size:>10} {seconds:>8.0f} {fts_bytes / 1e6:>7.1f} {statistics.median(times):>7.1f} {percentile(times, 0.95):>7.1f} "
            f"{percentile(filtered, 0.95):>12.1f} {statistics.mean(hits):>7.0f}"
        )
    docs = [variant(items[i % len(items)], i // len(items), rng) for i in range(5000)]
    index, started = DuplicateIndex(0.7), time.perf_counter()
    copies = sum(index.add(d.id, signature(d.text, d.lang)) is not None for d in docs)
    rate = len(docs) / (time.perf_counter() - started)
    print(
        f"near-duplicates: {rate:.0f} docs/s over {len(docs)} documents ({copies} flagged as copies)"
    )


if __name__ == "__main__":
    main()
