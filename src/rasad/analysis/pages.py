"""Pages and summaries of stories as pure functions over documents: what the ingest
materializes and the API, the web UI and the CLI read (`rasad.services.materialize`,
`rasad.services.queries`)."""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import numpy as np

from rasad.analysis.promises import track
from rasad.analysis.search import SearchFilter
from rasad.analysis.stories import (
    build_stories,
    central_title,
    coverage,
    events,
    language_titles,
    members,
    reported_by,
)
from rasad.entities.link import link_corpus
from rasad.model import Document
from rasad.stages.framing import framing_by_target

PAGE_SIZE = 50
STORY_PAGE_ITEMS = 50  # of each list on a story page; the rest through the paged endpoints

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


def document_summary(doc: Document) -> dict[str, Any]:
    """The short form of a document used in lists."""
    return {
        "id": doc.id,
        "title": doc.title or doc.text[:90],
        "lang": doc.lang,
        "dir": "rtl" if doc.lang in RTL_LANGS else "ltr",
        "outlet": doc.outlet,
        "published": (doc.published or {}).get("value"),
        "published_source": (doc.published or {}).get("source"),  # metadata|dateline|inferred
        "story": doc.story,
        "duplicate_of": doc.duplicate_of,
    }


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


def sparkline(dates: list[str], width: int = 120, height: int = 24) -> str:
    """An inline SVG of documents per month (safe: numbers only)."""
    return month_sparkline(month_counts(dates), width, height)


def month_sparkline(per_month: dict[str, int], width: int = 120, height: int = 24) -> str:
    """An inline SVG of documents per month, from counts by YYYY-MM: every month from the
    first to the last has its place (a quiet month is a gap), at least a year is drawn (a
    story of one month is one narrow bar, not a solid block), years past five years;
    undated documents are left out (no dated month: no chart)."""
    dated = {m: n for m, n in per_month.items() if len(m) == 7 and m[4] == "-"}
    if not dated:
        return ""
    periods = months_from_to(min(dated), max(dated))
    if len(periods) > 60:
        periods = [str(y) for y in range(int(periods[0][:4]), int(periods[-1][:4]) + 1)]
    counts = dict.fromkeys(periods, 0)
    for month, n in dated.items():
        counts[month if month in counts else month[:4]] += n
    top = max(counts.values())
    step = width / max(len(periods), 12)
    bars = "".join(
        f'<rect x="{i * step:.1f}" y="{height - h:.1f}" width="{max(step - 1, 1):.1f}" height="{h:.1f}"/>'
        for i, c in enumerate(counts.values())
        if c
        for h in [max(2.0, height * c / top)]
    )
    title = html.escape(f"{periods[0]} … {periods[-1]}")
    return (
        f'<svg class="spark" width="{width}" height="{height}" role="img" aria-label="articles per month '
        f'{title}"><title>{title}</title>{bars}</svg>'
    )


def months_from_to(first: str, last: str) -> list[str]:
    """Every "YYYY-MM" from `first` to `last`."""
    year, month, out = int(first[:4]), int(first[5:7]), []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def story_detail_of(story: dict[str, Any], corpus: Corpus) -> dict[str, Any]:
    """The page of one built story of `corpus` (bounded: `bounded_story_page`)."""
    return bounded_story_page(whole_story_detail(story, corpus))


