"""Queries over a store shared by the JSON API, the HTML pages and the CLI: each builds one
context dict from the stored documents and materialized views."""

from __future__ import annotations

import json
from typing import Any

from rasad.analysis.pages import (
    PAGE_SIZE,
    RTL_LANGS,
    STORY_PARTS,
    Corpus,
    DocumentFilter,
    ItemFilter,
    NotFound,
    Page,
    bounded_story_page,
    document_summary,
    highlight_segments,
    is_bounded,
    month_sparkline,
    sparkline,
    story_detail_of,
)
from rasad.analysis.search import SearchFilter, result
from rasad.services.materialize import READY, summaries_ready, views_ready
from rasad.store import Store

SEARCH_PAGE = 20


def load_corpus(store: Store) -> Corpus:
    """The whole database (what views across every story need)."""
    return Corpus.build(list(store.iter_documents()), dict(store.iter_vectors()))


def story_corpus(store: Store, story_id: str) -> Corpus:
    """One story built from its own documents and their vectors only: what a story page
    needs, read through the story index instead of the whole database. Entity ids are
    linked within the story; they equal the whole-database ids except for a surname-only
    mention whose full name appears only in an earlier document of another story."""
    docs = store.story_documents(story_id)
    if not docs:
        raise NotFound(f"no story {story_id!r}")
    return Corpus.build(docs, store.vectors_of(d.id for d in docs))


def document_list(
    store: Store, filters: DocumentFilter, page: int = 1, window: Page | None = None
) -> dict[str, Any]:
    """Documents matching the filters, in ingest order: page `page` of PAGE_SIZE, or `window`
    (counted and paged in SQL)."""
    window = window or Page(PAGE_SIZE, (max(page, 1) - 1) * PAGE_SIZE)
    total, docs = store.documents_page(filters, window.limit, window.offset)
    return {
        **window.meta(total),
        "page": window.offset // max(window.limit, 1) + 1,
        "page_size": window.limit,
        "documents": [document_summary(d) for d in docs],
        "filters": {k: v for k, v in vars(filters).items() if v},
    }


def document_detail(
    store: Store, doc_id: str, evidence: tuple[int, int] | None = None
) -> dict[str, Any]:
    """Everything about one document, with highlight segments for the page (an evidence span
    to show, when asked, takes precedence over the other marks)."""
    doc = store.get_document(doc_id)
    if doc is None:
        raise NotFound(f"no document {doc_id!r}")
    export = doc.to_export()
    export["dir"] = "rtl" if doc.lang in RTL_LANGS else "ltr"
    export["segments"] = highlight_segments(doc, evidence)
    export["rejected"] = doc.rejected
    return export


def stats(store: Store) -> dict[str, Any]:
    """Corpus counts."""
    return store.stats()


def search(
    store: Store, query: str, filters: SearchFilter, page: int = 1, window: Page | None = None
) -> dict[str, Any]:
    """A page of ranked hits with snippets cut from the original text."""
    window = window or Page(SEARCH_PAGE, (max(page, 1) - 1) * SEARCH_PAGE)
    total, hits = (
        store.search(query, filters, window.limit, window.offset) if query.strip() else (0, [])
    )
    results = [result(doc, score, query) for doc, score in hits]
    for r in results:
        r["dir"] = "rtl" if r["lang"] in RTL_LANGS else "ltr"
    return {
        "query": query,
        **window.meta(total),
        "page": window.offset // max(window.limit, 1) + 1,
        "results": results,
        "filters": {k: v for k, v in vars(filters).items() if v},
    }


def story_list(
    store: Store,
    corpus: Corpus | None = None,
    filters: ItemFilter | None = None,
    window: Page | None = None,
) -> dict[str, Any]:
    """Stories, largest first, with a sparkline of documents per month: from the summary
    table, or built from `corpus` when given (an entity filter needs linked entity ids, so
    `listed_from_summaries` sends it down that slower path)."""
    window = window or Page(limit=10_000)
    if corpus is None and listed_from_summaries(store, filters):
        total, rows = store.story_summaries(filters or SearchFilter(), window.limit, window.offset)
        return {**window.meta(total), "stories": [summary_item(r) for r in rows]}
    corpus = corpus or load_corpus(store)
    stories = _kept(corpus, corpus.stories, filters, lambda s: s["documents"])
    published = {d.id: (d.published or {}).get("value") for d in corpus.docs}
    rows = [
        {
            **{k: s[k] for k in ("id", "title", "languages", "outlets", "first_seen", "last_seen")},
            "documents": len(s["members"]),  # distinct articles; copies counted apart
            "copies": s["copies"],
            "events": len(s["events"]),
            "sparkline": sparkline([published[d] for d in s["documents"] if published.get(d)]),
        }
        for s in window.cut(stories)
    ]
    return {**window.meta(len(stories)), "stories": rows}


