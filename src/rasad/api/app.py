"""The FastAPI application: JSON under /api/v1, HTML pages at /, over the same view functions."""

from __future__ import annotations

import hashlib
import ipaddress
import json
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field, TypeAdapter, ValidationError
from starlette.background import BackgroundTask
from starlette.datastructures import UploadFile

from rasad.analysis.search import SearchFilter
from rasad.api import guard
from rasad.api.jobs import JobRunner, UnsupportedUpload, Upload, Work, upload_suffix
from rasad.config import Settings
from rasad.pipeline import build_pipeline
from rasad.services import queries as views
from rasad.services.ingest import IngestReport, ingest_documents, ingest_lock
from rasad.services.materialize import open_store as open_materialized
from rasad.stages.readers import document_from_item, stable_id
from rasad.store import Store

API = "/api/v1"
MAX_ARTICLES_PER_POST = 500
MAX_ARTICLES_PER_JOB = 20_000
MAX_FILES_PER_JOB = 1_000
MB = 1024 * 1024
STORY_CACHE = 64  # stories kept built per database state


class ArticleIn(BaseModel):
    id: str | None = None
    url: str | None = None
    title: str | None = None
    text: str | None = Field(default=None, max_length=5_000_000)
    html: str | None = Field(default=None, max_length=20_000_000)
    published: str | None = None
    outlet: str | None = None
    lang: str | None = None


ARTICLES = TypeAdapter(list[ArticleIn])

INGEST_OPENAPI: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "files": {"type": "array", "items": {"type": "string", "format": "binary"}}
                    },
                    "required": ["files"],
                }
            },
            "application/json": {
                "schema": {"type": "array", "items": {"$ref": "#/components/schemas/ArticleIn"}}
            },
        },
    }
}


def errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the error codes a route can answer with."""
    text = {
        304: "not modified (If-None-Match named the current ETag)",
        404: "no such id",
        413: "request or file too large",
        415: "not a format the readers accept",
        422: "malformed request",
        429: "too many ingest jobs; see Retry-After",
        500: "the export broke its own schema (the problems are named)",
    }
    return {code: {"description": text[code]} for code in codes}


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


@cache
def asset_version(path: str) -> str:
    """A short hash of a static file, so its URL changes when it does (it is cached a year)."""
    return hashlib.sha1(package_dir("static").joinpath(path).read_bytes()).hexdigest()[:10]


def create_app(settings: Settings, token: str | None = None) -> FastAPI:
    """The app for one database. With `token`, every request must carry it."""
    app = FastAPI(
        title="rasad",
        version="1",
        description="Offline news intelligence for Arabic, Persian and English news.",
    )
    templates = Jinja2Templates(directory=str(package_dir("templates")))
    templates.env.globals["asset"] = lambda path: f"/static/{path}?v={asset_version(path)}"
    pipeline = cache(lambda: build_pipeline(settings))
    app.mount("/static", StaticFiles(directory=str(package_dir("static"))), name="static")
    writes = [0]  # bumped after every write through this app (part of the ETag)
    jobs = JobRunner(settings, pipeline, on_write=lambda: writes.__setitem__(0, writes[0] + 1))
    limiter = guard.RateLimit(settings.ingest_jobs_per_minute)
    app.state.jobs = jobs

    @contextmanager
    def opened() -> Iterator[Store]:
        store = open_materialized(settings.db, settings)
        try:
            yield store
        finally:
            store.close()

    def store_dep() -> Iterator[Store]:
        with opened() as store:
            yield store

    def generation() -> str:
        state = guard.database_generation(settings.db)
        if not state:  # not a local file: ask the store
            with opened() as store:
                state = f"{store.count()}:{store.get_meta('last_ingest') or ''}"
        return f"{writes[0]}|{state}"

    def story_page(store: Store, story_id: str) -> dict[str, Any]:
        """The stored page of a story (written by the ingest)."""
        return found(views.story_detail, store, story_id)

    def story_list(
        store: Store, f: views.ItemFilter | None = None, w: views.Page | None = None
    ) -> dict[str, Any]:
        return views.story_list(store, f, w)

    install_middleware(app, generation, token)

    def filters(
        lang: str | None = None,
        outlet: str | None = None,
        date_from: str | None = Query(None, alias="from"),
        date_to: str | None = Query(None, alias="to"),
        story: str | None = None,
    ) -> views.DocumentFilter:
        return views.DocumentFilter(lang, outlet, date_from, date_to, story)

    def item_filters(
        lang: str | None = None,
        outlet: str | None = None,
        date_from: str | None = Query(None, alias="from", description="ISO date"),
        date_to: str | None = Query(None, alias="to", description="ISO date"),
        story: str | None = None,
        entity: str | None = Query(None, description="an entity id the documents mention"),
    ) -> views.ItemFilter:
        return views.ItemFilter(lang, outlet, date_from, date_to, story, entity)

    def window(
        limit: int = Query(views.PAGE_SIZE, ge=1, le=500),
        offset: int = Query(0, ge=0, le=10_000_000),
    ) -> views.Page:
        return views.Page(limit, offset)

    def found(fn, *args: Any, **kwargs: Any) -> dict[str, Any]:
        try:
            return fn(*args, **kwargs)
        except views.NotFound as exc:
            raise HTTPException(status_code=404, detail=str(exc)) from exc

    @app.get(f"{API}/stats")
    def api_stats(store: Store = Depends(store_dep)) -> dict[str, Any]:
        """Counts by language, outlet and rejection reason."""
        return views.stats(store)

    @app.get(f"{API}/documents")
    def api_documents(
        page: int | None = Query(None, ge=1, le=100_000, description="pages of `limit`"),
        limit: int = Query(views.PAGE_SIZE, ge=1, le=500),
        offset: int = Query(0, ge=0, le=10_000_000),
        f: views.DocumentFilter = Depends(filters),
        store: Store = Depends(store_dep),
    ) -> dict[str, Any]:
        """Documents, filtered and paginated (`limit`/`offset`, or `page`)."""
        start = (page - 1) * limit if page else offset
        return views.document_list(store, f, window=views.Page(limit, start))

    @app.get(f"{API}/documents/{{doc_id}}", responses=errors(404))
    def api_document(doc_id: str, store: Store = Depends(store_dep)) -> dict[str, Any]:
        """One document as in the export, with highlight segments."""
        return found(views.document_detail, store, doc_id)

    @app.get(f"{API}/search")
    def api_search(
        q: str = Query("", max_length=500),
        page: int | None = Query(None, ge=1, le=1000),
        limit: int = Query(views.SEARCH_PAGE, ge=1, le=100),
        offset: int = Query(0, ge=0, le=100_000),
        f: SearchFilter = Depends(item_filters),
        store: Store = Depends(store_dep),
    ) -> dict[str, Any]:
        """Full-text search across spelling variants; snippets are HTML with <mark>."""
        start = (page - 1) * limit if page else offset
        return views.search(store, q, f, window=views.Page(limit, start))

    @app.get("/search", response_class=HTMLResponse)
    def page_search(
        request: Request,
        q: str = Query("", max_length=500),
        page: int = Query(1, ge=1, le=1000),
        f: SearchFilter = Depends(item_filters),
        store: Store = Depends(store_dep),
    ):
        context = {"stats": views.stats(store), **views.search(store, q, f, page)}
        return templates.TemplateResponse(request, "search.html", context)

    @app.post(f"{API}/documents", responses=errors(413, 422))
    def api_post_documents(
        articles: list[ArticleIn], store: Store = Depends(store_dep)
    ) -> dict[str, Any]:
        """Ingest JSON articles (the JSONL shape) at once; returns what was added and rejected."""
        if len(articles) > MAX_ARTICLES_PER_POST:
            raise HTTPException(413, f"at most {MAX_ARTICLES_PER_POST} articles per request")
        docs = [
            document_from_item(a.model_dump(), "api", stable_id("api", a.model_dump_json()))
            for a in articles
        ]
        with jobs.writing, ingest_lock(settings.db):  # after any running job or CLI ingest
            report = ingest_documents(docs, store, pipeline(), settings, IngestReport())
        writes[0] += 1
        return {
            "added": report.added,
            "skipped": report.skipped,
            "rejected": [{"source": s, "reason": r} for s, r in report.rejected],
        }

    @app.post(
        f"{API}/ingest",
        status_code=202,
        openapi_extra=INGEST_OPENAPI,
        responses=errors(413, 415, 422, 429),
    )
    async def api_ingest(request: Request) -> JSONResponse:
        """Queue an ingest job: files (multipart, field `files`) or a JSON list of articles.
        Answers 202 at once; poll the job's URL."""
        client = request.client.host if request.client else "unknown"
        if wait := limiter.retry_after(client):
            raise HTTPException(
                429,
                f"at most {limiter.per_minute} ingest jobs a minute; retry in {wait} s",
                headers={"Retry-After": str(wait)},
            )
        work = await read_ingest_request(request, settings)
        job = jobs.submit(work)
        url = f"{API}/jobs/{job.id}"
        return JSONResponse(
            {"id": job.id, "state": job.state, "url": url},
            status_code=202,
            headers={"Location": url},
        )

    @app.get(f"{API}/jobs/{{job_id}}", responses=errors(404))
    def api_job(job_id: str) -> dict[str, Any]:
        """An ingest job: state (queued, running, done, failed), progress, counts, errors."""
        job = jobs.get(job_id)
        if job is None:
            raise HTTPException(404, f"no job {job_id!r}")
        return job

    @app.get(f"{API}/stories")
    def api_stories(
        f: views.ItemFilter = Depends(item_filters),
        w: views.Page = Depends(window),
        store: Store = Depends(store_dep),
    ) -> dict[str, Any]:
        """Stories with size, languages, outlets, date span and a sparkline (SVG); a story
        passes the filters when one of its documents does."""
        return story_list(store, f, w)

    @app.get(f"{API}/stories/{{story_id}}", responses=errors(404))
    def api_story(story_id: str, store: Store = Depends(store_dep)) -> Any:
        """One story: events, timeline, claims, contradictions, promises, framing, coverage;
        each list keeps its first 50 (`totals` counts them whole, `links` names the paged
        endpoints that list them all)."""
        stored = found(views.story_json, store, story_id)  # sent as stored
        return Response(stored.encode(), media_type="application/json")

    @app.get(f"{API}/stories/{{story_id}}/timeline", responses=errors(404))
    def api_timeline(story_id: str, store: Store = Depends(store_dep)) -> list[dict[str, Any]]:
        """A story's timeline entries with their evidence spans, every one (the story page
        keeps the first of each)."""
        return found(views.story_timeline, store, story_id)

    def story_part_routes(part: str, summary: str) -> None:
        """GET /api/v1/{part} (all stories, filtered) and /api/v1/stories/{id}/{part}."""

        def across(
            f: views.ItemFilter = Depends(item_filters),
            w: views.Page = Depends(window),
            status: str | None = Query(None, description="promises only: kept, broken, …"),
            store: Store = Depends(store_dep),
        ) -> dict[str, Any]:
            return found(views.story_part_list, store, part, f, w, status)

        def of_story(
            story_id: str,
            f: views.ItemFilter = Depends(item_filters),
            w: views.Page = Depends(window),
            store: Store = Depends(store_dep),
        ) -> dict[str, Any]:
            f = views.ItemFilter(**{**vars(f), "story": story_id})
            return found(views.story_part_list, store, part, f, w)

        app.get(f"{API}/{part}", summary=f"{summary} across stories", responses=errors(404))(across)
        app.get(
            f"{API}/stories/{{story_id}}/{part}",
            summary=f"{summary} of one story",
            responses=errors(404),
        )(of_story)

    story_part_routes("events", "Events (documents grouped by what happened)")
    story_part_routes("claims", "Numbers with what they count, with evidence")
    story_part_routes("contradictions", "Conflicting numbers or statements, with both sides")
    story_part_routes("promises", "Promises with speaker, due date, status and evidence")

    @app.get(f"{API}/quotes")
    def api_quotes(
        entity: str | None = Query(None, description="the speaker's entity id"),
        story: str | None = None,
        lang: str | None = None,
        outlet: str | None = None,
        date_from: str | None = Query(None, alias="from"),
        date_to: str | None = Query(None, alias="to"),
        w: views.Page = Depends(window),
        store: Store = Depends(store_dep),
    ) -> dict[str, Any]:
        """Quotes with their speakers, filtered by speaker entity, story, language, outlet, date."""
        f = views.ItemFilter(lang, outlet, date_from, date_to, story)
        return views.quote_list(store, entity, filters=f, window=w)

    @app.get(f"{API}/export", response_class=FileResponse, responses=errors(500))
    def api_export(store: Store = Depends(store_dep)) -> FileResponse:
        """The whole database as rasad.export/1, written item by item to a temporary file
        and sent from it (a large archive's export is gigabytes, never held in memory)."""
        from rasad.services.export import ExportInvalid, write_export

        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", suffix=".json", delete=False
        ) as spool:
            path = Path(spool.name)
            try:
                write_export(store, spool)
            except ExportInvalid as exc:
                path.unlink()
                raise HTTPException(500, f"{exc}: {'; '.join(exc.problems[:5])}") from exc
        return FileResponse(
            path,
            media_type="application/json",
            filename="rasad-export.json",
            background=BackgroundTask(path.unlink),
        )

    @app.get(f"{API}/entities")
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
        store: Store = Depends(store_dep),
    ) -> Any:
        """Entities linked across documents and scripts, most mentioned first."""
        # plain JSON, not FastAPI's encoder: a page can list many document ids
        page = views.Page(limit, offset)
        return JSONResponse(views.entity_list(store, type, story, page, documents))

    def entity_windows(
        mentions_limit: int = Query(views.PAGE_SIZE, ge=0, le=500),
        mentions_offset: int = Query(0, ge=0, le=10_000_000),
        quotes_limit: int = Query(views.PAGE_SIZE, ge=0, le=500),
        quotes_offset: int = Query(0, ge=0, le=10_000_000),
        documents: int = Query(
            views.ENTITY_DOCUMENTS,
            ge=0,
            le=1_000_000,
            description="document ids listed, first mentioned first "
            "(`document_count` counts them all)",
        ),
    ) -> dict[str, Any]:
        return {
            "mentions": views.Page(mentions_limit, mentions_offset),
            "quotes": views.Page(quotes_limit, quotes_offset),
            "documents": documents,
        }

    @app.get(f"{API}/entities/{{entity_id}}", responses=errors(404))
    def api_entity(
        entity_id: str,
        windows: dict[str, Any] = Depends(entity_windows),
        store: Store = Depends(store_dep),
    ) -> Any:
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
        return JSONResponse(found(views.entity_page, store, entity_id, **windows))

    @app.get("/", response_class=HTMLResponse)
    def page_stories(request: Request, store: Store = Depends(store_dep)):
        context = {"stats": views.stats(store), **story_list(store)}
        return templates.TemplateResponse(request, "stories.html", context)

    @app.get("/stories/{story_id}", response_class=HTMLResponse)
    def page_story(request: Request, story_id: str, store: Store = Depends(store_dep)):
        context = {"story": story_page(store, story_id)}
        return templates.TemplateResponse(request, "story.html", context)

    @app.get("/entities", response_class=HTMLResponse)
    def page_entities(request: Request, store: Store = Depends(store_dep)):
        listed = views.entity_list(store, documents=0)
        return templates.TemplateResponse(request, "entities.html", listed)

    @app.get("/entities/{entity_id}", response_class=HTMLResponse)
    def page_entity(
        request: Request,
        entity_id: str,
        windows: dict[str, Any] = Depends(entity_windows),
        store: Store = Depends(store_dep),
    ):
        context = {"entity": found(views.entity_page, store, entity_id, **windows)}
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


