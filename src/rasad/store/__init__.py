"""Persistence of documents and their materialized views: SQLite (default) or PostgreSQL."""

from __future__ import annotations

from rasad.store.base import (
    DocumentLookup,
    EntityLinkStore,
    EntityReader,
    ExportStore,
    IngestStore,
    MetaStore,
    QueryStore,
    SignatureStore,
    SpanLinks,
    Store,
    StoreError,
    StorySources,
    StoryStateStore,
    SurnameLookup,
    ViewStore,
)


def open_store(url: str) -> Store:
    """The store for a SQLite path or a postgresql:// URL."""
    if url.startswith(("postgresql://", "postgres://")):
        from rasad.store.postgres import PostgresStore

        return PostgresStore(url)
    from rasad.store.sqlite import SQLiteStore

    return SQLiteStore(url)


__all__ = [
    "DocumentLookup",
    "EntityLinkStore",
    "EntityReader",
    "ExportStore",
    "IngestStore",
    "MetaStore",
    "QueryStore",
    "SignatureStore",
    "SpanLinks",
    "Store",
    "StoreError",
    "StoryStateStore",
    "StorySources",
    "SurnameLookup",
    "ViewStore",
    "open_store",
]
