"""Outlets and corrections: the outlet profiles (packaged and the user's), a story's coverage
by outlet type and country with its blindspot, loaded terms per outlet and month, and an
analyst's corrections to a document's date or outlet (made, listed and undone)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query
from pydantic import BaseModel, Field

from rasad.api.deps import API, errors, get_jobs, get_settings, get_store
from rasad.api.jobs import JobRunner
from rasad.config import Settings
from rasad.services import corrections, outlets, queries
from rasad.services.ingest import ingest_lock
from rasad.stages.outlet import OutletRowError, profile_from_row
from rasad.store import Store

router = APIRouter()
LISTS = ("aliases", "domains")


class OutletIn(BaseModel):
    name: str = Field(min_length=1, max_length=200)
    aliases: list[str] = []
    domains: list[str] = []
    country: str | None = Field(None, max_length=8)
    lang: str | None = Field(None, max_length=8)
    type: str | None = Field(None, description="state, public, private, party or military")
    source: str | None = Field(None, max_length=2000)


class CorrectionIn(BaseModel):
    field: str = Field(description="published or outlet")
    value: str = Field(min_length=1, max_length=200, description="YYYY-MM-DD, or an outlet")
    author: str = Field(min_length=1, max_length=200, description="who makes the correction")
    note: str | None = Field(None, max_length=2000)


class UndoIn(BaseModel):
    author: str = Field(min_length=1, max_length=200)


@router.get(f"{API}/outlets")
def api_outlets(store: Store = Depends(get_store)) -> dict[str, Any]:
    """Every outlet profile: name, aliases, domains, country, language, type and the source
    of each row; `origin` says packaged or imported by the user."""
    return queries.outlet_list(store)


@router.post(f"{API}/outlets", responses=errors(422))
def api_import_outlets(
    rows: list[OutletIn],
    store: Store = Depends(get_store),
    jobs: JobRunner = Depends(get_jobs),
) -> dict[str, Any]:
    """Add or replace outlet profiles (a profile of the same name, packaged or the user's, is
    replaced)."""
    try:
        profiles = [
            profile_from_row(r.model_dump() | {k: "|".join(getattr(r, k)) for k in LISTS})
            for r in rows
        ]
    except OutletRowError as exc:
        raise HTTPException(422, str(exc)) from exc
    with jobs.writing:
        names = outlets.store_profiles(store, profiles)
    jobs.on_write()
    return {"imported": names}


@router.get(f"{API}/outlets/framing")
def api_outlet_framing(
    outlet: str | None = Query(None, description="one outlet (default: every outlet)"),
    store: Store = Depends(get_store),
) -> dict[str, Any]:
    """Loaded terms per outlet and month (counts by category), each outlet's most frequent
    terms, and `targets`: per target it frames, its articles about the target and the share of
    them using each category, overall and by month."""
    return queries.outlet_framing(store, outlet)


@router.get(f"{API}/stories/{{story_id}}/outlets", responses=errors(404))
def api_story_outlets(story_id: str, store: Store = Depends(get_store)) -> dict[str, Any]:
    """A story's documents per outlet with type and country, grouped by outlet type and by
    country, and its blindspot (the one outlet type that covers it, or null)."""
    return queries.story_outlets(store, story_id)


@router.get(f"{API}/corrections")
def api_corrections(
    doc: str | None = Query(None, description="one document's corrections"),
    store: Store = Depends(get_store),
) -> dict[str, Any]:
    """Corrections made by analysts, oldest first: field, old and new value, who and when,
    and when undone."""
    return corrections.correction_list(store, doc)


@router.post(f"{API}/documents/{{doc_id}}/corrections", responses=errors(404, 422))
def api_correct(
    doc_id: str,
    body: CorrectionIn,
    store: Store = Depends(get_store),
    settings: Settings = Depends(get_settings),
    jobs: JobRunner = Depends(get_jobs),
) -> dict[str, Any]:
    """Set a document's publication date or outlet; its dates, its story's timeline and
    promises follow. Answers with the correction and the document."""
    with jobs.writing, ingest_lock(settings.db):
        try:
            done = corrections.correct(
                store, settings, doc_id, body.field, body.value, body.author, body.note
            )
        except corrections.CorrectionError as exc:
            raise HTTPException(422, str(exc)) from exc
    jobs.on_write()
    return done


@router.post(f"{API}/corrections/{{number}}/undo", responses=errors(404, 422))
def api_undo(
    body: UndoIn,
    number: int = Path(ge=1, le=2**53),
    store: Store = Depends(get_store),
    settings: Settings = Depends(get_settings),
    jobs: JobRunner = Depends(get_jobs),
) -> dict[str, Any]:
    """Undo a correction (a later correction of the same field must be undone first)."""
    with jobs.writing, ingest_lock(settings.db):
        try:
            done = corrections.undo(store, settings, number, body.author)
        except corrections.CorrectionError as exc:
            raise HTTPException(422, str(exc)) from exc
    jobs.on_write()
    return done
