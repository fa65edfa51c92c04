"""Databases as an older rasad left them, for the tests of the backfills."""

from __future__ import annotations

from rasad.store import Store


def as_older_database(store: Store, **flags: str) -> None:
    """Make `store` look as a version before migration 16 left it: the "views" backfill
    pending, and the meta flags that version kept (`story_views_ready="0"`, …)."""
    for key, value in flags.items():
        store.set_meta(key, value)
    mark = store.MARK  # type: ignore[attr-defined]
    store._run(  # type: ignore[attr-defined]
        [
            (f"DELETE FROM backfills WHERE name = {mark}", [("views",)]),
            (f"INSERT INTO backfills(migration, name) VALUES ({mark}, {mark})", [(16, "views")]),
        ]
    )
