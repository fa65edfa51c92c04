"""Dask ingest gives the same database as a local ingest: documents, copies, vectors, stories
and events, in the same order; for folders of files, for big files cut by records, and on a
cluster of separate processes talking TCP. So does a local ingest analysing in processes."""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rasad.analysis.search import SearchFilter
from rasad.config import Settings
from rasad.pipeline import DeferredStage
from rasad.services.ingest import IngestReport, ingest_documents, ingest_paths, ingest_pipeline
from rasad.stages.readers import expand_paths, read_path
from rasad.store import open_store

pytest.importorskip("dask.distributed")

CORPORA = ("farsnews_fa", "saudinewsnet_ar", "bbc_news_en")


def snapshot(db: str) -> dict[str, list]:
    store = open_store(db)
    docs = [
        (d.id, d.source, d.content_hash, d.lang, d.title, d.text, d.rejected)
        + (d.duplicate_of, d.story, d.event)
        for d in store.iter_documents(include_rejected=True)
    ]
    vectors = sorted((doc, vector.tolist()) for doc, vector in store.iter_vectors())
    _, stories = store.story_summaries(SearchFilter(), limit=10_000)
    _, events = store.story_items("events", SearchFilter(), limit=10_000)
    store.close()
    return {"documents": docs, "vectors": vectors, "stories": stories, "events": events}


def second_store_url(store_url: str, request: pytest.FixtureRequest) -> str:
    """Another empty database on the same backend as `store_url`."""
    if store_url.startswith("postgresql://"):
        return request.getfixturevalue("pg_cluster").create_database()
    return str(Path(store_url).with_name("dask.db"))


