"""Linking a document's stored mentions again (the archive's relink, the views rebuilt from
documents) gives the mentions and keys the entities stage stored: on real articles."""

from __future__ import annotations

import json
from itertools import islice

import pytest

from rasad.entities.link import link_document, linked_mentions
from rasad.stages.entities import find_entities

SAMPLES = [("saudinewsnet_ar", "ar", 200), ("farsnews_fa", "fa", 100), ("bbc_news_en", "en", 200)]


def _articles(shared, folder: str, n: int) -> list[dict]:
    with (shared / "corpus" / folder / "articles.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in islice(f, n)]


@pytest.mark.parametrize(("folder", "lang", "n"), SAMPLES)
def test_stored_mentions_link_again_to_themselves(shared, folder, lang, n):
    for article in _articles(shared, folder, n):
        found = find_entities(article["text"], lang)
        stored = [{k: v for k, v in m.items() if k != "entity"} for m in found]
        again = [m for _, m in linked_mentions(stored, lang)]
        assert again == stored, article["id"]
        # as the archive reads them, with their text: a title or speech verb before a surname
        # that is a common word names it («وقال براون»: `NAMED_IN_CONTEXT`, read again)
        read = [m for _, m in linked_mentions(stored, lang, article["text"])]
        assert link_document(read, lang) == [m["entity"] for m in found], article["id"]


def test_a_full_name_votes_for_its_last_word_alone(shared):
    """«شينزو ابي», then «ابي» read once as a place and once (before «الى») as a person: the
    three are one person, whichever pass links them."""
    article = next(
        a
        for a in _articles(shared, "saudinewsnet_ar", 400)
        if "شينزو ابي" in a["text"] and "ولاية ابي" in a["text"]
    )
    found = find_entities(article["text"], "ar")
    abe = {m["entity"] for m in found if m["text"] in ("ابي", "شينزو ابي")}
    assert len(abe) == 1 and next(iter(abe)).startswith("PER:")
