"""The FastAPI application: JSON under /api/v1, HTML pages at /, over the same view functions."""

from __future__ import annotations

import hmac
import ipaddress
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field

from rasad.api import views
from rasad.config import Settings
from rasad.ingest import IngestReport, ingest_documents
from rasad.pipeline import build_pipeline
from rasad.search import SearchFilter
from rasad.stages.readers import document_from_item, stable_id
from rasad.store.base import Store, open_store

API = "/api/v1"
MAX_ARTICLES_PER_POST = 500


class ArticleIn(BaseModel):
    id: str | None = None
    url: str | None = None
    title: str | None = None
    text: str | None = Field(default=None, max_length=5_000_000)
    html: str | None = Field(default=None, max_length=20_000_000)
    published: str | None = None
    outlet: str | None = None
    lang: str | None = None


def is_loopback(host: str) -> bool:
    """Whether `host` only listens on this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def package_dir(name: str) -> Path:
    return Path(str(resources.files("rasad.api").joinpath(name)))


def create_app(settings: Settings, token: str | None = None) -> FastAPI:
    """The app for one database. With `token`, every request must carry it."""
    app = FastAPI(
        title="rasad",
        version="1",
        description="Offline news intelligence for Arabic, Persian and English news.",
    )
    templates = Jinja2Templates(directory=str(package_dir("templates")))
    pipeline = cache(lambda: build_pipeline(settings))
    app.mount("/static", StaticFiles(directory=str(package_dir("static"))), name="static")

    @contextmanager
    def opened() -> Iterator[Store]:
        store = open_store(settings.db)
        try:
            yield store
        finally:
            store.close()

    def store_dep() -> Iterator[Store]:
        with opened() as store:
            yield store

    if token:

        @app.middleware("http")
        async def require_token(request: Request, call_next):
            given = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
            given = given or request.query_params.get("token", "")
            if not hmac.compare_digest(given.encode(), token.encode()):
                return JSONResponse({"detail": "missing or wrong API token"}, status_code=401)
            return await call_next(request)

    def filters(
        lang: str | None = None,
        outlet: str | None = None,
        date_from: str | None = Query(None, alias="from"),
        date_to: str | None = Query(None, alias="to"),
        story: str | None = None,
    ) -> views.DocumentFilter:
        return views.DocumentFilter(lang, outlet, date_from, date_to, story)

    def found(fn, *args: Any) -> dict[str, Any]:
        try:
            return fn(*args)
        except views.NotFound as exc:
            raise HTTPException(status_code=404, detail=str(exc)) from exc

    @app.get(f"{API}/stats")
    def api_stats(store: Store = Depends(store_dep)) -> dict[str, Any]:
        """Counts by language, outlet and rejection reason."""
        return views.stats(store)

    @app.get(f"{API}/documents")
    def api_documents(
        page: int = Query(1, ge=1, le=100_000),
        f: views.DocumentFilter = Depends(filters),
        store: Store = Depends(store_dep),
    ) -> dict[str, Any]:
        """Documents, filtered and paginated."""
        return views.document_list(store, f, page)

    @app.get(f"{API}/documents/{{doc_id}}")
    def api_document(doc_id: str, store: Store = Depends(store_dep)) -> dict[str, Any]:
        """One document as in the export, with highlight segments."""
        return found(views.document_detail, store, doc_id)

    def search_filters(
        lang: str | None = None,
        outlet: str | None = None,
        date_from: str | None = Query(None, alias="from"),
        date_to: str | None = Query(None, alias="to"),
        story: str | None = None,
        entity: str | None = None,
    ) -> SearchFilter:
        return SearchFilter(lang, outlet, date_from, date_to, story, entity)

    @app.get(f"{API}/search")
    def api_search(
        q: str = Query("", max_length=500),
        page: int = Query(1, ge=1, le=1000),
        f: SearchFilter = Depends(search_filters),
        store: Store = Depends(store_dep),
    ) -> dict[str, Any]:
        """Full-text search across spelling variants; snippets are HTML with <mark>."""
        return views.search(store, q, f, page)

    @app.get("/search", response_class=HTMLResponse)
    def page_search(
        request: Request,
        q: str = Query("", max_length=500),
        page: int = Query(1, ge=1, le=1000),
        f: SearchFilter = Depends(search_filters),
        store: Store = Depends(store_dep),
    ):
        context = {"stats": views.stats(store), **views.search(store, q, f, page)}
        return templates.TemplateResponse(request, "search.html", context)

    @app.post(f"{API}/documents")
    def api_ingest(articles: list[ArticleIn], store: Store = Depends(store_dep)) -> dict[str, Any]:
        """Ingest JSON articles (the JSONL shape); returns what was added and rejected."""
        if len(articles) > MAX_ARTICLES_PER_POST:
            raise HTTPException(413, f"at most {MAX_ARTICLES_PER_POST} articles per request")
        docs = [
            document_from_item(a.model_dump(), "api", stable_id("api", a.model_dump_json()))
            for a in articles
        ]
        report = ingest_documents(docs, store, pipeline(), settings, IngestReport())
        return {
            "added": report.added,
            "skipped": report.skipped,
            "rejected": [{"source": s, "reason": r} for s, r in report.rejected],
        }

    @app.get(f"{API}/stories")
    def api_stories(store: Store = Depends(store_dep)) -> dict[str, Any]:
        """Stories with size, languages, outlets, date span and a sparkline (SVG)."""
        return views.story_list(store)

    @app.get(f"{API}/stories/{{story_id}}")
    def api_story(story_id: str, store: Store = Depends(store_dep)) -> dict[str, Any]:
        """One story: events, timeline, claims, contradictions, framing, coverage by outlet."""
        return found(views.story_detail, store, story_id)

    @app.get(f"{API}/stories/{{story_id}}/timeline")
    def api_timeline(story_id: str, store: Store = Depends(store_dep)) -> list[dict[str, Any]]:
        """A story's timeline entries with their evidence spans."""
        return found(views.story_detail, store, story_id)["timeline"]

    @app.get(f"{API}/quotes")
    def api_quotes(
        entity: str | None = None, story: str | None = None, store: Store = Depends(store_dep)
    ) -> dict[str, Any]:
        """Quotes with their speakers, filtered by speaker entity or story."""
        return views.quote_list(store, entity, story)

    @app.get(f"{API}/export")
    def api_export(store: Store = Depends(store_dep)) -> dict[str, Any]:
        """The whole database as rasad.export/1."""
        return views.export(store)

    @app.get(f"{API}/entities")
    def api_entities(
        type: str | None = Query(None, pattern="^(PER|ORG|LOC|GPE|MISC)$"),
        store: Store = Depends(store_dep),
    ) -> dict[str, Any]:
        """Entities linked across documents and scripts, most mentioned first."""
        return views.entity_list(store, type)

    @app.get(f"{API}/entities/{{entity_id}}")
    def api_entity(entity_id: str, store: Store = Depends(store_dep)) -> dict[str, Any]:
        """One entity: names per language, mentions over time, stories, co-occurring, quotes."""
        return found(views.entity_page, store, entity_id)

    @app.get("/", response_class=HTMLResponse)
    def page_stories(request: Request, store: Store = Depends(store_dep)):
        context = {"stats": views.stats(store), **views.story_list(store)}
        return templates.TemplateResponse(request, "stories.html", context)

    @app.get("/stories/{story_id}", response_class=HTMLResponse)
    def page_story(request: Request, story_id: str, store: Store = Depends(store_dep)):
        context = {"story": found(views.story_detail, store, story_id)}
        return templates.TemplateResponse(request, "story.html", context)

    @app.get("/entities", response_class=HTMLResponse)
    def page_entities(request: Request, store: Store = Depends(store_dep)):
        return templates.TemplateResponse(request, "entities.html", views.entity_list(store))

    @app.get("/entities/{entity_id}", response_class=HTMLResponse)
    def page_entity(request: Request, entity_id: str, store: Store = Depends(store_dep)):
        context = {"entity": found(views.entity_page, store, entity_id)}
        return templates.TemplateResponse(request, "entity.html", context)

    @app.get("/documents", response_class=HTMLResponse)
    def page_index(
        request: Request,
        page: int = Query(1, ge=1, le=100_000),
        f: views.DocumentFilter = Depends(filters),
        store: Store = Depends(store_dep),
    ):
        context = {"stats": views.stats(store), **views.document_list(store, f, page)}
        return templates.TemplateResponse(request, "index.html", context)

    @app.get("/documents/{doc_id}", response_class=HTMLResponse)
    def page_document(
        request: Request,
        doc_id: str,
        hl: str | None = Query(None, pattern=r"^\d{1,9}-\d{1,9}$"),
        store: Store = Depends(store_dep),
    ):
        highlight = tuple(int(x) for x in hl.split("-")) if hl else None
        context = {"doc": found(views.document_detail, store, doc_id, highlight)}
        return templates.TemplateResponse(request, "document.html", context)

    return app
