"""The `stories` table: one summary row per story, kept in step with its documents.

The story list reads this table — one indexed query with limit/offset and filters — instead
of rebuilding every story from every document. The ingest refreshes the rows of the stories
each batch touched (`refresh_story_summaries`) and, at its end, those of the stories
consolidation merged and the views of large stories left for the end. Checking every row
against its documents (`sync_story_summaries`, a pass over the whole archive) is left to an
ingest that follows a killed one, and to filling the table of a database made before it
existed: the first ingest or the first story list after the upgrade runs it
(`summaries_ready`).

With each row the refresh writes the story's built views (`story_views`): its page, and its
events, claims, contradictions and promises as rows the lists across stories page and filter
in SQL, so neither a story page nor those lists builds stories when asked. A database made
before them gets them at its next ingest (`VIEWS_READY`); until then the API builds.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np

from rasad.analysis.pages import (
    STORY_PAGE_ITEMS,
    STORY_PARTS,
    Corpus,
    evidence_docs,
    story_detail_of,
    story_summary,
)
from rasad.analysis.search import SearchFilter
from rasad.model import Document
from rasad.services.entity_links import link_stored_documents
from rasad.store import Store, StoreError

READY = "story_summaries_ready"  # meta: "1" once every story has its row
GENERATION = "story_summaries_generation"  # meta: bumped by every refresh; rows carry theirs
VIEWS_READY = "story_views_ready"  # meta: "1" once every story has its stored views
# meta: "1" once no stored page of a story larger than a page's lists is whole (stored before
# pages were bounded: correct, as the API bounds it when read, but megabytes to read)
VIEWS_BOUNDED = "story_views_bounded"
WRITE_ROWS = 500
BATCH_VIEWS_UP_TO = 200  # larger stories get their views at the ingest's end, not per batch
WRITE_VIEWS = 50  # stories whose views are written per transaction (a page can be large)


def story_views(
    store: Store,
    story_id: str,
    docs: list[Document],
    vectors: dict[str, np.ndarray],
    generation: int,
) -> dict[str, Any]:
    """A story's stored views: its page (`views.story_detail`) and, per part, each item with
    the documents it cites, built as the API builds them from the story's documents, with
    quote speakers linked across the whole database (as building every story links them).
    Call after `story_summary`: the build links the documents' entity mentions in place."""
    corpus = Corpus.build(docs, vectors)
    # speakers linked across the whole database (stored just before), not within the story
    linked = store.quote_speakers([d.id for d in docs])
    for doc in docs:
        for position, quote in enumerate(doc.quotes):
            quote["speaker"] = linked.get((doc.id, position), quote["speaker"])
    story = corpus.story(story_id)
    items = [
        (part, position, len(docs), item.get("status"), {**item, "story": story_id}, cited)
        for part, cites in STORY_PARTS.items()
        for position, item in enumerate(story.get(part, []))
        for cited in [[_cited(corpus.by_id[i]) for i in sorted(cites(item)) if i in corpus.by_id]]
    ]
    # the whole timeline beside the page, which keeps its first entries (`bounded_story_page`)
    items += [
        ("timeline", position, len(docs), None, entry, [_cited(corpus.by_id[i]) for i in cited])
        for position, entry in enumerate(story["timeline"])
        for cited in [sorted(i for i in evidence_docs(entry) if i in corpus.by_id)]
    ]
    detail = story_detail_of(story, corpus)
    return {"id": story_id, "generation": generation, "detail": detail, "items": items}


def _cited(doc: Document) -> tuple[str, str | None, str | None, str | None]:
    return doc.id, doc.lang, doc.outlet, (doc.published or {}).get("value")


def refresh_story_summaries(
    store: Store, story_ids: Iterable[str], views_up_to: int | None = BATCH_VIEWS_UP_TO
) -> int:
    """Recompute the rows and stored views of these stories from their documents (a story
    left without documents loses both), after linking the entities of documents stored since
    the last call; returns how many rows were written or removed. The views of a story of
    more than `views_up_to` documents are left for the ingest's end (`sync_story_summaries`):
    building a large story is what a batch would spend most on, and until then its page is
    built when asked (its stored one is older than its row) and the lists show its items as
    they were."""
    link_stored_documents(store)  # the batch's entities, before views that may name them
    story_ids = set(story_ids)
    if not story_ids:
        return 0
    generation = int(store.get_meta(GENERATION) or 0) + 1
    rows: list[dict[str, Any]] = []
    built: list[dict[str, Any]] = []
    gone: list[str] = []
    changed = 0
    for story_id in sorted(story_ids):
        docs = store.story_documents(story_id)
        if not docs:
            gone.append(story_id)
            continue
        vectors = store.vectors_of(d.id for d in docs)
        rows.append(story_summary(story_id, docs, vectors, generation))
        if views_up_to is None or len(docs) <= views_up_to:
            built.append(story_views(store, story_id, docs, vectors, generation))
        if len(built) == WRITE_VIEWS:  # views before rows: a row never names views not written
            store.put_story_views(built)
            built = []
        if len(rows) == WRITE_ROWS:
            store.put_story_views(built)
            store.put_story_summaries(rows)
            changed, rows, built = changed + len(rows), [], []
    store.put_story_views(built)
    store.put_story_summaries(rows)
    store.delete_story_views(gone)
    store.delete_story_summaries(gone)
    store.set_meta(GENERATION, str(generation))
    return changed + len(rows) + len(gone)


def sync_story_summaries(store: Store) -> int:
    """Bring every row in step (missing, resized by a merge, or left empty), build the views
    left for later (`views_up_to`) and mark the table complete; returns how many rows
    changed."""
    stale = store.stale_stories() | views_left(store)
    if store.get_meta(VIEWS_READY) != "1":  # a database made before the stored views
        stale |= {row["id"] for row in store.story_summaries(SearchFilter(), 10**9, 0)[1]}
    changed = refresh_story_summaries(store, stale, views_up_to=None)
    store.set_meta(READY, "1")
    store.set_meta(VIEWS_READY, "1")
    store.set_meta(VIEWS_BOUNDED, "1")
    return changed


def views_left(store: Store) -> set[str]:
    """Stories whose stored views the ingest's end builds: missing or older than their row
    (the large stories each batch leaves), and, once, the stories larger than a page's lists
    whose page was stored whole (before pages were bounded)."""
    left = store.stale_story_views()
    if store.get_meta(VIEWS_BOUNDED) != "1":
        left |= {r["id"] for r in _stories_larger_than(store, STORY_PAGE_ITEMS)}
    return left


def _stories_larger_than(store: Store, size: int) -> list[dict[str, Any]]:
    """Summary rows of the stories of more than `size` documents (largest first)."""
    rows: list[dict[str, Any]] = []
    while True:
        page = store.story_summaries(SearchFilter(), WRITE_ROWS, len(rows))[1]
        rows += [r for r in page if r["size"] > size]
        if len(page) < WRITE_ROWS or page[-1]["size"] <= size:
            return rows


def summaries_complete(store: Store) -> bool:
    """Whether every story has its summary row and stored views, bounded (else the ingest's
    end syncs)."""
    return (
        store.get_meta(READY) == "1" and views_ready(store) and store.get_meta(VIEWS_BOUNDED) == "1"
    )


def views_ready(store: Store) -> bool:
    """Whether every story's views are stored (else the API builds what it shows)."""
    return store.get_meta(VIEWS_READY) == "1"


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