def quotes_by_speaker(coverage: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Quotes grouped by their speaker's entity (Trump, ترامب and ترامپ are one speaker),
    else by the speaker as written; each group is named by its commonest written form."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for c in coverage:
        for q in c["quotes"]:
            key = q["speaker"] or q["speaker_text"] or "unattributed"
            groups.setdefault(key, []).append({**q, "doc": c["id"], "dir": c["dir"]})
    named: dict[str, list[dict[str, Any]]] = {}
    for key, quotes in groups.items():
        forms = Counter(q["speaker_text"] for q in quotes if q["speaker_text"])
        base = label = forms.most_common(1)[0][0] if forms else key
        n = 2
        while label in named:  # two entities written alike stay apart
            label, n = f"{base} ({n})", n + 1
        named[label] = quotes
    return named


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
    speakers = quotes_by_speaker(coverage)
    return {
        **story,
        "promises": story.get("promises", []),
        "reported_by": reported_by(story, corpus.by_id),
        "coverage": coverage,
        "quotes_by_speaker": speakers,
        "axis": timeline_axis(story["timeline"]),
        # per target, the outlets side by side (not in the export's Story, whose framing
        # object keeps its shape)
        "framing_by_target": framing_by_target(corpus.by_id[m["id"]] for m in story["members"]),
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
        "totals": totals,
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


def timeline_axis(entries: list[dict[str, Any]], width: int = 1000) -> list[dict[str, Any]]:
    """x positions (0–width) of timeline entries on a date axis."""
    from datetime import date

    # an undated story's own event (no date, a weekday only) has no place on the axis
    dated = [(i, e) for i, e in enumerate(entries) if e["date"]]
    days = [
        date.fromisoformat(e["date"] + "-01-01"[: 10 - len(e["date"])])  # a month's or year's 1st
        for _, e in dated
    ]
    if not days:
        return []
    lo, hi = min(days), max(days)
    span = max((hi - lo).days, 1)
    ticks = [
        {"x": round(30 + (width - 60) * (d - lo).days / span, 1), "index": i, "date": e["date"]}
        for d, (i, e) in zip(days, dated, strict=True)
    ]
    # in date order: the timeline lists the story's own happenings before its background
    return sorted(ticks, key=lambda t: (t["x"], t["index"]))


@dataclass
class Corpus:
    """Every stored document with entity ids linked across documents, and every story."""

    docs: list[Document]
    stories: list[dict[str, Any]]
    by_id: dict[str, Document] = field(default_factory=dict)
    vectors: dict[str, Any] = field(default_factory=dict)  # the documents' embeddings, by id

    @classmethod
    def build(cls, docs: list[Document], vectors: dict[str, Any]) -> Corpus:
        """Stories of `docs`, entities linked across them, promises tracked per story."""

        stories = build_stories(docs, vectors)  # before linking: `why` names entity keys
        link_corpus(docs)
        by_id = {d.id: d for d in docs}
        for s in stories:  # promises are a view of their own, not part of the export's Story
            s["promises"] = track(s["id"], [by_id[i] for i in s["documents"]])
        return cls(docs, stories, by_id, vectors)

    def story(self, story_id: str) -> dict[str, Any]:
        found = next((s for s in self.stories if s["id"] == story_id), None)
        if found is None:
            raise NotFound(f"no story {story_id!r}")
        return found


def month_counts(dates: Iterable[str | None]) -> dict[str, int]:
    """Documents per month (YYYY-MM) among ISO dates; dates known only to the year are left out."""
    return dict(sorted(Counter(d[:7] for d in dates if d and len(d) >= 7).items()))


def story_summary(
    story_id: str, docs: list[Document], vectors: dict[str, np.ndarray], generation: int
) -> dict[str, Any]:
    """The summary row of one story: what the story list shows, computed as the full story
    view computes it (`rasad.analysis.stories.build_story`)."""
    distinct = len(members(docs))
    return {
        "id": story_id,
        "title": central_title(docs, vectors),
        "titles": language_titles(docs, vectors),  # in each other language, for its readers
        "size": len(docs),
        "articles": distinct,
        "copies": len(docs) - distinct,
        **coverage(docs),
        "events": len(events(docs)),
        "months": month_counts(d.published["value"] for d in docs if d.published),
        "generation": generation,
    }


def story_views(
    story_id: str,
    docs: list[Document],
    vectors: dict[str, np.ndarray],
    speakers: dict[tuple[str, int], str],
    generation: int,
) -> dict[str, Any]:
    """A story's materialized views: its bounded page and, per part (and the whole timeline),
    each item with the documents it cites. `speakers` are the quote speakers linked across the
    whole database, by (document, position). Call after `story_summary`: the build links the
    documents' entity mentions in place."""
    corpus = Corpus.build(docs, vectors)
    for doc in docs:
        for position, said in enumerate(doc.quotes):
            said["speaker"] = speakers.get((doc.id, position), said["speaker"])
    story = corpus.story(story_id)
    items = [
        (part, position, len(docs), item.get("status"), {**item, "story": story_id}, cited)
        for part, cites in STORY_PARTS.items()
        for position, item in enumerate(story.get(part, []))
        for cited in [[_cited(corpus.by_id[i]) for i in sorted(cites(item)) if i in corpus.by_id]]
    ]
    # the whole timeline beside the page, which keeps its first entries (`bounded_story_page`)
    items += [
        ("timeline", position, len(docs), None, entry, [_cited(corpus.by_id[i]) for i in cited])
        for position, entry in enumerate(story["timeline"])
        for cited in [sorted(i for i in evidence_docs(entry) if i in corpus.by_id)]
    ]
    detail = story_detail_of(story, corpus)
    return {"id": story_id, "generation": generation, "detail": detail, "items": items}


def _cited(doc: Document) -> tuple[str, str | None, str | None, str | None]:
    return doc.id, doc.lang, doc.outlet, (doc.published or {}).get("value")
