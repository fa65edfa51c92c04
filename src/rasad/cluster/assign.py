"""Story assignment during ingest: the index is rebuilt from the store, then grows."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import numpy as np

from rasad.cluster.embed import centered
from rasad.cluster.index import StoryIndex, fact_keys, language_key
from rasad.model import Document
from rasad.store.base import Store


def doc_day(doc: Document) -> date | None:
    """The day a document was published, when known to the day or month (a year-wide guess
    would push stories apart for no reason)."""
    if not doc.published or doc.published["precision"] == "year":
        return None
    value = doc.published["value"]
    return date.fromisoformat(value if len(value) == 10 else doc.published["window"][0])


def doc_keys(doc: Document) -> set[str]:
    """What a story compares besides the vector: entity, number, date and language keys."""
    entities = {m["entity"] for m in doc.entities}
    return entities | fact_keys(doc.numbers, doc.dates) | {language_key(doc.lang)}


class StoryAssigner:
    """Gives each new document a story and an event; copies join their original's story."""

    def __init__(self, index: StoryIndex) -> None:
        self.index = index
        self.placed: dict[str, tuple[str, str]] = {}

    @classmethod
    def load(cls, store: Store) -> StoryAssigner:
        assigner = cls(StoryIndex())
        vectors = dict(store.iter_vectors())
        for doc in store.iter_documents():
            if doc.story:
                assigner.placed[doc.id] = (doc.story, doc.extra.get("event") or "")
                if doc.id in vectors:
                    assigner.index.restore(
                        doc.id,
                        centered(vectors[doc.id], doc.lang),
                        doc_day(doc),
                        doc_keys(doc),
                        doc.story,
                        doc.extra.get("event"),
                    )
        return assigner

    def needing_vectors(self, docs: Iterable[Document]) -> list[Document]:
        """The accepted documents `assign` would place by their vector: all but the copies
        whose original already has (or, earlier in `docs`, will have) a story."""
        placed = set(self.placed)
        needed = []
        for doc in docs:
            if doc.rejected:
                continue
            if not (doc.duplicate_of and doc.duplicate_of in placed):
                needed.append(doc)
            placed.add(doc.id)
        return needed

    def assign(self, docs: Iterable[Document]) -> list[tuple[str, np.ndarray]]:
        """Set story and event on each accepted document; return (id, vector) pairs to store."""
        vectors = []
        for doc in docs:
            vector = doc.extra.pop("vector", None)
            if doc.rejected:
                continue
            if doc.duplicate_of and doc.duplicate_of in self.placed:
                doc.story, doc.extra["event"] = self.placed[doc.duplicate_of]
                doc.extra["why"] = [f"near-duplicate of {doc.duplicate_of}"]
            elif vector is not None:
                v = np.asarray(vector, dtype=np.float32)
                vectors.append((doc.id, v))
                a = self.index.add(doc.id, centered(v, doc.lang), doc_day(doc), doc_keys(doc))
                doc.story, doc.extra["event"], doc.extra["why"] = a.story, a.event, a.why
            if doc.story:
                self.placed[doc.id] = (doc.story, doc.extra["event"])
        return vectors

    def consolidate(self, store: Store) -> int:
        """Merge stories that grew close; rewrite the moved documents. Returns how many moved."""
        merged = self.index.consolidate()
        if not merged:
            return 0
        moved = []
        for doc in store.iter_documents():
            if doc.story in merged:
                doc.story = merged[doc.story]
                doc.extra["why"] = [*doc.extra.get("why", []), f"story merged into {doc.story}"]
                moved.append(doc)
        event_of = {
            m: e.id for s in self.index.stories.values() for e in s.events for m in e.members
        }
        for doc in moved:
            # a copy is not in the index: it follows its original into the merged event
            member = doc.id if doc.id in event_of else doc.duplicate_of
            doc.extra["event"] = event_of.get(member or "", doc.extra.get("event"))
        store.update_documents(moved)
        return len(moved)
