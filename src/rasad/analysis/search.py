"""Full-text search across spelling variants: index normalized terms, show the original words.

Documents are indexed by `rasad.text.tokenize.index_terms` (letter variants unified, clitics
split, digits ASCII), so a query typed with Persian letters finds Arabic spellings and the
other way round. In Arabic documents, a word whose light stem (`rasad.text.stem`) differs
from its key is indexed under both, the stem marked ("حکومات" → "حکومات حکومـ"), and a query key matches its own
spelling, its stem or the marked stem: "الحكومة" finds "حكومات" and "حكومتهم" too, while a
document with the very spelling matches more terms and ranks higher. Ranking is BM25 (SQLite
FTS5); snippets are cut from the ORIGINAL text with the matching words marked.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from rasad.model import Document
from rasad.text.stem import key_alternatives, light_stem, stem_term
from rasad.text.tokenize import index_terms, iter_tokens, query_terms

SNIPPET_CHARS = 90
STEMMED_LANGS = {"ar"}  # Persian keeps its own suffix handling (search keys drop ها/های)


@dataclass(frozen=True)
class SearchFilter:
    lang: str | None = None
    outlet: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    story: str | None = None
    entity: str | None = None


def document_terms(doc: Document) -> str:
    """What the full-text index stores for a document: its title's and body's keys, each
    followed by its marked stem when that differs."""
    terms = []
    for key in index_terms(f"{doc.title or ''}\n{doc.text}", doc.lang):
        terms.append(key)
        stem = stem_term(key) if doc.lang in STEMMED_LANGS else None
        if stem:
            terms.append(stem)
    return " ".join(terms)


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression requiring every query term, each in any of its index forms
    (None when nothing to search)."""
    terms = query_terms(query)
    if not terms:
        return None
    groups = []
    for term in terms:
        forms = key_alternatives(term)
        joined = " OR ".join(_quoted(f) for f in forms)
        groups.append(joined if len(forms) == 1 else f"({joined})")
    return " AND ".join(groups)


def snippet(doc: Document, query: str, width: int = SNIPPET_CHARS) -> str:
    """HTML: a window of the original text around the first match (same key or same stem),
    matches in <mark>."""
    keys = query_terms(query)
    wanted, stems = set(keys), {light_stem(k) for k in keys}
    hits, end = [], len(doc.text)
    for t in iter_tokens(doc.text):  # up to the end of the window around the first match
        if hits and t.start >= end:
            break
        if t.key in wanted or light_stem(t.key) in stems:
            if not hits:
                end = min(t.end + width, len(doc.text))
            hits.append(t)
    if not hits:
        return html.escape(doc.text[: 2 * width])
    start = max(hits[0].start - width, 0)
    out, pos = [], start
    for hit in hits:
        if hit.start < pos or hit.end > end:
            continue
        out.append(html.escape(doc.text[pos : hit.start]))
        out.append(f"<mark>{html.escape(doc.text[hit.start : hit.end])}</mark>")
        pos = hit.end
    out.append(html.escape(doc.text[pos:end]))
    return ("…" if start else "") + "".join(out) + ("…" if end < len(doc.text) else "")


def result(doc: Document, score: float, query: str) -> dict[str, Any]:
    """One search hit as the API returns it."""
    return {
        "id": doc.id,
        "title": doc.title,
        "lang": doc.lang,
        "outlet": doc.outlet,
        "published": (doc.published or {}).get("value"),
        "story": doc.story,
        "score": round(score, 4),
        "snippet": snippet(doc, query),
    }


def search_hit(row: Mapping[str, Any]) -> Document:
    """The part of a document a search result shows, from a store's row (id, source, title,
    lang, outlet, published, text, story): the full record is not read."""
    published = row["published"]
    return Document(
        id=row["id"],
        source=row["source"],
        title=row["title"],
        lang=row["lang"] or "und",
        outlet=row["outlet"],
        text=row["text"],
        story=row["story"],
        published={
            "value": published,
            "precision": "day",
            "window": [published, published],
            "source": "metadata",
        }
        if published
        else None,
    )