def listed_from_summaries(store: Store, filters: SearchFilter | None) -> bool:
    """Whether the story list can come from the summary table (an `entity` filter needs the
    stored entity links to be current)."""
    return summaries_ready(store) and _entity_filter_stored(store, filters)


def _entity_filter_stored(store: Store, filters: SearchFilter | None) -> bool:
    from rasad.services.entity_links import entities_current

    return not (filters and filters.entity) or entities_current(store)


def listed_from_views(store: Store, filters: SearchFilter | None) -> bool:
    """Whether a list of story parts can come from the stored views (an `entity` filter
    needs the stored entity links to be current)."""
    return views_ready(store) and _entity_filter_stored(store, filters)


def story_state(store: Store, story_id: str) -> str | None:
    """A key that changes whenever the story's documents do (the generation and size of its
    summary row), or None when the summary table cannot say."""
    if store.get_meta(READY) != "1":
        return None
    _, rows = store.story_summaries(SearchFilter(story=story_id), 1, 0)
    return f"story:{rows[0]['generation']}:{rows[0]['size']}" if rows else None


def summary_item(row: dict[str, Any]) -> dict[str, Any]:
    """A row of the summary table as an item of the story list."""
    return {
        **{k: row[k] for k in ("id", "title", "languages", "outlets", "first_seen", "last_seen")},
        "documents": row["articles"],  # distinct articles; copies counted apart
        "copies": row["copies"],
        "events": row["events"],
        "sparkline": month_sparkline(row["months"]),
    }


def _kept(
    corpus: Corpus,
    items: list[dict[str, Any]],
    filters: ItemFilter | None,
    cited: Any,
) -> list[dict[str, Any]]:
    """The items citing at least one document that passes `filters` (`cited(item)` → ids)."""
    allowed = filters.documents(corpus.docs) if filters else None
    if allowed is None:
        return items
    return [i for i in items if allowed.intersection(cited(i))]


def story_detail(store: Store, story_id: str, corpus: Corpus | None = None) -> dict[str, Any]:
    """One story with its coverage by document and its quotes grouped by speaker (built from
    its own documents unless a loaded `corpus` is given)."""
    corpus = corpus or story_corpus(store, story_id)
    return story_detail_of(corpus.story(story_id), corpus)


def stored_story_detail(store: Store, story_id: str) -> dict[str, Any] | None:
    """A story's page as the ingest stored it with its summary row (`rasad.services.materialize`), or
    None when it is not stored or older than the row (the caller builds it then)."""
    text = stored_story_json(store, story_id)
    return json.loads(text) if text is not None else None


def stored_story_json(store: Store, story_id: str) -> str | None:
    """`stored_story_detail` as JSON text (what the API sends as it is); a page stored before
    pages were bounded is bounded here."""
    text = store.story_detail(story_id) if views_ready(store) else None
    if text is None or is_bounded(text):
        return text
    return json.dumps(bounded_story_page(json.loads(text)), ensure_ascii=False)


def stored_timeline(store: Store, story_id: str) -> list[dict[str, Any]] | None:
    """A story's whole timeline as stored with its page (one row per entry, beside the page's
    first STORY_PAGE_ITEMS), or None when its page is not stored (the caller builds it)."""
    text = store.story_detail(story_id) if views_ready(store) else None
    if text is None:
        return None
    if not is_bounded(text):  # stored before pages were bounded: the page has it whole
        return json.loads(text)["timeline"]
    story = SearchFilter(story=story_id)
    return store.story_items("timeline", story, None, 10**9, 0)[1]


def story_part_list(
    store: Store,
    part: str,
    corpus: Corpus | None = None,
    filters: ItemFilter | None = None,
    window: Page | None = None,
    status: str | None = None,
) -> dict[str, Any]:
    """One part of every story (events, claims, contradictions or promises), each item tagged
    with its story; `filters.story` keeps one story, a 404 when it does not exist. Read from
    the stored views when no `corpus` is given and they can answer (`listed_from_views`),
    else built: from the story's own documents, or taken from a loaded `corpus`."""
    window = window or Page()
    filters = filters or ItemFilter()
    if corpus is None and listed_from_views(store, filters):
        if filters.story and not store.story_summaries(SearchFilter(story=filters.story), 1)[0]:
            raise NotFound(f"no story {filters.story!r}")
        total, items = store.story_items(part, filters, status, window.limit, window.offset)
        return {**window.meta(total), part: items, "filters": filters.active()}
    if corpus is None:
        one = filters.story
        corpus = story_corpus(store, one) if one else load_corpus(store)
    stories = [corpus.story(filters.story)] if filters.story else corpus.stories
    items = [{**item, "story": s["id"]} for s in stories for item in s.get(part, [])]
    if status:
        items = [i for i in items if i.get("status") == status]
    items = _kept(corpus, items, filters, STORY_PARTS[part])
    return {**window.meta(len(items)), part: window.cut(items), "filters": filters.active()}


