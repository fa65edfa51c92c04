"""Dask ingest on a local cluster gives the same database as a local ingest."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from rasad.store import open_store

pytest.importorskip("dask.distributed")


def snapshot(db: str) -> list[tuple]:
    store = open_store(db)
    rows = [(d.id, d.content_hash, d.lang, d.title, d.text) for d in store.iter_documents()]
    store.close()
    return rows


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
    assert len(snapshot(dask)) == 5
