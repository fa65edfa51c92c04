"""The HTML pages, each a template filled with the context its JSON twin answers: the story
list and a story's page, entities and an entity, the documents and a document, quotes (the
search page is beside its JSON in `search.py`). A list page adds the corpus counts (`stats`),
takes its facets as query parameters (bookmarkable), and has a CSV twin (`/stories.csv`…)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from rasad.analysis.pages import DocumentFilter, ItemFilter, Page
from rasad.api.deps import filters, get_store, item_filters, render
from rasad.api.routes.entities import entity_context
from rasad.display import by_fact, claim_facts, readable_names
from rasad.services import queries
from rasad.store import Store

router = APIRouter()
LIST_PAGE = 50  # rows of a list page
CSV_ROWS = 10_000  # rows of a list's CSV twin
ENTITY_TYPES = "^(PER|ORG|LOC|GPE|MISC)$"
SORTS = "^(size|recent|oldest)$"


def window_of(page: int, size: int = LIST_PAGE) -> Page:
    return Page(size, (page - 1) * size)


def stories_context(store: Store, f: ItemFilter, sort: str, page: int) -> dict[str, Any]:
    """The story list's page: stories, counts, and outlets × stories for the stories shown."""
    listed = queries.story_list(store, f, window_of(page), sort)
    stats = queries.stats(store)
    return {
        "stats": stats,
        **listed,
        "filters": f.active(),
        "sort": sort,
        "matrix": outlet_matrix(listed["stories"], stats),
    }


def outlet_matrix(stories: list[dict[str, Any]], stats: dict[str, Any]) -> dict[str, Any]:
    """Which of the largest outlets covered each of the first stories shown (a heat map)."""
    shown = stories[:15]
    covered = {o for s in shown for o in s["outlets"]}
    outlets = [o for o in stats["outlets"] if o in covered][:10]
    return {"stories": shown, "outlets": outlets}


@router.get("/", response_class=HTMLResponse)
def page_stories(
    request: Request,
    f: ItemFilter = Depends(item_filters),
    sort: str = Query("size", pattern=SORTS),
    page: int = Query(1, ge=1, le=100_000),
    store: Store = Depends(get_store),
):
    return render(request, "stories.html", stories_context(store, f, sort, page))


@router.get("/stories", include_in_schema=False)
def stories_address(request: Request) -> RedirectResponse:
    """/stories, the address a reader guesses from /stories/ID, is the story list at /."""
    query = request.url.query
    return RedirectResponse(f"/?{query}" if query else "/", status_code=308)


@router.get("/stories.csv")
def csv_stories(
    f: ItemFilter = Depends(item_filters),
    sort: str = Query("size", pattern=SORTS),
    store: Store = Depends(get_store),
):
    rows = queries.story_list(store, f, Page(CSV_ROWS), sort)["stories"]
    columns = ["id", "title", "documents", "copies", "events", "languages", "outlets"]
    return csv_response("stories", rows, [*columns, "first_seen", "last_seen"])


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def page_story(request: Request, story_id: str, store: Store = Depends(get_store)):
    story = queries.story_detail(store, story_id)
    context = {
        "story": story,
        # its title in the reader's language, where it has a headline in it
        "titles": queries.story_titles(store, [story_id]).get(story_id),
        "contradiction_groups": by_fact(story["contradictions"]),
        "claim_facts": claim_facts(story["claims"]),
        "coverage_counts": queries.story_coverage(store, story_id),
        "entities": queries.entity_list(store, story=story_id, window=Page(30), documents=0),
    }
    return render(request, "story.html", context)


@router.get("/entities", response_class=HTMLResponse)
def page_entities(
    request: Request,
    type: str | None = Query(None, pattern=ENTITY_TYPES),
    story: str | None = None,
    page: int = Query(1, ge=1, le=100_000),
    store: Store = Depends(get_store),
):
    listed = queries.entity_list(store, type, story, window_of(page), documents=0)
    context = {**listed, "filters": {k: v for k, v in (("type", type), ("story", story)) if v}}
    return render(request, "entities.html", context)


