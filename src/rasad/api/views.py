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


def document_detail(store: Store, doc_id: str) -> dict[str, Any]:
    """Everything about one document, with highlight segments for the page."""
    doc = store.get_document(doc_id)
    if doc is None:
        raise NotFound(f"no document {doc_id!r}")
    export = doc.to_export()
    export["dir"] = "rtl" if doc.lang in RTL_LANGS else "ltr"
    export["segments"] = highlight_segments(doc)
    export["rejected"] = doc.rejected
    return export


def highlight_segments(doc: Document) -> list[dict[str, Any]]:
    """The text cut into plain and marked pieces, one kind of mark per piece (first wins)."""
    marks: list[tuple[int, int, str, str]] = []
    for kind in ("quotes", "entities", "dates", "numbers", "loaded_terms"):
        for span in getattr(doc, kind):
            label = span.get("type") or span.get("category") or span.get("value") or ""
            marks.append((span["start"], span["end"], kind, str(label)))
    marks.sort(key=lambda m: (m[0], -(m[1] - m[0])))
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
