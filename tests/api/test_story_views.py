"""The materialized views (story list, pages, parts, entities, quotes) show exactly what
building every view from every document shows: on the seeds and on real articles from
../shared."""

from __future__ import annotations

import json
import shutil
from itertools import islice
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from rasad.analysis import pages
from rasad.api.app import create_app
from rasad.config import Settings
from rasad.services import queries as views
from rasad.services.ingest import ingest_paths
from rasad.store.sqlite import SQLiteStore
from tests.support import full_build
from tests.support.legacy import as_older_database

CORPUS_SIZE = 200
FILTERS = [
    pages.ItemFilter(),
    pages.ItemFilter(lang="ar"),
    pages.ItemFilter(lang="en"),
    pages.ItemFilter(outlet="Sabq"),
    pages.ItemFilter(date_from="2015-08-01"),
    pages.ItemFilter(date_to="2015-07"),
    pages.ItemFilter(lang="ar", date_from="2015-08-02"),
    pages.ItemFilter(lang="fa", outlet="BBC", date_to="2020"),
]


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory) -> Path:
    """200 real articles: the Arabic, Persian and English versions of 40 NTREX articles (they
    should form cross-lingual stories) and dated Sabq articles to make up the rest."""
    from rasad.eval.shared import find_shared

    shared = find_shared()
    if shared is None:
        pytest.skip("../shared not present")
    folder = tmp_path_factory.mktemp("story-views")
    ntrex = [json.loads(line) for line in (shared / "corpus/ntrex_ar_fa_en/articles.jsonl").open()]
    stories = list(dict.fromkeys(a["story"] for a in ntrex))[:40]
    items = [a for a in ntrex if a["story"] in stories]
    with (shared / "corpus/saudinewsnet_ar/articles.jsonl").open(encoding="utf-8") as f:
        items += [json.loads(line) for line in islice(f, CORPUS_SIZE - len(items))]
    fields = ("id", "url", "title", "text", "published", "outlet", "lang")
    jsonl = folder / "articles.jsonl"
    jsonl.write_text(
        "".join(
            json.dumps({k: a.get(k) for k in fields}, ensure_ascii=False) + "\n" for a in items
        ),
        encoding="utf-8",
    )
    path = folder / "corpus.db"
    store = SQLiteStore(path)
    ingest_paths([jsonl], store, Settings(db=str(path)))
    store.close()
    return path


@pytest.fixture(scope="module", params=["seeds", "corpus"])
def db_path(request, seed_db) -> Path:
    return seed_db if request.param == "seeds" else request.getfixturevalue("corpus_db")


def test_story_list_equals_the_full_build(db_path):
    store = SQLiteStore(db_path)
    full = full_build.load_corpus(store)
    for f in FILTERS:
        for window in (pages.Page(limit=10_000), pages.Page(limit=2, offset=1)):
            assert views.story_list(store, f, window) == full_build.story_list(full, f, window), f
    store.close()


def test_story_pages_equal_the_full_build(db_path):
    store = SQLiteStore(db_path)
    full = full_build.load_corpus(store)
    assert full.stories
    for story in full.stories:
        sid = story["id"]
        # the stored page (what the API serves) links speakers across the whole database
        assert views.story_detail(store, sid) == _json(full_build.story_detail(full, sid))
        for part in pages.STORY_PARTS:
            f = pages.ItemFilter(story=sid)
            assert views.story_part_list(store, part, f) == full_build.story_part_list(
                full, part, f
            )
    with pytest.raises(pages.NotFound):
        views.story_detail(store, "s-none")
    store.close()


