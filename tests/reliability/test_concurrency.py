"""Readers while an ingest writes, two ingests at once, a read-only database and a full disk."""

from __future__ import annotations

import os
import resource
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from rasad.analysis.search import SearchFilter
from rasad.api.app import create_app
from rasad.config import Settings
from rasad.services.ingest import ingest_lock
from rasad.store.sqlite import SQLiteStore

ENV = {**os.environ, "RASAD_STORIES": "false", "RASAD_BATCH_SIZE": "5"}


def _write_corpus(folder: Path, n: int, offset: int = 0) -> Path:
    folder.mkdir(exist_ok=True)
    for i in range(offset, offset + n):
        (folder / f"doc{i:04d}.txt").write_text(
            f"خبر رقم {i}: أعلنت الحكومة العراقية اليوم عن جولة جديدة من الحوار مع الولايات "
            f"المتحدة.\n\nوقال المتحدث إن الجولة {i} ستبحث مستقبل القوات الأجنبية في البلاد.",
            encoding="utf-8",
        )
    return folder


def _ingest(db: Path, *paths: Path, **popen) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "rasad.cli", "ingest", "--quiet", "--db", str(db)]
    return subprocess.Popen(
        [*cmd, *map(str, paths)],
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **popen,
    )


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_reads_while_an_ingest_writes(tmp_path: Path):
    db = tmp_path / "live.db"
    first = _write_corpus(tmp_path / "first", 5)
    assert _ingest(db, first).wait(timeout=300) == 0
    writer = _ingest(db, _write_corpus(tmp_path / "more", 150, offset=5))
    store = SQLiteStore(db)
    client = TestClient(create_app(Settings(strict=True, db=str(db))))
    counts, cli_runs = [], 0
    try:
        while writer.poll() is None:
            counts.append(store.count())
            total, hits = store.search("الحكومة", SearchFilter(), limit=5)
            assert total >= 5 and hits
            response = client.get("/api/v1/stats")
            assert response.status_code == 200, response.text
            if cli_runs < 2 and counts[-1] > 5:
                done = subprocess.run(
                    [sys.executable, "-m", "rasad.cli", "stats", "--json", "--db", str(db)],
                    env=ENV,
                    capture_output=True,
                    text=True,
                    timeout=300,
                )
                assert done.returncode == 0, done.stderr
                cli_runs += 1
            time.sleep(0.05)
        assert writer.returncode == 0, writer.stderr.read()
    finally:
        writer.kill()
        store.close()
    assert counts == sorted(counts)  # readers see whole batches arrive, never a step back
    assert len(set(counts)) > 1, "the ingest finished before any read saw it progress"
    store = SQLiteStore(db)
    assert store.count() == 155 and store.integrity_ok()


def test_two_ingests_into_one_database_take_turns(tmp_path: Path):
    db = tmp_path / "two.db"
    corpus = _write_corpus(tmp_path / "corpus", 60)
    first = _ingest(db, corpus)
    while first.poll() is None and not Path(f"{db}-ingest.lock").exists():
        time.sleep(0.05)
    second = _ingest(db, corpus, _write_corpus(tmp_path / "extra", 10, offset=60))
    outs = [p.communicate(timeout=600) for p in (first, second)]
    for proc, (_, err) in zip((first, second), outs, strict=True):
        assert "Traceback" not in err
        assert proc.returncode == 0, err
    store = SQLiteStore(db)
    ids = [d.id for d in store.iter_documents()]
    assert sorted(ids) == [f"doc{i:04d}" for i in range(70)]  # each document once
    assert store.integrity_ok()


def test_an_ingest_waits_while_another_holds_the_database(tmp_path: Path):
    db = tmp_path / "wait.db"
    with ingest_lock(str(db)):
        proc = _ingest(db, _write_corpus(tmp_path / "corpus", 3))
        assert "waiting for another ingest" in proc.stderr.readline()
        time.sleep(0.5)
        assert proc.poll() is None and _stored(db) == 0
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert _stored(db) == 3


def test_read_only_database_is_a_clear_error(tmp_path: Path):
    db = tmp_path / "ro.db"
    assert _ingest(db, _write_corpus(tmp_path / "a", 3)).wait(timeout=300) == 0
    more = _write_corpus(tmp_path / "b", 3, offset=3)
    proc = _ingest(f"file:{db}?mode=ro", more)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 1
    assert "Traceback" not in err
    assert err.strip().count("\n") == 0 and "read-only" in err, err
    if os.geteuid() != 0:  # root writes through file permissions: only the URI test holds
        db.chmod(0o444)
        proc = _ingest(db, more)
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 1 and "read-only" in err and "Traceback" not in err
    assert _stored(db) == 3


def _file_size_limit(limit: int):
    def apply() -> None:
        # Past the limit a write fails with EFBIG instead of the process being killed.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="no file size limits here")
def test_disk_full_is_a_clear_error(tmp_path: Path):
    db = tmp_path / "full.db"
    assert _ingest(db, _write_corpus(tmp_path / "a", 5)).wait(timeout=300) == 0
    limit = db.stat().st_size + 64 * 1024
    proc = _ingest(
        db, _write_corpus(tmp_path / "b", 200, offset=5), preexec_fn=_file_size_limit(limit)
    )
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 1, err
    assert "Traceback" not in err
    assert err.strip().count("\n") == 0 and "no room" in err, err
    store = SQLiteStore(db)
    assert store.integrity_ok()
    assert 5 <= store.count() < 205
