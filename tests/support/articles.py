"""Named corpus articles for tests that read real text (`../shared/corpus`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from rasad.eval.shared import corpus_articles


def article_reader(shared: Path, articles: dict[str, str]) -> Callable[[str], dict]:
    """A function giving the corpus record of a named case (`articles`: case → id); the test
    is skipped when the article is not in this copy of the corpus."""
    found = corpus_articles(shared, articles.values())

    def read(case: str) -> dict:
        if articles[case] not in found:
            pytest.skip(f"{articles[case]} not in the corpus copy")
        return found[articles[case]]

    return read
