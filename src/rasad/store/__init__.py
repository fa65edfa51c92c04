"""Persistence of documents and their materialized views: SQLite (default) or PostgreSQL."""

from __future__ import annotations

from rasad.store.base import (
    CorrectionStore,
    DocumentLookup,
    EntityLinkStore,
    EntityNames,
    EntityReader,
    ExportStore,
    FramingReader,
    IngestStore,
    MetaStore,
    OutletReader,
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
from rasad.store.framing_sql import FramingFilter


def open_store(url: str) -> Store:
    """The store for a SQLite path or a postgresql:// URL."""
    if url.startswith(("postgresql://", "postgres://")):
        from rasad.store.postgres import PostgresStore

        return PostgresStore(url)
    from rasad.store.sqlite import SQLiteStore

    return SQLiteStore(url)


__all__ = [
    "CorrectionStore",
    "DocumentLookup",
    "EntityLinkStore",
    "EntityNames",
    "EntityReader",
    "ExportStore",
    "FramingFilter",
    "FramingReader",
    "IngestStore",
    "MetaStore",
    "OutletReader",
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
