"""Every view built from every document at once: what the materialized views must equal.

The services read only what the ingest materialized (`rasad.services.queries`); these
functions compute the same answers from scratch with the pure analysis functions, so the
tests can compare the two on real articles."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rasad.analysis.entities import entity_detail, entity_table
from rasad.analysis.pages import (
    RTL_LANGS,
    STORY_PARTS,
    Corpus,
    ItemFilter,
    NotFound,
    Page,
    sparkline,
    story_detail_of,
)
from rasad.analysis.stories import language_titles
from rasad.entities.link import link_corpus
from rasad.model import Document
from rasad.services import outlets
from rasad.services.entity_links import COOCCURRING_LATEST, STORIES
from rasad.stages.outlet import packaged_directory
from rasad.store import Store


def load_corpus(store: Store) -> Corpus:
    """Every stored document and story, built at once."""
    return Corpus.build(list(store.iter_documents()), dict(store.iter_vectors()))


def _kept(
    corpus: Corpus, items: list[dict[str, Any]], filters: ItemFilter | None, cited: Callable
) -> list[dict[str, Any]]:
    allowed = filters.documents(corpus.docs) if filters else None
    if allowed is None:
        return items
    return [i for i in items if allowed.intersection(cited(i))]


def story_list(
    corpus: Corpus, filters: ItemFilter | None = None, window: Page | None = None
) -> dict[str, Any]:
    window = window or Page(limit=10_000)
    stories = _kept(corpus, corpus.stories, filters, lambda s: s["documents"])
    published = {d.id: (d.published or {}).get("value") for d in corpus.docs}
    rows = [
        {
            **{k: s[k] for k in ("id", "title", "languages", "outlets", "first_seen", "last_seen")},
            "titles": language_titles([corpus.by_id[d] for d in s["documents"]], corpus.vectors),
            "documents": len(s["members"]),
            "copies": s["copies"],
            "events": len(s["events"]),
            "sparkline": sparkline([published[d] for d in s["documents"] if published.get(d)]),
            **outlets.story_list_kinds(
                packaged_directory(), {"outlets": s["outlets"], "articles": len(s["members"])}
            ),
        }
        for s in window.cut(stories)
    ]
    return {**window.meta(len(stories)), "stories": rows}


def story_detail(corpus: Corpus, story_id: str) -> dict[str, Any]:
    return story_detail_of(corpus.story(story_id), corpus)


def story_part_list(
    corpus: Corpus,
    part: str,
    filters: ItemFilter | None = None,
    window: Page | None = None,
    status: str | None = None,
) -> dict[str, Any]:
    window = window or Page()
    filters = filters or ItemFilter()
    stories = [corpus.story(filters.story)] if filters.story else corpus.stories
    items = [{**item, "story": s["id"]} for s in stories for item in s.get(part, [])]
    if status:
        items = [i for i in items if i.get("status") == status]
    items = _kept(corpus, items, filters, STORY_PARTS[part])
    return {**window.meta(len(items)), part: window.cut(items), "filters": filters.active()}


def entity_list(
    docs: list[Document],
    kind: str | None = None,
    story: str | None = None,
    window: Page | None = None,
    documents: int | None = None,
) -> dict[str, Any]:
    window = window or Page(limit=200)
    table = entity_table(docs, kind, story)
    if story:  # those in most of the story's documents first, each with that count
        members = {d.id for d in docs if d.story == story and not d.rejected}
        in_story = {e["id"]: len(members.intersection(e["documents"])) for e in table}
        table = sorted(table, key=lambda e: -in_story[e["id"]])
    rows = [
        {**e, "documents": e["documents"][:documents], "document_count": len(e["documents"])}
        | ({"story_documents": in_story[e["id"]]} if story else {})
        for e in window.cut(table)
    ]
    return {**window.meta(len(table)), "entities": rows}


def entity_page(
    docs: list[Document],
    entity_id: str,
    mentions: Page | None = None,
    quotes: Page | None = None,
    documents: int | None = 20,
) -> dict[str, Any]:
    mentions, quotes = mentions or Page(), quotes or Page()
    detail = entity_detail(docs, entity_id, COOCCURRING_LATEST)
    if detail is None:
        raise NotFound(f"no entity {entity_id!r}")
    said = [
        q | {"doc": d.id, "dir": "rtl" if d.lang in RTL_LANGS else "ltr"}
        for d in docs
        for q in d.quotes
        if q["speaker"] == entity_id
    ]
    return {
        **detail,
        "documents": detail["documents"][:documents],
        "stories": dict(list(detail["stories"].items())[:STORIES]),
        "mention_list": mentions.cut(detail["mention_list"]),
        "mention_page": mentions.meta(detail["mentions"]),
        "quotes": quotes.cut(said),
        "quote_page": quotes.meta(len(said)),
    }


def quote_list(
    docs: list[Document],
    entity: str | None = None,
    filters: ItemFilter | None = None,
    window: Page | None = None,
) -> dict[str, Any]:
    filters = filters or ItemFilter()
    window = window or Page(limit=100_000)
    link_corpus(docs)
    allowed = filters.documents(docs)
    rows = [
        {
            "doc": d.id,
            "lang": d.lang,
            "outlet": d.outlet,
            "story": d.story,
            "published": (d.published or {}).get("value"),
            **q,
        }
        for d in docs
        if allowed is None or d.id in allowed
        for q in d.quotes
        if not entity or q["speaker"] == entity
    ]
    return {**window.meta(len(rows)), "quotes": window.cut(rows)}
