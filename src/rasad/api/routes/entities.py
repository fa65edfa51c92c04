"""Entities linked across documents and scripts: the list and one entity."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse

from rasad.analysis.pages import PAGE_SIZE, Page
from rasad.api.deps import API, errors, get_store
from rasad.services import queries
from rasad.store import Store

router = APIRouter()


@router.get(f"{API}/entities")
def api_entities(
    type: str | None = Query(None, pattern="^(PER|ORG|LOC|GPE|MISC)$"),
    story: str | None = None,
    limit: int = Query(200, ge=1, le=1000),
    offset: int = Query(0, ge=0, le=10_000_000),
    documents: int = Query(
        20,
        ge=0,
        le=1_000_000,
        description="document ids listed per entity, first mentioned first "
        "(`document_count` counts them all)",
    ),
    store: Store = Depends(get_store),
) -> Any:
    """Entities linked across documents and scripts, most mentioned first."""
    # plain JSON, not FastAPI's encoder: a page can list many document ids
    listed = queries.entity_list(store, type, story, Page(limit, offset), documents)
    return JSONResponse(listed)


def entity_windows(
    mentions_limit: int = Query(PAGE_SIZE, ge=0, le=500),
    mentions_offset: int = Query(0, ge=0, le=10_000_000),
    quotes_limit: int = Query(PAGE_SIZE, ge=0, le=500),
    quotes_offset: int = Query(0, ge=0, le=10_000_000),
    documents: int = Query(
        queries.ENTITY_DOCUMENTS,
        ge=0,
        le=1_000_000,
        description="document ids listed, first mentioned first (`document_count` counts them all)",
    ),
) -> dict[str, Any]:
    return {
        "mentions": Page(mentions_limit, mentions_offset),
        "quotes": Page(quotes_limit, quotes_offset),
        "documents": documents,
    }


def entity_context(
    entity_id: str,
    windows: dict[str, Any] = Depends(entity_windows),
    store: Store = Depends(get_store),
) -> dict[str, Any]:
    """One entity's page (the JSON answer, and the HTML page's `entity`)."""
    return queries.entity_page(store, entity_id, **windows)


@router.get(f"{API}/entities/{{entity_id}}", responses=errors(404))
def api_entity(entity: dict[str, Any] = Depends(entity_context)) -> Any:
    """One entity: names per language, mentions over time (`timeline`, by month),
    mentions per language, documents per outlet, its stories, co-occurring entities,
    mentions and quotes. The cost does not grow with the entity's mentions:

    - `mention_list` is one page of its mentions in document order (`mentions_limit`,
      `mentions_offset`; `mention_page` gives total, limit and offset), and `quotes` one
      page of what it said (`quotes_limit`, `quotes_offset`; `quote_page`; every quote
      is also in `/api/v1/quotes?entity=`);
    - `documents` lists its first `documents` document ids (`document_count` counts all);
    - `stories` are the 100 stories with the most of its documents, with those counts
      (`story_count` counts all);
    - `cooccurring`: the 15 entities in the most of its documents, counted over its 1,000
      most recently stored documents (`cooccurring_documents` says how many were counted;
      the count is exact for an entity in fewer)."""
    return JSONResponse(entity)
