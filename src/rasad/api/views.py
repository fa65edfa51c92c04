"""View functions shared by the JSON API and the HTML pages: each builds one context dict."""

from __future__ import annotations

import html
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from rasad.model import Document
from rasad.search import SearchFilter, result
from rasad.store.base import Store
from rasad.stories import reported_by
from rasad.summaries import READY, month_counts, summaries_ready, views_ready

PAGE_SIZE = 50
STORY_PAGE_ITEMS = 50  # of each list on a story page; the rest through the paged endpoints
SEARCH_PAGE = 20
RTL_LANGS = {"ar", "fa", "ur", "ku", "he"}


class NotFound(LookupError):
    """The thing asked for does not exist."""


@dataclass(frozen=True)
class DocumentFilter:
    lang: str | None = None
    outlet: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    story: str | None = None

    def accepts(self, doc: Document) -> bool:
        published = (doc.published or {}).get("value") or ""
        return (
            (not self.lang or doc.lang == self.lang)
            and (not self.outlet or doc.outlet == self.outlet)
            and (not self.story or doc.story == self.story)
            and (not self.date_from or published >= self.date_from)
            and (not self.date_to or (published and published[: len(self.date_to)] <= self.date_to))
        )


@dataclass(frozen=True)
class Page:
    """limit/offset pagination; every list answers with `total`, `limit` and `offset`."""

    limit: int = PAGE_SIZE
    offset: int = 0

    def cut(self, rows: list[Any]) -> list[Any]:
        return rows[self.offset : self.offset + self.limit]

    def meta(self, total: int) -> dict[str, int]:
        return {"total": total, "limit": self.limit, "offset": self.offset}


@dataclass(frozen=True)
class ItemFilter(SearchFilter):
    """Search's filters applied to lists of things drawn from documents (stories, events,
    claims, quotes…): an item is kept when at least one document it cites passes them all."""

    def active(self) -> dict[str, str]:
        return {k: v for k, v in vars(self).items() if v}

    def documents(self, docs: Iterable[Document]) -> set[str] | None:
        """Ids of the documents that pass, or None when no filter is set (all pass)."""
        if not self.active():
            return None
        base = DocumentFilter(self.lang, self.outlet, self.date_from, self.date_to, self.story)
        return {
            d.id
            for d in docs
            if base.accepts(d)
            and (not self.entity or any(m.get("entity") == self.entity for m in d.entities))
        }


@dataclass
class Corpus:
    """Every stored document with entity ids linked across documents, and every story."""

    docs: list[Document]
    stories: list[dict[str, Any]]
    by_id: dict[str, Document] = field(default_factory=dict)

    @classmethod
    def load(cls, store: Store) -> Corpus:
        """The whole database (what views across every story need)."""
        return cls.build(list(store.iter_documents()), dict(store.iter_vectors()))

    @classmethod
    def of_story(cls, store: Store, story_id: str) -> Corpus:
        """One story built from its own documents and their vectors only: what a story page
        needs, read through the story index instead of the whole database. Entity ids are
        linked within the story; they equal the whole-database ids except for a surname-only
        mention whose full name appears only in an earlier document of another story."""
        docs = store.story_documents(story_id)
        if not docs:
            raise NotFound(f"no story {story_id!r}")
        return cls.build(docs, store.vectors_of(d.id for d in docs))

    @classmethod
    def build(cls, docs: list[Document], vectors: dict[str, Any]) -> Corpus:
        """Stories of `docs`, entities linked across them, promises tracked per story."""
        from rasad.entities.link import link_corpus
        from rasad.promises import track
        from rasad.stories import build_stories

        stories = build_stories(docs, vectors)  # before linking: `why` names entity keys
        link_corpus(docs)
        by_id = {d.id: d for d in docs}
        for s in stories:  # promises are a view of their own, not part of the export's Story
            s["promises"] = track(s["id"], [by_id[i] for i in s["documents"]])
        return cls(docs, stories, by_id)

    def story(self, story_id: str) -> dict[str, Any]:
        found = next((s for s in self.stories if s["id"] == story_id), None)
        if found is None:
            raise NotFound(f"no story {story_id!r}")
        return found


def document_summary(doc: Document) -> dict[str, Any]:
    """The short form of a document used in lists."""
    return {
        "id": doc.id,
        "title": doc.title or doc.text[:90],
        "lang": doc.lang,
        "dir": "rtl" if doc.lang in RTL_LANGS else "ltr",
        "outlet": doc.outlet,
        "published": (doc.published or {}).get("value"),
        "story": doc.story,
        "duplicate_of": doc.duplicate_of,
    }


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


