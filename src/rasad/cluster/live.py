"""Candidate search over the stories live around a document's date.

A news archive grows by covering more days at a roughly constant daily rate, and a story is
reported for days or weeks, then goes quiet. So the stories a new document can join are those
whose last day lies within `live_days` of the newest day seen (the sliding window): those sit
in one exact `CentroidTable`, whose size follows the daily rate, not the archive. Stories that
went quiet are expired from it into date buckets keyed by their last day; a late document,
dated before the window, also searches the buckets from its own date on, so an old story still
takes an article that arrives late. An expired story is also filed under its top entity names
(`expired_by_key`, the KEY_STORIES most recent per name), so a document dated long after a
story went quiet (one story told over years) still reaches it when they share a name: it
searches those stories beside the live ones, at most KEY_STORIES per name it carries. Undated
stories never expire; `nearest` offers an undated document the live table only, and ingest
(`rasad.services.assign.place_document`) adds the expired stories filed under its names
(`expired_named`) when they share names that say much. Same calls in the same order, same
answers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

import numpy as np

LIVE_DAYS = 30  # a story whose last document is older than this (to the newest day) expires
BUCKET_DAYS = 7  # expiry and late lookups work on weeks of last days
PREFILTER_ROWS = (
    256  # live stories beyond which a projection shortlists candidates (bench/cluster.py)
)
PROJECTED_DIM = 64
# Rows the projection shortlists for an exact score. A 64-d projection keeps a translation's
# cosine (about 0.5–0.65, below its same-language neighbours') only roughly, so at 64 some
# translations were never scored against each other among the whole archive (replay of an
# archive, bench/archive_replay.py: ntrex B³ recall 0.915 at 64, 0.931 at 128, precision
# 0.849 and 0.855); 128 costs one 128×384 product more per search.
SHORTLIST = 128
KEY_STORIES = 16  # expired stories kept per entity name for reach-back, the most recent


class LiveCentroids:
    """Story centroids split into a live table (searched always) and date buckets of expired
    stories (searched only for documents dated before the live window)."""

    def __init__(
        self,
        dim: int,
        live_days: int = LIVE_DAYS,
        names_of: Callable[[str], Iterable[str]] | None = None,
    ) -> None:
        self.dim = dim
        self.names_of = names_of  # a story's top entity names, asked when it expires
        self.live_days = live_days
        self.live = CentroidTable(dim)
        self.clock: int | None = None  # the newest last day seen, as a date ordinal
        self.bucket_of: dict[str, int | None] = {}  # story → bucket of its last day
        self.live_buckets: dict[int, set[str]] = {}
        self.archive: dict[int, dict[str, np.ndarray]] = {}  # bucket → {story: centroid}
        self.first_of: dict[str, int | None] = {}
        self.last_of: dict[str, int | None] = {}
        # entity name → {expired story: its last day}, the KEY_STORIES most recent
        self.expired_by_key: dict[str, dict[str, int]] = {}
        self.filed_under: dict[str, list[str]] = {}  # expired story → the names it is filed by

    def __len__(self) -> int:
        return len(self.bucket_of)

    def live_count(self) -> int:
        """Stories in the live table."""
        return len(self.live)

    def _live_from(self) -> int | None:
        """The first bucket still live (every bucket before it has expired)."""
        if self.clock is None:
            return None
        return (self.clock - self.live_days) // BUCKET_DAYS

    def put(
        self, story_id: str, centroid: np.ndarray, first: date | None, last: date | None
    ) -> None:
        """Add or rewrite a story's centroid, filed by its last day."""
        self.remove(story_id)
        bucket = last.toordinal() // BUCKET_DAYS if last else None
        self.bucket_of[story_id] = bucket
        self.first_of[story_id] = first.toordinal() if first else None
        self.last_of[story_id] = last.toordinal() if last else None
        if last is not None and (self.clock is None or last.toordinal() > self.clock):
            self.clock = last.toordinal()
            self._expire()
        live_from = self._live_from()
        if bucket is None or live_from is None or bucket >= live_from:
            self.live.put(story_id, centroid)
            if bucket is not None:
                self.live_buckets.setdefault(bucket, set()).add(story_id)
        else:
            self.archive.setdefault(bucket, {})[story_id] = centroid
            self._file(story_id)

    def _file(self, story_id: str) -> None:
        """File an expired story under its top entity names (each name keeps its most recent
        KEY_STORIES stories, by last day then id)."""
        last = self.last_of[story_id]
        if self.names_of is None or last is None:
            return
        names = sorted(set(self.names_of(story_id)))
        self.filed_under[story_id] = names
        for name in names:
            stories = self.expired_by_key.setdefault(name, {})
            stories[story_id] = last
            if len(stories) > KEY_STORIES:
                oldest = min(stories, key=lambda s: (stories[s], s))
                del stories[oldest]
                if oldest in self.filed_under:
                    self.filed_under[oldest].remove(name)

    def _unfile(self, story_id: str) -> None:
        for name in self.filed_under.pop(story_id, []):
            stories = self.expired_by_key.get(name)
            if stories is not None and stories.pop(story_id, None) is not None and not stories:
                del self.expired_by_key[name]

    def remove(self, story_id: str) -> None:
        """Forget a story (merged into another, or about to be re-filed)."""
        if story_id not in self.bucket_of:
            return
        bucket = self.bucket_of.pop(story_id)
        self.first_of.pop(story_id)
        self.last_of.pop(story_id)
        archived = self.archive.get(bucket) if bucket is not None else None
        if archived is not None and story_id in archived:
            del archived[story_id]
            self._unfile(story_id)
            if not archived:
                del self.archive[bucket]
            return
        self.live.remove(story_id)
        if bucket is not None:
            self.live_buckets[bucket].discard(story_id)
            if not self.live_buckets[bucket]:
                del self.live_buckets[bucket]

    def _expire(self) -> None:
        """Move the stories of buckets that left the window from the live table to the archive."""
        live_from = self._live_from()
        for bucket in sorted(b for b in self.live_buckets if b < live_from):
            stories = self.live_buckets.pop(bucket)
            archived = self.archive.setdefault(bucket, {})
            for story_id in sorted(stories):
                archived[story_id] = self.live.rows[self.live.row_of[story_id]].copy()
                self.live.remove(story_id)
                self._file(story_id)

    def expired_named(self, names: Iterable[str]) -> list[str]:
        """The expired stories filed under any of these entity names, in id order (where an
        undated document, whose day cannot pick date buckets, may reach beyond the live table)."""
        found: set[str] = set()
        for name in set(names):
            found.update(self.expired_by_key.get(name, ()))
        return sorted(found)

    def nearest(
        self, vector: np.ndarray, k: int, day: date | None = None, names: Iterable[str] = ()
    ) -> list[str]:
        """Ids of the k stories nearest the vector among those a document of this day can
        join: the live ones; for a day before the window, the expired ones since then; and for
        a dated document, the expired stories filed under one of its entity `names`."""
        found = self.live.nearest(vector, k)
        live_from = self._live_from()
        if day is None or live_from is None or not self.archive:
            return found
        late: dict[str, np.ndarray] = {}
        start = (day.toordinal() - self.live_days) // BUCKET_DAYS
        if start < live_from:
            latest = day.toordinal() + self.live_days
            for bucket in sorted(b for b in self.archive if b >= start):
                for story_id, centroid in self.archive[bucket].items():
                    if (self.first_of[story_id] or 0) <= latest:
                        late[story_id] = centroid
        for name in sorted(set(names)):
            for story_id in sorted(self.expired_by_key.get(name, ())):
                if story_id not in late:
                    late[story_id] = self.archive[self.bucket_of[story_id]][story_id]
        if not late:
            return found
        vector = vector.astype(np.float32, copy=False)
        ids = found + list(late)
        rows = [self.live.rows[self.live.row_of[i]] for i in found] + list(late.values())
        scores = np.stack(rows) @ vector
        order = np.lexsort((np.arange(len(ids)), -scores))[:k]
        return [ids[int(i)] for i in order]


