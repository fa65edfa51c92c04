"""The `Store` protocol: what the CLI, API and pipeline need from a database."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, Protocol
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np

from rasad.model import Document
from rasad.search import SearchFilter


class StoreError(RuntimeError):
    """A database problem explained for a person (locked, read-only, newer schema…)."""


class Store(Protocol):
    def put_documents(self, docs: Iterable[Document]) -> int:
        """Write documents in one transaction; return how many were new."""

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """Those of `hashes` whose content is already stored."""

    def id_taken(self, doc_id: str) -> bool:
        """Whether a document with this id is stored already."""

    def get_document(self, doc_id: str) -> Document | None:
        """One document by id, or None."""

    def iter_documents(self, *, include_rejected: bool = False) -> Iterator[Document]:
        """Every document in ingest order."""

    def iter_story_documents(self, story_ids: Iterable[str]) -> Iterator[Document]:
        """The accepted documents of these stories, in ingest order."""

    def update_documents(self, docs: Iterable[Document]) -> None:
        """Rewrite the analysis of stored documents (after a corpus-level stage)."""

    def put_signatures(
        self, pairs: Iterable[tuple[str, np.ndarray]], buckets: Iterable[tuple[str, int]] = ()
    ) -> None:
        """Store near-duplicate signatures (arrival order is kept) and their LSH buckets."""

    def signatures_in_buckets(self, buckets: list[int]) -> list[tuple[str, np.ndarray]]:
        """Stored signatures (of stored documents) sharing any of these buckets, earliest first."""

    def iter_signatures(self) -> Iterator[tuple[str, np.ndarray]]:
        """Stored near-duplicate signatures in arrival order."""

    def put_vectors(self, pairs: Iterable[tuple[str, np.ndarray]], model: str = "e5-small") -> None:
        """Store document vectors."""

    def iter_vectors(self) -> Iterator[tuple[str, np.ndarray]]:
        """Stored document vectors."""

    def put_story_states(
        self,
        rows: Iterable[tuple[str, str | None, str, bytes]],
        removed: Iterable[str] = (),
        names: Iterable[tuple[str, str, str]] = (),
    ) -> None:
        """Write story index states (`rasad.cluster.state`) and drop those of merged stories;
        `names` (story, entity name, last day) replace the names those stories are filed
        under for reach-back."""

    def story_states_named(
        self, names: Iterable[str], last_before: str, per_name: int
    ) -> Iterator[tuple[str, str | None, str, bytes]]:
        """Stored states of the `per_name` most recent stories filed under each name whose
        last day is before `last_before`."""

    def iter_story_states(
        self, last_from: str | None = None, last_before: str | None = None
    ) -> Iterator[tuple[str, str | None, str, bytes]]:
        """Stored story states by id: all, or those whose last day is from `last_from` on
        (undated ones too), or before `last_before`, or both."""

    def story_states_span(self) -> tuple[str | None, int]:
        """The latest last day among the stored story states, and the highest story number."""

    def search(
        self, query: str, filters: SearchFilter, limit: int = 20, offset: int = 0
    ) -> tuple[int, list[tuple[Document, float]]]:
        """(total hits, a page of (document, score)) for a full-text query, best first."""

    def count(self) -> int:
        """Number of accepted documents."""

    def stats(self) -> dict[str, Any]:
        """Counts by language, outlet and rejection reason, and the date span."""

    def story_documents(self, story_id: str) -> list[Document]:
        """The accepted documents of one story, in ingest order (an indexed read)."""

    def vectors_of(self, doc_ids: Iterable[str]) -> dict[str, np.ndarray]:
        """Stored vectors of these documents (those that have one)."""

    def story_summaries(
        self, filters: SearchFilter, limit: int = 50, offset: int = 0
    ) -> tuple[int, list[dict[str, Any]]]:
        """(total, a page of rows of the `stories` table), largest first; a story passes the
        filters when one of its documents does (`filters.entity` is not supported here)."""

    def put_story_summaries(self, rows: Iterable[dict[str, Any]]) -> None:
        """Write summary rows (replacing a story's earlier row)."""

    def delete_story_summaries(self, story_ids: Iterable[str]) -> None:
        """Remove the summary rows of stories that no longer exist."""

    def stale_stories(self) -> set[str]:
        """Stories whose summary row is missing, of another size than their documents, or
        left with no documents (after a merge)."""

    def get_meta(self, key: str) -> str | None:
        """A stored value of the store's own state (index snapshots, versions)."""

    def set_meta(self, key: str, value: str) -> None:
        """Store a value of the store's own state."""

    def close(self) -> None:
        """Release the connection."""


def public_url(url: str) -> str:
    """A database path or URL fit to print: any password removed (from the URL's user part
    and from a `password=` query parameter)."""
    if not url.startswith(("postgresql://", "postgres://")):
        return url
    parts = urlsplit(url)
    netloc = parts.netloc
    if parts.password is not None:
        host = parts.netloc.rsplit("@", 1)[1]
        netloc = f"{parts.username}@{host}" if parts.username else host
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if k != "password"])
    return urlunsplit(parts._replace(netloc=netloc, query=query))


