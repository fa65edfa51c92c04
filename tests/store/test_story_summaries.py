"""Per-story reads and the `stories` summary table, on both backends: the table equals what a
full rebuild of every story shows, after one ingest, a second one, and a story merge."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from rasad.analysis import pages
from rasad.analysis.pages import month_counts
from rasad.analysis.search import SearchFilter
from rasad.analysis.stories import build_stories, language_titles
from rasad.config import Settings
from rasad.services import queries as views
from rasad.services.ingest import ingest_paths
from rasad.services.materialize import (
    backfill_claims,
    backfill_contradictions,
    backfill_promises,
    backfill_timelines,
    refresh_story_summaries,
    sync_story_summaries,
)
from rasad.services.materialize import open_store as open_materialized
from rasad.store import open_store
from tests.support import full_build
from tests.support.legacy import as_older_database

# A short article of our own about something else, so the database holds a second story.
OTHER = (
    "Harbour workers in Rotterdam ended a three-day strike on Tuesday after the port "
    "authority agreed to raise night-shift pay by 6 percent. The union said 1,200 members "
    "voted to accept the offer, and container traffic resumed on Wednesday morning."
)


def expected(store) -> list[dict]:
    """Summary rows as a full rebuild of every story computes them."""
    docs, vectors = list(store.iter_documents()), dict(store.iter_vectors())
    published = {d.id: (d.published or {}).get("value") for d in docs}
    by_id = {d.id: d for d in docs}
    return [
        {
            "id": s["id"],
            "title": s["title"],
            "size": len(s["documents"]),
            "articles": len(s["members"]),
            "copies": s["copies"],
            "languages": s["languages"],
            "outlets": s["outlets"],
            "first_seen": s["first_seen"],
            "last_seen": s["last_seen"],
            "events": len(s["events"]),
            "months": month_counts(published[d] for d in s["documents"]),
            "titles": language_titles([by_id[d] for d in s["documents"]], vectors),
        }
        for s in build_stories(docs, vectors)
    ]


def listed(store, filters: SearchFilter | None = None) -> list[dict]:
    total, rows = store.story_summaries(filters or SearchFilter(), 1000, 0)
    assert total == len(rows)
    for r in rows:
        assert isinstance(r.pop("generation"), int)
    return rows


@pytest.fixture
def halves(seeds_dir: Path, tmp_path: Path) -> tuple[Path, Path]:
    """The seeds in two folders (three, then two), the second with an article of its own."""
    seeds = sorted(seeds_dir.glob("*.txt"))
    first, second = tmp_path / "first", tmp_path / "second"
    for folder, part in ((first, seeds[:3]), (second, seeds[3:])):
        folder.mkdir()
        for path in part:
            shutil.copy(path, folder / path.name)
    (second / "harbour.txt").write_text(OTHER, encoding="utf-8")
    return first, second


def test_story_documents_and_vectors_of_one_story(store_url, seeds_dir):
    store = open_store(store_url)
    ingest_paths([seeds_dir], store, Settings(strict=True, db=store_url, batch_size=2))
    docs = list(store.iter_documents())
    (story,) = {d.story for d in docs}
    assert [d.id for d in store.story_documents(story)] == [d.id for d in docs]
    assert store.story_documents("s-none") == []
    vectors = dict(store.iter_vectors())
    got = store.vectors_of([docs[0].id, docs[1].id, "missing"])
    assert set(got) == {docs[0].id, docs[1].id}
    assert (got[docs[0].id] == vectors[docs[0].id]).all()
    store.close()


def test_summaries_follow_a_second_ingest(store_url, halves):
    first, second = halves
    store = open_store(store_url)
    settings = Settings(strict=True, db=store_url, batch_size=2)
    ingest_paths([first], store, settings)
    assert listed(store) == expected(store)
    ingest_paths([second], store, settings)
    rows = listed(store)
    assert rows == expected(store) and len(rows) == 2
    assert store.stale_stories() == set()
    store.close()


def test_summary_filters_match_documents(store_url, halves):
    store = open_store(store_url)
    ingest_paths(list(halves), store, Settings(strict=True, db=store_url, batch_size=2))
    docs = list(store.iter_documents())
    english = next(d for d in docs if d.lang == "en")
    ids = lambda f: [r["id"] for r in listed(store, f)]  # noqa: E731
    assert ids(SearchFilter(lang="en")) == [english.story]
    assert english.story not in ids(SearchFilter(lang="fa"))
    assert ids(SearchFilter(story=english.story)) == [english.story]
    assert ids(SearchFilter(story=english.story, lang="ar")) == []
    # two document filters: the same document must pass both
    arabic = next(
        d for d in docs if d.lang == "ar" and d.published and d.published["precision"] == "day"
    )
    day = arabic.published["value"]
    assert ids(SearchFilter(lang="ar", date_from=day, date_to=day)) == [arabic.story]
    assert ids(SearchFilter(lang="en", date_from=day, date_to=day)) == []
    # the story has Persian documents and a document of that day, but not a Persian one
    assert ids(SearchFilter(lang="fa", date_from=day, date_to=day)) == []
    total, page = store.story_summaries(SearchFilter(), 1, 1)
    assert total == 2 and len(page) == 1
    store.close()


def test_summaries_follow_a_story_merge(store_url, halves):
    store = open_store(store_url)
    settings = Settings(strict=True, db=store_url, batch_size=2)
    ingest_paths(list(halves), store, settings)
    kept, gone = sorted(r["id"] for r in listed(store))
    moved = [d for d in store.iter_documents() if d.story == gone]
    for d in moved:  # what consolidation writes when it merges `gone` into `kept`
        d.story = kept
    store.update_documents(moved)
    assert store.stale_stories() == {kept, gone}
    sync_story_summaries(store)
    rows = listed(store)
    assert [r["id"] for r in rows] == [kept] and rows == expected(store)
    store.close()


def test_an_older_database_is_filled_on_first_use(store_url, seeds_dir):
    store = open_store(store_url)
    ingest_paths([seeds_dir], store, Settings(strict=True, db=store_url))
    before = listed(store)
    store.delete_story_summaries([r["id"] for r in before])
    as_older_database(store, story_summaries_ready="0")  # as migration 6 left it
    assert listed(store) == []
    store.close()
    store = open_materialized(store_url, Settings(db=store_url))
    assert listed(store) == before and store.pending_backfills() == []
    store.close()


def _json(value):
    return json.loads(json.dumps(value, ensure_ascii=False))


def assert_views_equal_the_full_build(store) -> None:
    """Stored story pages, part lists, entities and quotes equal what building every story and
    linking every document shows; the document list, what filtering every document shows."""
    full = full_build.load_corpus(store)
    for story in full.stories:
        assert views.story_detail(store, story["id"]) == _json(
            full_build.story_detail(full, story["id"])
        )
    entity = next(m["entity"] for d in full.docs for m in d.entities)
    for part in pages.STORY_PARTS:
        for f in (
            pages.ItemFilter(),
            pages.ItemFilter(lang="fa"),
            pages.ItemFilter(lang="en"),
            pages.ItemFilter(entity=entity),
            pages.ItemFilter(entity=entity, lang="ar"),
        ):
            stored = views.story_part_list(store, part, f)
            assert _json(stored) == _json(full_build.story_part_list(full, part, f)), part
            assert views.story_list(store, f) == full_build.story_list(full, f)
    docs = list(store.iter_documents())
    for f in (pages.DocumentFilter(), pages.DocumentFilter(lang="ar", date_from="2020")):
        matching = [listed_summary(d) for d in docs if f.accepts(d)]
        assert views.document_list(store, f, window=pages.Page(2, 1))["documents"] == matching[1:3]
        assert views.document_list(store, f)["total"] == len(matching)
    now = (
        views.entity_list(store, window=pages.Page(10_000)),
        [views.entity_page(store, e["id"]) for e in full_entities(store)],
        views.quote_list(store),
    )
    built = (
        full_build.entity_list(list(store.iter_documents()), window=pages.Page(10_000)),
        [
            full_build.entity_page(list(store.iter_documents()), e["id"])
            for e in full_entities(store)
        ],
        full_build.quote_list(list(store.iter_documents())),
    )
    for a, b in zip(now[1], built[1], strict=True):
        assert_same_cooccurring(a.pop("cooccurring"), b.pop("cooccurring"))
    assert now == built


def assert_same_cooccurring(a: list[dict], b: list[dict]) -> None:
    """The same counts and ids, but for the order of ties (the whole-database link orders
    them by set iteration) and which tied ones the cut at 15 keeps."""
    assert [x["documents"] for x in a] == [x["documents"] for x in b]
    last = a[-1]["documents"] if len(a) == 15 else 0
    by_id = lambda items: sorted((x for x in items if x["documents"] > last), key=str)  # noqa: E731
    assert by_id(a) == by_id(b)


def full_entities(store) -> list[dict]:
    from rasad.analysis.entities import entity_table

    return entity_table(store.iter_documents())


def test_stored_views_follow_ingests_and_a_merge(store_url, halves):
    first, second = halves
    store = open_store(store_url)
    settings = Settings(strict=True, db=store_url, batch_size=2)
    ingest_paths([first], store, settings)
    assert store.pending_backfills() == []
    assert_views_equal_the_full_build(store)
    ingest_paths([second], store, settings)
    assert_views_equal_the_full_build(store)
    kept, gone = sorted(r["id"] for r in listed(store))
    moved = [d for d in store.iter_documents() if d.story == gone]
    for d in moved:
        d.story = kept
    store.update_documents(moved)
    sync_story_summaries(store)
    with pytest.raises(pages.NotFound):
        views.story_detail(store, gone)
    assert_views_equal_the_full_build(store)
    store.close()


def test_an_older_database_gets_its_views_at_the_next_ingest(store_url, seeds_dir):
    store = open_store(store_url)
    settings = Settings(strict=True, db=store_url)
    ingest_paths([seeds_dir], store, settings)
    (story,) = [r["id"] for r in listed(store)]
    store.delete_story_views([story])
    as_older_database(store, story_views_ready="0")  # as migration 9 left it
    with pytest.raises(pages.NotFound):
        views.story_detail(store, story)
    ingest_paths([seeds_dir], store, settings)  # nothing new, but the backfill fills the views
    assert views.story_detail(store, story) and store.pending_backfills() == []
    assert_views_equal_the_full_build(store)
    store.close()


def test_the_contradictions_backfill_rebuilds_the_stories_that_may_have_some(store_url, seeds_dir):
    store = open_store(store_url)
    settings = Settings(strict=True, db=store_url)
    ingest_paths([seeds_dir], store, settings)
    docs = list(store.iter_documents())
    for n, d in enumerate(docs):  # files carry no outlet: give the seeds two
        d.outlet = f"outlet{n % 2}.example"
    store.update_documents(docs)
    refresh_story_summaries(store, {d.story for d in docs if d.story}, views_up_to=None)
    (row,) = listed(store)
    assert len(row["outlets"]) == 2
    before = views.story_detail(store, row["id"])
    store.delete_story_views([row["id"]])
    with pytest.raises(pages.NotFound):
        views.story_detail(store, row["id"])
    backfill_contradictions(store, settings)
    assert views.story_detail(store, row["id"]) == before
    store.close()


def test_the_claims_backfill_rebuilds_the_stories_with_stored_claims(
    store_url, seeds_dir, monkeypatch
):
    """A database whose story views hold claims of an older kind (one item per concept and
    value, no `fact`) gets the claims of the statements back."""
    from rasad.analysis import stories

    store = open_store(store_url)
    settings = Settings(strict=True, db=store_url)
    ingest_paths([seeds_dir], store, settings)
    (row,) = listed(store)
    now = views.story_detail(store, row["id"])
    assert now["claims"] and all("fact" in c for c in now["claims"])
    with monkeypatch.context() as m:
        m.setattr(stories, "claims", lambda docs, *_: [{"about": "x", "value": 1, "evidence": []}])
        refresh_story_summaries(store, {row["id"]}, views_up_to=None)
    assert views.story_detail(store, row["id"])["claims"][0]["about"] == "x"
    backfill_claims(store, settings)
    assert views.story_detail(store, row["id"]) == now
    store.close()


def test_the_timelines_backfill_rebuilds_the_stories_of_two_documents_or_more(store_url, seeds_dir):
    store = open_store(store_url)
    settings = Settings(strict=True, db=store_url)
    ingest_paths([seeds_dir], store, settings)
    (row,) = listed(store)
    before = views.story_detail(store, row["id"])
    store.delete_story_views([row["id"]])
    backfill_timelines(store, settings)
    assert views.story_detail(store, row["id"]) == before
    store.close()


def test_the_promises_backfill_rebuilds_the_stories_with_stored_promises(
    store_url, seeds_dir, monkeypatch
):
    """A database whose story views hold promises read by older rules gets them read again."""
    from rasad.analysis import pages as built

    store = open_store(store_url)
    settings = Settings(strict=True, db=store_url)
    ingest_paths([seeds_dir], store, settings)
    (row,) = listed(store)
    now = views.story_detail(store, row["id"])
    assert now["promises"]
    with monkeypatch.context() as m:
        old = [{**now["promises"][0], "status": "kept", "text": "x"}]
        m.setattr(built, "track", lambda *_: old)
        refresh_story_summaries(store, {row["id"]}, views_up_to=None)
    assert views.story_detail(store, row["id"])["promises"][0]["text"] == "x"
    backfill_promises(store, settings)
    assert views.story_detail(store, row["id"]) == now
    store.close()


def test_a_large_story_gets_its_views_at_the_ingest_end(store_url, seeds_dir):
    store = open_store(store_url)
    ingest_paths([seeds_dir], store, Settings(strict=True, db=store_url))
    (story,) = [r["id"] for r in listed(store)]
    before = views.story_detail(store, story)
    refresh_story_summaries(store, {story}, views_up_to=1)  # as a batch leaves a large story
    assert views.story_detail(store, story) == before  # its last views, until the ingest's end
    assert store.stale_story_views() == {story}
    sync_story_summaries(store)
    assert store.stale_story_views() == set()
    assert_views_equal_the_full_build(store)
    store.close()


SCHEMA_13_ITEM_INDEXES = """
    DROP INDEX documents_in_order;
    DROP INDEX story_items_by_status;
    DROP INDEX story_item_documents_lang;
    DROP INDEX story_item_documents_outlet;
    DROP INDEX story_item_documents_published;
    ALTER TABLE story_item_documents DROP COLUMN size;
    CREATE INDEX story_item_documents_lang ON story_item_documents(part, lang, story, position);
    CREATE INDEX story_item_documents_outlet ON story_item_documents(part, outlet, story, position);
    CREATE INDEX story_item_documents_published
        ON story_item_documents(part, published, story, position)
