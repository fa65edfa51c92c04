"""Ingest jobs: queue files or articles (POST /api/v1/ingest, answered at once with 202) and
follow a job's progress. Uploads are checked against the size limits, sniffed for type and
written to a new private folder under generated names (`rasad.api.jobs` ingests them)."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from starlette.datastructures import UploadFile

from rasad.api import guard
from rasad.api.deps import API, errors, get_jobs, get_settings
from rasad.api.jobs import JobRunner, UnsupportedUpload, Upload, Work, upload_suffix
from rasad.api.routes.documents import ARTICLES
from rasad.config import Settings

MAX_ARTICLES_PER_JOB = 20_000
MAX_FILES_PER_JOB = 1_000
MB = 1024 * 1024

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

router = APIRouter()


async def get_limiter(request: Request) -> guard.RateLimit:
    return request.app.state.limiter


@router.post(
    f"{API}/ingest",
    status_code=202,
    openapi_extra=INGEST_OPENAPI,
    responses=errors(413, 415, 422, 429),
)
async def api_ingest(
    request: Request,
    settings: Settings = Depends(get_settings),
    jobs: JobRunner = Depends(get_jobs),
    limiter: guard.RateLimit = Depends(get_limiter),
) -> JSONResponse:
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


@router.get(f"{API}/jobs/{{job_id}}", responses=errors(404))
def api_job(job_id: str, jobs: JobRunner = Depends(get_jobs)) -> dict[str, Any]:
    """An ingest job: state (queued, running, done, failed), progress, counts, errors."""
    job = jobs.get(job_id)
    if job is None:
        raise HTTPException(404, f"no job {job_id!r}")
    return job


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
