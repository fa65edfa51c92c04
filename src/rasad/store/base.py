"""The store interfaces: `Store`, everything a database offers, and the narrow protocols it
joins, one per consumer (what the ingest writes, what story assignment reads and writes, what
materializing the views writes, what the queries and the export read), so a service's
signature says which part of the database it touches. The SQLite and PostgreSQL stores
implement `Store`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Protocol

import numpy as np

from rasad.analysis.search import SearchFilter, SearchQuery
from rasad.model import Document
from rasad.store.framing_sql import FramingFilter


class StoreError(RuntimeError):
    """A database problem explained for a person (locked, read-only, newer schema…)."""


class MetaStore(Protocol):
    """The store's own state: a key/value table (index snapshots, versions, flags)."""

    def get_meta(self, key: str) -> str | None:
        """A stored value of the store's own state (index snapshots, versions)."""

    def set_meta(self, key: str, value: str) -> None:
        """Store a value of the store's own state."""

    def delete_meta(self, key: str) -> None:
        """Forget a value of the store's own state."""


class DocumentLookup(Protocol):
    """Stored documents one at a time or in ingest order, and how many are accepted."""

    def get_document(self, doc_id: str) -> Document | None:
        """One document by id, or None."""

    def documents_after(self, seq: int, limit: int) -> list[tuple[int, Document]]:
        """Up to `limit` stored documents (rejected ones too) after sequence number `seq`,
        with their sequence numbers, in ingest order."""

    def last_document_seq(self) -> int:
        """The sequence number of the last stored document (0 when none)."""

    def count(self) -> int:
        """Number of accepted documents."""


class SignatureStore(Protocol):
    """Near-duplicate signatures and their LSH buckets."""

    def put_signatures(
        self, pairs: Iterable[tuple[str, np.ndarray]], buckets: Iterable[tuple[str, int]] = ()
    ) -> None:
        """Store near-duplicate signatures (arrival order is kept) and their LSH buckets."""

    def signatures_in_buckets(self, buckets: list[int]) -> list[tuple[str, np.ndarray]]:
        """Stored signatures (of stored documents) sharing any of these buckets, earliest first."""

    def iter_signatures(self) -> Iterator[tuple[str, np.ndarray]]:
        """Stored near-duplicate signatures in arrival order."""


class SpanLinks(Protocol):
    """The entities a document's spans are linked to: its mentions' and its quotes' speakers
    (story views, the export and a document's page read them)."""

    def quote_speakers(self, doc_ids: list[str]) -> dict[tuple[str, int], str]:
        """The linked speaker of each stored quote of these documents, by (doc, position)."""

    def mention_entities(self, doc_ids: list[str]) -> dict[tuple[str, int], str]:
        """The linked entity of each stored mention of these documents, by (doc, position)."""

    def first_mentions(self, doc_ids: list[str], entities: list[str]) -> dict[str, int]:
        """Where each of these documents first mentions one of these entities (a character
        offset), for those that do."""


class StorySources(SpanLinks, Protocol):
    """What a story's views are built from: its documents, their vectors, the quotes'
    linked speakers, and every story's size."""

    def story_documents(self, story_id: str) -> list[Document]:
        """The accepted documents of one story, in ingest order (an indexed read)."""

    def vectors_of(self, doc_ids: Iterable[str]) -> dict[str, np.ndarray]:
        """Stored vectors of these documents (those that have one)."""

    def story_sizes(self) -> dict[str, int]:
        """Each story's number of accepted documents."""


class EntityNames(Protocol):
    """The names each stored entity was written as: the entity views show them, and the
    linker reads which spellings of a skeleton are taken (`rasad.services.entity_links`)."""

    def entity_names(self, ids: list[str]) -> list[dict[str, Any]]:
        """(entity, lang, text, n) of these entities' mentions, in order of first mention."""

    def entities_written(self, texts: list[str]) -> list[dict[str, Any]]:
        """(entity, key, lang, text, n) of the stored names written exactly as one of `texts`,
        most written first."""

    def names_with_word(self, word: str, kind: str, limit: int) -> list[dict[str, Any]]:
        """(entity, lang, text, mentions) of the stored names of two words or more of entities
        of type `kind` holding the search key `word`, the `limit` most mentioned first."""


