"""Ingest jobs for the API: uploads wait in a private temporary folder under generated names and
one worker thread ingests them, one job at a time (so ingests never compete for the writer).

A client's file name is kept only as a label for reports and as the document id stem (cleaned);
it is never part of a path.
"""

from __future__ import annotations

import json
import queue
import re
import shutil
import threading
import uuid
import zlib
from collections import deque
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from rasad.config import Settings
from rasad.model import Document
from rasad.pipeline import Pipeline
from rasad.services.ingest import IngestReport, ingest_documents, ingest_lock
from rasad.stages.readers import (
    FEED_SUFFIXES,
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    TEXT_SUFFIXES,
    document_from_item,
    read_bytes,
    sniff_binary,
    stable_id,
    suffix_of,
)
from rasad.store import open_store

TEXT_KINDS = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | JSONL_SUFFIXES
JOB_META_PREFIX = "api_job:"
MAX_KEPT_JOBS = 1000


class UnsupportedUpload(ValueError):
    """Content the readers cannot turn into articles (PDF, images, other archives)."""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def upload_suffix(head: bytes, client_name: str) -> str:
    """The suffix to store an upload under, decided by its content (`head` = its first bytes);
    the client's suffix only tells text formats apart. Raises UnsupportedUpload with a reason."""
    if head.startswith(b"\x1f\x8b"):
        try:
            inner = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error as exc:
            raise UnsupportedUpload(f"damaged gzip data ({exc})") from exc
        if inner.startswith(b"WARC/"):
            return ".warc.gz"
        raise UnsupportedUpload("gzip data that is not a WARC file")
    if head.startswith(b"WARC/"):
        return ".warc"
    if why := sniff_binary(head):
        raise UnsupportedUpload(why)
    claimed = suffix_of(PurePosixPath(client_name))
    return claimed if claimed in TEXT_KINDS else ".data"  # .data: the reader sniffs the kind


def clean_stem(client_name: str, fallback: str) -> str:
    """A document id stem from a client's file name: last component, safe characters only."""
    base = client_name.replace("\\", "/").rsplit("/", 1)[-1]
    base = re.sub(r"(\.warc\.gz|\.[A-Za-z0-9]{1,8})$", "", base)
    stem = re.sub(r"[^\w.-]+", "_", base).strip("._")[:100]
    return stem or fallback


@dataclass
class Upload:
    client_name: str  # a label, never a path
    path: Path  # inside the job's temporary folder, under a generated name


