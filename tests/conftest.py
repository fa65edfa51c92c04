"""Shared fixtures: the bundled seed articles, the shared folder when present, fresh stores."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasad.config import Settings
from rasad.eval.shared import find_shared

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "examples" / "seeds"


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


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(db=str(tmp_path / "test.db"), batch_size=2)
