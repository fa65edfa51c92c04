"""An entity's page read from the stored links and counts (migration 13) shows what linking
every document in Python shows, paged, on both backends: the seeds ingested for real."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from rasad.analysis import pages
from rasad.analysis.entities import entity_detail
from rasad.config import Settings
from rasad.services import entity_links as stored
from rasad.services import queries as views
from rasad.services.ingest import ingest_paths
from rasad.store import Store, open_store
from rasad.store.migrations import MIGRATIONS

ALL = pages.Page(limit=10**6)
COUNTS = ("entity_months", "entity_outlets", "entity_stories")


@pytest.fixture(scope="module")
def seeded(module_store_url: str, seeds_dir) -> Iterator[Store]:
    store = open_store(module_store_url)
    ingest_paths([seeds_dir], store, Settings(db=module_store_url, batch_size=2))
    assert store.pending_backfills() == []
    yield store
    store.close()


def _json(value):
    return json.loads(json.dumps(value, ensure_ascii=False))


def _entity_ids(store: Store) -> list[str]:
    return [e["id"] for e in views.entity_list(store, window=ALL, documents=0)["entities"]]


def _same_cooccurring(a: list[dict], b: list[dict]) -> None:
    """The same counts; ids equal but for the order of ties (Python orders them by set
    iteration) and which tied ones the cut at 15 keeps."""
    assert [x["documents"] for x in a] == [x["documents"] for x in b]
    last = a[-1]["documents"] if len(a) == stored.COOCCURRING else 0
    assert sorted(x["id"] for x in a if x["documents"] > last) == sorted(
        x["id"] for x in b if x["documents"] > last
    )


def test_entity_page_counts_equal_linking_every_document(seeded):
    docs = list(seeded.iter_documents())
    ids = _entity_ids(seeded)
    assert len(ids) > 10
    for entity in ids:
        page = _json(views.entity_page(seeded, entity, ALL, ALL, None))
        built = _json(entity_detail(docs, entity))
        _same_cooccurring(page.pop("cooccurring"), built.pop("cooccurring"))
        for field in ("timeline", "languages", "outlets", "stories"):
            assert list(page[field].items()) == list(built[field].items()), (entity, field)
        for field in ("documents", "document_count", "story_count", "mentions", "names"):
            assert page[field] == built[field], (entity, field)
        assert page["mention_list"] == built["mention_list"]
        assert page["mention_page"] == ALL.meta(len(built["mention_list"]))
        said = [q for d in docs for q in d.quotes if q["speaker"] == entity]
        assert [q["text"] for q in page["quotes"]] == [q["text"] for q in said]
        assert page["quote_page"]["total"] == len(said)


def test_entity_page_pages_mentions_quotes_and_documents(seeded):
    speaker = next(q["speaker"] for q in views.quote_list(seeded)["quotes"] if q["speaker"])
    whole = views.entity_page(seeded, speaker, ALL, ALL, None)
    cut = views.entity_page(seeded, speaker, pages.Page(2, 1), pages.Page(1, 1), 1)
    assert cut["mention_list"] == whole["mention_list"][1:3]
    assert cut["mention_page"] == {"total": whole["mentions"], "limit": 2, "offset": 1}
    assert cut["quotes"] == whole["quotes"][1:2]
    assert cut["quote_page"] == {"total": len(whole["quotes"]), "limit": 1, "offset": 1}
    assert cut["documents"] == whole["documents"][:1]
    assert cut["document_count"] == len(whole["documents"])
    past = views.entity_page(seeded, speaker, pages.Page(5, 10**6), pages.Page(5, 10**6), 0)
    assert past["mention_list"] == past["quotes"] == past["documents"] == []
    with pytest.raises(pages.NotFound):
        views.entity_page(seeded, "e-none")


def test_cooccurring_counts_the_latest_documents(seeded):
    docs = list(seeded.iter_documents())
    entity = max(_entity_ids(seeded), key=lambda e: len(entity_detail(docs, e)["documents"]))
    for latest in (1, 2):
        built = entity_detail(docs, entity, latest)
        assert built["cooccurring_documents"] == latest
        found = seeded.cooccurring_entities(entity, stored.COOCCURRING, latest)
        _same_cooccurring(
            [{"id": t["id"], "documents": t["n"]} for t in found], built["cooccurring"]
        )


def test_story_counts_follow_documents_moving_story(seeded):
    """The per-story counts follow a document the clustering moves (a trigger moves them)."""
    docs = list(seeded.iter_documents())
    moved = next(d for d in docs if d.story and d.entities)
    before = {e: _json(views.entity_page(seeded, e))["stories"] for e in _entity_ids(seeded)}
    original = moved.story
    try:
        moved.story = "s-moved-here"
        seeded.update_documents([moved])
        docs = list(seeded.iter_documents())
        for entity in _entity_ids(seeded):
            page = views.entity_page(seeded, entity)
            assert page["stories"] == entity_detail(docs, entity)["stories"], entity
            assert page["story_count"] == len(page["stories"])
        assert any("s-moved-here" in views.entity_page(seeded, e)["stories"] for e in before)
    finally:
        moved.story = original
        seeded.update_documents([moved])
    after = {e: _json(views.entity_page(seeded, e))["stories"] for e in _entity_ids(seeded)}
    assert after == before


def _counts(store: Store) -> dict[str, list[tuple]]:
    return {
        table: sorted(
            tuple(r.values()) for r in map(dict, store.conn.execute(f"SELECT * FROM {table}"))
        )
        for table in COUNTS
    }


ENTITY_COUNTS = 13  # the migration that adds the entity page's counts


def test_migration_fills_the_counts_of_stored_links(seeded, module_store_url):
    """A database linked before migration 13 gets the counts the links would have written
    (the migration run again on the database without them)."""
    written = _counts(seeded)
    assert all(written.values())
    again = open_store(module_store_url)
    try:
        for table in COUNTS:
            again.conn.execute(f"DROP TABLE {table}")
        if module_store_url.startswith("postgresql"):
            again.conn.execute("DROP FUNCTION entity_stories_moved CASCADE")
            again.conn.execute(MIGRATIONS[ENTITY_COUNTS - 1].render("postgres"))
        else:
            again.conn.execute("DROP TRIGGER IF EXISTS documents_story_moved")
            again.conn.commit()
            migration = MIGRATIONS[ENTITY_COUNTS - 1].render("sqlite")
            again.conn.executescript(f"BEGIN; {migration}; COMMIT;")
        again.conn.commit()
    finally:
        again.close()
    migrated = open_store(module_store_url)
    try:
        assert _counts(migrated) == written
    finally:
        migrated.close()