def test_dask_ingest_matches_local_ingest(seeds_dir, store_url, request):
    env = {**os.environ}
    local, dask = store_url, second_store_url(store_url, request)
    base = [sys.executable, "-m", "rasad.cli"]
    subprocess.run([*base, "--db", local, "ingest", "-q", str(seeds_dir)], env=env, check=True)
    run = subprocess.run(
        [
            *base,
            "--db",
            dask,
            "ingest",
            "-q",
            "--engine",
            "dask",
            "--workers",
            "2",
            str(seeds_dir),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert run.returncode == 0, run.stderr
    assert snapshot(dask) == snapshot(local)
    assert len(snapshot(dask)["documents"]) == 5


def corpus_articles(shared: Path, per_corpus: int) -> list[dict]:
    out = []
    for name in CORPORA:
        with (shared / "corpus" / name / "articles.jsonl").open(encoding="utf-8") as lines:
            out += [json.loads(next(lines)) for _ in range(per_corpus)]
    return out


def page(item: dict) -> str:
    paras = "".join(f"<p>{p}</p>" for p in item["text"].split("\n") if p.strip())
    return (
        f"<html><head><title>{item.get('title') or ''}</title></head><body><article>"
        f"<h1>{item.get('title') or ''}</h1>{paras}</article></body></html>"
    )


def write_warc(path: Path, articles: list[dict]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for i, item in enumerate(articles):
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            item.get("url") or f"https://crawl.example/{i}",
            "response",
            payload=io.BytesIO(page(item).encode("utf-8")),
            http_headers=headers,
        )
        writer.write_record(record)
    path.write_bytes(out.getvalue())


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    """One big JSONL file, one WARC archive and a few pages of real articles (copies across
    the files included), and the snapshot of a local ingest of them."""
    from rasad.eval.shared import find_shared

    shared = find_shared()
    if shared is None:
        pytest.skip("../shared not present")
    folder = tmp_path_factory.mktemp("archive")
    articles = corpus_articles(shared, 8)
    lines = [json.dumps(a, ensure_ascii=False) for a in articles[:16]]
    lines.insert(4, "not json")
    lines.append(lines[2])  # the same line twice: stored once
    (folder / "a-dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    copy = {**articles[5], "url": "https://copy.example/1", "text": articles[5]["text"] + " ."}
    write_warc(folder / "b-crawl.warc.gz", [*articles[16:22], copy])
    for i, item in enumerate(articles[22:]):
        (folder / f"c-page{i}.html").write_text(page(item), encoding="utf-8")
    db = folder / "local.db"
    store = open_store(str(db))
    ingest_paths([folder], store, Settings(db=str(db)))
    store.close()
    local = snapshot(str(db))
    db.unlink()
    return folder, local


def test_dask_ingest_by_records_matches_local_ingest(archive, tmp_path: Path):
    from rasad.services.distributed import ingest_paths_dask

    folder, local = archive
    db = str(tmp_path / "dask.db")
    store = open_store(db)
    report = ingest_paths_dask([folder], store, Settings(db=db), workers=2, part_records=6)
    store.close()
    assert report.files == 4 and report.skipped == 1
    assert snapshot(db) == local
    copies = [d for d in local["documents"] if d[7]]
    assert copies and len(local["vectors"]) == len(local["documents"]) - len(copies) - 1


def test_local_analysis_processes_match_a_serial_ingest(archive, tmp_path: Path):
    """A local ingest whose analysis runs in two processes (batches of 5, every one sent to
    them) stores what an ingest analysing everything in its own process does; its own
    process builds the embedding only, not the models of the stages it hands over."""
    folder, _ = archive
    snapshots = []
    for workers in (1, 2):
        db = str(tmp_path / f"local-{workers}.db")
        store = open_store(db)
        settings = Settings(db=db, batch_size=5, analysis_workers=workers)
        pipeline = ingest_pipeline(settings)  # as ingest_paths builds it
        docs = (doc for path in expand_paths([folder]) for doc in read_path(path))
        report = IngestReport(files=4)
        ingest_documents(docs, store, pipeline, settings, report, analysis_workers=workers)
        store.close()
        assert report.skipped == 1
        snapshots.append(snapshot(db))
    serial, pooled = snapshots
    assert pooled == serial
    assert len(serial["documents"]) == 26 and any(d[7] for d in serial["documents"])
    unbuilt = [
        spec.name
        for spec, fn in zip(pipeline.specs, pipeline.fns, strict=True)
        if isinstance(fn, DeferredStage) and fn.fn is None
    ]
    assert unbuilt == [name for name in pipeline.names if name != "embed"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise TimeoutError(f"nothing listens on port {port}")


def test_ingest_through_a_scheduler_and_workers_over_tcp(archive, tmp_path: Path):
    """The multi-machine recipe (docs/distributed.md) on one machine: `dask scheduler` and two
    `dask worker` processes on a free port, `rasad ingest --scheduler tcp://…`."""
    folder, local = archive
    dask = Path(sys.executable).with_name("dask")
    if not dask.exists():
        pytest.skip("the dask command is not installed beside this Python")
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = {**os.environ}
    logs = tmp_path / "cluster.log"
    with logs.open("w") as log:
        scheduler = subprocess.Popen(
            [dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        worker_cmd = [dask, "worker", address, "--nthreads", "1", "--no-dashboard"]
        workers = []
        try:
            wait_for_port(port)
            workers = [
                subprocess.Popen(
                    [*worker_cmd, "--host", "127.0.0.1", "--name", f"w{i}"],
                    env=env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                )
                for i in range(2)
            ]
            db = str(tmp_path / "tcp.db")
            run = subprocess.run(
                [sys.executable, "-m", "rasad.cli", "--db", db, "ingest", "-q"]
                + ["--engine", "dask", "--scheduler", address, "--part-records", "6", str(folder)],
                env=env,
                capture_output=True,
                text=True,
                timeout=600,
            )
        finally:
            for process in [*workers, scheduler]:
                process.terminate()
            for process in [*workers, scheduler]:
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()
    assert run.returncode in (0, 3), run.stderr + logs.read_text()[-3000:]
    assert snapshot(db) == local


def profiling_enabled() -> bool:
    import dask

    return dask.config.get("distributed.worker.profile.enabled")


def test_local_cluster_workers_do_not_sample_for_a_dashboard():
    """The workers of the local cluster an ingest starts run without Dask's profiler and with
    its monitoring seldom (`QUIET_CLUSTER`): CPU the two cores need for the ingest."""
    from dask.distributed import Client

    from rasad.services.distributed import local_cluster

    cluster = local_cluster(1)
    try:
        with Client(cluster) as client:
            assert list(client.run(profiling_enabled).values()) == [False]
    finally:
        cluster.close()