@dataclass
class Job:
    id: str
    state: str = "queued"  # queued → running → done | failed
    created: str = field(default_factory=now)
    started: str | None = None
    finished: str | None = None
    files_total: int = 0
    files_done: int = 0
    documents_total: int = 0
    documents_done: int = 0
    added: int = 0
    duplicates: int = 0
    rejected: list[dict[str, str]] = field(default_factory=list)
    # documents stored without a stage's output: {"source", "error"} ("stage: Error: message")
    stage_errors: list[dict[str, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The job as GET /api/v1/jobs/{id} shows it."""
        out = asdict(self)
        out["progress"] = {
            "files": {"done": self.files_done, "total": self.files_total},
            "documents": {"done": self.documents_done, "total": self.documents_total},
        }
        out["counts"] = {
            "added": self.added,
            "duplicates": self.duplicates,
            "rejected": len(self.rejected),
            "stage_errors": len({e["source"] for e in self.stage_errors}),
        }
        for key in ("files_total", "files_done", "documents_total", "documents_done"):
            del out[key]
        return out


@dataclass
class Work:
    folder: Path | None = None
    uploads: list[Upload] = field(default_factory=list)
    articles: list[dict[str, Any]] = field(default_factory=list)


class JobRunner:
    """Queued ingest jobs and the one thread that runs them."""

    def __init__(
        self,
        settings: Settings,
        pipeline: Callable[[], Pipeline],
        on_write: Callable[[], None] = lambda: None,
    ) -> None:
        self.settings = settings
        self.pipeline = pipeline
        self.on_write = on_write
        self.jobs: dict[str, Job] = {}
        self.order: deque[str] = deque()
        self.queue: queue.Queue[tuple[Job, Work]] = queue.Queue()
        self.lock = threading.Lock()
        self.writing = threading.Lock()  # held by whoever writes through this app
        self.worker: threading.Thread | None = None

    def submit(self, work: Work) -> Job:
        """Queue `work`; the job starts when the ones before it are done."""
        job = Job(id=uuid.uuid4().hex[:16], files_total=len(work.uploads))
        with self.lock:
            self.jobs[job.id] = job
            self.order.append(job.id)
            while len(self.order) > MAX_KEPT_JOBS:
                self.jobs.pop(self.order.popleft(), None)
            if self.worker is None or not self.worker.is_alive():
                self.worker = threading.Thread(target=self._work, name="rasad-ingest", daemon=True)
                self.worker.start()
        self.queue.put((job, work))
        return job

    def get(self, job_id: str) -> dict[str, Any] | None:
        """A job's state: in memory, or (for a finished one) from the store's meta table."""
        if job := self.jobs.get(job_id):
            return job.to_dict()
        if not re.fullmatch(r"[0-9a-f]{16}", job_id):
            return None
        store = open_store(self.settings.db)
        try:
            saved = store.get_meta(JOB_META_PREFIX + job_id)
        finally:
            store.close()
        return json.loads(saved) if saved else None

    def wait(self, timeout: float | None = None) -> None:
        """Block until every queued job has finished (for tests and scripts)."""
        with self.queue.all_tasks_done:
            if self.queue.unfinished_tasks:
                self.queue.all_tasks_done.wait_for(
                    lambda: not self.queue.unfinished_tasks, timeout=timeout
                )

    def _work(self) -> None:
        while True:
            job, work = self.queue.get()
            try:
                self._run(job, work)
            finally:
                self.queue.task_done()

    def _run(self, job: Job, work: Work) -> None:
        """1. read the uploads, 2. analyse and store, 3. keep the outcome in the store's meta."""
        job.state, job.started = "running", now()
        try:
            docs = self._documents(job, work)
            job.documents_total = len(docs)
            report = IngestReport(files=len(work.uploads))
            with self.writing:
                self._ingest(job, docs, report)
        except Exception as exc:  # a job's failure is reported on the job, not raised
            job.state, job.finished = "failed", now()
            job.errors.append(f"{type(exc).__name__}: {exc}")
        finally:
            if work.folder:
                shutil.rmtree(work.folder, ignore_errors=True)
            self.on_write()

    def _ingest(self, job: Job, docs: list[Document], report: IngestReport) -> None:
        store = open_store(self.settings.db)
        try:
            with ingest_lock(self.settings.db):  # after any `rasad ingest` into this database
                ingest_documents(docs, store, self._counted(job, report), self.settings, report)
            job.added, job.duplicates = report.added, report.skipped
            job.rejected = [{"source": s, "reason": r} for s, r in report.rejected]
            job.stage_errors = [{"source": s, "error": e} for s, e in report.stage_errors]
            job.documents_done = job.documents_total
            job.state = "done"
            job.finished = now()
            store.set_meta(JOB_META_PREFIX + job.id, json.dumps(job.to_dict()))
        finally:
            store.close()

    def _documents(self, job: Job, work: Work) -> list[Document]:
        docs: list[Document] = []
        for i, upload in enumerate(work.uploads):
            stem = clean_stem(upload.client_name, f"upload-{job.id}-{i}")
            data = upload.path.read_bytes()
            docs.extend(read_bytes(data, upload.path.name, f"upload:{upload.client_name}", stem))
            job.files_done += 1
        for item in work.articles:
            key = json.dumps(item, sort_keys=True, ensure_ascii=False)
            docs.append(document_from_item(item, "api", stable_id("api", key)))
        return docs

    def _counted(self, job: Job, report: IngestReport) -> Callable[[Document], Document]:
        pipeline = self.pipeline()
        done = 0

        def run(doc: Document) -> Document:
            nonlocal done
            out = pipeline(doc)
            done += 1
            job.documents_done = done + report.skipped
            return out

        return run