def install_middleware(app: FastAPI, generation, token: str | None) -> None:
    """ETags on API reads (innermost), the token check, then security headers on everything
    (outermost, so 401s and 304s carry them too)."""

    @app.middleware("http")
    async def etags(request: Request, call_next):
        path = request.url.path
        if request.method != "GET" or not path.startswith(API) or path.startswith(f"{API}/jobs"):
            response = await call_next(request)
            if path.startswith(f"{API}/jobs"):
                response.headers["Cache-Control"] = "no-store"
            return response
        tag = guard.etag_for(generation(), str(request.url.include_query_params()))
        if guard.etag_matches(request.headers.get("if-none-match"), tag):
            return Response(status_code=304, headers={"ETag": tag, "Cache-Control": "no-cache"})
        response = await call_next(request)
        if response.status_code == 200:
            response.headers["ETag"] = tag
        response.headers["Cache-Control"] = "no-cache"
        return response

    if token:

        @app.middleware("http")
        async def require_token(request: Request, call_next):
            given = guard.presented_token(request.headers, request.cookies, request.query_params)
            if not guard.token_matches(given, token):
                return JSONResponse(
                    {"detail": "missing or wrong API token (Authorization: Bearer TOKEN)"},
                    status_code=401,
                    headers={"WWW-Authenticate": "Bearer"},
                )
            response = await call_next(request)
            if "token" in request.query_params:
                # a browser that opened /?token=… keeps it for the links it follows
                response.set_cookie(
                    guard.TOKEN_COOKIE, token, httponly=True, samesite="strict", path="/"
                )
            return response

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.update(guard.security_headers(request.url.path))
        if request.url.path.startswith("/static/") and response.status_code in (200, 304):
            response.headers["Cache-Control"] = guard.STATIC_CACHE
        return response


