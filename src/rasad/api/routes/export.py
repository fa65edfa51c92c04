"""The whole database as rasad.export/1."""

from __future__ import annotations

import tempfile
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

from rasad.api.deps import API, errors, get_store
from rasad.services.export import ExportInvalid, write_export
from rasad.store import Store

router = APIRouter()


@router.get(f"{API}/export", response_class=FileResponse, responses=errors(500))
def api_export(store: Store = Depends(get_store)) -> FileResponse:
    """The whole database as rasad.export/1, written item by item to a temporary file
    and sent from it (a large archive's export is gigabytes, never held in memory)."""
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".json", delete=False) as spool:
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