def highlight_segments(
    doc: Document, evidence: tuple[int, int] | None = None
) -> list[dict[str, Any]]:
    """The text cut into plain and marked pieces, one kind of mark per piece (first wins)."""
    marks: list[tuple[int, int, str, str]] = []
    if evidence and 0 <= evidence[0] < evidence[1] <= len(doc.text):
        marks.append((evidence[0], evidence[1], "evidence", "evidence"))
    for kind in ("quotes", "entities", "dates", "numbers", "loaded_terms"):
        for span in getattr(doc, kind):
            label = span.get("type") or span.get("category") or span.get("value") or ""
            marks.append((span["start"], span["end"], kind, str(label)))
    marks.sort(key=lambda m: (m[0], m[2] != "evidence", -(m[1] - m[0])))
    segments, pos = [], 0
    for start, end, kind, label in marks:
        if start < pos:
            continue  # overlapping marks: the earlier, longer one is shown
        if start > pos:
            segments.append({"text": doc.text[pos:start], "kind": None})
        segments.append({"text": doc.text[start:end], "kind": kind, "label": label})
        pos = end
    if pos < len(doc.text):
        segments.append({"text": doc.text[pos:], "kind": None})
    return segments


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


def sparkline(dates: list[str], width: int = 120, height: int = 24) -> str:
    """An inline SVG of documents per month (safe: numbers only)."""
    return month_sparkline(month_counts(dates), width, height)


def month_sparkline(per_month: dict[str, int], width: int = 120, height: int = 24) -> str:
    """An inline SVG of documents per month, from counts by YYYY-MM."""
    months = sorted(per_month)
    if not months:
        return ""
    counts = [per_month[m] for m in months]
    top = max(counts)
    step = width / max(len(counts), 1)
    bars = "".join(
        f'<rect x="{i * step:.1f}" y="{height - h:.1f}" width="{max(step - 1, 1):.1f}" height="{h:.1f}"/>'
        for i, c in enumerate(counts)
        for h in [max(2.0, height * c / top)]
    )
    title = html.escape(f"{months[0]} … {months[-1]}")
    return (
        f'<svg class="spark" width="{width}" height="{height}" role="img" aria-label="articles per month '
        f'{title}"><title>{title}</title>{bars}</svg>'
    )


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
    corpus = corpus or Corpus.load(store)
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
    from rasad.entities.stored import entities_current

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
    corpus = corpus or Corpus.of_story(store, story_id)
    return story_detail_of(corpus.story(story_id), corpus)