@router.get("/entities.csv")
def csv_entities(
    type: str | None = Query(None, pattern=ENTITY_TYPES),
    story: str | None = None,
    store: Store = Depends(get_store),
):
    rows = queries.entity_list(store, type, story, Page(CSV_ROWS), documents=0)["entities"]
    return csv_response("entities", rows, ["id", "name", "type", "mentions", "document_count"])


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def page_entity(
    request: Request,
    entity: dict[str, Any] = Depends(entity_context),
    store: Store = Depends(get_store),
):
    titles = queries.story_titles(store, list(entity["stories"]))  # every story the page lists
    shown = entity | {"names": readable_names(entity["names"])}
    return render(request, "entity.html", {"entity": shown, "story_titles": titles})


@router.get("/documents", response_class=HTMLResponse)
def page_index(
    request: Request,
    page: int = Query(1, ge=1, le=100_000),
    f: DocumentFilter = Depends(filters),
    store: Store = Depends(get_store),
):
    context = {"stats": queries.stats(store), **queries.document_list(store, f, page)}
    return render(request, "index.html", context)


@router.get("/documents.csv")
def csv_documents(f: DocumentFilter = Depends(filters), store: Store = Depends(get_store)):
    rows = queries.document_list(store, f, window=Page(CSV_ROWS))["documents"]
    columns = ["id", "title", "lang", "outlet", "published", "story", "duplicate_of"]
    return csv_response("documents", rows, columns)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def page_document(
    request: Request,
    doc_id: str,
    hl: str | None = Query(None, pattern=r"^\d{1,9}-\d{1,9}$"),
    store: Store = Depends(get_store),
):
    highlight = tuple(int(x) for x in hl.split("-")) if hl else None
    doc = queries.document_links(store, queries.document_detail(store, doc_id, highlight))
    failed = queries.stage_error_notes(doc["stage_errors"])
    return render(request, "document.html", {"doc": doc, "failed_stages": failed})


def quote_filters(
    entity: str | None = Query(None, description="the speaker's entity id"),
    f: ItemFilter = Depends(item_filters),
) -> tuple[str | None, ItemFilter]:
    # `entity` is the speaker here, as in /api/v1/quotes, not a mention anywhere
    return entity, ItemFilter(f.lang, f.outlet, f.date_from, f.date_to, f.story)


@router.get("/quotes", response_class=HTMLResponse)
def page_quotes(
    request: Request,
    chosen: tuple[str | None, ItemFilter] = Depends(quote_filters),
    page: int = Query(1, ge=1, le=100_000),
    store: Store = Depends(get_store),
):
    speaker, f = chosen
    listed = queries.quote_list(store, speaker, filters=f, window=window_of(page))
    shown = queries.entities_shown(store, [speaker] if speaker else [])
    names = {i: e["name"] for i, e in shown.items()}
    given = {**f.active(), **({"entity": speaker} if speaker else {})}
    context = {"stats": queries.stats(store), **listed, "filters": given, "speaker": names}
    return render(request, "quotes.html", context)


@router.get("/quotes.csv")
def csv_quotes(
    chosen: tuple[str | None, ItemFilter] = Depends(quote_filters),
    store: Store = Depends(get_store),
):
    speaker, f = chosen
    rows = queries.quote_list(store, speaker, filters=f, window=Page(CSV_ROWS))["quotes"]
    columns = ["doc", "lang", "outlet", "published", "story", "speaker", "speaker_text"]
    return csv_response("quotes", rows, [*columns, "direct", "start", "end", "text"])


def csv_response(name: str, rows: Iterable[dict[str, Any]], columns: list[str]) -> Response:
    """A list as CSV (UTF-8 with a byte-order mark, so spreadsheets read Arabic and Persian);
    lists inside a cell are joined with "; "."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        writer.writerow(
            [
                "; ".join(map(str, v)) if isinstance(v, list | tuple) else v
                for v in map(row.get, columns)
            ]
        )
    return Response(
        out.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'inline; filename="{name}.csv"'},
    )
