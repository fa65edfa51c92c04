"""Stories as the ingest materialized them: the list, one story's page and its whole
timeline, its parts (events, claims, contradictions, promises) across stories or of one, and
quotes."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from rasad.analysis.pages import ItemFilter, Page
from rasad.api.deps import API, errors, get_store, item_filters, window
from rasad.services import queries
from rasad.store import FramingFilter, Store

router = APIRouter()


@router.get(f"{API}/stories")
def api_stories(
    f: ItemFilter = Depends(item_filters),
    w: Page = Depends(window),
    sort: str = Query(
        "size",
        pattern="^(size|recent|oldest)$",
        description="largest, last seen or first seen first",
    ),
    store: Store = Depends(get_store),
) -> dict[str, Any]:
    """Stories with size, languages, outlets, date span and a sparkline (SVG); a story
    passes the filters when one of its documents does."""
    return queries.story_list(store, filters=f, window=w, sort=sort)


@router.get(f"{API}/stories/{{story_id}}", responses=errors(404))
def api_story(story_id: str, store: Store = Depends(get_store)) -> Any:
    """One story: events, timeline, claims, contradictions, promises, framing, coverage;
    each list keeps its first 50 (`totals` counts them whole, `links` names the paged
    endpoints that list them all)."""
    # the page the HTML shows (`queries.story_detail`), sent as the ingest stored it
    return Response(queries.story_json(store, story_id).encode(), media_type="application/json")


@router.get(f"{API}/stories/{{story_id}}/timeline", responses=errors(404))
def api_timeline(story_id: str, store: Store = Depends(get_store)) -> list[dict[str, Any]]:
    """A story's timeline entries with their evidence spans, every one (the story page
    keeps the first of each)."""
    return queries.story_timeline(store, story_id)


def story_part_routes(part: str, summary: str) -> None:
    """GET /api/v1/{part} (all stories, filtered) and /api/v1/stories/{id}/{part}."""

    def across(
        f: ItemFilter = Depends(item_filters),
        w: Page = Depends(window),
        status: str | None = Query(None, description="promises only: kept, broken, …"),
        store: Store = Depends(get_store),
    ) -> dict[str, Any]:
        return queries.story_part_list(store, part, filters=f, window=w, status=status)

    def of_story(
        story_id: str,
        f: ItemFilter = Depends(item_filters),
        w: Page = Depends(window),
        store: Store = Depends(get_store),
    ) -> dict[str, Any]:
        f = ItemFilter(**{**vars(f), "story": story_id})
        return queries.story_part_list(store, part, filters=f, window=w)

    router.get(f"{API}/{part}", summary=f"{summary} across stories", responses=errors(404))(across)
    router.get(
        f"{API}/stories/{{story_id}}/{part}",
        summary=f"{summary} of one story",
        responses=errors(404),
    )(of_story)


story_part_routes("events", "Events (documents grouped by what happened)")
story_part_routes(
    "claims", "Facts the documents give as figures (what is counted, each value and its evidence)"
)
story_part_routes("contradictions", "Conflicting numbers or statements, with both sides")
story_part_routes("promises", "Promises with speaker, due date, status and evidence")


@router.get(f"{API}/quotes")
def api_quotes(
    entity: str | None = Query(None, description="the speaker's entity id"),
    story: str | None = None,
    lang: str | None = None,
    outlet: str | None = None,
    date_from: str | None = Query(None, alias="from"),
    date_to: str | None = Query(None, alias="to"),
    w: Page = Depends(window),
    store: Store = Depends(get_store),
) -> dict[str, Any]:
    """Quotes with their speakers, filtered by speaker entity, story, language, outlet, date."""
    f = ItemFilter(lang, outlet, date_from, date_to, story)
    return queries.quote_list(store, entity, filters=f, window=w)


@router.get(f"{API}/framing")
def api_framing(
    term: str | None = Query(None, description="a lexicon term, as the lexicon writes it"),
    category: str | None = Query(None, description="label, martyrdom, occupation, regime, …"),
    target: str | None = Query(None, description="whom the term is applied to: US forces, …"),
    outlet: str | None = None,
    lang: str | None = None,
    date_from: str | None = Query(None, alias="from", description="ISO date"),
    date_to: str | None = Query(None, alias="to", description="ISO date"),
    story: str | None = None,
    voice: str | None = Query(None, description="outlet (its own words) or quoted"),
    period: str = Query("month", pattern="^(month|year)$", description="shares by month or year"),
    w: Page = Depends(window),
    store: Store = Depends(get_store),
) -> dict[str, Any]:
    """Loaded terms in their framing sense across the archive: `items` (a page, each with
    `link` to its exact words, `?hl=start-end` for body terms), `by` (counts grouped by
    outlet, target, category, term, lang, voice) and `shares` (per outlet and target, overall
    and by month: of the outlet's articles about the target — naming it or framing it — the
    share using each category for it; `period=year` for years)."""
    f = FramingFilter(term, category, target, outlet, lang, date_from, date_to, story, voice)
    return queries.framing_list(store, f, window=w, period=period)