def summary(conn: Any, database: str, schema_version: int) -> dict[str, Any]:
    """`Store.stats()` from a connection of either backend (the SQL is the same in both)."""

    def grouped(column: str, where: str = "rejected IS NULL") -> dict[str, int]:
        rows = conn.execute(
            f"SELECT coalesce({column}, '(unknown)') AS k, count(*) AS n FROM documents "
            f"WHERE {where} GROUP BY k ORDER BY n DESC, k"
        )
        return {r["k"]: r["n"] for r in rows}

    span = conn.execute(
        "SELECT min(published) AS first_day, max(published) AS last_day, "
        "count(*) AS n FROM documents WHERE rejected IS NULL"
    ).fetchone()
    rejections = grouped("rejected", "rejected IS NOT NULL")
    return {
        "database": database,
        "schema_version": schema_version,
        "documents": span["n"],
        "rejected": sum(rejections.values()),
        "languages": grouped("lang"),
        "outlets": grouped("outlet"),
        "rejections": rejections,
        "published": {"first": span["first_day"], "last": span["last_day"]},
    }


def story_state_filter(
    last_from: str | None, last_before: str | None, mark: str
) -> tuple[str, list[str]]:
    """The WHERE clause (with its parameters) of `Store.iter_story_states` for either backend."""
    if last_from and last_before:
        return f" WHERE last_day >= {mark} AND last_day < {mark}", [last_from, last_before]
    if last_from:
        return f" WHERE last_day >= {mark} OR last_day IS NULL", [last_from]
    if last_before:
        return f" WHERE last_day < {mark}", [last_before]
    return "", []


STORY_COLUMNS = (
    "id",
    "title",
    "size",
    "articles",
    "copies",
    "languages",
    "outlets",
    "first_seen",
    "last_seen",
    "events",
    "months",
    "generation",
)
JSON_COLUMNS = ("languages", "outlets", "months")


def story_row_values(row: dict[str, Any]) -> tuple:
    """A summary row as column values (lists and counts as JSON text)."""
    return tuple(
        json.dumps(row[c], ensure_ascii=False, sort_keys=True) if c in JSON_COLUMNS else row[c]
        for c in STORY_COLUMNS
    )


def upsert_story_sql(mark: str) -> str:
    """INSERT … ON CONFLICT for one summary row (the same SQL in both backends)."""
    updates = ", ".join(f"{c} = excluded.{c}" for c in STORY_COLUMNS[1:])
    marks = ", ".join([mark] * len(STORY_COLUMNS))
    return (
        f"INSERT INTO stories ({', '.join(STORY_COLUMNS)}) VALUES ({marks}) "
        f"ON CONFLICT (id) DO UPDATE SET {updates}"
    )


def story_page(
    conn: Any, filters: SearchFilter, limit: int, offset: int, mark: str, contains: str
) -> tuple[int, list[dict[str, Any]]]:
    """`Store.story_summaries` from a connection of either backend; `mark` is the parameter
    placeholder, `contains` a template "is {mark} a substring of {column}" in its dialect."""
    where, params = _story_conditions(filters, mark, contains)
    total = conn.execute(f"SELECT count(*) AS n FROM stories s{where}", params).fetchone()["n"]
    rows = conn.execute(
        f"SELECT * FROM stories s{where} ORDER BY s.size DESC, s.id LIMIT {mark} OFFSET {mark}",
        [*params, limit, offset],
    ).fetchall()
    return total, [
        {c: json.loads(r[c]) if c in JSON_COLUMNS else r[c] for c in STORY_COLUMNS} for r in rows
    ]


def _story_conditions(filters: SearchFilter, mark: str, contains: str) -> tuple[str, list[Any]]:
    """WHERE over the summary table. A story passes when one of its documents passes every
    filter: with one document filter the summary decides it exactly (a language among its
    languages, its last day on or after `date_from`…); with more, the same document must pass
    them all, which an EXISTS over the story's documents checks (through their index)."""
    conditions, params = [], []
    if filters.story:
        conditions.append(f"s.id = {mark}")
        params.append(filters.story)
    for column, value in (("languages", filters.lang), ("outlets", filters.outlet)):
        if value:
            conditions.append(contains.format(column=f"s.{column}", mark=mark))
            params.append(json.dumps(value, ensure_ascii=False))
    if filters.date_from:
        conditions.append(f"s.last_seen >= {mark}")
        params.append(filters.date_from)
    if filters.date_to:
        conditions.append(f"substr(s.first_seen, 1, length({mark})) <= {mark}")
        params += [filters.date_to, filters.date_to]
    document_filters = [
        (condition, value)
        for condition, value in (
            (f"d.lang = {mark}", filters.lang),
            (f"d.outlet = {mark}", filters.outlet),
            (f"d.published >= {mark}", filters.date_from),
        )
        if value
    ]
    if filters.date_to:
        document_filters.append(
            (f"substr(d.published, 1, length({mark})) <= {mark}", filters.date_to)
        )
    if len(document_filters) > 1:
        conditions.append(
            "EXISTS (SELECT 1 FROM documents d WHERE d.story = s.id AND d.rejected IS NULL AND "
            + " AND ".join(c for c, _ in document_filters)
            + ")"
        )
        for condition, value in document_filters:
            params += [value] * condition.count(mark)
    return (" WHERE " + " AND ".join(conditions) if conditions else ""), params


STALE_STORIES = """
    SELECT d.story AS id FROM (
        SELECT story, count(*) AS n FROM documents
        WHERE story IS NOT NULL AND rejected IS NULL GROUP BY story
    ) d LEFT JOIN stories s ON s.id = d.story
    WHERE s.size IS NULL OR s.size <> d.n
    UNION
    SELECT s.id FROM stories s WHERE NOT EXISTS (
        SELECT 1 FROM documents d WHERE d.story = s.id AND d.rejected IS NULL
    )
"""


def open_store(url: str) -> Store:
    """The store for a SQLite path or a postgresql:// URL."""
    if url.startswith(("postgresql://", "postgres://")):
        from rasad.store.postgres import PostgresStore

        return PostgresStore(url)
    from rasad.store.sqlite import SQLiteStore

    return SQLiteStore(url)