"""


# columns later migrations add, which a replay from schema 13 adds again (83: the stories'
# titles in their other languages)
LATER_COLUMNS = "ALTER TABLE stories DROP COLUMN titles"


def back_to_schema_13(store_url: str) -> None:
    """Undo migration 14 (the cited documents' rows and indexes as schema 13 had them), and
    the columns later migrations add, so that reopening replays them."""
    store = open_store(store_url)
    if store_url.startswith("postgresql"):
        with store.conn.transaction():
            store.conn.execute(SCHEMA_13_ITEM_INDEXES)
            store.conn.execute(LATER_COLUMNS)
            store.conn.execute("DELETE FROM schema_version WHERE version > 13")
    else:
        store.conn.executescript(
            f"BEGIN; {SCHEMA_13_ITEM_INDEXES}; {LATER_COLUMNS}; PRAGMA user_version = 13; COMMIT;"
        )
    store.close()


def test_migration_14_keeps_the_filtered_item_lists(store_url, halves):
    """A database of schema 13 gets each cited document's item size and the new indexes, and
    its filtered lists across stories are what they were."""
    store = open_store(store_url)
    for folder in halves:
        ingest_paths([folder], store, Settings(strict=True, db=store_url))
    docs = list(store.iter_documents())
    filters = [SearchFilter(lang=d.lang) for d in docs[:1]] + [
        SearchFilter(outlet=docs[0].outlet),
        SearchFilter(date_from="2020-01-01"),
        SearchFilter(lang="en", date_to="2030"),
        SearchFilter(story=docs[-1].story, lang=docs[-1].lang),
    ]
    windows = [(2, 1), (1000, 0)]

    def lists(s) -> list:
        return [
            s.story_items(part, f, status, limit, offset)
            for part in pages.STORY_PARTS
            for f in filters
            for status in ((None, "open") if part == "promises" else (None,))
            for limit, offset in windows
        ]

    before = lists(store)
    assert any(total for total, _ in before)
    store.close()
    back_to_schema_13(store_url)
    store = open_store(store_url)
    assert store.schema_version >= 14
    sizes = store.conn.execute(
        "SELECT count(*) AS n FROM story_item_documents c JOIN story_items i ON i.story = c.story "
        "AND i.part = c.part AND i.position = c.position WHERE c.size <> i.size"
    ).fetchone()
    assert sizes["n"] == 0
    assert lists(store) == before
    store.close()


def test_document_pages_equal_filtering_every_document(store_url, halves):
    """Every page of the document list, filtered or not, is the documents that pass, in ingest
    order (read through the index of accepted documents in order, migration 14)."""
    store = open_store(store_url)
    for folder in halves:
        ingest_paths([folder], store, Settings(strict=True, db=store_url))
    docs = list(store.iter_documents())
    for f in (
        pages.DocumentFilter(),
        pages.DocumentFilter(lang=docs[0].lang),
        pages.DocumentFilter(outlet=docs[-1].outlet),
        pages.DocumentFilter(date_from="2020-01-01"),
        pages.DocumentFilter(lang="en", date_to="2030"),
    ):
        matching = [listed_summary(d) for d in docs if f.accepts(d)]
        for limit in (1, 2, 50):
            for offset in range(len(docs) + 1):
                listed = views.document_list(store, f, window=pages.Page(limit, offset))
                assert listed["documents"] == matching[offset : offset + limit], (f, offset)
                assert listed["total"] == len(matching)
    store.close()


def test_a_storys_documents_are_read_through_the_story_index(tmp_path, seeds_dir):
    """The index of accepted documents in order (migration 14) must not take over the reads
    of one story's documents: at 100k documents that scan made a batch's refresh minutes."""
    from rasad.store.sqlite import SQLiteStore

    store = SQLiteStore(tmp_path / "plan.db")
    ingest_paths([seeds_dir], store, Settings(strict=True, db=str(tmp_path / "plan.db")))
    for sql in (
        "SELECT record FROM documents WHERE story = ? AND rejected IS NULL ORDER BY seq",
        "SELECT record FROM documents WHERE story IN (?, ?) AND rejected IS NULL ORDER BY seq",
    ):
        plan = " ".join(
            r[3] for r in store.conn.execute(f"EXPLAIN QUERY PLAN {sql}", ["s1"] * sql.count("?"))
        )
        assert "documents_story_members" in plan, plan
    store.close()


def listed_summary(doc):
    """A document as the document list shows it: its summary with its outlet's type and
    country (from the packaged profiles)."""
    from rasad.services import outlets
    from rasad.stages.outlet import packaged_directory

    return pages.document_summary(doc) | outlets.profile_fields(packaged_directory(), doc.outlet)
