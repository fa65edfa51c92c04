"""Ingest on a Dask cluster: workers read, analyse and embed; this process places and stores.

The input is cut into parts by records (`rasad.stages.partitions`): a big JSONL file by line
ranges, a WARC archive by record offsets, a feed by entries, small files grouped by size.
Each worker reads its part, runs every stage but the embedding, and computes the
near-duplicate signatures. This process (the driver) takes the parts back in plan order, a
bounded number in flight, marks the copies, sends the documents that need a vector back to
the workers to embed (so a copy is never embedded), places the documents in stories and
stores them, through the same batching as a local ingest: the database ends up the same as
after `rasad ingest` without `--engine dask`.

Point `scheduler` at a running `dask scheduler` (tcp://host:8786) to use several machines
(see docs/distributed.md); every worker needs rasad installed and read access to the input
paths at the same place.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from rasad.config import Settings
from rasad.model import Document
from rasad.pipeline import Pipeline, build_pipeline
from rasad.services.ingest import IngestReport, ingest_documents, without_stage
from rasad.stages.dedup import document_signature
from rasad.stages.partitions import PART_BYTES, PART_RECORDS, Part, plan_parts, read_part
from rasad.stages.readers import expand_paths
from rasad.store import Store

PARTS_PER_WORKER = 3  # parts in flight per worker: enough to keep it busy, few in memory
EMBED_PRIORITY = 10  # embedding runs before parts queued after it: the driver waits for it

# Dask's monitoring, sampled many times a second, for a dashboard an ingest does not open: each
# worker's profiler (every 10 ms), every server's event-loop tick (20 ms), each nanny's memory
# check (100 ms; the nannies and the scheduler of a local cluster live in the driver) and the
# system monitor (500 ms). Idle, a 2-worker local cluster spent 33 CPU ms per second in the
# driver and 25 in each worker on them; 6 and 2 with these (bench/README.md).
QUIET_CLUSTER = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}


@cache
def worker_stages(settings: Settings) -> tuple[Pipeline, Pipeline | None]:
    """The pipeline without the embedding, and the embedding alone; built once per worker."""
    return without_stage(build_pipeline(settings), "embed")


def analyse_part(part: Part, settings: Settings) -> list[tuple[dict, list[int] | None]]:
    """Read and analyse one part on a worker (all stages but the embedding); each document's
    record and near-duplicate signature, in reading order."""
    analyse, _ = worker_stages(settings)
    out = []
    for doc in read_part(part):
        doc = analyse(doc)
        values = None if doc.rejected else document_signature(doc)
        out.append((doc.to_record(), None if values is None else values.tolist()))
    return out


def embed_leads(leads: list[tuple[str | None, str]], settings: Settings) -> list[list[float]]:
    """Vectors of (title, lead) pairs on a worker, with the embed stage as a local ingest runs
    it (the lead holds the words it may use: the budget is applied here, by this encoder)."""
    _, embed = worker_stages(settings)
    if embed is None:
        return [[] for _ in leads]
    docs = [Document(id="", source="", title=title, text=lead) for title, lead in leads]
    return [embed(doc).vector or [] for doc in docs]


@dataclass
class ClusterVectors:
    """A part of a batch being embedded on the cluster."""

    future: Any
    docs: list[Document]

    def result(self) -> None:
        for doc, vector in zip(self.docs, self.future.result(), strict=True):
            doc.vector = vector or None
        self.future.release()


@dataclass
class ClusterEmbedder:
    """The embedding of the documents that need a vector, on the cluster's workers."""

    client: Any
    settings: Settings
    workers: int

    def submit(self, docs: list[Document]) -> ClusterVectors:
        words = self.settings.embed_lead_words
        leads = [(doc.title, " ".join(doc.text.split()[:words])) for doc in docs]
        future = self.client.submit(
            embed_leads, leads, settings=self.settings, pure=False, priority=EMBED_PRIORITY
        )
        return ClusterVectors(future, docs)


