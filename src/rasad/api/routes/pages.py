"""The HTML pages, each a template filled with the context its JSON twin answers: the story
list and a story's page, entities and an entity, the documents and a document (the search
page is beside its JSON in `search.py`). A list page adds the corpus counts (`stats`)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from rasad.analysis.pages import DocumentFilter
from rasad.api.deps import filters, get_store, render
from rasad.api.routes.entities import entity_context
from rasad.services import queries
from rasad.store import Store

router = APIRouter()


@router.get("/", response_class=HTMLResponse)
def page_stories(request: Request, store: Store = Depends(get_store)):
    context = {"stats": queries.stats(store), **queries.story_list(store)}
    return render(request, "stories.html", context)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def page_story(request: Request, story_id: str, store: Store = Depends(get_store)):
    return render(request, "story.html", {"story": queries.story_detail(store, story_id)})


@router.get("/entities", response_class=HTMLResponse)
def page_entities(request: Request, store: Store = Depends(get_store)):
    return render(request, "entities.html", queries.entity_list(store, documents=0))


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def page_entity(request: Request, entity: dict[str, Any] = Depends(entity_context)):
    return render(request, "entity.html", {"entity": entity})


@router.get("/documents", response_class=HTMLResponse)
def page_index(
    request: Request,
    page: int = Query(1, ge=1, le=100_000),
    f: DocumentFilter = Depends(filters),
    store: Store = Depends(get_store),
):
    context = {"stats": queries.stats(store), **queries.document_list(store, f, page)}
    return render(request, "index.html", context)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def page_document(
    request: Request,
    doc_id: str,
    hl: str | None = Query(None, pattern=r"^\d{1,9}-\d{1,9}$"),
    store: Store = Depends(get_store),
):
    highlight = tuple(int(x) for x in hl.split("-")) if hl else None
    return render(
        request, "document.html", {"doc": queries.document_detail(store, doc_id, highlight)}
    )