async def read_ingest_request(request: Request, settings: Settings) -> Work:
    """The files or articles of an ingest request, checked against the size limits and sniffed
    for type; uploads are written to a new private folder under generated names."""
    request_limit = settings.max_upload_request_mb * MB
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > request_limit:
        raise HTTPException(413, f"request larger than {settings.max_upload_request_mb} MB")
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    limited = Request(request.scope, guard.limited_receive(request.receive, request_limit))
    try:
        if kind == "multipart/form-data":
            return await read_uploads(limited, settings)
        if kind == "application/json":
            return Work(articles=await read_articles(limited))
    except guard.BodyTooLarge as exc:
        raise HTTPException(
            413, f"request larger than {settings.max_upload_request_mb} MB"
        ) from exc
    raise HTTPException(415, "send multipart/form-data files or an application/json list")


async def read_articles(request: Request) -> list[dict[str, Any]]:
    try:
        articles = ARTICLES.validate_json(await request.body())
    except ValidationError as exc:
        raise HTTPException(422, json.loads(exc.json(include_url=False))) from exc
    if len(articles) > MAX_ARTICLES_PER_JOB:
        raise HTTPException(413, f"at most {MAX_ARTICLES_PER_JOB} articles per job")
    if not articles:
        raise HTTPException(422, "no articles in the list")
    return [a.model_dump() for a in articles]