def test_api_story_endpoints_equal_the_full_build(db_path):
    client = TestClient(create_app(Settings(db=str(db_path))))
    store = SQLiteStore(db_path)
    full = full_build.load_corpus(store)
    listed = client.get("/api/v1/stories", params={"limit": 500}).json()
    assert listed == _json(full_build.story_list(full, None, pages.Page(500)))
    biggest = full.stories[0]["id"]
    page = client.get(f"/api/v1/stories/{biggest}").json()
    assert page == _json(full_build.story_detail(full, biggest))
    assert client.get(f"/stories/{biggest}").status_code == 200
    assert client.get("/api/v1/stories/s-none").status_code == 404
    # an entity filter reads the stored entity links
    entity = next((m["entity"] for d in full.docs for m in d.entities), None)
    if entity:
        by_entity = client.get("/api/v1/stories", params={"entity": entity}).json()
        assert by_entity["total"] >= 1
    store.close()


STATUSES = (None, "kept", "broken", "disputed", "open")


def entity_filters(full: pages.Corpus) -> list[pages.ItemFilter]:
    """Filters by the most mentioned entities (alone, and with a language)."""
    from collections import Counter

    mentioned = Counter(m["entity"] for d in full.docs for m in d.entities)
    top = [e for e, _ in mentioned.most_common(3)]
    return [pages.ItemFilter(entity=e) for e in top] + [
        pages.ItemFilter(entity=top[0], lang="ar"),
        pages.ItemFilter(entity="e-none"),
    ]


def test_entity_filters_read_the_stored_links(db_path):
    store = SQLiteStore(db_path)
    full = full_build.load_corpus(store)
    for f in entity_filters(full):
        window = pages.Page(limit=10_000)
        assert views.story_list(store, f, window) == full_build.story_list(full, f, window)
        for part in pages.STORY_PARTS:
            stored = views.story_part_list(store, part, f, window)
            assert _json(stored) == _json(full_build.story_part_list(full, part, f, window))
    store.close()


def test_stored_views_equal_the_full_build(db_path):
    """Every part across stories, read from the stored views, equals the whole-database build
    (with and without filters, paged), and so does every stored story page."""
    store = SQLiteStore(db_path)
    full = full_build.load_corpus(store)
    for part in pages.STORY_PARTS:
        for f in FILTERS:
            for window in (pages.Page(limit=10_000), pages.Page(limit=3, offset=2)):
                stored = views.story_part_list(store, part, f, window)
                built = full_build.story_part_list(full, part, f, window)
                assert _json(stored) == _json(built), (part, f, window)
    for status in STATUSES:
        stored = views.story_part_list(store, "promises", None, None, status)
        assert _json(stored) == _json(
            full_build.story_part_list(full, "promises", None, None, status)
        )
    for story in full.stories:
        page = views.story_detail(store, story["id"])
        assert page == _json(full_build.story_detail(full, story["id"])), story["id"]
    store.close()


def test_api_parts_equal_the_full_build(db_path):
    client = TestClient(create_app(Settings(db=str(db_path))))
    store = SQLiteStore(db_path)
    full = full_build.load_corpus(store)
    for part in pages.STORY_PARTS:
        for params in ({}, {"lang": "ar"}, {"outlet": "Sabq", "limit": 2}, {"from": "2015-08-01"}):
            got = client.get(f"/api/v1/{part}", params={"limit": 500, **params}).json()
            f = pages.ItemFilter(
                lang=params.get("lang"), outlet=params.get("outlet"), date_from=params.get("from")
            )
            window = pages.Page(params.get("limit", 500))
            assert got == _json(full_build.story_part_list(full, part, f, window)), (part, params)
        sid = full.stories[0]["id"]
        got = client.get(f"/api/v1/stories/{sid}/{part}").json()
        assert got == _json(full_build.story_part_list(full, part, pages.ItemFilter(story=sid)))
    assert client.get("/api/v1/events", params={"story": "s-none"}).status_code == 404
    assert client.get("/api/v1/stories/s-none/claims").status_code == 404
    store.close()


def _json(value):
    return json.loads(json.dumps(value, ensure_ascii=False))