def entity_list(
    store: Store,
    kind: str | None = None,
    story: str | None = None,
    window: Page | None = None,
    documents: int | None = None,
) -> dict[str, Any]:
    """Entities linked across documents and scripts, most mentioned first, each with its
    `document_count` and every document id (`documents` None) or the first `documents`: read
    from the links the ingest stores (`rasad.services.entity_links`), or linked here when they lag."""
    from rasad.analysis.entities import entity_table
    from rasad.services import entity_links as stored

    window = window or Page(limit=200)
    if stored.entities_current(store):
        total, rows = stored.entity_list(store, kind, story, window.limit, window.offset, documents)
        return {**window.meta(total), "entities": rows}
    table = entity_table(store.iter_documents(), kind, story)
    rows = [
        {**e, "documents": e["documents"][:documents], "document_count": len(e["documents"])}
        for e in window.cut(table)
    ]
    return {**window.meta(len(table)), "entities": rows}


ENTITY_DOCUMENTS = 20  # document ids an entity's page lists by default


def entity_page(
    store: Store,
    entity_id: str,
    mentions: Page | None = None,
    quotes: Page | None = None,
    documents: int | None = ENTITY_DOCUMENTS,
) -> dict[str, Any]:
    """One entity: names, mentions over time, languages, outlets, stories, co-occurring
    entities, and a page of its mentions and of its quotes (`mention_page`, `quote_page`: total,
    limit, offset), its first `documents` document ids (`document_count` counts them all) and
    its largest stories (`story_count` counts them all). Co-occurring entities are counted over
    the entity's most recent documents (`cooccurring_documents` says how many). Read from the
    stored links, or linked here when they lag."""
    from rasad.services import entity_links as stored

    mentions, quotes = mentions or Page(), quotes or Page()
    if stored.entities_current(store):
        detail = stored.entity_detail(store, entity_id, mentions.limit, mentions.offset, documents)
        if detail is None:
            raise NotFound(f"no entity {entity_id!r}")
        total, said = store.quotes(entity_id, SearchFilter(), quotes.limit, quotes.offset)
        return {
            **detail,
            "mention_page": mentions.meta(detail["mentions"]),
            "quotes": [_quote(r["quote"], r["doc"], r["lang"]) for r in said],
            "quote_page": quotes.meta(total),
        }
    return _entity_page_linked_here(store, entity_id, mentions, quotes, documents)


def _quote(quote: dict[str, Any], doc: str, lang: str | None) -> dict[str, Any]:
    return quote | {"doc": doc, "dir": "rtl" if lang in RTL_LANGS else "ltr"}


def _entity_page_linked_here(
    store: Store, entity_id: str, mentions: Page, quotes: Page, documents: int | None
) -> dict[str, Any]:
    """`entity_page` from every document linked at this request (while stored links lag)."""
    from rasad.analysis.entities import entity_detail
    from rasad.services.entity_links import COOCCURRING_LATEST, STORIES

    docs = list(store.iter_documents())
    detail = entity_detail(docs, entity_id, COOCCURRING_LATEST)
    if detail is None:
        raise NotFound(f"no entity {entity_id!r}")
    said = [_quote(q, d.id, d.lang) for d in docs for q in d.quotes if q["speaker"] == entity_id]
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
    store: Store,
    entity: str | None = None,
    story: str | None = None,
    filters: ItemFilter | None = None,
    window: Page | None = None,
) -> dict[str, Any]:
    """Everything said, across languages and outlets, with speakers linked to entities
    (`entity` is the speaker; `filters.entity` a mention anywhere in the document): read from
    the stored quotes, or linked here when they lag or `filters.entity` is set."""
    from rasad.entities.link import link_corpus
    from rasad.services import entity_links as stored

    filters = filters or ItemFilter(story=story)
    window = window or Page(limit=100_000)
    if not filters.entity and stored.entities_current(store):
        total, rows = stored.quote_list(store, entity, filters, window.limit, window.offset)
        return {**window.meta(total), "quotes": rows}
    docs = list(store.iter_documents())
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
