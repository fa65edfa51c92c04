"""Materialized views: what the ingest writes beside the documents so that every read is a
query, never a rebuild.

- Story summaries (the `stories` table, one row per story) and story views (`story_views`:
  the bounded page, and the events, claims, contradictions, promises and timeline entries as
  rows the lists across stories page and filter in SQL). The ingest refreshes those of the
  stories each batch touched (`refresh_story_summaries`); at its end, those of the stories
  consolidation merged and the views of the large stories left for the end (`views_left`).
- Entity links (`rasad.services.entity_links`), linked before each refresh in ingest order.

A database made before a view existed gets it from a numbered migration: the migration
names a backfill (`BACKFILLS`), which `run_backfills` performs the next time the database
is opened for writing (`open_store`, every ingest). After a killed ingest, the next one
checks every row against its documents (`sync_story_summaries`).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from contextlib import suppress
from datetime import date
from typing import Any, Protocol, cast

import numpy as np

from rasad.analysis.pages import story_summary, story_views
from rasad.analysis.search import SearchFilter
from rasad.config import Settings, load_settings
from rasad.model import Document
from rasad.services.assign import dated_by_story_before, file_story_names, redate_stored_story
from rasad.services.entity_links import RELINKING, link_stored_documents, relink_stored_documents
from rasad.services.framing import backfill_framing
from rasad.services.quotes import backfill_quotes
from rasad.services.recognise import backfill_recognise
from rasad.stages.dedup import DuplicateIndex
from rasad.store import SignatureStore, Store, StoreError, ViewStore
from rasad.store import open_store as open_database

GENERATION = "story_summaries_generation"  # meta: bumped by every refresh; rows carry theirs
WRITE_ROWS = 500
BATCH_VIEWS_UP_TO = 200  # larger stories get their views at the ingest's end, not per batch
WRITE_VIEWS = 50  # stories whose views are written per transaction (a page can be large)


def refresh_story_summaries(
    store: ViewStore, story_ids: Iterable[str], views_up_to: int | None = BATCH_VIEWS_UP_TO
) -> int:
    """Recompute the rows and stored views of these stories from their documents (a story
    left without documents loses both), after linking the entities of documents stored since
    the last call; returns how many rows were written or removed. The views of a story of
    more than `views_up_to` documents are left for the ingest's end (`views_left`): building
    a large story is what a batch would spend most on, and until then its stored page and items
    are those of its last refresh."""
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
            speakers = store.quote_speakers([d.id for d in docs])  # linked across the database
            built.append(story_views(story_id, docs, vectors, speakers, generation))
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


def sync_story_summaries(store: ViewStore) -> int:
    """Bring every row and view in step with the documents (missing, resized by a merge, left
    empty, or left for later); returns how many rows changed."""
    return refresh_story_summaries(
        store, store.stale_stories() | views_left(store), views_up_to=None
    )


def views_left(store: ViewStore) -> set[str]:
    """Stories whose stored views are missing or older than their row (the large stories
    each batch leaves for the ingest's end)."""
    return store.stale_story_views()


# Backfills of views for databases made before them. Each is named by the migration that
# introduced it (`rasad.store.migrations`), runs once, and removes the old meta flags that
# versions before the migration kept.
LEGACY_FLAGS = (
    "story_summaries_ready",
    "story_views_ready",
    "story_views_bounded",
    "signature_buckets",
    "story_names",
)


def backfill_views(store: Store, settings: Settings) -> None:
    """Every view that a database made by an older version may lack: signature buckets,
    story names, entity links, summary rows and bounded story views."""
    flags = {key: store.get_meta(key) for key in LEGACY_FLAGS}
    if store.count():
        if flags["signature_buckets"] != "1":
            bucket_signatures(store, settings.dedup_threshold)
        if flags["story_names"] != "1":
            file_story_names(store)
        link_stored_documents(store)
        stale = store.stale_stories() | views_left(store)
        if any(flags[key] != "1" for key in LEGACY_FLAGS[:3]):
            # rows or views missing, or pages stored whole before they were bounded
            stale |= set(store.story_sizes())
        refresh_story_summaries(store, stale, views_up_to=None)
    for key in LEGACY_FLAGS:
        store.delete_meta(key)


def backfill_entities(store: Store, settings: Settings) -> None:
    """Every stored mention linked again with the current linker (its merges, its `GPE:` keys),
    then every story's row and views, whose quote speakers name the new entities. The views
    are rebuilt whole, so a relink killed after its links is finished by running it again."""
    relink_stored_documents(store)
    refresh_story_summaries(store, set(store.story_sizes()), views_up_to=None)
    store.delete_meta(RELINKING)


def backfill_contradictions(store: Store, settings: Settings) -> None:
    """Rebuild the views of every story that has stored contradictions (made by the
    five-concept rules before statements) or two or more outlets (which may now have some)."""
    stories: set[str] = set()
    for offset in itertools.count(0, BACKFILL_PAGE):
        _, rows = store.story_summaries(SearchFilter(), BACKFILL_PAGE, offset)
        stories |= {r["id"] for r in rows if len(r.get("outlets") or []) >= 2}
        if len(rows) < BACKFILL_PAGE:
            break
    stories |= _stories_holding(store, "contradictions")
    refresh_story_summaries(store, stories, views_up_to=None)


def _stories_holding(store: Store, part: str) -> set[str]:
    """The stories with stored items of a part of their views ("claims", "contradictions")."""
    stories: set[str] = set()
    for offset in itertools.count(0, BACKFILL_PAGE):
        _, items = store.story_items(part, SearchFilter(), None, BACKFILL_PAGE, offset)
        stories |= {i["story"] for i in items if i.get("story")}
        if len(items) < BACKFILL_PAGE:
            break
    return stories


def backfill_claims(store: Store, settings: Settings) -> None:
    """Rebuild the views of every story that has stored claims (grouped by the five hand
    concepts before claims came from statements): their claims become facts."""
    refresh_story_summaries(store, _stories_holding(store, "claims"), views_up_to=None)


def backfill_timelines(store: Store, settings: Settings) -> None:
    """Rebuild the views of every story of two or more documents, whose timeline may now fold
    one happening told in several languages or outlets into one entry."""
    refresh_story_summaries(
        store, {story for story, n in store.story_sizes().items() if n >= 2}, views_up_to=None
    )


def backfill_promises(store: Store, settings: Settings) -> None:
    """Rebuild the views of every story with stored promises: forecasts, compliance and
    questions are no longer promises, and a delay or "still" is a verdict only as
    `rasad.analysis.promises` now reads it."""
    refresh_story_summaries(store, _stories_holding(store, "promises"), views_up_to=None)


def backfill_search(store: Store, settings: Settings) -> None:
    """Rewrite every document's search index with the current index terms (round 49 added the
    article terms, «الكاظمي» → "الکاظمی", that tell a name written with the article from the
    bare Persian surname)."""
    batch: list = []
    for doc in store.iter_documents():
        batch.append(doc)
        if len(batch) >= BACKFILL_PAGE:
            store.update_documents(batch)
            batch = []
    if batch:
        store.update_documents(batch)


def backfill_redate(store: Store, settings: Settings) -> None:
    """Date every stored undated document whose story holds two agreeing dated reports of its
    language (`rasad.services.assign.redate_stored_story`, story by story): ingest dates one
    only when it is placed or a dated report joins its story later (pubdate60). A date an older
    release gave from the story is checked by the same rule: withdrawn when the story's dated
    reports are in other languages, its evidence line written when missing (pubdate62). A
    publisher's date, a dateline, a date from the text and a user's correction are never
    read. The views of the stories whose documents changed are rebuilt."""
    stories: set[str] = set()
    seq, today = 0, date.today()
    while batch := store.documents_after(seq, BACKFILL_PAGE):
        seq = batch[-1][0]
        stories |= {
            d.story
            for _, d in batch
            if d.story and not d.rejected and (not d.published or dated_by_story_before(d, today))
        }
    touched = set()
    for story_id in sorted(stories):
        docs = store.story_documents(story_id)
        dated = redate_stored_story(story_id, docs, store.vectors_of(d.id for d in docs), today)
        if dated:
            store.update_documents(dated)
            touched.add(story_id)
    refresh_story_summaries(store, touched, views_up_to=None)


BACKFILL_PAGE = 1000
BACKFILLS: dict[str, Callable[[Store, Settings], None]] = {
    "views": backfill_views,
    "entities": backfill_entities,
    "framing": backfill_framing,
    "contradictions": backfill_contradictions,
    "claims": backfill_claims,
    "timelines": backfill_timelines,
    "promises": backfill_promises,
    "quotes": backfill_quotes,
    "recognise": backfill_recognise,
    "search": backfill_search,
    "redate": backfill_redate,
}
# What a backfill also does, with the current code, for every document: a backfill it covers
# that is pending beside it does not run, and is done when it is ("recognise" runs the quote
# and framing stages again after the entities stage, then links everything again and rebuilds
# every story's views, which is all the contradictions, claims, timelines and promises
# backfills do; it rewrites every document through `update_documents`, which is all the search
# backfill does).
COVERS: dict[str, tuple[str, ...]] = {
    "recognise": (
        "entities",
        "quotes",
        "framing",
        "contradictions",
        "claims",
        "timelines",
        "promises",
        "search",
    )
}


def run_backfills(
    store: Store, settings: Settings, progress: BackfillProgress | None = None
) -> list[str]:
    """Run the backfills the migrations left pending, in order (those another pending one
    covers, with it); returns their names."""
    pending = store.pending_backfills()
    done = []
    for name in uncovered(pending):
        done += run_backfill(store, settings, name, pending, progress)
    return done


def uncovered(pending: list[str]) -> list[str]:
    """The pending backfills no other pending one covers (`COVERS`), in order: those to run."""
    covered = {other for name in pending for other in COVERS.get(name, ())}
    return [name for name in pending if name not in covered]


class UnknownBackfill(KeyError):
    """A backfill name `BACKFILLS` does not hold."""

    def __str__(self) -> str:
        return f"no backfill {self.args[0]!r}; known: {', '.join(BACKFILLS)}"


def run_backfill(
    store: Store,
    settings: Settings,
    name: str,
    pending: list[str] | None = None,
    progress: BackfillProgress | None = None,
) -> list[str]:
    """Run backfill `name` now (queued by a migration or not) and record it done, with the
    pending backfills it covers (`COVERS`); returns the names recorded done. `progress` is
    told of every batch of documents and every story the backfill reads."""
    if name not in BACKFILLS:
        raise UnknownBackfill(name)
    pending = store.pending_backfills() if pending is None else pending
    BACKFILLS[name](cast(Store, ReportingStore(store, progress)) if progress else store, settings)
    finished = [n for n in (name, *COVERS.get(name, ())) if n in pending]
    for done in finished:
        store.backfill_done(done)
    return finished


class BackfillProgress(Protocol):
    """Told how many documents (`documents`) or stories (`stories`) a backfill just read."""

    def __call__(self, unit: str, n: int) -> None: ...


class ReportingStore:
    """A store that tells `progress` of each batch of documents and each story a backfill
    reads through it (every backfill reads documents in batches, `documents_after`, and each
    story it rebuilds with `story_documents`), and is the store in everything else."""

    def __init__(self, store: Store, progress: BackfillProgress) -> None:
        self._store = store
        self._progress = progress

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    def documents_after(self, seq: int, limit: int) -> list[tuple[int, Document]]:
        batch = self._store.documents_after(seq, limit)
        self._progress("documents", len(batch))
        return batch

    def story_documents(self, story_id: str) -> list[Document]:
        docs = self._store.story_documents(story_id)
        self._progress("stories", 1)
        return docs


# How many times a backfill reads every stored document (a progress bar's length is this many
# times the documents, plus the stories, every one of which it may rebuild): "recognise" runs
# the entities stage on each and links each again; the view backfills read stories only.
BACKFILL_DOCUMENT_PASSES = {
    "recognise": 2,
    "entities": 1,
    "quotes": 1,
    "framing": 1,
    "redate": 1,
}


def backfill_work(store: Store, name: str) -> int:
    """At most how many documents and stories backfill `name` reads (a progress bar's length;
    a relink that needs a second pass reads more, a backfill of some stories fewer)."""
    passes = BACKFILL_DOCUMENT_PASSES.get(name, 0)
    return store.count() * passes + len(store.story_sizes())


# What each backfill does, in a line (`rasad backfill` lists them; the functions' docstrings
# say how).
BACKFILL_LINES = {
    "views": "build the views a database from an older version lacks",
    "entities": "link every stored mention again; rebuild every story's views",
    "framing": "run the framing stage again on every document; rebuild the views",
    "contradictions": "rebuild the views of stories with contradictions or 2+ outlets",
    "claims": "rebuild the views of stories with claims",
    "timelines": "rebuild the views of stories of two or more documents",
    "promises": "rebuild the views of stories with promises",
    "quotes": "run the quote stage again on every document; rebuild the views",
    "recognise": "find every document's entities and dates again; quotes, framing, links, views",
    "search": "rewrite every document's search index with the current index terms",
    "redate": "date undated documents from two agreeing dated reports of their story",
}


def backfill_summary(name: str) -> str:
    """What backfill `name` does, in a line."""
    return BACKFILL_LINES.get(name) or (BACKFILLS[name].__doc__ or "").split(".")[0]


def open_store(url: str, settings: Settings | None = None) -> Store:
    """The store at `url` with every view materialized: the backfills its migrations left are
    run first (a read-only database is opened as it is)."""
    store = open_database(url)
    with suppress(StoreError):  # read-only: the views stay as the last writer left them
        run_backfills(store, settings or load_settings())
    return store


def bucket_signatures(store: SignatureStore, threshold: float) -> None:
    """The LSH buckets of every stored signature (a database from before the buckets)."""
    store.put_signatures(
        [], signature_buckets(DuplicateIndex(threshold), list(store.iter_signatures()))
    )


def signature_buckets(
    index: DuplicateIndex, signatures: list[tuple[str, np.ndarray]]
) -> list[tuple[str, int]]:
    """(document, bucket) rows of new signatures, stored with them."""
    return [(doc_id, b) for doc_id, values in signatures for b in index.buckets(values)]
