"""Databases as an older rasad left them, for the tests of the backfills."""

from __future__ import annotations

from rasad.entities.link import canonical_types
from rasad.services import entity_links
from rasad.store import Store


def as_older_database(store: Store, backfill: str = "views", **flags: str) -> None:
    """Make `store` look as a version before the migration of `backfill` left it: that
    backfill pending, and the meta flags that version kept (`story_views_ready="0"`, …)."""
    for key, value in flags.items():
        store.set_meta(key, value)
    mark = store.MARK  # type: ignore[attr-defined]
    store._run(  # type: ignore[attr-defined]
        [
            (f"DELETE FROM backfills WHERE name = {mark}", [(backfill,)]),
            (f"INSERT INTO backfills(migration, name) VALUES ({mark}, {mark})", [(16, backfill)]),
        ]
    )


def link_as_older_version(store: Store, through: int | None = None) -> None:
    """Replace the stored entity links with those an older version made: places without their
    gazetteer names and typed LOC (keys `LOC:=…` where `GPE:Iraq` is now), linked up to the
    document `through` (all when None)."""
    store.unlink_entities(entity_links.LINKED, "older")
    store.delete_meta("older")
    batch = [
        (seq, doc)
        for seq, doc in store.documents_after(0, 10**9)
        if not doc.rejected and (through is None or seq <= through)
    ]
    places = {name for name, kind in canonical_types().items() if kind in ("GPE", "LOC")}
    for _, doc in batch:
        doc.entities = [
            {**m, "type": "LOC", "canonical": None}
            if m["type"] in ("GPE", "LOC") or m.get("canonical") in places
            else m
            for m in doc.entities
        ]
    store.put_entity_links(entity_links.link_batch(store, batch), batch[-1][0])
