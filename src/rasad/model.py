"""The one record every stage reads and writes: `Document`, plus the span shapes it carries.

Spans follow `rasad.export/1` (see `schema/export.schema.json`): `start`/`end` are code-point
offsets into `Document.text`, and `text == Document.text[start:end]` always holds.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, NotRequired, TypedDict


class Span(TypedDict):
    start: int
    end: int
    text: str


class EntityMention(Span):
    entity: str  # entity id ("e1"), filled by linking; a local key before that
    type: str  # PER | ORG | LOC | GPE | MISC


class DateMention(Span):
    value: str | None  # ISO date, "YYYY-MM" or "YYYY"
    precision: str  # day | month | year
    calendar: str  # gregorian | jalali | hijri
    relative: bool
    window: list[str]  # [earliest, latest] ISO days
    type: NotRequired[str]  # date | time | duration (only dates are exported)
    time: NotRequired[str]  # "HH:MM" for a time of day
    # the zone written after a time, by its UTC offset on the day where known ("UTC+03:00"),
    # else by name («بتوقيت لندن» without a day, «بالتوقيت المحلي»); not exported
    zone: NotRequired[str]
    duration: NotRequired[str]  # ISO 8601 length ("P3D") for a duration


class NumberMention(Span):
    value: float | int
    counts: str | None
    approximate: NotRequired[bool]
    high: NotRequired[float | int]  # the upper end of a range ("23% إلى 29%")
    unit: NotRequired[str]  # "%" for a percentage
    casualty: NotRequired[str]  # killed | injured, when the number counts dead or wounded


class Quote(Span):
    speaker: str | None
    speaker_text: str | None
    cue: str | None
    direct: bool


class LoadedTerm(Span):
    category: str
    # Outside the export (whose loaded terms keep start, end, text, category): the lexicon
    # term and family, whom it is applied to, and in whose voice (see stages/framing.py).
    term: NotRequired[str]
    family: NotRequired[str]
    target: NotRequired[str | None]
    target_key: NotRequired[str]
    target_start: NotRequired[int]
    target_end: NotRequired[int]
    # how a target not named beside the term was found: "convention" (a term's conventional
    # referent, data/framing/conventions.tsv), or "discourse" for a `target_hint` only (the
    # group an earlier sentence or the headline names; `target` stays None: too often wrong)
    target_from: NotRequired[str]
    target_hint: NotRequired[str]
    # round 62: for a target read from the article ("article group"), the mention that names it:
    # {"field": "title" | "text", "start", "end", "text"} (offsets into that field)
    target_evidence: NotRequired[dict]
    voice: NotRequired[str]  # outlet | quoted
    speaker: NotRequired[str | None]


EXPORT_LOADED_TERM_KEYS = ("start", "end", "text", "category")


class StageError(TypedDict):
    stage: str
    error: str  # the exception's type name
    message: str


class Published(TypedDict):
    value: str
    precision: str  # day | month | year
    window: list[str]
    source: str  # metadata | dateline | inferred


@dataclass
class Document:
    """An article on its way through the pipeline.

    Readers fill `id`, `source` and the raw input (`html` or `raw_text`) plus whatever metadata
    the container carried; stages fill the rest. `text` is the cleaned body in its original
    characters; nothing downstream may rewrite it once `clean` has set it.
    """

    id: str
    source: str
    raw_text: str | None = None
    html: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    metadata_date: str | None = None  # a date string from the container (meta tag, feed, JSONL)
    lang_hint: str | None = None  # a language the container declared
    # What tells this input from another with the same raw input: the link and title a feed
    # entry or JSONL item carried, a WARC record's URL. Set by readers only, never by stages.
    identity: str | None = None
    container: str | None = None  # what the reader found it in: file, feed, jsonl, warc
    text: str = ""
    removed: list[str] = field(default_factory=list)
    lang: str = "und"
    published: Published | None = None
    duplicate_of: str | None = None
    story: str | None = None
    entities: list[EntityMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    numbers: list[NumberMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    loaded_terms: list[LoadedTerm] = field(default_factory=list)
    # Loaded terms of the title (offsets into `title`); outside the export, whose spans all
    # point into `text`.
    title_terms: list[LoadedTerm] = field(default_factory=list)
    rejected: str | None = None  # why a stage refused the document; it is kept, not dropped
    # Outside the export. The stages that raised on this document (`rasad.pipeline`), each
    # {"stage", "error" (the exception's type), "message"}: their fields were left empty and
    # the rest of the analysis stands; a backfill that runs the stage again retries it.
    stage_errors: list[StageError] = field(default_factory=list)
    # Outside the export. The embed stage sets `vector` (title + lead), which ingest moves to
    # the store's vectors table when it places the document; story assignment sets `event`
    # (the story's event the document joined) and `why` (the reasons it was placed there).
    vector: list[float] | None = None
    event: str | None = None
    why: list[str] = field(default_factory=list)

    @property
    def content_hash(self) -> str:
        """A hash of the raw input and of its `identity` (link and title), so re-ingesting the
        same content is recognised while two entries of a feed never collide, even when both
        have no body. Without an identity (a file of its own) the hash is the raw input's."""
        raw = self.html if self.html is not None else self.raw_text
        if not raw:  # nothing was read: the place it came from is what identifies it
            raw = f"unread:{self.source}"
        if self.identity is not None:
            raw = f"{self.identity}\x00{raw}"
        return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()

    def to_export(self) -> dict[str, Any]:
        """The `rasad.export/1` Document object."""
        return {
            "id": self.id,
            "source": self.source,
            "outlet": self.outlet,
            "lang": self.lang,
            "title": self.title,
            "text": self.text,
            "removed": list(self.removed),
            "published": self.published,
            "duplicate_of": self.duplicate_of,
            "story": self.story,
            "entities": list(self.entities),
            "dates": [
                {k: d[k] for k in EXPORT_DATE_KEYS}
                for d in self.dates
                if d.get("type", "date") == "date"  # times of day and durations stay internal
            ],
            "numbers": list(self.numbers),
            "quotes": list(self.quotes),
            "loaded_terms": [
                {k: t[k] for k in EXPORT_LOADED_TERM_KEYS}  # type: ignore[literal-required]
                for t in self.loaded_terms
            ],
        }

    def to_record(self) -> dict[str, Any]:
        """Everything, for the store (raw input included, so a document can be re-analysed).
        The record shares the document's lists and dicts (serialise it before changing the
        document): `asdict`'s deep copy cost more than the JSON encoding it fed."""
        return {name: getattr(self, name) for name in self.__dataclass_fields__}

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Document:
        """Rebuild a document stored with `to_record` (also by an older version, which kept
        the vector, event and why in an `extra` dict)."""
        known = {k: v for k, v in record.items() if k in cls.__dataclass_fields__}
        for name, value in (record.get("extra") or {}).items():
            if name in LEGACY_EXTRA and known.get(name) is None:
                known[name] = value
        return cls(**known)


LEGACY_EXTRA = ("vector", "event", "why")
EXPORT_DATE_KEYS = ("start", "end", "text", "value", "precision", "calendar", "relative", "window")


def span(text: str, start: int, end: int) -> Span:
    """A span over `text`, with its surface form taken from `text` itself."""
    return {"start": start, "end": end, "text": text[start:end]}
