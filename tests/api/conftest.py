"""A seed database built once; tests that write get their own copy of it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from rasad.config import Settings
from rasad.services.ingest import ingest_paths
from rasad.store.sqlite import SQLiteStore


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory, seeds_dir) -> Path:
    path = tmp_path_factory.mktemp("seed-db") / "seeds.db"
    store = SQLiteStore(path)
    ingest_paths([seeds_dir], store, Settings(db=str(path)))
    store.close()
    return path


@pytest.fixture
def fresh_db(seed_db, tmp_path) -> Settings:
    """A writable copy of the seed database."""
    path = tmp_path / "copy.db"
    shutil.copy(seed_db, path)
    return Settings(db=str(path))
