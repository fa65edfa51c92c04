"""End to end: pages → every pipeline stage → near-duplicates → stories → SQLite → story views.

Renders real articles from ../shared/corpus as news pages (see bench/corpus.py) and ingests
them with the whole default pipeline into a fresh SQLite database, timing each stage, the
corpus-level steps (near-duplicates, story assignment and consolidation), the store writes,
and then the analysis a reader asks for (stories with timelines, claims, contradictions,
framing, entity linking and promises). Prints documents/s per step and end to end, the
bottleneck, peak RSS, the cores the ingest kept busy (CPU time / wall time), the load
average before and after, and CPU seconds per document for each step (on a busy machine wall
times are inflated, CPU time much less: it estimates the quiet-machine figure). The
embedding runs in background threads (`embed_workers`, one core each) while the next batch is
analysed, so its wall time overlaps the other steps' (and is summed over the threads); its CPU
time is the process's minus the main thread's. With `--dask`, also ingests the first
`--dask-n` pages with Dask on 1 and then 2 local workers in the same run and prints the
speed-up.

    .venv/bin/python bench/e2e.py [--n 5000] [--lead-words N] [--max-tokens N] [--workers N]
        [--sequential] [--dask] [--dask-n 1000] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

from corpus import CORPORA, articles, parse_with_shared, write_pages

from rasad.config import Settings
from rasad.pipeline import Pipeline, build_pipeline
from rasad.services.assign import StoryAssigner
from rasad.services.ingest import IngestReport, embedding_workers, ingest_documents
from rasad.stages.dedup import DuplicateIndex
from rasad.stages.readers import read_path
from rasad.store.sqlite import SQLiteStore

TARGET_DOCS_PER_S = 10


class Clock:
    """Wall and CPU seconds (of the calling thread) spent per named step."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.cpu: dict[str, float] = defaultdict(float)
        self.lock = threading.Lock()  # the embedding threads add to the same step

    def wrap(self, name: str, fn):
        def timed(*args, **kwargs):
            started, cpu = time.perf_counter(), time.thread_time()
            try:
                return fn(*args, **kwargs)
            finally:
                with self.lock:
                    self.seconds[name] += time.perf_counter() - started
                    self.cpu[name] += time.thread_time() - cpu

        return timed


def time_corpus_steps(clock: Clock) -> None:
    """Time near-duplicate marking and story placement where ingest calls them."""
    DuplicateIndex.mark = clock.wrap("near-duplicates", DuplicateIndex.mark)
    StoryAssigner.assign = clock.wrap("story assignment", StoryAssigner.assign)
    StoryAssigner.consolidate = clock.wrap("story consolidation", StoryAssigner.consolidate)


def timed_pipeline(settings: Settings, clock: Clock) -> Pipeline:
    pipeline = build_pipeline(settings)
    fns = [clock.wrap(spec.name, fn) for spec, fn in zip(pipeline.specs, pipeline.fns, strict=True)]
    return Pipeline(pipeline.specs, fns)


def timed_store(store: SQLiteStore, clock: Clock) -> SQLiteStore:
    for name in ("put_documents", "put_signatures", "put_vectors", "known_hashes", "id_taken"):
        setattr(store, name, clock.wrap("store writes", getattr(store, name)))
    return store


def ingest(
    paths: list[Path], db: Path, clock: Clock, settings: Settings, background: bool
) -> tuple[IngestReport, float, float]:
    """Ingest the pages; (report, wall seconds, CPU seconds of the main thread)."""
    settings = settings.with_overrides(db=str(db))
    store = timed_store(SQLiteStore(db), clock)
    pipeline = timed_pipeline(settings, clock)
    read = clock.wrap("read", read_path)
    report = IngestReport(files=len(paths))
    started, cpu = time.perf_counter(), time.thread_time()
    docs = (d for p in paths for d in read(p))
    ingest_documents(docs, store, pipeline, settings, report, background_embedding=background)
    total, main_cpu = time.perf_counter() - started, time.thread_time() - cpu
    report.copies = sum(1 for d in store.iter_documents() if d.duplicate_of)
    store.close()
    return report, total, main_cpu


def analyse(db: Path, clock: Clock) -> float:
    from rasad.analysis.pages import Corpus

    def load_corpus(store: SQLiteStore) -> Corpus:  # every story built from every document
        return Corpus.build(list(store.iter_documents()), dict(store.iter_vectors()))

    store = SQLiteStore(db)
    started = time.perf_counter()
    clock.wrap("story views (stories, links, promises)", load_corpus)(store)
    store.close()
    return time.perf_counter() - started


