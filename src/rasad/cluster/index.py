"""The online story index: each new document joins its best story or starts one.

Stories are found by an approximate nearest-neighbour search (usearch HNSW) over story
centroids, so adding a document costs O(log n) in the number of stories. A candidate's score
is the cosine of the document's language-centred vector to the story centroid, plus a bonus
for shared entities and a penalty for time distance. Inside a story, documents that are close
in content and date form events. Same input order, same stories.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import numpy as np

CANDIDATES = 8
ENTITY_WEIGHT = 0.15  # per shared-entity Jaccard unit
TIME_SCALE_DAYS = 365.0
TIME_WEIGHT = 0.1  # per year beyond the window
EVENT_DAYS = 3
TOP_KEYS = 12


@dataclass
class Event:
    id: str
    vector_sum: np.ndarray
    members: list[str] = field(default_factory=list)
    dates: list[date] = field(default_factory=list)

    def centroid(self) -> np.ndarray:
        return _unit(self.vector_sum)


@dataclass
class Story:
    id: str
    vector_sum: np.ndarray
    members: list[str] = field(default_factory=list)
    keys: Counter[str] = field(default_factory=Counter)
    first: date | None = None
    last: date | None = None
    events: list[Event] = field(default_factory=list)
    indexed_size: int = 0  # members when the ANN entry was last written

    def centroid(self) -> np.ndarray:
        return _unit(self.vector_sum)

    def top_keys(self) -> set[str]:
        return {k for k, _ in self.keys.most_common(TOP_KEYS)}


@dataclass(frozen=True)
class Assignment:
    story: str
    event: str
    score: float
    why: list[str]


def _unit(v: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(v))
    return v / norm if norm else v


def key_overlap(keys: set[str], story_keys: set[str]) -> float:
    """Jaccard overlap of a document's entity keys with a story's most frequent ones."""
    if not keys or not story_keys:
        return 0.0
    return len(keys & story_keys) / len(keys | story_keys)


def years_apart(day: date | None, story: Story, window_days: int) -> float:
    """How far (in years beyond the window) a day lies outside a story's date span."""
    if day is None or story.first is None or story.last is None:
        return 0.0
    gap = max((story.first - day).days, (day - story.last).days, 0)
    return max(gap - window_days, 0) / TIME_SCALE_DAYS


