"""Queries over a store shared by the JSON API, the HTML pages and the CLI: each builds one
context dict from the stored documents and materialized views."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from rasad.analysis.pages import (
    PAGE_SIZE,
    RTL_LANGS,
    DocumentFilter,
    ItemFilter,
    NotFound,
    Page,
    document_summary,
    highlight_segments,
    month_sparkline,
)
from rasad.analysis.search import SearchFilter, SearchQuery, parse_query, result
from rasad.model import Document
from rasad.pipeline import registered
from rasad.services import entity_links, framing, outlets, search_terms
from rasad.services.assign import date_evidence
from rasad.store import FramingFilter, QueryStore

SEARCH_PAGE = 20
PEOPLE_OF_A_NAME = 6  # people a one-word name names, offered to choose from on the search page


def document_list(
    store: QueryStore, filters: DocumentFilter, page: int = 1, window: Page | None = None
) -> dict[str, Any]:
    """Documents matching the filters, in ingest order: page `page` of PAGE_SIZE, or `window`
    (counted and paged in SQL)."""
    window = window or Page(PAGE_SIZE, (max(page, 1) - 1) * PAGE_SIZE)
    total, docs = store.documents_page(filters, window.limit, window.offset)
    found = outlets.directory(store)
    return {
        **window.meta(total),
        "page": window.offset // max(window.limit, 1) + 1,
        "page_size": window.limit,
        "documents": [document_summary(d) | outlets.profile_fields(found, d.outlet) for d in docs],
        "filters": {k: v for k, v in vars(filters).items() if v},
    }


def document(store: QueryStore, doc_id: str) -> Document:
    """One stored document as the pipeline left it (NotFound when there is none)."""
    doc = store.get_document(doc_id)
    if doc is None:
        raise NotFound(f"no document {doc_id!r}")
    return doc


def document_detail(
    store: QueryStore, doc_id: str, evidence: tuple[int, int] | None = None
) -> dict[str, Any]:
    """Everything about one document, with highlight segments for the page (an evidence span
    to show, when asked, takes precedence over the other marks)."""
    doc = document(store, doc_id)
    export = doc.to_export()
    export["dir"] = "rtl" if doc.lang in RTL_LANGS else "ltr"
    export["segments"] = highlight_segments(doc, evidence)
    export["rejected"] = doc.rejected
    export["stage_errors"] = list(doc.stage_errors)  # stages that failed on it: output empty
    profile = outlets.directory(store).get(doc.outlet)
    export["outlet_profile"] = profile.as_dict() if profile else None
    export["corrections"] = store.corrections(doc.id)
    export["published_evidence"] = date_evidence(doc.published, doc.why)
    return export


# The backfill (`rasad backfill NAME`) that runs a stage again on every stored document,
# retrying it where it failed; the other stages are retried by ingesting the article again.
BACKFILL_RETRYING_STAGE = {"entities": "recognise", "quotes": "quotes", "framing": "framing"}


def stage_error_notes(errors: list[dict[str, str]]) -> list[dict[str, Any]]:
    """A document's stage errors as its page shows them: each with the `fields` the failed
    stage left empty (what the stage assigns) and the `backfill` that retries it, if one does."""
    stages = registered()
    return [
        e
        | {
            "fields": list(stages[e["stage"]].assigns) if e["stage"] in stages else [],
            "backfill": BACKFILL_RETRYING_STAGE.get(e["stage"]),
        }
        for e in errors
    ]


def document_links(store: QueryStore, detail: dict[str, Any]) -> dict[str, Any]:
    """The entities a document's page links to: `entity_chips` (each linked entity once, most
    mentioned first, with its mentions here) and each highlighted name or quote of its
    `segments` given the `entity` it is linked to (a quote: its linked speaker)."""
    doc_id = detail["id"]
    mentions = {
        (span["start"], span["end"]): store_id
        for (_, position), store_id in store.mention_entities([doc_id]).items()
        if position < len(detail["entities"])
        for span in [detail["entities"][position]]
    }
    speakers = {
        (span["start"], span["end"]): store_id
        for (_, position), store_id in store.quote_speakers([doc_id]).items()
        if store_id and position < len(detail["quotes"])
        for span in [detail["quotes"][position]]
    }
    pos = 0
    for segment in detail["segments"]:
        end = pos + len(segment["text"])
        found = {"entities": mentions, "quotes": speakers}.get(segment["kind"] or "", {})
        if (pos, end) in found:
            segment["entity"] = found[(pos, end)]
        pos = end
    counts: dict[str, int] = {}
    for store_id in mentions.values():
        counts[store_id] = counts.get(store_id, 0) + 1
    shown = entities_shown(store, list(counts))
    chips = [
        {
            "id": i,
            "name": shown[i]["name"],
            "names": shown[i]["names"],  # the page names it in its reader's language
            "type": shown[i]["type"],
            "mentions": n,
        }
        for i, n in sorted(counts.items(), key=lambda kv: -kv[1])
        if i in shown
    ]
    return {**detail, "entity_chips": chips}


def entities_shown(store: QueryStore, ids: list[str]) -> dict[str, dict[str, Any]]:
    """These entities as the lists show them, by id: the name shown is the stored one or, for
    an entity no gazetteer names (most of them), its most written form (the stored row's
    `name` is empty then)."""
    rows = store.entity_rows(ids)
    return {e["id"]: e for e in entity_links.records(store, rows, documents=0)}


def stats(store: QueryStore) -> dict[str, Any]:
    """Corpus counts."""
    return store.stats()


def search(
    store: QueryStore, query: str, filters: SearchFilter, page: int = 1, window: Page | None = None
) -> dict[str, Any]:
    """A page of ranked hits with snippets cut from the original text. Words naming a known
    entity also search its other names, a name-like word its other spellings, a phrase in
    double quotes word for word; each hit says which form of each query group it holds
    (`matched`), and `names` lists the entities the query named with the names searched (and
    those of one word counted only in the entity's own documents, `linked_only`)."""
    window = window or Page(SEARCH_PAGE, (max(page, 1) - 1) * SEARCH_PAGE)
    parsed = search_terms.with_entity_names(store, parse_query(query)) if query.strip() else None
    parsed = search_terms.named_by_common_words(store, parsed) if parsed else None
    total, hits = store.search(parsed, filters, window.limit, window.offset) if parsed else (0, [])
    linked = _linked_entities(store, parsed, [doc.id for doc, _ in hits]) if parsed else {}
    ids = [doc.id for doc, _ in hits]
    named = store.first_mentions(ids, list(parsed.named_first)) if parsed and hits else {}
    results = [
        result(doc, score, parsed, linked.get(doc.id, set()), named.get(doc.id, 0))
        for doc, score in hits
    ]
    for r in results:
        r["dir"] = "rtl" if r["lang"] in RTL_LANGS else "ltr"
    names = [
        {
            "query": text,
            "entity": entity,
            "names": [v.text for v in variants],
            # names of one word, counted only in the documents linked to their entity
            "linked_only": [v.text for v in variants if v.linked_only],
        }
        for text, _, variants, entity in (parsed.groups() if parsed else [])
        if entity
    ]
    return {
        "query": query,
        **window.meta(total),
        "page": window.offset // max(window.limit, 1) + 1,
        "results": results,
        "names": names,
        # hits in each language, every filter but the language applied: a name typed in one
        # script ranks its own script first, and these say how many the other scripts hold
        "languages": store.search_counts(parsed, filters, "lang") if parsed else {},
        # hits of each outlet, every filter but the outlet applied (the page's outlet links)
        "outlets": store.search_counts(parsed, filters, "outlet") if parsed else {},
        # the person whose documents rank first: the one the news calls by the word alone
        "called_first": _people(store, list(parsed.called_first)) if parsed else [],
        # the most mentioned people the word names, to choose from (`entity` filter)
        "people": _people(store, list(parsed.named_first)[:PEOPLE_OF_A_NAME]) if parsed else [],
        "filters": {k: v for k, v in vars(filters).items() if v},
    }


def _people(store: QueryStore, ids: list[str]) -> list[dict[str, Any]]:
    """(entity, name) of these entities, as their pages name them."""
    if not ids:
        return []
    found = {r["id"]: r for r in entity_links.records(store, store.entity_rows(ids), documents=0)}
    return [
        {"entity": i, "name": found[i]["name"], "mentions": found[i]["mentions"]}
        for i in ids
        if i in found
    ]


def _linked_entities(
    store: QueryStore, query: SearchQuery, doc_ids: list[str]
) -> dict[str, set[str]]:
    """The entities each of these documents is linked to, of those whose names of one word
    count only in their documents (`Variant.linked_only`)."""
    wanted = {v.entity for span in query.spans for v in span.variants if v.linked_only}
    if not wanted or not doc_ids:
        return {}
    linked: dict[str, set[str]] = defaultdict(set)
    for (doc, _), entity in store.mention_entities(doc_ids).items():
        if entity in wanted:
            linked[doc].add(entity)
    return linked


STORY_SORTS = ("size", "recent", "oldest")


def story_list(
    store: QueryStore,
    filters: ItemFilter | None = None,
    window: Page | None = None,
    sort: str = "size",
) -> dict[str, Any]:
    """Stories, largest first (or last seen first: `sort="recent"`, first seen first:
    "oldest"), with a sparkline of documents per month, from the summary rows the ingest
    materializes (`rasad.services.materialize`)."""
    window = window or Page(limit=10_000)
    filters = filters or ItemFilter()
    total, rows = store.story_summaries(filters, window.limit, window.offset, sort)
    found = outlets.directory(store)
    return {
        **window.meta(total),
        "stories": [summary_item(r) | outlets.story_list_kinds(found, r) for r in rows],
    }


def story_coverage(store: QueryStore, story_id: str) -> dict[str, Any]:
    """A story's articles counted by month and language and by month and outlet (all of them,
    not only the page's first), and the outlets by language."""
    by_lang: dict[str, dict[str, int]] = {}
    by_outlet: dict[str, dict[str, int]] = {}
    outlets: dict[str, int] = {}
    for row in store.story_coverage(story_id):
        month, n = row["month"] or "unknown", row["n"]
        lang, outlet = row["lang"] or "?", row["outlet"] or "(unknown)"
        by_lang.setdefault(month, {}).setdefault(lang, 0)
        by_lang[month][lang] += n
        by_outlet.setdefault(month, {}).setdefault(outlet, 0)
        by_outlet[month][outlet] += n
        outlets[outlet] = outlets.get(outlet, 0) + n
    return {"by_language": by_lang, "by_outlet": by_outlet, "outlets": outlets}


def story_titles(store: QueryStore, story_ids: list[str]) -> dict[str, dict[str, Any]]:
    """The titles of each of these stories (one indexed read each): `title`, the central
    one, and `titles`, the story's title in each other language it has a headline in."""
    titles: dict[str, dict[str, Any]] = {}
    for story_id in story_ids:
        rows = store.story_summaries(SearchFilter(story=story_id), 1)[1]
        if rows:
            titles[story_id] = {k: rows[0][k] for k in ("title", "titles")}
    return titles


def title_for_reader(story: dict[str, Any] | None, lang: str) -> str | None:
    """A story's title for a reader of `lang`: its headline in that language where it has one
    (`titles`), else its central title."""
    if not story:
        return None
    return (story.get("titles") or {}).get(lang) or story.get("title")


def summary_item(row: dict[str, Any]) -> dict[str, Any]:
    """A row of the summary table as an item of the story list."""
    return {
        **{k: row[k] for k in ("id", "title", "languages", "outlets", "first_seen", "last_seen")},
        # the title in each other language the story has a headline in (the reader's pages)
        "titles": row["titles"],
        "documents": row["articles"],  # distinct articles; copies counted apart
        "copies": row["copies"],
        "events": row["events"],
        "sparkline": month_sparkline(row["months"]),
    }


def story_json(store: QueryStore, story_id: str) -> str:
    """A story's page as the ingest stored it (JSON text, sent as it is), bounded
    (`rasad.analysis.pages.bounded_story_page`)."""
    text = store.story_detail(story_id)
    if text is None:
        raise NotFound(f"no story {story_id!r}")
    return text


def story_detail(store: QueryStore, story_id: str) -> dict[str, Any]:
    """A story's page: its coverage by document, timeline, claims, contradictions, promises
    and quotes grouped by speaker, each list bounded with its totals and links."""
    return json.loads(story_json(store, story_id))


def story_outlets(store: QueryStore, story_id: str) -> dict[str, Any]:
    """A story's documents per outlet with each outlet's type and country, grouped by type
    and by country, and its blindspot (the one outlet type covering it, or None)."""
    _require_story(store, story_id)
    return {"story": story_id} | outlets.coverage_by_kind(
        outlets.directory(store), store.story_outlets(story_id)
    )


def outlet_list(store: QueryStore) -> dict[str, Any]:
    """Every outlet profile (packaged and the user's), by name."""
    return outlets.outlet_list(store)


def outlet_framing(store: QueryStore, outlet: str | None = None) -> dict[str, Any]:
    """Loaded terms per outlet and month, and each outlet's most frequent terms."""
    return outlets.outlet_framing(store, outlet)


def _require_story(store: QueryStore, story_id: str) -> None:
    """NotFound unless the story has its summary row (without reading its page)."""
    if not store.story_summaries(SearchFilter(story=story_id), 1)[0]:
        raise NotFound(f"no story {story_id!r}")


def story_timeline(store: QueryStore, story_id: str) -> list[dict[str, Any]]:
    """A story's whole timeline, stored one row per entry beside its bounded page."""
    _require_story(store, story_id)
    return store.story_items("timeline", SearchFilter(story=story_id), None, 10**9, 0)[1]


def story_part_list(
    store: QueryStore,
    part: str,
    filters: ItemFilter | None = None,
    window: Page | None = None,
    status: str | None = None,
) -> dict[str, Any]:
    """One part of every story (events, claims, contradictions or promises), each item tagged
    with its story, paged and filtered in SQL over the stored items; `filters.story` keeps one
    story, NotFound when it does not exist."""
    window = window or Page()
    filters = filters or ItemFilter()
    if filters.story:
        _require_story(store, filters.story)
    total, items = store.story_items(part, filters, status, window.limit, window.offset)
    return {**window.meta(total), part: items, "filters": filters.active()}


def entity_list(
    store: QueryStore,
    kind: str | None = None,
    story: str | None = None,
    window: Page | None = None,
    documents: int | None = None,
) -> dict[str, Any]:
    """Entities linked across documents and scripts, most mentioned first, each with its
    `document_count` and every document id (`documents` None) or the first `documents`, read
    from the links the ingest stores (`rasad.services.entity_links`)."""
    window = window or Page(limit=200)
    total, rows = entity_links.entity_list(
        store, kind, story, window.limit, window.offset, documents
    )
    return {**window.meta(total), "entities": rows}


ENTITY_DOCUMENTS = 20  # document ids an entity's page lists by default


def entity_page(
    store: QueryStore,
    entity_id: str,
    mentions: Page | None = None,
    quotes: Page | None = None,
    documents: int | None = ENTITY_DOCUMENTS,
) -> dict[str, Any]:
    """One entity: names, mentions over time, languages, outlets, stories, co-occurring
    entities, and a page of its mentions and of its quotes (`mention_page`, `quote_page`: total,
    limit, offset), its first `documents` document ids (`document_count` counts them all) and
    its largest stories (`story_count` counts them all). Co-occurring entities are counted over
    the entity's most recent documents (`cooccurring_documents` says how many)."""
    mentions, quotes = mentions or Page(), quotes or Page()
    detail = entity_links.entity_detail(
        store, entity_id, mentions.limit, mentions.offset, documents
    )
    if detail is None:
        raise NotFound(f"no entity {entity_id!r}")
    total, said = store.quotes(entity_id, SearchFilter(), quotes.limit, quotes.offset)
    return {
        **detail,
        "mention_page": mentions.meta(detail["mentions"]),
        "quotes": [_quote(r["quote"], r["doc"], r["lang"]) for r in said],
        "quote_page": quotes.meta(total),
    }


def _quote(quote: dict[str, Any], doc: str, lang: str | None) -> dict[str, Any]:
    return quote | {"doc": doc, "dir": "rtl" if lang in RTL_LANGS else "ltr"}


def quote_list(
    store: QueryStore,
    entity: str | None = None,
    story: str | None = None,
    filters: ItemFilter | None = None,
    window: Page | None = None,
) -> dict[str, Any]:
    """Everything said, across languages and outlets, with speakers linked to entities
    (`entity` is the speaker; `filters.entity` a mention anywhere in the document), read from
    the stored quotes."""
    filters = filters or ItemFilter(story=story)
    window = window or Page(limit=100_000)
    total, rows = entity_links.quote_list(store, entity, filters, window.limit, window.offset)
    return {**window.meta(total), "quotes": rows}


def framing_list(
    store: QueryStore,
    filters: FramingFilter | None = None,
    window: Page | None = None,
    period: str = "month",
) -> dict[str, Any]:
    """Loaded terms in their framing sense across the archive, filtered (term, category,
    target, outlet, language, date, story, voice), grouped by outlet and by target, each item
    linking to its exact words; with each outlet's category shares per target over time."""
    return framing.framing_list(store, filters, window, period)
