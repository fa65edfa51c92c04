"""View functions shared by the JSON API and the HTML pages: each builds one context dict."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rasad.model import Document
from rasad.search import SearchFilter, result
from rasad.store.base import Store

PAGE_SIZE = 50
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


def document_list(store: Store, filters: DocumentFilter, page: int = 1) -> dict[str, Any]:
    """A page of documents matching the filters, in ingest order."""
    matching = [d for d in store.iter_documents() if filters.accepts(d)]
    start = (max(page, 1) - 1) * PAGE_SIZE
    return {
        "total": len(matching),
        "page": max(page, 1),
        "page_size": PAGE_SIZE,
        "documents": [document_summary(d) for d in matching[start : start + PAGE_SIZE]],
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


def search(store: Store, query: str, filters: SearchFilter, page: int = 1) -> dict[str, Any]:
    """A page of ranked hits with snippets cut from the original text."""
    offset = (max(page, 1) - 1) * SEARCH_PAGE
    total, hits = store.search(query, filters, SEARCH_PAGE, offset) if query.strip() else (0, [])
    results = [result(doc, score, query) for doc, score in hits]
    for r in results:
        r["dir"] = "rtl" if r["lang"] in RTL_LANGS else "ltr"
    return {
        "query": query,
        "total": total,
        "page": max(page, 1),
        "results": results,
        "filters": {k: v for k, v in vars(filters).items() if v},
    }


def _corpus(store: Store) -> tuple[list[Document], list[dict[str, Any]]]:
    """Documents and their stories (entity ids linked across documents)."""
    from rasad.entities.link import link_corpus
    from rasad.promises import track
    from rasad.stories import build_stories

    docs = list(store.iter_documents())
    stories = build_stories(docs, dict(store.iter_vectors()))
    link_corpus(docs)
    by_id = {d.id: d for d in docs}
    for s in stories:  # promises are a view of their own, not part of the export's Story
        s["promises"] = track(s["id"], [by_id[i] for i in s["documents"]])
    return docs, stories


def sparkline(dates: list[str], width: int = 120, height: int = 24) -> str:
    """An inline SVG of documents per month (safe: numbers only)."""
    months = sorted({d[:7] for d in dates if d and len(d) >= 7})
    if not months:
        return ""
    counts = [sum(1 for d in dates if d and d.startswith(m)) for m in months]
    top = max(counts)
    step = width / max(len(counts), 1)
    bars = "".join(
        f'<rect x="{i * step:.1f}" y="{height - h:.1f}" width="{max(step - 1, 1):.1f}" height="{h:.1f}"/>'
        for i, c in enumerate(counts)
        for h in [max(2.0, height * c / top)]
    )
    title = f"{months[0]} … {months[-1]}"
    return (
        f'<svg class="spark" width="{width}" height="{height}" role="img" aria-label="articles per month '
        f'{title}"><title>{title}</title>{bars}</svg>'
    )


def story_list(store: Store) -> dict[str, Any]:
    docs, stories = _corpus(store)
    published = {d.id: (d.published or {}).get("value") for d in docs}
    rows = []
    for s in stories:
        rows.append(
            {
                **{
                    k: s[k]
                    for k in ("id", "title", "languages", "outlets", "first_seen", "last_seen")
                },
                "documents": len(s["members"]),  # distinct articles; copies counted apart
                "copies": s["copies"],
                "events": len(s["events"]),
                "sparkline": sparkline([published[d] for d in s["documents"] if published.get(d)]),
            }
        )
    return {"total": len(rows), "stories": rows}


def story_detail(store: Store, story_id: str) -> dict[str, Any]:
    docs, stories = _corpus(store)
    story = next((s for s in stories if s["id"] == story_id), None)
    if story is None:
        raise NotFound(f"no story {story_id!r}")
    by_id = {d.id: d for d in docs}
    coverage = []
    for member in story["members"]:
        d = by_id[member["id"]]
        coverage.append(
            {
                **document_summary(d),
                "copies": [document_summary(by_id[c]) for c in member["copies"]],
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
        "coverage": coverage,
        "quotes_by_speaker": speakers,
        "axis": timeline_axis(story["timeline"]),
    }


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


def entity_list(store: Store, kind: str | None = None) -> dict[str, Any]:
    from rasad.entities.views import entity_table

    table = entity_table(store.iter_documents(), kind)
    return {"total": len(table), "entities": table[:200]}


def entity_page(store: Store, entity_id: str) -> dict[str, Any]:
    from rasad.entities.views import entity_detail

    docs = list(store.iter_documents())
    detail = entity_detail(docs, entity_id)
    if detail is None:
        raise NotFound(f"no entity {entity_id!r}")
    quotes = [
        {**q, "doc": d.id, "dir": "rtl" if d.lang in RTL_LANGS else "ltr"}
        for d in docs
        for q in d.quotes
        if q["speaker"] == entity_id
    ]
    return {**detail, "quotes": quotes}


def quote_list(store: Store, entity: str | None = None, story: str | None = None) -> dict[str, Any]:
    """Everything said, across languages and outlets, with speakers linked to entities."""
    from rasad.entities.link import link_corpus

    docs = list(store.iter_documents())
    link_corpus(docs)
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
        if not story or d.story == story
        for q in d.quotes
        if not entity or q["speaker"] == entity
    ]
    return {"total": len(rows), "quotes": rows}


def export(store: Store) -> dict[str, Any]:
    """The rasad.export/1 object for the whole database."""
    from rasad.export import build_export

    return build_export(store.iter_documents(), dict(store.iter_vectors()))
