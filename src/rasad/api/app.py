"""The FastAPI application: JSON under /api/v1, HTML pages at /, over the same queries
(`rasad.services.queries`). `create_app` only assembles it: settings, the job runner and the
rate limit go on `app.state`, the routes come from `rasad.api.routes`, the middleware from
`install_middleware`."""

from __future__ import annotations

import ipaddress
from dataclasses import replace
from functools import cache

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from starlette.exceptions import HTTPException as StarletteHTTPException

from rasad.analysis.pages import NotFound
from rasad.api import guard
from rasad.api.deps import API, Writes, generation, package_dir, page_templates, render
from rasad.api.jobs import JobRunner
from rasad.api.routes import (
    documents,
    entities,
    export,
    ingest,
    outlets,
    pages,
    search,
    stories,
)
from rasad.config import Settings
from rasad.pipeline import build_pipeline

ROUTERS = (
    documents,
    search,
    ingest,
    stories,
    outlets,
    export,
    entities,
    pages,
)  # the schema's order


def is_loopback(host: str) -> bool:
    """Whether `host` only listens on this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def embedding_settings(settings: Settings) -> Settings:
    """`settings` with `embed_engine` `auto` made the engine the database records (or would
    record: `services.ingest.embed_engine_for`), so the app's ingests embed as the database
    was embedded."""
    if not settings.stories or settings.embed_engine != "auto":
        return settings
    from rasad.services.ingest import embed_engine_for
    from rasad.store import open_store

    store = open_store(settings.db)
    try:
        return replace(settings, embed_engine=embed_engine_for(store, "auto"))
    finally:
        store.close()


def create_app(settings: Settings, token: str | None = None) -> FastAPI:
    """The app for one database. With `token`, every request must carry it."""
    # /docs and /redoc from the Swagger UI and ReDoc files fastapi-offline installs: no CDN
    app = FastAPIOffline(
        title="rasad",
        version="1",
        description="Offline news intelligence for Arabic, Persian and English news.",
        static_url=guard.DOCS_ASSETS,
    )
    app.mount("/static", StaticFiles(directory=str(package_dir("static"))), name="static")
    writes = Writes()  # bumped after every write through this app (part of the ETag)
    settings = embedding_settings(settings)
    app.state.settings = settings
    app.state.writes = writes
    app.state.jobs = JobRunner(settings, cache(lambda: build_pipeline(settings)), writes.bump)
    app.state.limiter = guard.RateLimit(settings.ingest_jobs_per_minute)
    app.state.templates = page_templates()
    install_middleware(app, lambda: generation(settings, writes), token)
    app.add_exception_handler(NotFound, not_found)
    app.add_exception_handler(StarletteHTTPException, http_error)
    for module in ROUTERS:
        app.include_router(module.router)
    return app


def wants_html(request: Request) -> bool:
    """Whether an error should be a page (a page's address, asked for by a browser)."""
    path = request.url.path
    return not path.startswith((API, "/static", guard.DOCS_ASSETS)) and "text/html" in (
        request.headers.get("accept", "text/html")
    )


async def not_found(request: Request, exc: Exception) -> Response:
    """A 404 for a document, story or entity the queries do not know: JSON under /api, a page
    with links onwards elsewhere."""
    if wants_html(request):
        return error_page(request, 404, str(exc))
    return JSONResponse({"detail": str(exc)}, status_code=404)


async def http_error(request: Request, exc: Exception) -> Response:
    """Starlette's errors (an unknown address…), as pages for browsers."""
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 404 and wants_html(request):
        return error_page(request, 404, None, path=request.url.path)
    return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)


def error_page(
    request: Request, status: int, detail: str | None, path: str | None = None
) -> Response:
    """An error as a page in the reader's language: what is missing (`detail`, or an unknown
    address `path`) and links onwards."""
    context = {"status": status, "detail": detail, "path": path}
    return render(request, "error.html", context, status_code=status)


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
