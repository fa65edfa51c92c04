"""The "recognise" backfill (`rasad.services.recognise`), on both backends: a database whose
stored mentions an older recogniser found gets, once opened, the mentions the current entities
stage finds in each document's stored text, with the quotes, framing, links and story views
that follow from them, as a fresh ingest of the same articles stores them."""

from __future__ import annotations

from rasad.analysis.search import SearchFilter
from rasad.config import Settings
from rasad.pipeline import stages_reading
from rasad.services import entity_links
from rasad.services import queries as views
from rasad.services.ingest import ingest_paths
from rasad.services.materialize import BACKFILLS, COVERS, backfill_entities, run_backfills
from rasad.services.materialize import open_store as open_materialized
from rasad.services.recognise import RECOGNISED, backfill_recognise
from rasad.store import open_store
from rasad.store.migrations import MIGRATIONS
from tests.support.legacy import as_older_database


def snapshot(store) -> dict:
    """What the backfill writes: every document's mentions, quotes and framing, the links of
    its mentions, the entity list, the quotes table and every story's quotes by speaker."""
    docs = {d.id: (d.entities, d.quotes, d.loaded_terms) for d in store.iter_documents()}
    total, quotes = store.quotes(None, SearchFilter(), 10_000, 0)
    stories = sorted(store.story_sizes())
    return {
        "docs": docs,
        "links": store.mention_entities(list(docs)),
        "entities": entity_links.entity_list(store, None, None, 10_000, 0),
        "quotes": (total, quotes),
        "speakers": {s: views.story_detail(store, s)["quotes_by_speaker"] for s in stories},
    }


def recognised_as_an_older_version(store) -> None:
    """Make the stored mentions look as an older recogniser left them, linked as it linked
    them: every person's last mention missed and every place typed LOC."""
    older = []
    for _, doc in store.documents_after(0, 10_000):
        persons = [i for i, m in enumerate(doc.entities) if m["type"] == "PER"]
        doc.entities = [
            {**m, "type": "LOC"} if m["type"] == "GPE" else m
            for i, m in enumerate(doc.entities)
            if not persons or i != persons[-1]
        ]
        older.append(doc)
    store.update_documents(older)
    backfill_entities(store, Settings(strict=True))


def ingested(store_url: str, folder) -> object:
    """The seeds ingested, then linked again as the backfills link (the relink's second pass
    may join a chain the ingest met in another order)."""
    store = open_store(store_url)
    ingest_paths([folder], store, Settings(strict=True, db=store_url))
    backfill_entities(store, Settings(strict=True))
    return store


def test_the_migration_recognises_a_database_stored_before(store_url, seeds_dir):
    queuing = [m for m in MIGRATIONS if "'recognise'" in m.render("sqlite")]
    # migrations 61 to 69 and 72 to 84 queue it (each recogniser round that changes stored entities does)
    assert queuing and "recognise" in BACKFILLS
    store = ingested(store_url, seeds_dir)
    fresh = snapshot(store)
    recognised_as_an_older_version(store)
    older = snapshot(store)
    assert older["docs"] != fresh["docs"] and older["links"] != fresh["links"]
    assert older["entities"] != fresh["entities"]
    as_older_database(store, "recognise")
    store.close()
    store = open_materialized(store_url, Settings(strict=True, db=store_url))
    assert store.pending_backfills() == [] and store.get_meta(RECOGNISED) is None
    assert snapshot(store) == fresh
    store.close()


def test_the_backfill_reads_every_documents_dates_again(store_url, seeds_dir):
    """A date reader's round reaches stored documents too: dates and the numbers that read
    them, as an older version left them (each document's last date missed, its numbers
    gone), are found again against each document's stored publication date."""
    store = ingested(store_url, seeds_dir)
    fresh = {d.id: (d.published, d.dates, d.numbers) for d in store.iter_documents()}
    assert any(dates for _, dates, _ in fresh.values())
    older = []
    for _, doc in store.documents_after(0, 10_000):
        doc.dates, doc.numbers = doc.dates[:-1], []
        older.append(doc)
    store.update_documents(older)
    backfill_recognise(store, Settings(strict=True, db=store_url))
    assert {d.id: (d.published, d.dates, d.numbers) for d in store.iter_documents()} == fresh
    store.close()


def test_a_killed_backfill_goes_on_from_its_last_batch(store_url, seeds_dir, monkeypatch):
    """Each batch records how far it got: the next run recognises only the documents after
    it, then links everything again."""
    store = ingested(store_url, seeds_dir)
    fresh = snapshot(store)
    recognised_as_an_older_version(store)
    first, second = [seq for seq, _ in store.documents_after(0, 2)]
    store.set_meta(RECOGNISED, str(first))  # as if killed after a batch ending at `first`
    settings = Settings(strict=True, db=store_url)
    backfill_recognise(store, settings)
    after = snapshot(store)
    (kept,) = [d.id for seq, d in store.documents_after(0, 1)]
    assert after["docs"][kept] != fresh["docs"][kept]  # not recognised again
    assert {k: v for k, v in after["docs"].items() if k != kept} == {
        k: v for k, v in fresh["docs"].items() if k != kept
    }
    assert store.get_meta(RECOGNISED) is None
    backfill_recognise(store, settings)  # from the first document again: all as fresh
    assert snapshot(store) == fresh
    store.close()


def test_recognise_covers_the_backfills_pending_beside_it(store_url, seeds_dir, monkeypatch):
    """Pending with it, the entities, quotes and framing backfills, those that only rebuild
    story views, and the search index's, do not run on their own: the recognise backfill does
    what they do with the current code; the views backfill (buckets, names) still runs."""
    assert stages_reading("entities") == ["entities", "quotes", "framing"]
    assert set(COVERS["recognise"]) == {
        "entities",
        "quotes",
        "framing",
        "contradictions",
        "claims",
        "timelines",
        "promises",
        "search",
    }
    store = ingested(store_url, seeds_dir)
    for name in ("entities", "quotes", "framing", "recognise", "claims", "views", "search"):
        as_older_database(store, name)
    ran = []
    monkeypatch.setitem(BACKFILLS, "recognise", lambda s, settings: ran.append("recognise"))
    monkeypatch.setitem(BACKFILLS, "views", lambda s, settings: ran.append("views"))
    for name in ("entities", "quotes", "framing", "claims", "search"):
        monkeypatch.setitem(BACKFILLS, name, lambda s, settings, n=name: ran.append(n))
    done = run_backfills(store, Settings(strict=True, db=store_url))
    assert sorted(ran) == ["recognise", "views"]
    covered = ["claims", "entities", "framing", "quotes", "recognise", "search", "views"]
    assert sorted(done) == covered
    assert store.pending_backfills() == []
    store.close()