class EntityReader(EntityNames, Protocol):
    """The stored entity links and quotes, as the entity and quote views read them."""

    def entity_page(
        self, kind: str | None, story: str | None, limit: int, offset: int
    ) -> tuple[int, list[dict[str, Any]]]:
        """(total, a page of stored entity rows), most mentioned first."""

    def entity_rows(self, ids: list[str]) -> list[dict[str, Any]]:
        """The stored rows of these entities."""

    def entity_documents(self, ids: list[str], limit: int | None = None) -> list[dict[str, Any]]:
        """(entity, doc) of these entities, in the order of each document's first mention (the
        first `limit` of each entity)."""

    def entity_document_counts(self, ids: list[str]) -> dict[str, int]:
        """How many documents mention each of these entities."""

    def entity_mention_page(self, entity: str, limit: int, offset: int) -> list[dict[str, Any]]:
        """(doc, text, span_start, span_end, published): a page of an entity's mentions in
        document order."""

    def entity_months(self, entity: str) -> dict[str, int]:
        """An entity's mentions per month ("YYYY-MM" or "unknown"), by month."""

    def entity_languages(self, entity: str) -> dict[str, int]:
        """An entity's mentions per document language, most first."""

    def entity_outlets(self, entity: str) -> dict[str, int]:
        """How many documents of each outlet mention an entity, most first."""

    def entity_stories(self, entity: str, limit: int) -> tuple[int, dict[str, int]]:
        """(how many stories, the `limit` stories with the most documents mentioning an
        entity, with those counts)."""

    def cooccurring_entities(self, entity: str, limit: int, latest: int) -> list[dict[str, Any]]:
        """(id, n): the entities in the most documents that also mention `entity`, among its
        `latest` most recently stored documents."""

    def quotes(
        self, speaker: str | None, filters: SearchFilter, limit: int, offset: int
    ) -> tuple[int, list[dict[str, Any]]]:
        """(total, a page of stored quotes with their documents' fields), in document order."""


