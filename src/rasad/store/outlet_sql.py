"""SQL both stores run word for word for outlet profiles, an outlet's framing counts, a story's
documents per outlet, and the corrections an analyst makes to a document's date or outlet
(with every column and count that copies the date or the outlet moved in the same
transaction)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from rasad.model import Document
from rasad.store.entity_sql import marks

Statements = list[tuple[str, list[tuple]]]

PROFILE_COLUMNS = ("name", "domains", "aliases", "country", "lang", "type", "source", "updated_at")
CORRECTION_COLUMNS = (
    "id",
    "doc",
    "field",
    "old_value",
    "new_value",
    "author",
    "note",
    "made_at",
    "undone_at",
    "undone_by",
)


def profile_rows(conn: Any) -> list[dict[str, Any]]:
    """Every stored (user) outlet profile, by name."""
    rows = conn.execute(f"SELECT {', '.join(PROFILE_COLUMNS)} FROM outlets ORDER BY name")
    return [dict(r) for r in rows]


def profile_writes(rows: list[dict[str, Any]], mark: str) -> Statements:
    """Insert or replace outlet profiles (keyed by name)."""
    m = mark
    sets = ", ".join(f"{c} = excluded.{c}" for c in PROFILE_COLUMNS[1:])
    return [
        (
            f"INSERT INTO outlets ({', '.join(PROFILE_COLUMNS)}) "
            f"VALUES {marks(list(PROFILE_COLUMNS), m)} ON CONFLICT (name) DO UPDATE SET {sets}",
            [tuple(r.get(c) for c in PROFILE_COLUMNS) for r in rows],
        )
    ]


def story_outlets(conn: Any, story_id: str, mark: str) -> dict[str, int]:
    """A story's accepted documents per outlet ("" when unknown), most first."""
    rows = conn.execute(
        "SELECT coalesce(outlet, '') AS outlet, count(*) AS n FROM documents "
        f"WHERE story = {mark} AND rejected IS NULL GROUP BY 1 ORDER BY 2 DESC, 1",
        (story_id,),
    )
    return {r["outlet"]: r["n"] for r in rows}


def framing_rows(conn: Any, outlet: str | None, mark: str) -> list[dict[str, Any]]:
    """(outlet, month, category, term, n) of one outlet's loaded terms, or of every outlet's."""
    where, params = (f" WHERE outlet = {mark}", (outlet,)) if outlet is not None else ("", ())
    rows = conn.execute(
        f"SELECT outlet, month, category, term, n FROM outlet_framing{where} "
        "ORDER BY outlet, month, category, n DESC, term",
        params,
    )
    return [dict(r) for r in rows]


def correction_rows(conn: Any, doc: str | None, mark: str) -> list[dict[str, Any]]:
    """The corrections of one document (or all), oldest first."""
    where, params = (f" WHERE doc = {mark}", (doc,)) if doc else ("", ())
    rows = conn.execute(
        f"SELECT {', '.join(CORRECTION_COLUMNS)} FROM corrections{where} ORDER BY id", params
    )
    return [dict(r) for r in rows]


def correction_row(conn: Any, correction_id: int, mark: str) -> dict[str, Any] | None:
    """One correction by its number."""
    row = conn.execute(
        f"SELECT {', '.join(CORRECTION_COLUMNS)} FROM corrections WHERE id = {mark}",
        (correction_id,),
    ).fetchone()
    return dict(row) if row else None


def correction_insert(row: dict[str, Any], mark: str) -> tuple[str, tuple]:
    """Record one correction (the caller reads its number back)."""
    columns = CORRECTION_COLUMNS[1:8]
    return (
        f"INSERT INTO corrections ({', '.join(columns)}) VALUES {marks(list(columns), mark)}",
        tuple(row.get(c) for c in columns),
    )


def undo_update(correction_id: int, by: str, at: str, mark: str) -> Statements:
    """Mark a correction undone."""
    m = mark
    return [
        (
            f"UPDATE corrections SET undone_at = {m}, undone_by = {m} WHERE id = {m}",
            [(at, by, correction_id)],
        )
    ]


def _month(published: str | None) -> str:
    return (published or "unknown")[:7]


def moved_fields(conn: Any, doc: Document, before: Document, mark: str) -> Statements:
    """What rewriting a document whose date or outlet changed also changes: the copies of
    the date and outlet beside its quotes and mentions, and the entity page counts (mentions
    per month, documents per outlet)."""
    m = mark
    old_date = (before.published or {}).get("value")
    new_date = (doc.published or {}).get("value")
    statements: Statements = [
        (
            f"UPDATE quotes SET outlet = {m}, published = {m} WHERE doc = {m}",
            [(doc.outlet, new_date, doc.id)],
        ),
        (
            f"UPDATE entity_mentions SET published = {m} WHERE doc = {m}",
            [(new_date, doc.id)],
        ),
    ]
    seq = conn.execute(f"SELECT seq FROM documents WHERE id = {m}", (doc.id,)).fetchone()["seq"]
    per_entity = Counter(
        r["entity"]
        for r in conn.execute(f"SELECT entity FROM entity_mentions WHERE doc = {m}", (doc.id,))
    )
    if _month(old_date) != _month(new_date) and per_entity:
        statements += _moved_counts(
            "entity_months",
            "month",
            "mentions",
            per_entity,
            (_month(old_date), _month(new_date)),
            m,
        )
    if (before.outlet or "") != (doc.outlet or "") and per_entity:
        ones = Counter(dict.fromkeys(per_entity, 1))
        statements += _moved_counts(
            "entity_outlets",
            "outlet",
            "documents",
            ones,
            (before.outlet or "", doc.outlet or ""),
            m,
            seq,
        )
    return statements


def _moved_counts(
    table: str,
    column: str,
    count: str,
    per_entity: Counter,
    keys: tuple[str, str],
    m: str,
    seq: int | None = None,
) -> Statements:
    """Move each entity's count from one key of a count table to another (`seq`: the
    document's number, for a table that keeps each row's first document)."""
    old, new = keys
    first = ", first" if seq is not None else ""
    first_value = f", {m}" if first else ""
    rows = list(per_entity.items())
    return [
        (
            f"UPDATE {table} SET {count} = {count} - {m} WHERE entity = {m} AND {column} = {m}",
            [(n, entity, old) for entity, n in rows],
        ),
        (
            f"DELETE FROM {table} WHERE entity = {m} AND {column} = {m} AND {count} <= 0",
            [(entity, old) for entity, _ in rows],
        ),
        (
            f"INSERT INTO {table} (entity, {column}, {count}{first}) "
            f"VALUES ({m}, {m}, {m}{first_value}) ON CONFLICT (entity, {column}) "
            f"DO UPDATE SET {count} = {table}.{count} + excluded.{count}",
            [(entity, new, n, seq) if first else (entity, new, n) for entity, n in rows],
        ),
    ]