class StoryIndex:
    """Stories and their events, with an ANN index over story centroids."""

    def __init__(
        self,
        dim: int = 384,
        story_threshold: float = 0.45,
        event_threshold: float = 0.75,
        window_days: int = 365,
    ) -> None:
        from usearch.index import Index

        self.dim = dim
        self.story_threshold = story_threshold
        self.event_threshold = event_threshold
        self.window_days = window_days
        self.stories: dict[str, Story] = {}
        self.ann = Index(ndim=dim, metric="cos", dtype="f32")
        self.ids: dict[int, str] = {}
        self.keys: dict[str, int] = {}

    def new_id(self) -> str:
        """The next free story id (s1, s2, …)."""
        n = len(self.stories) + 1
        while f"s{n}" in self.stories:
            n += 1
        return f"s{n}"

    def _index(self, story: Story) -> None:
        """Write the story's centroid to the ANN index when it is new or has doubled in size
        since: candidates only need an approximate centroid (scores use the live one), and
        rewriting on every join would fill the graph with removed entries."""
        if story.indexed_size and len(story.members) < 2 * story.indexed_size:
            return
        story.indexed_size = len(story.members)
        key = self.keys.setdefault(story.id, len(self.keys))
        if key in self.ann:
            self.ann.remove(key)
        self.ann.add(key, story.centroid().astype(np.float32))
        self.ids[key] = story.id

    def candidates(self, vector: np.ndarray) -> list[Story]:
        """Stories whose centroids are nearest to the vector, nearest first (ties by id)."""
        if len(self.ann) == 0:
            return []
        found = self.ann.search(
            vector.astype(np.float32),
            min(CANDIDATES, len(self.ann)),
            exact=len(self.ann) < 512,
            threads=1,
        )
        return [self.stories[self.ids[int(k)]] for k in found.keys]

    def score(
        self, vector: np.ndarray, keys: set[str], day: date | None, story: Story
    ) -> tuple[float, list[str]]:
        cosine = float(vector @ story.centroid())
        overlap = key_overlap(keys, story.top_keys())
        apart = years_apart(day, story, self.window_days)
        shared = sorted(keys & story.top_keys())
        why = [f"embedding similarity {cosine:.2f}"]
        if shared:
            why.append(f"shared entities: {', '.join(shared[:6])}")
        if apart:
            why.append(f"{apart:.1f} years outside the story's span")
        return cosine + ENTITY_WEIGHT * overlap - TIME_WEIGHT * apart, why

    def add(self, doc_id: str, vector: np.ndarray, day: date | None, keys: set[str]) -> Assignment:
        """Put a document in its best story (or a new one) and in an event inside it."""
        best, best_score, best_why = (
            None,
            self.story_threshold,
            ["no story close enough: new story"],
        )
        for story in self.candidates(vector):
            score, why = self.score(vector, keys, day, story)
            if score > best_score or (score == best_score and best and story.id < best.id):
                best, best_score, best_why = story, score, why
        if best is None:
            best = Story(self.new_id(), np.zeros(self.dim, dtype=np.float32))
            self.stories[best.id] = best
            best_score = 1.0
        event = self.join(best, doc_id, vector, day, keys)
        return Assignment(best.id, event.id, round(best_score, 4), best_why)

    def restore(
        self,
        doc_id: str,
        vector: np.ndarray,
        day: date | None,
        keys: set[str],
        story_id: str,
        event_id: str | None,
    ) -> None:
        """Re-add a stored document to the story and event it was assigned before."""
        story = self.stories.get(story_id)
        if story is None:
            story = self.stories[story_id] = Story(story_id, np.zeros(self.dim, dtype=np.float32))
        self.join(story, doc_id, vector, day, keys, event_id)

    def join(
        self,
        story: Story,
        doc_id: str,
        vector: np.ndarray,
        day: date | None,
        keys: set[str],
        event_id: str | None = None,
    ) -> Event:
        story.vector_sum = story.vector_sum + vector
        story.members.append(doc_id)
        story.keys.update(keys)
        if day:
            story.first = min(story.first or day, day)
            story.last = max(story.last or day, day)
        if event_id:
            event = next((e for e in story.events if e.id == event_id), None)
        else:
            event = self.best_event(story, vector, day)
        if event is None:
            event = Event(
                event_id or f"{story.id}.e{len(story.events) + 1}",
                np.zeros(self.dim, dtype=np.float32),
            )
            story.events.append(event)
        event.vector_sum = event.vector_sum + vector
        event.members.append(doc_id)
        if day:
            event.dates.append(day)
        self._index(story)
        return event

    def best_event(self, story: Story, vector: np.ndarray, day: date | None) -> Event | None:
        """The event of the story this document reports, if any: close in content and date."""
        best, best_score = None, self.event_threshold
        for event in story.events:
            if day and event.dates and min(abs((day - d).days) for d in event.dates) > EVENT_DAYS:
                continue
            score = float(vector @ event.centroid())
            if score > best_score:
                best, best_score = event, score
        return best

    def consolidate(self) -> dict[str, str]:
        """Merge stories that became close as they grew; returns {merged story: kept story}.

        Smaller stories are visited first and merged into their best partner when the pair
        scores over the threshold; the kept story is the older one (lower number)."""
        merged: dict[str, str] = {}
        order = sorted(self.stories.values(), key=lambda s: (len(s.members), _number(s.id)))
        for story in order:
            if story.id in merged or story.id not in self.stories:
                continue
            best, best_score = None, self.story_threshold
            for other in self.candidates(story.centroid()):
                if other.id == story.id:
                    continue
                score, _ = self.score(story.centroid(), story.top_keys(), story.first, other)
                if score > best_score:
                    best, best_score = other, score
            if best is not None:
                keep, gone = sorted((story, best), key=lambda s: _number(s.id))
                self._merge(keep, gone)
                merged[gone.id] = keep.id
        return {gone: _final(merged, kept) for gone, kept in merged.items()}

    def _merge(self, keep: Story, gone: Story) -> None:
        keep.vector_sum = keep.vector_sum + gone.vector_sum
        keep.members += gone.members
        keep.keys.update(gone.keys)
        days = [d for d in (keep.first, keep.last, gone.first, gone.last) if d]
        keep.first, keep.last = (min(days), max(days)) if days else (None, None)
        for event in gone.events:
            event.id = f"{keep.id}.e{len(keep.events) + 1}"
            keep.events.append(event)
        self.ann.remove(self.keys[gone.id])
        del self.stories[gone.id]
        keep.indexed_size = 0  # its centroid moved: write it now
        self._index(keep)


def _number(story_id: str) -> int:
    return int(story_id.lstrip("s"))


def _final(merged: dict[str, str], story: str) -> str:
    while story in merged:
        story = merged[story]
    return story
