"""Documents: the corpus counts, the document list and one document; ingest of JSON articles
at once (POST /api/v1/documents)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import BaseModel, Field, TypeAdapter

from rasad.analysis.pages import PAGE_SIZE, DocumentFilter, Page
from rasad.api.deps import API, errors, filters, get_jobs, get_settings, get_store
from rasad.api.jobs import JobRunner
from rasad.config import Settings
from rasad.services import queries
from rasad.services.ingest import IngestReport, ingest_documents, ingest_lock
from rasad.stages.readers import document_from_item, stable_id
from rasad.store import Store

MAX_ARTICLES_PER_POST = 500

router = APIRouter()


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


@router.get(f"{API}/stats")
def api_stats(store: Store = Depends(get_store)) -> dict[str, Any]:
    """Counts by language, outlet and rejection reason."""
    return queries.stats(store)


@router.get(f"{API}/documents")
def api_documents(
    page: int | None = Query(None, ge=1, le=100_000, description="pages of `limit`"),
    limit: int = Query(PAGE_SIZE, ge=1, le=500),
    offset: int = Query(0, ge=0, le=10_000_000),
    f: DocumentFilter = Depends(filters),
    store: Store = Depends(get_store),
) -> dict[str, Any]:
    """Documents, filtered and paginated (`limit`/`offset`, or `page`)."""
    start = (page - 1) * limit if page else offset
    return queries.document_list(store, f, window=Page(limit, start))


@router.get(f"{API}/documents/{{doc_id}}", responses=errors(404))
def api_document(doc_id: str, store: Store = Depends(get_store)) -> dict[str, Any]:
    """One document as in the export, with highlight segments."""
    return queries.document_detail(store, doc_id)


@router.post(f"{API}/documents", responses=errors(413, 422))
def api_post_documents(
    articles: list[ArticleIn],
    store: Store = Depends(get_store),
    settings: Settings = Depends(get_settings),
    jobs: JobRunner = Depends(get_jobs),
) -> dict[str, Any]:
    """Ingest JSON articles (the JSONL shape) at once; returns what was added and rejected."""
    if len(articles) > MAX_ARTICLES_PER_POST:
        raise HTTPException(413, f"at most {MAX_ARTICLES_PER_POST} articles per request")
    docs = [
        document_from_item(a.model_dump(), "api", stable_id("api", a.model_dump_json()))
        for a in articles
    ]
    with jobs.writing, ingest_lock(settings.db):  # after any running job or CLI ingest
        report = ingest_documents(docs, store, jobs.pipeline(), settings, IngestReport())
    jobs.on_write()
    return {
        "added": report.added,
        "skipped": report.skipped,
        "rejected": [{"source": s, "reason": r} for s, r in report.rejected],
        "stage_errors": [{"source": s, "error": e} for s, e in report.stage_errors],
    }
