"""The `stories` table: one summary row per story, kept in step with its documents.

The story list reads this table — one indexed query with limit/offset and filters — instead
of rebuilding every story from every document. The ingest refreshes the rows of the stories
each batch touched (`refresh_story_summaries`) and, at its end, those of the stories
consolidation merged. Checking every row against its documents (`sync_story_summaries`, a
pass over the whole archive) is left to an ingest that follows a killed one, and to filling
the table of a database made before it existed: the first ingest or the first story list
after the upgrade runs it (`summaries_ready`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

import numpy as np

from rasad.model import Document
from rasad.store.base import Store, StoreError
from rasad.stories import central_title, coverage, events, members

READY = "story_summaries_ready"  # meta: "1" once every story has its row
GENERATION = "story_summaries_generation"  # meta: bumped by every refresh; rows carry theirs
WRITE_ROWS = 500


def month_counts(dates: Iterable[str | None]) -> dict[str, int]:
    """Documents per month (YYYY-MM) among ISO dates; dates known only to the year are left out."""
    return dict(sorted(Counter(d[:7] for d in dates if d and len(d) >= 7).items()))


def story_summary(
    story_id: str, docs: list[Document], vectors: dict[str, np.ndarray], generation: int
) -> dict[str, Any]:
    """The summary row of one story: what the story list shows, computed as the full story
    view computes it (`rasad.stories.build_story`)."""
    distinct = len(members(docs))
    return {
        "id": story_id,
        "title": central_title(docs, vectors),
        "size": len(docs),
        "articles": distinct,
        "copies": len(docs) - distinct,
        **coverage(docs),
        "events": len(events(docs)),
        "months": month_counts(d.published["value"] for d in docs if d.published),
        "generation": generation,
    }


def refresh_story_summaries(store: Store, story_ids: Iterable[str]) -> int:
    """Recompute the rows of these stories from their documents (a story left without
    documents loses its row); returns how many rows were written or removed."""
    story_ids = set(story_ids)
    if not story_ids:
        return 0
    generation = int(store.get_meta(GENERATION) or 0) + 1
    rows: list[dict[str, Any]] = []
    gone: list[str] = []
    changed = 0
    for story_id in sorted(story_ids):
        docs = store.story_documents(story_id)
        if not docs:
            gone.append(story_id)
            continue
        vectors = store.vectors_of(d.id for d in docs)
        rows.append(story_summary(story_id, docs, vectors, generation))
        if len(rows) == WRITE_ROWS:
            store.put_story_summaries(rows)
            changed, rows = changed + len(rows), []
    store.put_story_summaries(rows)
    store.delete_story_summaries(gone)
    store.set_meta(GENERATION, str(generation))
    return changed + len(rows) + len(gone)


def sync_story_summaries(store: Store) -> int:
    """Bring every row in step (missing, resized by a merge, or left empty) and mark the table
    complete; returns how many rows changed."""
    changed = refresh_story_summaries(store, store.stale_stories())
    store.set_meta(READY, "1")
    return changed


def summaries_ready(store: Store) -> bool:
    """Whether the story list can be read from the table: it is complete, or it could be
    completed now (False on a read-only database made before the table existed)."""
    if store.get_meta(READY) == "1":
        return True
    try:
        sync_story_summaries(store)
    except StoreError:
        return False
    return True
