"""Finding the shared data folder (../shared beside the repository) for evaluations, and
reading its corpus articles by id."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

CORPORA = ("saudinewsnet_ar", "farsnews_fa", "bbc_news_en", "ntrex_ar_fa_en")


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


def corpus_articles(
    shared: Path, ids: Iterable[str], folders: Iterable[str] = CORPORA
) -> dict[str, dict[str, Any]]:
    """The articles with the given ids, by id, from those corpus folders that exist."""
    wanted, found = set(ids), {}
    for folder in folders:
        path = shared / "corpus" / folder / "articles.jsonl"
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                article = json.loads(line)
                if article["id"] in wanted:
                    found[article["id"]] = article
    return found
