"""Dask ingest on a local cluster gives the same database as a local ingest."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from rasad.store.sqlite import SQLiteStore

pytest.importorskip("dask.distributed")


def snapshot(db: Path) -> list[tuple]:
    store = SQLiteStore(db)
    rows = [(d.id, d.content_hash, d.lang, d.title, d.text) for d in store.iter_documents()]
    store.close()
    return rows


def test_dask_ingest_matches_local_ingest(seeds_dir, tmp_path: Path):
    env = {**os.environ}
    local, dask = tmp_path / "local.db", tmp_path / "dask.db"
    base = [sys.executable, "-m", "rasad.cli"]
    subprocess.run([*base, "--db", str(local), "ingest", "-q", str(seeds_dir)], env=env, check=True)
    run = subprocess.run(
        [
            *base,
            "--db",
            str(dask),
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
    assert len(snapshot(dask)) == 5