async def read_uploads(request: Request, settings: Settings) -> Work:
    try:
        form = await request.form(max_files=MAX_FILES_PER_JOB, max_fields=MAX_FILES_PER_JOB)
    except guard.BodyTooLarge:
        raise
    except Exception as exc:  # the multipart parser's own complaints
        raise HTTPException(422, f"malformed multipart body: {exc}") from exc
    try:
        files = [v for _, v in form.multi_items() if isinstance(v, UploadFile)]
        if not files:
            raise HTTPException(422, "no files in the form (send them as the field `files`)")
        folder = Path(tempfile.mkdtemp(prefix="rasad-upload-"))
        try:
            uploads = [await save_upload(f, i, folder, settings) for i, f in enumerate(files)]
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        return Work(folder=folder, uploads=uploads)
    finally:
        await form.close()


async def save_upload(upload: UploadFile, index: int, folder: Path, settings: Settings) -> Upload:
    """Check one uploaded file and copy it into `folder` as `NNNN.suffix`."""
    name = (upload.filename or f"file {index + 1}")[:200]
    limit = settings.max_upload_file_mb * MB
    if upload.size is not None and upload.size > limit:
        raise HTTPException(413, f"{name}: larger than {settings.max_upload_file_mb} MB per file")
    head = await upload.read(64 * 1024)
    await upload.seek(0)
    try:
        suffix = upload_suffix(head, name)
    except UnsupportedUpload as exc:
        raise HTTPException(415, f"{name}: {exc}") from exc
    path = folder / f"{index:04d}{suffix}"

    def copy() -> None:
        with path.open("wb") as out:
            shutil.copyfileobj(upload.file, out)

    await run_in_threadpool(copy)
    return Upload(client_name=name, path=path)
