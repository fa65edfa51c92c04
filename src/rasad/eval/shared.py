"""Finding the shared data folder (../shared beside the repository) for evaluations."""

from __future__ import annotations

import os
from pathlib import Path


def find_shared(explicit: Path | None = None) -> Path | None:
    """The shared folder: an explicit path, RASAD_SHARED, or `shared/` beside the repo or cwd."""
    candidates = [explicit] if explicit else []
    if env := os.environ.get("RASAD_SHARED"):
        candidates.append(Path(env))
    repo = Path(__file__).resolve().parents[3]
    candidates += [repo.parent / "shared", Path.cwd().parent / "shared", Path.cwd() / "shared"]
    for path in candidates:
        if path and (path / "eval").is_dir():
            return path
    return None