class FramingReader(Protocol):
    """The stored framing occurrences (`rasad.services.framing`)."""

    def framing_terms(
        self, filters: FramingFilter, limit: int, offset: int
    ) -> tuple[int, list[dict[str, Any]]]:
        """(total, a page of stored framing occurrences), in document order."""

    def framing_counts(self, filters: FramingFilter, by: str) -> list[dict[str, Any]]:
        """(value, occurrences, documents) per value of one column, most first."""

    def framing_shares(
        self, filters: FramingFilter, period: str = "month"
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Per (outlet, target, month or year): the outlet's articles about the target, and per
        category how many of them use it for the target."""

    def framing_of_documents(self, doc_ids: list[str]) -> list[dict[str, Any]]:
        """The stored framing occurrences of these documents, in document order."""


class IngestStore(SignatureStore, MetaStore, Protocol):
    """What the ingest writes: documents (checked for stored copies first), their
    signatures and vectors (`rasad.services.ingest`)."""

    def put_documents(self, docs: Iterable[Document]) -> int:
        """Write documents in one transaction; return how many were new."""

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """Those of `hashes` whose content is already stored."""

    def id_taken(self, doc_id: str) -> bool:
        """Whether a document with this id is stored already."""

    def put_vectors(self, pairs: Iterable[tuple[str, np.ndarray]], model: str = "e5-small") -> None:
        """Store document vectors."""


class StoryStateStore(DocumentLookup, MetaStore, Protocol):
    """What story assignment reads and writes: the stored story states, and the
    documents and vectors it replays or moves (`rasad.services.assign`)."""

    def iter_documents(self, *, include_rejected: bool = False) -> Iterator[Document]:
        """Every document in ingest order."""

    def iter_story_documents(
        self, story_ids: Iterable[str], *, undated: bool = False
    ) -> Iterator[Document]:
        """The accepted documents of these stories, in ingest order (`undated`: only those
        without a publication date)."""

    def update_documents(self, docs: Iterable[Document]) -> None:
        """Rewrite the analysis of stored documents (after a corpus-level stage)."""

    def iter_vectors(self) -> Iterator[tuple[str, np.ndarray]]:
        """Stored document vectors."""

    def put_story_states(
        self,
        rows: Iterable[tuple[str, str | None, str, bytes]],
        removed: Iterable[str] = (),
        names: Iterable[tuple[str, str, str]] = (),
    ) -> None:
        """Write story index states (`rasad.cluster.state`) and drop those of merged stories;
        `names` (story, entity name, last day) replace the names those stories are filed
        under for reach-back."""

    def story_states_named(
        self, names: Iterable[str], last_before: str, per_name: int
    ) -> Iterator[tuple[str, str | None, str, bytes]]:
        """Stored states of the `per_name` most recent stories filed under each name whose
        last day is before `last_before`."""

    def put_name_frequencies(self, frequencies: dict[str, int]) -> None:
        """Set how many documents carry each of these entity names."""

    def name_frequencies(self, names: Iterable[str]) -> dict[str, int]:
        """How many documents carry each of these names (those counted)."""

    def iter_story_states(
        self, last_from: str | None = None, last_before: str | None = None
    ) -> Iterator[tuple[str, str | None, str, bytes]]:
        """Stored story states by id: all, or those whose last day is from `last_from` on
        (undated ones too), or before `last_before`, or both."""

    def story_states_span(self) -> tuple[str | None, int]:
        """The latest last day among the stored story states, and the highest story number."""


class SurnameLookup(Protocol):
    """The surnames full names registered: the entity linker joins a surname-only mention to
    its full name by them, and search finds the full name a query's surname names."""

    def entity_surnames(self, words: list[str]) -> dict[str, str]:
        """The entity key each of these surnames joins, where one does."""


class EntityLinkStore(DocumentLookup, MetaStore, SurnameLookup, EntityNames, Protocol):
    """What linking entities across the database reads and writes
    (`rasad.services.entity_links.link_stored_documents`)."""

    def known_entity_keys(self, keys: list[str]) -> set[str]:
        """Those of these entity keys (`rasad.entities.link`) that are stored."""

    def put_entity_links(self, links: dict[str, Any], through: int) -> None:
        """Write one batch of links (`rasad.services.entity_links.link_batch`) in one transaction."""

    def put_quotes(self, rows: list[tuple], seqs: list[int]) -> None:
        """Replace the stored quotes of these documents (`rasad.services.entity_links.quote_rows`)
        in one transaction (`rasad.services.quotes.backfill_quotes`)."""

    def unlink_entities(
        self,
        linked_meta: str,
        marker: str,
        surnames: dict[str, str] | None = None,
        value: str = "1",
    ) -> None:
        """Remove every stored link and quote and the meta `linked_meta`, write these
        `surnames` rows and set the meta `marker` to `value`, in one transaction
        (`rasad.services.entity_links.relink_stored_documents`)."""

    def surnames_holding(self, piece: str) -> dict[str, str]:
        """The stored surname rows whose word holds `piece` (the short forms of name chains)."""


class ViewStore(EntityLinkStore, StorySources, Protocol):
    """What materializing the views writes: summary rows, story views and entity links,
    the stale rows to redo and the backfills to run (`rasad.services.materialize`)."""

    def put_story_summaries(self, rows: Iterable[dict[str, Any]]) -> None:
        """Write summary rows (replacing a story's earlier row)."""

    def put_framing_terms(
        self, rows: list[tuple], seqs: list[int], about: list[tuple] | None = None
    ) -> None:
        """Replace the stored framing occurrences of these documents (and, when given, the
        targets they are about: `framing_about`)."""

    def delete_story_summaries(self, story_ids: Iterable[str]) -> None:
        """Remove the summary rows of stories that no longer exist."""

    def stale_stories(self) -> set[str]:
        """Stories whose summary row is missing, of another size than their documents, or
        left with no documents (after a merge)."""

    def put_story_views(self, views: list[dict[str, Any]]) -> None:
        """Replace the stored views of stories (page and part items, `rasad.services.materialize`)."""

    def delete_story_views(self, story_ids: Iterable[str]) -> None:
        """Remove the stored views of stories that no longer exist."""

    def stale_story_views(self) -> set[str]:
        """Stories whose stored views are missing or older than their summary row."""

    def pending_backfills(self) -> list[str]:
        """The backfills the migrations left to run, in migration order
        (`rasad.services.materialize.BACKFILLS`)."""

    def backfill_done(self, name: str) -> None:
        """Record that a backfill has run."""


class OutletReader(Protocol):
    """Outlet profiles the user imported, a story's documents per outlet and the loaded terms
    counted per outlet and month."""

    def outlet_profiles(self) -> list[dict[str, Any]]:
        """The outlet profiles the user imported or edited, by name."""

    def story_outlets(self, story_id: str) -> dict[str, int]:
        """A story's accepted documents per outlet ("" when unknown), most first."""

    def outlet_framing(self, outlet: str | None = None) -> list[dict[str, Any]]:
        """(outlet, month, category, term, n): the loaded terms of one outlet's documents (or
        every outlet's) counted per month."""

    def corrections(self, doc_id: str | None = None) -> list[dict[str, Any]]:
        """The corrections made to one document (or to any), oldest first."""

    def correction(self, correction_id: int) -> dict[str, Any] | None:
        """One correction by its number, or None."""


class CorrectionStore(DocumentLookup, OutletReader, Protocol):
    """What an analyst's corrections and outlet imports write (`rasad.services.corrections`,
    `rasad.services.outlets`)."""

    def put_outlet_profiles(self, rows: list[dict[str, Any]]) -> None:
        """Write outlet profiles (a profile of a stored name replaces it)."""

    def correct_document(
        self,
        doc: Document,
        before: Document,
        made: dict[str, Any] | None = None,
        undone: tuple[int, str, str] | None = None,
    ) -> int | None:
        """Rewrite a document whose date or outlet was corrected (with every copy of them in
        the quotes, mentions and entity counts) and record the correction `made`, or mark the
        correction `undone` (number, by whom, when), in one transaction; returns the new
        correction's number."""


class QueryStore(
    DocumentLookup, SurnameLookup, EntityReader, SpanLinks, OutletReader, FramingReader, Protocol
):
    """What the queries read: pages of documents, stories, items, entities and quotes;
    search; stats (`rasad.services.queries`)."""

    def documents_page(self, filters: Any, limit: int, offset: int) -> tuple[int, list[Document]]:
        """(total, a page of the accepted documents passing a `DocumentFilter`), in ingest
        order."""

    def search(
        self, query: str | SearchQuery, filters: SearchFilter, limit: int = 20, offset: int = 0
    ) -> tuple[int, list[tuple[Document, float]]]:
        """(total hits, a page of (document, score)) for a full-text query (text, or parsed
        with its entity names by `rasad.services.search_terms`), best first."""

    def search_counts(
        self, query: str | SearchQuery, filters: SearchFilter, by: str = "lang"
    ) -> dict[str, int]:
        """How many documents match a full-text query in each language (`by` "lang") or
        outlet ("outlet"), every filter but that one applied, most first."""

    def stats(self) -> dict[str, Any]:
        """Counts by language, outlet and rejection reason, and the date span."""

    def story_summaries(
        self, filters: SearchFilter, limit: int = 50, offset: int = 0, sort: str = "size"
    ) -> tuple[int, list[dict[str, Any]]]:
        """(total, a page of rows of the `stories` table), largest first (`sort` "recent":
        last seen first, "oldest": first seen first); a story passes the filters when one of
        its documents does (`filters.entity` through the stored entity links)."""

    def story_coverage(self, story_id: str) -> list[dict[str, Any]]:
        """(month "YYYY-MM" or None, lang, outlet, n): a story's articles counted by month,
        language and outlet."""

    def story_detail(self, story_id: str) -> str | None:
        """A story's stored page as JSON text, or None when missing or older than its
        summary row."""

    def story_items(
        self,
        part: str,
        filters: SearchFilter,
        status: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> tuple[int, list[dict[str, Any]]]:
        """(total, a page of the stored items of one part of every story: events, claims,
        contradictions or promises), largest story first (`filters.entity` as in
        `story_summaries`)."""


class ExportStore(DocumentLookup, EntityReader, StorySources, Protocol):
    """What the export reads: documents in ingest order, every story built from its
    own documents, and the stored entity links (`rasad.services.export`)."""


class Store(
    IngestStore, StoryStateStore, ViewStore, QueryStore, ExportStore, CorrectionStore, Protocol
):
    """Everything a database offers: what `open_store` returns, and what a service
    that hands the store on to several of the above takes."""

    def close(self) -> None:
        """Release the connection."""