class Signatures:
    """The signatures computed on the workers, looked up by content when the driver marks
    copies. Only the last few batches' are kept: a document is marked before the ingest asks
    for the document `window` places after it."""

    def __init__(self, window: int) -> None:
        self.values: dict[str, np.ndarray | None] = {}
        self.order: deque[str] = deque()
        self.window = window

    def add(self, doc: Document, values: list[int] | None) -> None:
        key = doc.content_hash
        self.values[key] = None if values is None else np.asarray(values, dtype=np.uint32)
        self.order.append(key)
        while len(self.order) > self.window:
            self.values.pop(self.order.popleft(), None)

    def __call__(self, doc: Document) -> np.ndarray | None:
        key = doc.content_hash
        return self.values[key] if key in self.values else document_signature(doc)


def analysed_documents(
    client: Any,
    parts: Iterator[Part],
    settings: Settings,
    in_flight: int,
    signatures: Signatures,
    on_files: Callable[[int], None] | None = None,
) -> Iterator[Document]:
    """The documents of every part, analysed on the cluster, in plan order; at most
    `in_flight` parts are submitted and not yet taken (results wait on the workers)."""
    window: deque[tuple[Part, Any]] = deque()

    def submit_next() -> None:
        part = next(parts, None)
        if part is not None:
            window.append((part, client.submit(analyse_part, part, settings=settings, pure=False)))

    for _ in range(in_flight):
        submit_next()
    while window:
        part, future = window.popleft()
        analysed = future.result()
        future.release()
        submit_next()
        for record, values in analysed:
            doc = Document.from_record(record)
            signatures.add(doc, values)
            yield doc
        if on_files and part.files_done:
            on_files(part.files_done)


def cluster_workers(client: Any) -> int:
    return max(1, len(client.scheduler_info().get("workers", {})))


def ingest_paths_dask(
    paths: list[Path],
    store: Store,
    settings: Settings,
    workers: int = 2,
    scheduler: str | None = None,
    on_files: Callable[[int], None] | None = None,
    part_records: int = PART_RECORDS,
    part_bytes: int = PART_BYTES,
    client: Any = None,
) -> IngestReport:
    """Ingest with reading, analysis and embedding spread over Dask workers: those of
    `client`, or of the scheduler at `scheduler`, or of a local cluster of `workers`
    processes started here."""
    import dask
    from dask.distributed import Client

    if client is not None:
        return ingest_on(client, paths, store, settings, on_files, part_records, part_bytes)
    with dask.config.set(QUIET_CLUSTER):
        cluster = None if scheduler is not None else local_cluster(workers)
        try:
            with Client(scheduler or cluster) as own:
                if scheduler is not None:
                    own.wait_for_workers(1, timeout=60)
                return ingest_on(own, paths, store, settings, on_files, part_records, part_bytes)
        finally:
            if cluster is not None:
                cluster.close()


def local_cluster(workers: int) -> Any:
    """`workers` worker processes of one thread each on this machine, with Dask's monitoring
    sampled seldom (`QUIET_CLUSTER`: the workers take their configuration from here)."""
    import dask
    from dask.distributed import LocalCluster

    with dask.config.set(QUIET_CLUSTER):
        return LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )


def ingest_on(
    client: Any,
    paths: list[Path],
    store: Store,
    settings: Settings,
    on_files: Callable[[int], None] | None,
    part_records: int,
    part_bytes: int,
) -> IngestReport:
    """The ingest itself, on a connected client."""
    files = expand_paths(paths)
    report = IngestReport(files=len(files))
    n = cluster_workers(client)
    signatures = Signatures(window=4 * settings.batch_size + 2 * part_records)
    docs = analysed_documents(
        client,
        plan_parts(files, part_records, part_bytes),
        settings,
        PARTS_PER_WORKER * n,
        signatures,
        on_files,
    )
    embedder = ClusterEmbedder(client, settings, n) if settings.stories else None
    return ingest_documents(docs, store, None, settings, report, True, embedder, signatures)