class CentroidTable:
    """Story centroids as rows of one float32 matrix, searched exactly by a matrix product.

    A row is rewritten on every join, so search sees live centroids. Past PREFILTER_ROWS
    stories, a fixed random projection to PROJECTED_DIM dimensions shortlists SHORTLIST rows
    first and only those are scored in full, which keeps the cost per search nearly flat
    (an HNSW graph over 384-d centroids was slower than this below ~10k stories, and its
    rewritten entries piled up as tombstones)."""

    def __init__(self, dim: int) -> None:
        rng = np.random.default_rng(0)
        self.projection = (rng.normal(size=(dim, PROJECTED_DIM)) / PROJECTED_DIM**0.5).astype(
            np.float32
        )
        self.rows = np.zeros((64, dim), dtype=np.float32)
        self.projected = np.zeros((64, PROJECTED_DIM), dtype=np.float32)
        self.ids: list[str] = []
        self.row_of: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self.ids)

    def __contains__(self, story_id: object) -> bool:
        return story_id in self.row_of

    def put(self, story_id: str, centroid: np.ndarray) -> None:
        """Add or overwrite a story's row."""
        row = self.row_of.get(story_id)
        if row is None:
            row = self.row_of[story_id] = len(self.ids)
            self.ids.append(story_id)
            if row == len(self.rows):
                self.rows = np.concatenate([self.rows, np.zeros_like(self.rows)])
                self.projected = np.concatenate([self.projected, np.zeros_like(self.projected)])
        self.rows[row] = centroid
        self.projected[row] = centroid @ self.projection

    def remove(self, story_id: str) -> None:
        """Drop a story's row (the last row moves into its place)."""
        row, last = self.row_of.pop(story_id), len(self.ids) - 1
        if row != last:
            self.rows[row], self.projected[row] = self.rows[last], self.projected[last]
            self.ids[row] = self.ids[last]
            self.row_of[self.ids[row]] = row
        self.ids.pop()

    def nearest(self, vector: np.ndarray, k: int) -> list[str]:
        """Ids of the k rows with the highest cosine to the vector, highest first."""
        n = len(self.ids)
        if n == 0:
            return []
        vector = vector.astype(np.float32, copy=False)
        if n > PREFILTER_ROWS:
            rough = self.projected[:n] @ (vector @ self.projection)
            rows = np.sort(np.argpartition(-rough, SHORTLIST)[:SHORTLIST])
            scores = self.rows[rows] @ vector
        else:
            rows, scores = np.arange(n), self.rows[:n] @ vector
        if len(scores) > k:
            best = np.argpartition(-scores, k)[:k]
            top = best[np.lexsort((best, -scores[best]))]
        else:
            top = np.lexsort((np.arange(len(scores)), -scores))
        return [self.ids[int(rows[i])] for i in top]
