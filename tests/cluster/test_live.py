"""Candidate search over live stories: expiry out of the window, late articles, same answers."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from rasad.cluster.index import StoryIndex
from rasad.cluster.live import LIVE_DAYS, LiveCentroids


def unit(x: np.ndarray) -> np.ndarray:
    return (x / np.linalg.norm(x, axis=-1, keepdims=True)).astype(np.float32)


def dated_stream(stories: int = 40, per_story: int = 6, seed: int = 3):
    """Stories reported a few days each, one starting every 5 days, in date order."""
    rng = np.random.default_rng(seed)
    centres = unit(rng.normal(size=(stories, 384)))
    docs = []
    for s in range(stories):
        for j in range(per_story):
            day = date(2021, 1, 1) + timedelta(days=5 * s + j % 3)
            v = unit(centres[s] + rng.normal(scale=0.03, size=384))
            docs.append((day, f"d{s}.{j}", v, {f"k{s}"}, s))
    docs.sort(key=lambda d: (d[0], d[1]))
    return docs, centres


def test_quiet_stories_expire_from_the_live_table():
    docs, _ = dated_stream()
    index = StoryIndex()
    for day, doc_id, v, keys, _ in docs:
        index.add(doc_id, v, day, keys)
    assert len(index.stories) == 40
    # 30 days (and up to a week of bucket) of stories, one starting every 5 days
    assert 5 <= index.table.live_count() <= (LIVE_DAYS + 7) // 5 + 2


def test_a_late_article_joins_its_old_story():
    docs, centres = dated_stream()
    index = StoryIndex()
    placed = {}
    for day, doc_id, v, keys, s in docs:
        placed[s] = index.add(doc_id, v, day, keys).story
    first_story = placed[0]
    assert first_story not in index.table.live  # long expired
    rng = np.random.default_rng(9)
    late = unit(centres[0] + rng.normal(scale=0.03, size=384))
    assignment = index.add("late", late, date(2021, 1, 2), {"k0"})
    assert assignment.story == first_story
    # an undated copy of the same text searches the live stories only: a new story
    assert index.add("undated", late, None, {"k0"}).story not in placed.values()


def test_same_order_same_stories_across_the_window():
    docs, _ = dated_stream(seed=5)

    def run() -> list[str]:
        index = StoryIndex()
        return [index.add(doc_id, v, day, keys).story for day, doc_id, v, keys, _ in docs]

    first = run()
    assert first == run()
    assert len(set(first)) == 40


def test_expired_and_live_searches_agree_with_all_live():
    """For documents in date order, the live window finds the same stories as searching them
    all whenever the best story is live (here: every story is reported within a week)."""
    docs, _ = dated_stream(seed=6)
    windowed, everything = StoryIndex(), StoryIndex(live_days=100_000)
    for day, doc_id, v, keys, _ in docs:
        a = windowed.add(doc_id, v, day, keys)
        b = everything.add(doc_id, v, day, keys)
        assert a.story == b.story


def test_remove_and_refile():
    table = LiveCentroids(4, live_days=10)
    eye = np.eye(4, dtype=np.float32)
    table.put("s1", eye[0], date(2020, 1, 1), date(2020, 1, 1))
    table.put("s2", eye[1], date(2020, 6, 1), date(2020, 6, 1))
    assert "s1" not in table.live and "s2" in table.live
    table.put("s1", eye[0], date(2020, 1, 1), date(2020, 6, 2))  # a new article revives it
    assert "s1" in table.live
    table.remove("s2")
    assert len(table) == 1
    assert table.nearest(eye[1], 3, date(2020, 6, 2)) == ["s1"]
