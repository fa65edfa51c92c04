"""The SQL of the stored framing occurrences (`framing_terms`), the same for both backends:
`mark` is the parameter placeholder ("?" or "%s"). `rasad.services.framing` writes the rows
and builds the archive view (`rasad framing`, `/api/v1/framing`) from what these read."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rasad.store.sql import bound

Statements = list[tuple[str, list[tuple]]]
COLUMNS = (
    "doc_seq",
    "position",
    "doc",
    "field",
    "lang",
    "outlet",
    "published",
    "term",
    "category",
    "family",
    "target",
    "target_key",
    "voice",
    "speaker",
    "span_start",
    "span_end",
    "text",
)


@dataclass(frozen=True)
class FramingFilter:
    """What `rasad framing` and `/api/v1/framing` filter on (each optional)."""

    term: str | None = None
    category: str | None = None
    target: str | None = None
    outlet: str | None = None
    lang: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    story: str | None = None
    voice: str | None = None


def marks(n: int, mark: str) -> str:
    return f"({', '.join([mark] * n)})"


def framing_writes(rows: list[tuple], seqs: list[int], mark: str) -> Statements:
    """(SQL, rows) replacing the framing rows of these documents."""
    return [
        (f"DELETE FROM framing_terms WHERE doc_seq = {mark}", [(s,) for s in seqs]),
        (
            f"INSERT INTO framing_terms ({', '.join(COLUMNS)}) VALUES {marks(len(COLUMNS), mark)}",
            rows,
        ),
    ]


def where(filters: FramingFilter, mark: str) -> tuple[str, list[Any]]:
    """WHERE over `framing_terms f` for the filters that are set."""
    chosen = [
        (condition, value)
        for condition, value in (
            (f"f.term = {mark}", filters.term),
            (f"f.category = {mark}", filters.category),
            (f"f.target = {mark}", filters.target),
            (f"f.outlet = {mark}", filters.outlet),
            (f"f.lang = {mark}", filters.lang),
            (f"f.voice = {mark}", filters.voice),
            (f"f.published >= {mark}", filters.date_from),
            (f"substr(f.published, 1, length({mark})) <= {mark}", filters.date_to),
            (f"f.doc_seq IN (SELECT seq FROM documents WHERE story = {mark})", filters.story),
        )
        if value
    ]
    clause = " WHERE " + " AND ".join(c for c, _ in chosen) if chosen else ""
    return clause, bound(chosen, mark)


def framing_page(
    conn: Any, filters: FramingFilter, limit: int, offset: int, mark: str
) -> tuple[int, list[dict[str, Any]]]:
    """(total, a page of occurrences in document order)."""
    clause, params = where(filters, mark)
    total = conn.execute(f"SELECT count(*) AS n FROM framing_terms f{clause}", params).fetchone()
    rows = conn.execute(
        f"SELECT * FROM framing_terms f{clause} ORDER BY f.doc_seq, f.position "
        f"LIMIT {mark} OFFSET {mark}",
        [*params, limit, offset],
    ).fetchall()
    return total["n"], [dict(r) for r in rows]


def framing_counts(conn: Any, filters: FramingFilter, by: str, mark: str) -> list[dict[str, Any]]:
    """Occurrences and documents per value of `by` (outlet, target, category, term, lang…)."""
    assert by in COLUMNS
    clause, params = where(filters, mark)
    rows = conn.execute(
        f"SELECT f.{by} AS value, count(*) AS occurrences, count(DISTINCT f.doc_seq) AS documents "
        f"FROM framing_terms f{clause} GROUP BY f.{by} ORDER BY occurrences DESC, value",
        params,
    ).fetchall()
    return [dict(r) for r in rows]


def framing_shares(
    conn: Any, filters: FramingFilter, mark: str
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Per (outlet, target, month): documents applying any framing term to the target, and
    per category how many of those documents use it."""
    clause, params = where(filters, mark)
    month = "coalesce(substr(f.published, 1, 7), 'unknown')"
    base = f"FROM framing_terms f{clause}{' AND' if clause else ' WHERE'} f.target IS NOT NULL"
    totals = conn.execute(
        f"SELECT f.outlet AS outlet, f.target AS target, {month} AS month, "
        f"count(DISTINCT f.doc_seq) AS documents {base} GROUP BY f.outlet, f.target, {month}",
        params,
    ).fetchall()
    by_category = conn.execute(
        f"SELECT f.outlet AS outlet, f.target AS target, {month} AS month, f.category AS category, "
        f"count(DISTINCT f.doc_seq) AS documents {base} "
        f"GROUP BY f.outlet, f.target, {month}, f.category",
        params,
    ).fetchall()
    return [dict(r) for r in totals], [dict(r) for r in by_category]


def framing_for_docs(conn: Any, doc_ids: list[str], mark: str) -> list[dict[str, Any]]:
    """Every stored occurrence of these documents, in document order."""
    if not doc_ids:
        return []
    rows = conn.execute(
        f"SELECT * FROM framing_terms WHERE doc IN {marks(len(doc_ids), mark)} "
        "ORDER BY doc_seq, position",
        doc_ids,
    ).fetchall()
    return [dict(r) for r in rows]
