"""The story index's centroid table: exact nearest rows, removal, and the projected shortlist."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from rasad.cluster import live
from rasad.cluster.index import StoryIndex
from rasad.cluster.live import CentroidTable


def unit(x: np.ndarray) -> np.ndarray:
    return (x / np.linalg.norm(x, axis=-1, keepdims=True)).astype(np.float32)


def brute_force(rows: np.ndarray, vector: np.ndarray, k: int) -> list[str]:
    return [f"s{i}" for i in np.argsort(-(rows @ vector), kind="stable")[:k]]


@pytest.mark.parametrize("n", [3, 300])
def test_nearest_is_exact(n: int):
    rng = np.random.default_rng(1)
    rows = unit(rng.normal(size=(n, 32)))
    table = CentroidTable(32)
    for i, row in enumerate(rows):
        table.put(f"s{i}", row)
    query = unit(rows[1] + rng.normal(scale=0.1, size=32))
    assert table.nearest(query, 8) == brute_force(rows, query, 8)


def test_remove_moves_the_last_row():
    table = CentroidTable(4)
    for i, row in enumerate(np.eye(4, dtype=np.float32)):
        table.put(f"s{i}", row)
    table.remove("s1")
    assert len(table) == 3
    assert table.nearest(np.eye(4, dtype=np.float32)[3], 1) == ["s3"]
    assert "s1" not in table.nearest(np.eye(4, dtype=np.float32)[1], 3)


def test_shortlist_finds_the_true_best(monkeypatch):
    monkeypatch.setattr(live, "PREFILTER_ROWS", 100)
    rng = np.random.default_rng(2)
    rows = unit(rng.normal(size=(2000, 384)))
    table = CentroidTable(384)
    for i, row in enumerate(rows):
        table.put(f"s{i}", row)
    for i in range(0, 2000, 97):
        query = unit(rows[i] + rng.normal(scale=0.03, size=384))
        assert table.nearest(query, 1) == [f"s{i}"]


def test_same_order_same_stories():
    rng = np.random.default_rng(3)
    centres = unit(rng.normal(size=(20, 384)))
    stream = [
        (f"d{i}", unit(centres[i % 20] + rng.normal(scale=0.03, size=384))) for i in range(200)
    ]

    def run() -> list[str]:
        index = StoryIndex()
        return [index.add(d, v, date(2020, 1, 1), set()).story for d, v in stream]

    first = run()
    assert first == run()
    assert len(set(first)) == 20
