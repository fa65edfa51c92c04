"""Named corpus articles for tests that read real text (`../shared/corpus`)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from rasad.config import Settings
from rasad.eval.shared import corpus_articles
from rasad.services.ingest import ingest_paths
from rasad.store import open_store


def article_reader(shared: Path, articles: dict[str, str]) -> Callable[[str], dict]:
    """A function giving the corpus record of a named case (`articles`: case → id); the test
    is skipped when the article is not in this copy of the corpus."""
    found = corpus_articles(shared, articles.values())

    def read(case: str) -> dict:
        if articles[case] not in found:
            pytest.skip(f"{articles[case]} not in the corpus copy")
        return found[articles[case]]

    return read


def named_articles_store(shared, tmp_path_factory, articles: dict[str, str]):
    """A SQLite database of these corpus articles (case → id), ingested whole; the test is
    skipped when one is not in this copy of the corpus."""
    read = article_reader(shared, articles)
    folder = tmp_path_factory.mktemp("named")
    corpus = folder / "named.jsonl"
    corpus.write_text(
        "".join(json.dumps(read(case), ensure_ascii=False) + "\n" for case in articles),
        encoding="utf-8",
    )
    db = str(folder / "named.db")
    store = open_store(db)
    ingest_paths([corpus], store, Settings(db=db, strict=True))
    return store
