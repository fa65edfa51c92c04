"""Ingest into a real SQLite database: idempotence, id clashes, batches, a killed run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from rasad.ingest import ingest_paths
from rasad.store.base import open_store
from rasad.store.sqlite import SQLiteStore


def test_ingest_seeds_then_reingest_is_a_no_op(seeds_dir, settings, store_url):
    store = open_store(store_url)
    first = ingest_paths([seeds_dir], store, settings)
    assert (first.added, first.skipped, first.rejected) == (5, 0, [])
    again = ingest_paths([seeds_dir], store, settings)
    assert (again.added, again.skipped) == (0, 5)
    assert store.count() == 5
    assert store.stats()["languages"] == {"ar": 3, "fa": 2}
    assert store.integrity_ok()


def test_same_name_other_content_gets_its_own_id(tmp_path: Path, settings, store_url):
    for folder, word in (("a", "الأولى"), ("b", "الثانية")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "article.txt").write_text(
            f"هذه هي المقالة {word} عن انسحاب القوات الأجنبية من العراق بحلول نهاية العام.",
            encoding="utf-8",
        )
    store = open_store(store_url)
    report = ingest_paths([tmp_path / "a", tmp_path / "b"], store, settings)
    assert report.added == 2
    ids = sorted(d.id for d in store.iter_documents())
    assert ids[0] == "article" and ids[1].startswith("article_")


def test_rejected_files_are_stored_with_reason(tmp_path: Path, settings, store_url):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "pic.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "ok.txt").write_text(
        "مقالة قصيرة عن الحوار الاستراتيجي بين بغداد وواشنطن في العاصمة.", encoding="utf-8"
    )
    store = open_store(store_url)
    report = ingest_paths([tmp_path], store, settings)
    assert report.added == 3 and len(report.rejected) == 2
    assert store.count() == 1
    assert set(store.stats()["rejections"]) == {"empty file", "binary file (a PNG image)"}


def _write_corpus(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"doc{i:04d}.txt").write_text(
            f"خبر رقم {i}: أعلنت الحكومة العراقية اليوم عن جولة جديدة من الحوار مع الولايات المتحدة.\n\n"
            f"وقال المتحدث إن الجولة {i} ستبحث مستقبل القوات الأجنبية في البلاد ومواعيد انسحابها.",
            encoding="utf-8",
        )


def _stored(db: Path) -> int:
    import sqlite3

    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_killed_ingest_leaves_consistent_db_and_rerun_completes(tmp_path: Path):
    corpus, db = tmp_path / "corpus", tmp_path / "kill.db"
    _write_corpus(corpus, 400)
    env = {**os.environ, "RASAD_DB": str(db), "RASAD_BATCH_SIZE": "10"}
    cmd = [sys.executable, "-m", "rasad.cli", "ingest", "--quiet", str(corpus)]
    proc = subprocess.Popen(cmd, env=env)
    # Generous: on a busy machine loading the embedding model alone can take minutes.
    deadline = time.monotonic() + 900
    while time.monotonic() < deadline and proc.poll() is None and _stored(db) < 20:
        time.sleep(0.02)
    assert proc.poll() is None, "ingest finished before it could be killed"
    assert _stored(db) >= 20, "no 20 documents stored before the deadline"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    store = SQLiteStore(db)
    assert store.integrity_ok()
    partial = store.count()
    assert 20 <= partial < 400
    assert partial % 10 == 0  # whole batches only
    store.close()

    subprocess.run(cmd, env=env, check=True)
    store = SQLiteStore(db)
    assert store.count() == 400
    assert sorted(d.id for d in store.iter_documents()) == [f"doc{i:04d}" for i in range(400)]
