"""End to end: pages → every pipeline stage → near-duplicates → stories → SQLite → story views.

Renders real articles from ../shared/corpus as news pages (see bench/corpus.py) and ingests
them with the whole default pipeline into a fresh SQLite database, timing each stage, the
corpus-level steps (near-duplicates, story assignment and consolidation), the store writes,
and then the analysis a reader asks for (stories with timelines, claims, contradictions,
framing, entity linking and promises). Prints documents/s per step and end to end, the
bottleneck, and peak RSS. With `--dask`, also ingests the first `--dask-n` pages with Dask on
1 and then 2 local workers in the same run and prints the speed-up.

    .venv/bin/python bench/e2e.py [--n 5000] [--dask] [--dask-n 1000] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from corpus import CORPORA, articles, write_pages

from rasad.config import Settings
from rasad.eval.shared import find_shared
from rasad.ingest import IngestReport, ingest_documents
from rasad.pipeline import Pipeline, build_pipeline
from rasad.stages.readers import read_path
from rasad.store.sqlite import SQLiteStore

TARGET_DOCS_PER_S = 10


class Clock:
    """Seconds spent per named step."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    def wrap(self, name: str, fn):
        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[name] += time.perf_counter() - started

        return timed


def timed_pipeline(settings: Settings, clock: Clock) -> Pipeline:
    pipeline = build_pipeline(settings)
    fns = [clock.wrap(spec.name, fn) for spec, fn in zip(pipeline.specs, pipeline.fns, strict=True)]
    return Pipeline(pipeline.specs, fns)


def timed_store(store: SQLiteStore, clock: Clock) -> SQLiteStore:
    for name in ("put_documents", "put_signatures", "put_vectors", "known_hashes", "id_taken"):
        setattr(store, name, clock.wrap("store writes", getattr(store, name)))
    return store


def ingest(paths: list[Path], db: Path, clock: Clock) -> tuple[IngestReport, float]:
    settings = Settings(db=str(db))
    store = timed_store(SQLiteStore(db), clock)
    pipeline = timed_pipeline(settings, clock)
    read = clock.wrap("read", read_path)
    report = IngestReport(files=len(paths))
    started = time.perf_counter()
    ingest_documents((d for p in paths for d in read(p)), store, pipeline, settings, report)
    total = time.perf_counter() - started
    store.close()
    return report, total


def analyse(db: Path, clock: Clock) -> float:
    from rasad.api.views import Corpus

    store = SQLiteStore(db)
    started = time.perf_counter()
    clock.wrap("story views (stories, links, promises)", Corpus.load)(store)
    store.close()
    return time.perf_counter() - started


def dask_speedup(paths: list[Path], tmp: Path) -> list[tuple[int, float]]:
    from rasad.distributed import ingest_paths_dask

    out = []
    for workers in (1, 2):
        db = tmp / f"dask{workers}.db"
        settings = Settings(db=str(db))
        store = SQLiteStore(db)
        started = time.perf_counter()
        ingest_paths_dask(paths, store, settings, workers=workers)
        out.append((workers, time.perf_counter() - started))
        store.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--dask", action="store_true", help="also compare 1 vs 2 Dask workers")
    parser.add_argument("--dask-n", type=int, default=1000)
    parser.add_argument("--shared", type=Path)
    args = parser.parse_args()
    shared = find_shared(args.shared)
    if shared is None:
        print("skipped: ../shared not found")
        return
    items = articles(shared, args.n)
    clock = Clock()
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_pages(items, Path(tmp) / "pages")
        report, ingest_s = ingest(paths, Path(tmp) / "e2e.db", clock)
        analysis_s = analyse(Path(tmp) / "e2e.db", clock)
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        dask = dask_speedup(paths[: args.dask_n], Path(tmp)) if args.dask else []

    n = len(items)
    accounted = sum(v for k, v in clock.seconds.items() if not k.startswith("story views"))
    clock.seconds["near-duplicates + story assignment"] = max(ingest_s - accounted, 0.0)
    total = ingest_s + analysis_s
    print(f"articles: {n} rendered pages from {', '.join(CORPORA)}; {report.summary()}")
    print(f"{'step':<40} {'seconds':>8} {'docs/s':>9} {'share':>6}")
    for name, seconds in sorted(clock.seconds.items(), key=lambda kv: -kv[1]):
        rate = n / seconds if seconds else float("inf")
        print(f"{name:<40} {seconds:>8.1f} {rate:>9.1f} {seconds / total:>6.0%}")
    bottleneck = max(clock.seconds, key=clock.seconds.get)
    print(
        f"end to end: {total:.1f} s, {n / total:.1f} docs/s on this machine "
        f"(target >= {TARGET_DOCS_PER_S}); bottleneck: {bottleneck}; peak RSS {peak_mb:.0f} MB"
    )
    if dask:
        (_, one), (_, two) = dask
        print(
            f"dask on {args.dask_n} pages: 1 worker {one:.1f} s, 2 workers {two:.1f} s, "
            f"speed-up {one / two:.2f}x (target >= 1.6x)"
        )


if __name__ == "__main__":
    main()
