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
ABOUT_COLUMNS = ("doc_seq", "doc", "lang", "outlet", "published", "target")


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


def about_insert(mark: str) -> str:
    """INSERT of one `framing_about` row: an article and a target it is about."""
    return (
        f"INSERT INTO framing_about ({', '.join(ABOUT_COLUMNS)}) "
        f"VALUES {marks(len(ABOUT_COLUMNS), mark)}"
    )


def framing_writes(
    rows: list[tuple], seqs: list[int], mark: str, about: list[tuple] | None = None
) -> Statements:
    """(SQL, rows) replacing the framing rows of these documents (and, when given, the
    targets they are about)."""
    writes = [
        (f"DELETE FROM framing_terms WHERE doc_seq = {mark}", [(s,) for s in seqs]),
        (
            f"INSERT INTO framing_terms ({', '.join(COLUMNS)}) VALUES {marks(len(COLUMNS), mark)}",
            rows,
        ),
    ]
    if about is not None:
        writes += [
            (f"DELETE FROM framing_about WHERE doc_seq = {mark}", [(s,) for s in seqs]),
            (about_insert(mark), about),
        ]
    return writes


def conditions(
    filters: FramingFilter, mark: str, alias: str, counted: bool = True
) -> list[tuple[str, Any]]:
    """(condition, value) of the filters that are set, over the table `alias`; `counted`: with
    term, category and voice too (they choose the occurrences counted, not the articles)."""
    every = (
        (f"{alias}.term = {mark}", filters.term, True),
        (f"{alias}.category = {mark}", filters.category, True),
        (f"{alias}.target = {mark}", filters.target, False),
        (f"{alias}.outlet = {mark}", filters.outlet, False),
        (f"{alias}.lang = {mark}", filters.lang, False),
        (f"{alias}.voice = {mark}", filters.voice, True),
        (f"{alias}.published >= {mark}", filters.date_from, False),
        (f"substr({alias}.published, 1, length({mark})) <= {mark}", filters.date_to, False),
        (
            f"{alias}.doc_seq IN (SELECT seq FROM documents WHERE story = {mark})",
            filters.story,
            False,
        ),
    )
    return [
        (c, value) for c, value, only_counted in every if value and (counted or not only_counted)
    ]


def where(filters: FramingFilter, mark: str) -> tuple[str, list[Any]]:
    """WHERE over `framing_terms f` for the filters that are set."""
    chosen = conditions(filters, mark, "f")
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


def about_where(filters: FramingFilter, mark: str) -> tuple[str, list[Any]]:
    """WHERE over `framing_about a` for the filters that say which articles count (outlet,
    target, language, dates, story); term, category and voice choose what is counted."""
    chosen = conditions(filters, mark, "a", counted=False)
    return " AND ".join(c for c, _ in chosen) or "1 = 1", bound(chosen, mark)


PERIODS = {"month": 7, "year": 4}  # characters of the ISO date that name the period


def framing_shares(
    conn: Any, filters: FramingFilter, mark: str, period: str = "month"
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Per (outlet, target, month or year) of the (outlet, target) pairs the filters' occurrences
    apply a term to: the outlet's articles about the target (`framing_about`: naming it, or
    framing it), and per category how many of those use it for the target."""
    clause, params = where(filters, mark)
    month = f"coalesce(substr({{t}}.published, 1, {PERIODS[period]}), 'unknown')"
    base = f"FROM framing_terms f{clause}{' AND' if clause else ' WHERE'} f.target IS NOT NULL"
    about, about_params = about_where(filters, mark)
    a_month = month.format(t="a")
    totals = conn.execute(
        f"SELECT a.outlet AS outlet, a.target AS target, {a_month} AS month, "
        f"count(DISTINCT a.doc_seq) AS documents FROM framing_about a "
        f"JOIN (SELECT DISTINCT f.outlet AS outlet, f.target AS target {base}) p "
        f"ON p.target = a.target AND coalesce(p.outlet, '') = coalesce(a.outlet, '') "
        f"WHERE {about} GROUP BY a.outlet, a.target, {a_month}",
        [*params, *about_params],
    ).fetchall()
    f_month = month.format(t="f")
    by_category = conn.execute(
        f"SELECT f.outlet AS outlet, f.target AS target, {f_month} AS month, "
        f"f.category AS category, count(DISTINCT f.doc_seq) AS documents {base} "
        f"GROUP BY f.outlet, f.target, {f_month}, f.category",
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
