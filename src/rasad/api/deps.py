"""What the routes get through FastAPI dependencies: the app's settings, a store opened for
the request, the job runner, and the query parameters several routes share (filters, a
window). Everything lives on `app.state` (set by `rasad.api.app.create_app`), none in closures."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Depends, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from rasad.analysis.entities import name_for_reader
from rasad.analysis.pages import PAGE_SIZE, DocumentFilter, ItemFilter, Page
from rasad.api import charts, guard
from rasad.api.i18n import CAL_COOKIE, UI_COOKIE, reader_for
from rasad.api.jobs import JobRunner
from rasad.config import Settings
from rasad.display import outlet_for_reader, why_names_for_reader
from rasad.services.materialize import open_store
from rasad.services.queries import title_for_reader
from rasad.store import Store

API = "/api/v1"


def package_dir(name: str) -> Path:
    """A folder shipped in the `rasad.api` package (templates, static)."""
    return Path(str(resources.files("rasad.api").joinpath(name)))


@cache
def asset_version(path: str) -> str:
    """A short hash of a static file, so its URL changes when it does (it is cached a year)."""
    return hashlib.sha1(package_dir("static").joinpath(path).read_bytes()).hexdigest()[:10]


def page_templates() -> Jinja2Templates:
    """The HTML pages' templates, with `asset(path)` for versioned static URLs."""
    templates = Jinja2Templates(directory=str(package_dir("templates")))
    templates.env.globals["asset"] = lambda path: f"/static/{path}?v={asset_version(path)}"
    templates.env.globals["charts"] = charts
    return templates


def render(
    request: Request, template: str, context: dict[str, Any], status_code: int = 200
) -> HTMLResponse:
    """An HTML page: `template` filled with a view's context (what its JSON twin answers), in
    the reader's language and calendar (`?ui=`, `?cal=`, remembered in cookies)."""
    reader = reader_for(dict(request.query_params), request.cookies)
    page = {
        "ui": reader,
        "_": reader.gettext,
        "ngettext": reader.ngettext,
        "when": reader.date,
        "num": reader.number,
        "entity_name": lambda name, names=None, kind=None: name_for_reader(
            name, reader.lang, names, kind
        ),
        "outlet_for_reader": lambda name: outlet_for_reader(name, reader.lang),
        "why_names": lambda line, entities: why_names_for_reader(line, entities, reader.lang),
        "here": lambda **changes: here(request, **changes),
        "story_title": lambda story: title_for_reader(story, reader.lang),
    }
    response = request.app.state.templates.TemplateResponse(
        request, template, {**context, **page}, status_code=status_code
    )
    for name, cookie in (("ui", UI_COOKIE), ("cal", CAL_COOKIE)):
        if name in request.query_params:
            value = reader.lang if name == "ui" else reader.calendar
            response.set_cookie(cookie, value, max_age=365 * 86400, samesite="lax", path="/")
    return response


def here(request: Request, **changes: Any) -> str:
    """This page's address with some query parameters changed (None drops one; `page` drops
    when a filter or the order changes, so the new list starts at its first page)."""
    params = {k: v for k, v in request.query_params.items() if k not in ("ui", "cal")}
    if "page" not in changes and any(k not in ("ui", "cal") for k in changes):
        params.pop("page", None)
    for key, value in changes.items():
        key = {"date_from": "from", "date_to": "to"}.get(key, key)
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = str(value)
    query = urlencode(params)
    return request.url.path + (f"?{query}" if query else "")


class Writes:
    """Writes made through one app: part of its ETags, so a write the database file's state
    does not show yet still changes them."""

    def __init__(self) -> None:
        self.count = 0
        self._lock = threading.Lock()

    def bump(self) -> None:
        with self._lock:
            self.count += 1


def generation(settings: Settings, writes: Writes) -> str:
    """A key that changes whenever the database does (the ETags' base)."""
    state = guard.database_generation(settings.db)
    if not state:  # not a local file: ask the store
        store = open_store(settings.db, settings)
        try:
            state = f"{store.count()}:{store.get_meta('last_ingest') or ''}"
        finally:
            store.close()
    return f"{writes.count}|{state}"


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


async def get_jobs(request: Request) -> JobRunner:
    return request.app.state.jobs


def get_store(settings: Settings = Depends(get_settings)) -> Iterator[Store]:
    """A store opened for one request (its views materialized), closed after it."""
    store = open_store(settings.db, settings)
    try:
        yield store
    finally:
        store.close()


def filters(
    lang: str | None = None,
    outlet: str | None = None,
    date_from: str | None = Query(None, alias="from"),
    date_to: str | None = Query(None, alias="to"),
    story: str | None = None,
) -> DocumentFilter:
    return DocumentFilter(lang, outlet, date_from, date_to, story)


def item_filters(
    lang: str | None = None,
    outlet: str | None = None,
    date_from: str | None = Query(None, alias="from", description="ISO date"),
    date_to: str | None = Query(None, alias="to", description="ISO date"),
    story: str | None = None,
    entity: str | None = Query(None, description="an entity id the documents mention"),
) -> ItemFilter:
    return ItemFilter(lang, outlet, date_from, date_to, story, entity)


def window(
    limit: int = Query(PAGE_SIZE, ge=1, le=500),
    offset: int = Query(0, ge=0, le=10_000_000),
) -> Page:
    return Page(limit, offset)


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
