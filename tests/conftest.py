"""Shared fixtures: the bundled seed articles, the shared folder when present, fresh stores.

`store_url` (and `module_store_url`, one per test module) runs a test once per backend: a
SQLite file in a temporary directory, and a fresh database in a throwaway PostgreSQL cluster
started once per session (skipped with the reason when PostgreSQL is not installed).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from rasad.config import Settings
from rasad.eval.shared import find_shared
from tests.support.pgcluster import ClusterUnavailable, PostgresCluster

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "examples" / "seeds"
BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_text():
    def read(prefix: str) -> str:
        (path,) = SEEDS.glob(f"{prefix}_*.txt")
        return path.read_text(encoding="utf-8")

    return read


@pytest.fixture(scope="session")
def shared() -> Path:
    root = find_shared()
    if root is None:
        pytest.skip("../shared not present")
    return root


def pytest_configure(config: pytest.Config) -> None:
    """Settings loaded in tests (CLI, API) are strict: a stage's error fails the test instead
    of rejecting the document it met."""
    os.environ["RASAD_STRICT"] = "1"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(db=str(tmp_path / "test.db"), batch_size=2, strict=True)


@pytest.fixture(scope="session")
def pg_cluster():
    """A throwaway PostgreSQL cluster for the whole session, stopped at its end."""
    pytest.importorskip("psycopg", reason="psycopg not installed (pip install 'rasad[postgres]')")
    try:
        cluster = PostgresCluster().start()
    except ClusterUnavailable as exc:
        pytest.skip(f"PostgreSQL unavailable: {exc}")
    yield cluster
    cluster.stop()


def _new_store_url(request: pytest.FixtureRequest, folder: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(folder / "test.db")
        return
    cluster = request.getfixturevalue("pg_cluster")
    url = cluster.create_database()
    yield url
    cluster.drop_database(url)


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database for `open_store`, once per backend."""
    yield from _new_store_url(request, tmp_path)


@pytest.fixture(scope="module", params=BACKENDS)
def module_store_url(request: pytest.FixtureRequest, tmp_path_factory) -> Iterator[str]:
    """An empty database shared by one test module, once per backend."""
    yield from _new_store_url(request, tmp_path_factory.mktemp("store"))
