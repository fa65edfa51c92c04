"""A database an older version linked is linked again with the current linker the first time
it is opened (the "entities" backfill): its old merges and `LOC:` keys go, every view that
names an entity follows, and a relink killed half-way goes on where it stopped."""

from __future__ import annotations

from rasad.analysis import pages
from rasad.config import Settings
from rasad.services import entity_links
from rasad.services import queries as views
from rasad.services.ingest import ingest_paths
from rasad.services.materialize import open_store as open_materialized
from rasad.store import Store, open_store
from tests.support.legacy import as_older_database, link_as_older_version

ALL = pages.Page(limit=10**6)


def _state(store: Store) -> tuple:
    """The entity list, every entity page and the quote list, as a reader sees them."""
    entities = views.entity_list(store, window=ALL)
    return (
        entities,
        [views.entity_page(store, e["id"]) for e in entities["entities"]],
        views.quote_list(store),
    )


def _keys(store: Store) -> set[str]:
    return {r["key"] for r in store.conn.execute("SELECT key FROM entities")}  # type: ignore[attr-defined]


def test_an_older_database_is_relinked_on_first_use(store_url, seeds_dir):
    store = open_store(store_url)
    ingest_paths([seeds_dir], store, Settings(strict=True, db=store_url))
    now = _state(store)
    assert "GPE:Iraq" in _keys(store)
    link_as_older_version(store)
    as_older_database(store, backfill="entities")
    assert "GPE:Iraq" not in _keys(store) and any(k.startswith("LOC:=") for k in _keys(store))
    assert _state(store) != now
    store.close()
    store = open_materialized(store_url, Settings(db=store_url))
    assert store.pending_backfills() == []
    assert _state(store) == now and "GPE:Iraq" in _keys(store)
    assert store.get_meta(entity_links.RELINKING) is None
    store.close()
    store = open_materialized(store_url, Settings(db=store_url))  # once only: nothing to redo
    assert _state(store) == now
    store.close()


def test_a_killed_relink_goes_on_where_it_stopped(store_url, seeds_dir):
    store = open_store(store_url)
    ingest_paths([seeds_dir], store, Settings(strict=True, db=store_url, batch_size=2))
    now = _state(store)
    # killed after the old links went and the first documents were linked again
    store.unlink_entities(entity_links.LINKED, entity_links.RELINKING)
    first = [(seq, doc) for seq, doc in store.documents_after(0, 2) if not doc.rejected]
    store.put_entity_links(entity_links.link_batch(store, first), first[-1][0])
    as_older_database(store, backfill="entities")
    store.close()
    store = open_materialized(store_url, Settings(db=store_url))
    assert _state(store) == now
    store.close()