def _same_cooccurring(stored: dict, built: dict) -> None:
    """Co-occurring entities: the same counts; ids equal but for the order of ties (the old
    path orders ties by set iteration) and which tied ones the cut at 15 keeps."""
    a, b = stored.pop("cooccurring"), built.pop("cooccurring")
    assert [x["documents"] for x in a] == [x["documents"] for x in b]
    last = a[-1]["documents"] if a else 0
    cut = len(a) == 15
    keep = [x for x in a if not cut or x["documents"] > last]
    other = [x for x in b if not cut or x["documents"] > last]
    assert sorted(keep, key=lambda x: x["id"]) == sorted(other, key=lambda x: x["id"])


def test_stored_entities_and_quotes_equal_linking_every_document(db_path):
    store = SQLiteStore(db_path)

    def every_document() -> list:
        return list(store.iter_documents())

    for kind in (None, "PER", "ORG", "LOC", "GPE"):
        for story in (None, *[s["id"] for s in full_build.load_corpus(store).stories[:5]]):
            for window in (pages.Page(limit=10_000), pages.Page(limit=7, offset=3)):
                for documents in (None, 2):
                    stored = views.entity_list(store, kind, story, window, documents)
                    built = full_build.entity_list(every_document(), kind, story, window, documents)
                    assert stored == built, (kind, story, documents)
    every = views.entity_list(store, window=pages.Page(limit=10_000))["entities"]
    assert every and all(e["document_count"] == len(e["documents"]) for e in every)
    cut = views.entity_list(store, window=pages.Page(limit=10_000), documents=1)["entities"]
    assert [e["documents"] for e in cut] == [e["documents"][:1] for e in every]
    for entity in (
        every[:40] + every[40 :: max(1, len(every) // 60)]
    ):  # the most mentioned, a spread
        stored = _json(views.entity_page(store, entity["id"]))
        built = _json(full_build.entity_page(every_document(), entity["id"]))
        _same_cooccurring(stored, built)
        assert stored == built, entity["id"]
    with pytest.raises(pages.NotFound):
        views.entity_page(store, "e-none")
    said = [q["speaker"] for q in views.quote_list(store)["quotes"] if q["speaker"]]
    speakers = [None, *list(dict.fromkeys(said))[:10]]
    for speaker in speakers:
        for f in FILTERS:
            for window in (pages.Page(limit=10_000), pages.Page(limit=2, offset=1)):
                stored = views.quote_list(store, speaker, filters=f, window=window)
                built = full_build.quote_list(every_document(), speaker, f, window)
                assert stored == built
    store.close()


def test_document_list_pages_in_sql_what_filtering_every_document_shows(db_path):
    store = SQLiteStore(db_path)
    docs = list(store.iter_documents())
    stories = sorted({d.story for d in docs if d.story})
    for f in [*FILTERS, pages.ItemFilter(story=stories[0]), pages.ItemFilter(story="s-none")]:
        base = pages.DocumentFilter(f.lang, f.outlet, f.date_from, f.date_to, f.story)
        matching = [listed_summary(d) for d in docs if base.accepts(d)]
        for window in (pages.Page(limit=10_000), pages.Page(limit=3, offset=2)):
            listed = views.document_list(store, base, window=window)
            assert listed["total"] == len(matching)
            assert listed["documents"] == window.cut(matching), f
    store.close()


def test_streamed_export_equals_the_whole_database_build(db_path):
    """`rasad export` writes item by item what `build_export` makes of the whole database."""
    import io

    from rasad.analysis.export import build_export, validate_export
    from rasad.services.export import write_export

    store = SQLiteStore(db_path)
    try:
        whole = build_export(store.iter_documents(), dict(store.iter_vectors()))
        out = io.StringIO()
        write_export(store, out)
    finally:
        store.close()
    export = json.loads(out.getvalue())
    assert validate_export(export) == []
    assert {**export, "generated_at": None} == {**whole, "generated_at": None}


def test_story_page_lists_are_cut_with_their_totals(db_path):
    """A story page keeps the first items of each list and counts them whole: cut at one item
    here, as a story of more documents than STORY_PAGE_ITEMS is cut on the real page."""
    store = SQLiteStore(db_path)
    full = full_build.load_corpus(store)
    for story in full.stories:
        whole = pages.whole_story_detail(story, full)
        page = pages.bounded_story_page(whole, 1)
        totals = page["totals"]
        for key in ("documents", "members", "coverage", "claims", "contradictions", "promises"):
            assert totals[key] == len(whole[key]) and page[key] == whole[key][:1], key
        assert totals["events"] == len(whole["events"])
        assert page["events"] == [
            {**e, "documents": e["documents"][:1]} for e in whole["events"][:1]
        ]
        assert totals["timeline"] == len(whole["timeline"])
        assert page["timeline"] == [
            {**t, "evidence": t["evidence"][:1]} for t in whole["timeline"][:1]
        ]
        assert totals["framing"] == len(whole["framing"]) and len(page["framing"]) <= 1
        assert totals["facts"] == len(whole["reported_by"]["facts"])
        assert totals["quotes"] == sum(len(q) for q in whole["quotes_by_speaker"].values())
        assert all(len(qs) <= 1 for qs in page["quotes_by_speaker"].values())
        assert totals["event_documents"] == [len(e["documents"]) for e in whole["events"][:1]]
        assert totals["timeline_evidence"] == [len(t["evidence"]) for t in whole["timeline"][:1]]
        assert page["links"]["events"] == f"/api/v1/stories/{story['id']}/events"
        # a page no list of which is longer than the cut is the whole page, with its totals
        assert pages.bounded_story_page(whole, 10**6) | {"totals": None, "links": None} == (
            whole | {"totals": None, "links": None}
        )
    store.close()


def test_timeline_endpoint_lists_every_entry(db_path):
    """/stories/{id}/timeline is the whole timeline, read from the stored entries."""
    client = TestClient(create_app(Settings(db=str(db_path))))
    store = SQLiteStore(db_path)
    full = full_build.load_corpus(store)
    for story in full.stories:
        got = client.get(f"/api/v1/stories/{story['id']}/timeline").json()
        assert got == _json(story["timeline"]), story["id"]
    assert client.get("/api/v1/stories/s-none/timeline").status_code == 404
    store.close()


def test_a_page_stored_whole_is_bounded_by_the_backfill(db_path, tmp_path):
    """A page stored before pages were bounded (whole, no timeline rows), in a database of
    the version before migration 16, is stored bounded by the "views" backfill the first
    time the app opens the database, its timeline whole."""
    path = tmp_path / db_path.name
    shutil.copy(db_path, path)
    store = SQLiteStore(path)
    full = full_build.load_corpus(store)
    story = full.stories[0]
    whole = _json(pages.whole_story_detail(story, full))
    with store.conn:
        store.conn.execute(
            "UPDATE story_views SET detail = ? WHERE id = ?",
            (json.dumps(whole, ensure_ascii=False), story["id"]),
        )
        store.conn.execute("DELETE FROM story_items WHERE part = 'timeline'")
    as_older_database(store, story_views_ready="1", story_views_bounded="0")
    client = TestClient(create_app(Settings(db=str(path))))
    page = client.get(f"/api/v1/stories/{story['id']}").json()
    assert page == _json(full_build.story_detail(full, story["id"]))
    timeline = client.get(f"/api/v1/stories/{story['id']}/timeline").json()
    assert timeline == _json(story["timeline"])
    html = client.get(f"/stories/{story['id']}")
    assert html.status_code == 200 and f"{len(story['members'])} documents" in html.text
    assert store.pending_backfills() == [] and store.get_meta("story_views_bounded") is None
    store.close()


def listed_summary(doc):
    """A document as the document list shows it: its summary with its outlet's type and
    country (from the packaged profiles)."""
    from rasad.services import outlets
    from rasad.stages.outlet import packaged_directory

    return pages.document_summary(doc) | outlets.profile_fields(packaged_directory(), doc.outlet)
