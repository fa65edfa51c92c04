"""Full-text search: the JSON results and the search page, from the same query."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from rasad.analysis.pages import Page
from rasad.analysis.search import SearchFilter
from rasad.api.deps import API, get_store, item_filters, render
from rasad.services import queries
from rasad.store import Store

router = APIRouter()


@router.get(f"{API}/search")
def api_search(
    q: str = Query("", max_length=500),
    page: int | None = Query(None, ge=1, le=1000),
    limit: int = Query(queries.SEARCH_PAGE, ge=1, le=100),
    offset: int = Query(0, ge=0, le=100_000),
    f: SearchFilter = Depends(item_filters),
    store: Store = Depends(get_store),
) -> dict[str, Any]:
    """Full-text search across spelling variants; snippets are HTML with <mark>."""
    start = (page - 1) * limit if page else offset
    return queries.search(store, q, f, window=Page(limit, start))


@router.get("/search", response_class=HTMLResponse)
def page_search(
    request: Request,
    q: str = Query("", max_length=500),
    page: int = Query(1, ge=1, le=1000),
    f: SearchFilter = Depends(item_filters),
    store: Store = Depends(get_store),
):
    return render(request, "search.html", queries.search(store, q, f, page))