def stored_story_detail(store: Store, story_id: str) -> dict[str, Any] | None:
    """A story's page as the ingest stored it with its summary row (`rasad.summaries`), or
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


def is_bounded(text: str) -> bool:
    """Whether a stored page is bounded (`bounded_story_page` puts `totals` first)."""
    return text.startswith('{"totals": ')


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


def story_detail_of(story: dict[str, Any], corpus: Corpus) -> dict[str, Any]:
    """The page of one built story of `corpus` (bounded: `bounded_story_page`)."""
    return bounded_story_page(whole_story_detail(story, corpus))


def whole_story_detail(story: dict[str, Any], corpus: Corpus) -> dict[str, Any]:
    """The page of one built story with every document, entry and quote."""
    coverage = []
    for member in story["members"]:
        d = corpus.by_id[member["id"]]
        coverage.append(
            {
                **document_summary(d),
                "copies": [document_summary(corpus.by_id[c]) for c in member["copies"]],
                "loaded_terms": [
                    {"text": t["text"], "category": t["category"]} for t in d.loaded_terms
                ],
                "quotes": [
                    {k: q[k] for k in ("text", "speaker", "speaker_text", "direct", "start", "end")}
                    for q in d.quotes
                ],
                "lead": d.text[:280],
            }
        )
    speakers: dict[str, list[dict[str, Any]]] = {}
    for c in coverage:
        for q in c["quotes"]:
            speakers.setdefault(q["speaker_text"] or "unattributed", []).append(
                {**q, "doc": c["id"], "dir": c["dir"]}
            )
    return {
        **story,
        "promises": story.get("promises", []),
        "reported_by": reported_by(story, corpus.by_id),
        "coverage": coverage,
        "quotes_by_speaker": speakers,
        "axis": timeline_axis(story["timeline"]),
    }


def bounded_story_page(page: dict[str, Any], n: int = STORY_PAGE_ITEMS) -> dict[str, Any]:
    """A story page whose lists (documents, members, coverage, framing, events and each
    event's documents, timeline entries and each entry's evidence, claims, contradictions,
    promises, facts, speakers and each speaker's quotes) keep their first `n`:
    a story of 1,500 documents is megabytes whole. `totals` counts each list whole and
    `links` names the paged endpoints that list them all (the export keeps them whole)."""
    story = quote(page["id"], safe="")
    speakers = list(page["quotes_by_speaker"].items())[:n]
    timeline = [{**t, "evidence": t["evidence"][:n]} for t in page["timeline"][:n]]
    totals = {
        **{k: len(page[k]) for k in ("documents", "members", "coverage", "framing", "events")},
        "event_documents": [len(e["documents"]) for e in page["events"][:n]],
        "timeline": len(page["timeline"]),
        "timeline_evidence": [len(t["evidence"]) for t in page["timeline"][:n]],
        **{k: len(page[k]) for k in ("claims", "contradictions", "promises")},
        "facts": len(page["reported_by"]["facts"]),
        "speakers": len(page["quotes_by_speaker"]),
        "quotes": sum(len(qs) for qs in page["quotes_by_speaker"].values()),
        "speaker_quotes": [len(qs) for _, qs in speakers],
    }
    links = {
        "documents": f"/api/v1/documents?story={story}",
        "timeline": f"/api/v1/stories/{story}/timeline",
        **{part: f"/api/v1/stories/{story}/{part}" for part in STORY_PARTS},
        "quotes": f"/api/v1/quotes?story={story}",
    }
    cut = {k: page[k][:n] for k in ("documents", "members", "coverage", "events")}
    cut["events"] = [{**e, "documents": e["documents"][:n]} for e in cut["events"]]
    return {
        "totals": totals,  # first: a stored page that starts with it is bounded (`is_bounded`)
        "links": links,
        **page,
        **cut,
        **{k: page[k][:n] for k in ("claims", "contradictions", "promises")},
        "framing": dict(list(page["framing"].items())[:n]),
        "timeline": timeline,
        "axis": timeline_axis(timeline),
        "reported_by": {**page["reported_by"], "facts": page["reported_by"]["facts"][:n]},
        "quotes_by_speaker": {speaker: qs[:n] for speaker, qs in speakers},
    }


def evidence_docs(item: dict[str, Any]) -> set[str]:
    """Ids of the documents an item's evidence points at (claims, contradictions, promises)."""
    ids = {e["doc"] for e in item.get("evidence", []) if isinstance(e, dict) and "doc" in e}
    ids.update(item[k]["doc"] for k in ("a", "b") if isinstance(item.get(k), dict))
    if item.get("doc_id"):
        ids.add(item["doc_id"])
    return ids


STORY_PARTS: dict[str, Any] = {
    "events": lambda e: e["documents"],
    "claims": evidence_docs,
    "contradictions": evidence_docs,
    "promises": evidence_docs,
}


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
        corpus = Corpus.of_story(store, one) if one else Corpus.load(store)
    stories = [corpus.story(filters.story)] if filters.story else corpus.stories
    items = [{**item, "story": s["id"]} for s in stories for item in s.get(part, [])]
    if status:
        items = [i for i in items if i.get("status") == status]
    items = _kept(corpus, items, filters, STORY_PARTS[part])
    return {**window.meta(len(items)), part: window.cut(items), "filters": filters.active()}


def timeline_axis(entries: list[dict[str, Any]], width: int = 1000) -> list[dict[str, Any]]:
    """x positions (0–width) of timeline entries on a date axis."""
    from datetime import date

    days = [
        date.fromisoformat(e["date"] if len(e["date"]) == 10 else e["date"] + "-01")
        for e in entries
    ]
    if not days:
        return []
    lo, hi = min(days), max(days)
    span = max((hi - lo).days, 1)
    return [
        {"x": round(30 + (width - 60) * (d - lo).days / span, 1), "index": i, "date": e["date"]}
        for i, (d, e) in enumerate(zip(days, entries, strict=True))
    ]


def entity_list(
    store: Store,
    kind: str | None = None,
    story: str | None = None,
    window: Page | None = None,
    documents: int | None = None,
) -> dict[str, Any]:
    """Entities linked across documents and scripts, most mentioned first, each with its
    `document_count` and every document id (`documents` None) or the first `documents`: read
    from the links the ingest stores (`rasad.entities.stored`), or linked here when they lag."""
    from rasad.entities import stored
    from rasad.entities.views import entity_table

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
    from rasad.entities import stored

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
    from rasad.entities.stored import COOCCURRING_LATEST, STORIES
    from rasad.entities.views import entity_detail

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
    from rasad.entities import stored
    from rasad.entities.link import link_corpus

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