def dask_speedup(paths: list[Path], tmp: Path) -> list[tuple[int, float]]:
    from rasad.services.distributed import ingest_paths_dask

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
    parser.add_argument(
        "--lead-words", type=int, default=None, help="embed_lead_words (default: the setting's)"
    )
    parser.add_argument(
        "--max-tokens", type=int, default=None, help="embed_max_tokens (default: the setting's)"
    )
    parser.add_argument(
        "--workers", type=int, default=None, help="embed_workers (default: the setting's)"
    )
    parser.add_argument(
        "--sequential", action="store_true", help="wait for each batch's vectors (comparison)"
    )
    parser.add_argument("--dask", action="store_true", help="also compare 1 vs 2 Dask workers")
    parser.add_argument("--dask-n", type=int, default=1000)
    args, shared = parse_with_shared(parser)
    if shared is None:
        return
    settings = Settings().with_overrides(
        embed_lead_words=args.lead_words,
        embed_max_tokens=args.max_tokens,
        embed_workers=args.workers,
    )
    items = articles(shared, args.n)
    clock = Clock()
    time_corpus_steps(clock)
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_pages(items, Path(tmp) / "pages")
        load_before = os.getloadavg()[0]
        cpu = time.process_time()
        report, ingest_s, main_cpu = ingest(
            paths, Path(tmp) / "e2e.db", clock, settings, not args.sequential
        )
        ingest_cpu = time.process_time() - cpu
        clock.cpu["embed"] = ingest_cpu - main_cpu  # its threads + OpenMP's
        analysis_s = analyse(Path(tmp) / "e2e.db", clock)
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        dask = dask_speedup(paths[: args.dask_n], Path(tmp)) if args.dask else []
    print_table(clock, len(items), report, ingest_s, analysis_s, peak_mb, settings, args)
    print(
        f"ingest kept {ingest_cpu / ingest_s:.2f} of {os.cpu_count()} cores busy "
        f"({ingest_cpu:.1f} CPU s in {ingest_s:.1f} s); load average {load_before:.1f} "
        f"before, {os.getloadavg()[0]:.1f} after (other work on the machine slows the run)"
    )
    if dask:
        (_, one), (_, two) = dask
        print(
            f"dask on {args.dask_n} pages: 1 worker {one:.1f} s, 2 workers {two:.1f} s, "
            f"speed-up {one / two:.2f}x (target >= 1.6x)"
        )


def print_table(
    clock: Clock,
    n: int,
    report: IngestReport,
    ingest_s: float,
    analysis_s: float,
    peak_mb: float,
    settings: Settings,
    args: argparse.Namespace,
) -> None:
    main_thread = sum(
        v for k, v in clock.seconds.items() if k != "embed" and not k.startswith("story views")
    )
    clock.seconds["waiting for the embedding, other"] = max(ingest_s - main_thread, 0.0)
    total = ingest_s + analysis_s
    workers = embedding_workers(settings)
    if "embed" in clock.seconds:  # wall seconds summed over the embedding threads
        clock.seconds[f"embed ({workers} threads)"] = clock.seconds.pop("embed")
        clock.cpu[f"embed ({workers} threads)"] = clock.cpu.pop("embed")
    mode = f"{workers} thread(s), one core each" + (
        ", each batch waited for" if args.sequential else ", alongside the analysis"
    )
    budget = f" within {settings.embed_max_tokens} tokens" if settings.embed_max_tokens else ""
    print(f"articles: {n} rendered pages from {', '.join(CORPORA)}; {report.summary()}")
    print(
        f"embedding: title + {settings.embed_lead_words} words{budget}, {mode}; "
        f"{report.copies} near-duplicate copies joined their original without one"
    )
    print(f"{'step':<40} {'wall s':>8} {'docs/s':>9} {'share':>6} {'CPU ms/doc':>11}")
    for name, seconds in sorted(clock.seconds.items(), key=lambda kv: -kv[1]):
        rate = n / seconds if seconds else float("inf")
        cpu = f"{clock.cpu[name] / n * 1000:>11.1f}" if name in clock.cpu else f"{'':>11}"
        print(f"{name:<40} {seconds:>8.1f} {rate:>9.1f} {seconds / total:>6.0%} {cpu}")
    cpu_total = sum(clock.cpu.values())
    bottleneck = max(clock.cpu, key=clock.cpu.get)
    print(
        f"end to end: {total:.1f} s, {n / total:.1f} docs/s on this machine "
        f"(target >= {TARGET_DOCS_PER_S}); {cpu_total:.1f} CPU s, {cpu_total / n * 1000:.0f} "
        f"CPU ms/doc (2 idle cores kept busy: ~{n / cpu_total * 2:.1f} docs/s); "
        f"bottleneck: {bottleneck} ({clock.cpu[bottleneck] / cpu_total:.0%} of CPU); "
        f"peak RSS {peak_mb:.0f} MB; load average {os.getloadavg()[0]:.1f}"
    )


if __name__ == "__main__":
    main()
