"""The `Store` protocol: what the CLI, API and pipeline need from a database."""

from __future__ import annotations

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
        self, rows: Iterable[tuple[str, str | None, str, bytes]], removed: Iterable[str] = ()
    ) -> None:
        """Write story index states (`rasad.cluster.state`) and drop those of merged stories."""

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


def open_store(url: str) -> Store:
    """The store for a SQLite path or a postgresql:// URL."""
    if url.startswith(("postgresql://", "postgres://")):
        from rasad.store.postgres import PostgresStore

        return PostgresStore(url)
    from rasad.store.sqlite import SQLiteStore

    return SQLiteStore(url)
