"""Ingest on a Dask cluster: workers read and analyse partitions, this process stores them.

Partitions are consumed in submission order and written through the same batching as a local
ingest, so the database ends up the same as after `rasad ingest` without `--engine dask`.
Point `scheduler` at a running `dask scheduler` (tcp://host:8786) to use several machines;
every worker needs rasad installed and read access to the input paths.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

from rasad.config import Settings
from rasad.model import Document
from rasad.pipeline import Pipeline, build_pipeline
from rasad.services.ingest import IngestReport, ingest_documents
from rasad.stages.readers import expand_paths, read_path
from rasad.store import Store

FILES_PER_TASK = 25


@cache
def worker_pipeline(settings: Settings) -> Pipeline:
    """The pipeline, built once per worker process."""
    return build_pipeline(settings)


def analyse_files(paths: list[str], settings: Settings) -> list[dict]:
    """Read and analyse a partition of files on a worker; records come back in file order."""
    pipeline = worker_pipeline(settings)
    return [pipeline(doc).to_record() for path in paths for doc in read_path(Path(path))]


def partitions(files: list[Path], size: int) -> list[list[str]]:
    return [[str(p) for p in files[i : i + size]] for i in range(0, len(files), size)]


def ingest_paths_dask(
    paths: list[Path],
    store: Store,
    settings: Settings,
    workers: int = 2,
    scheduler: str | None = None,
    on_files: Callable[[int], None] | None = None,
) -> IngestReport:
    """Ingest with analysis spread over Dask workers (a local cluster unless `scheduler`)."""
    from dask.distributed import Client, LocalCluster

    files = expand_paths(paths)
    report = IngestReport(files=len(files))
    chunks = partitions(files, FILES_PER_TASK)
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
    with Client(scheduler or cluster) as client:
        futures = client.map(analyse_files, chunks, settings=settings, pure=False)

        def documents() -> Iterator[Document]:
            for chunk, future in zip(chunks, futures, strict=True):
                for record in future.result():
                    yield Document.from_record(record)
                future.release()
                if on_files:
                    on_files(len(chunk))

        ingest_documents(documents(), store, None, settings, report)
    if cluster is not None:
        cluster.close()
    return report
