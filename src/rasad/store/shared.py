"""Queries the SQLite and PostgreSQL stores share word for word (the SQL lives here, in
`rasad.store.sql` and in `rasad.store.entity_sql`): documents by id, by story and in ingest
order, the counts, the signatures and vectors written, the story states, the stored story views and summaries, the stored entity
links and quotes, and the stale-row checks. A store class mixes this in and gives its
parameter placeholder (`MARK`) and the few words of its dialect (`CONTAINS`, `IN_ORDER`,
`BYTEWISE`), its connection, `database` (the path or URL fit to print), `schema_version`,
`_run` (statements in one transaction), `_document` (a stored `record` value as a Document)
and `_text` (a text value as its database can hold it)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np

from rasad.analysis.search import SearchFilter
from rasad.model import Document
from rasad.store import entity_sql, framing_sql, outlet_sql
from rasad.store.framing_sql import FramingFilter
from rasad.store.sql import (
    STALE_STORIES,
    STALE_VIEWS,
    STORY_COVERAGE,
    STORY_SIZES,
    document_page,
    stored_story_detail,
    story_item_page,
    story_page,
    story_row_values,
    story_state_filter,
    story_view_deletes,
    story_view_writes,
    summary,
    upsert_story_sql,
)


class SharedQueries:
    MARK: str  # "?" (sqlite3) or "%s" (psycopg)
    BYTEWISE = ""  # a text column ordered byte by byte (SQLite's own order; PostgreSQL: "C")
    CONTAINS: str  # "is {mark} a substring of {column}" (SQLite: instr; PostgreSQL: strpos)
    IN_ORDER = ""  # how a FROM names the index of accepted documents in order (`document_page`)
    conn: Any
    database: str  # the path or URL fit to print

    @property
    def schema_version(self) -> int:
        raise NotImplementedError

    def _run(self, statements: list[tuple[str, list[tuple]]]) -> None:
        raise NotImplementedError

    def _document(self, record: Any) -> Document:
        """A document from its stored `record` column (JSON text, or what the driver parsed)."""
        raise NotImplementedError

    def _text(self, value: str) -> str:
        """A text value as the database can hold it."""
        return value

    def _document_update(self, doc: Document) -> tuple[str, list[tuple]]:
        """(SQL, rows) rewriting a stored document's record, outlet and date columns."""
        raise NotImplementedError

    def outlet_profiles(self) -> list[dict[str, Any]]:
        """The outlet profiles the user imported or edited, by name."""
        return outlet_sql.profile_rows(self.conn)

    def put_outlet_profiles(self, rows: list[dict[str, Any]]) -> None:
        """Write outlet profiles (a profile of a stored name replaces it)."""
        self._run(outlet_sql.profile_writes(rows, self.MARK))

    def story_outlets(self, story_id: str) -> dict[str, int]:
        """A story's accepted documents per outlet ("" when unknown), most first."""
        return outlet_sql.story_outlets(self.conn, story_id, self.MARK)

    def outlet_framing(self, outlet: str | None = None) -> list[dict[str, Any]]:
        """(outlet, month, category, term, n): the loaded terms of one outlet's documents (or
        every outlet's) counted per month, as the store keeps them."""
        return outlet_sql.framing_rows(self.conn, outlet, self.MARK)

    def corrections(self, doc_id: str | None = None) -> list[dict[str, Any]]:
        """The corrections made to one document (or to any), oldest first."""
        return outlet_sql.correction_rows(self.conn, doc_id, self.MARK)

    def correction(self, correction_id: int) -> dict[str, Any] | None:
        """One correction by its number, or None."""
        return outlet_sql.correction_row(self.conn, correction_id, self.MARK)

    def correct_document(
        self,
        doc: Document,
        before: Document,
        made: dict[str, Any] | None = None,
        undone: tuple[int, str, str] | None = None,
    ) -> int | None:
        """Rewrite a document whose date or outlet an analyst corrected (and every copy of
        them beside its quotes, mentions and entity counts) and record the correction `made`
        (doc, field, old_value, new_value, author, note, made_at), or mark the correction
        `undone` (number, by whom, when), in one transaction; returns the new correction's
        number."""
        statements = [self._document_update(doc)]
        statements += outlet_sql.moved_fields(self.conn, doc, before, self.MARK)
        if made is not None:
            sql, row = outlet_sql.correction_insert(made, self.MARK)
            statements.append((sql, [row]))
        if undone is not None:
            statements += outlet_sql.undo_update(*undone, self.MARK)
        self._run(statements)
        if made is None:
            return None
        m = self.MARK
        row = self.conn.execute(
            f"SELECT max(id) AS id FROM corrections WHERE doc = {m} AND made_at = {m}",
            (made["doc"], made["made_at"]),
        ).fetchone()
        return row["id"]

    def close(self) -> None:
        """Release the connection."""
        self.conn.close()

    def id_taken(self, doc_id: str) -> bool:
        """Whether a document with this id is stored already."""
        row = self.conn.execute(
            f"SELECT 1 FROM documents WHERE id = {self.MARK}", (doc_id,)
        ).fetchone()
        return row is not None

    def get_document(self, doc_id: str) -> Document | None:
        """One document by id, or None."""
        row = self.conn.execute(
            f"SELECT record FROM documents WHERE id = {self.MARK}", (doc_id,)
        ).fetchone()
        return self._document(row["record"]) if row else None

    def story_documents(self, story_id: str) -> list[Document]:
        """The accepted documents of one story, in ingest order (an indexed read)."""
        rows = self.conn.execute(
            f"SELECT record FROM documents WHERE story = {self.MARK} AND rejected IS NULL "
            "ORDER BY seq",
            (story_id,),
        )
        return [self._document(row["record"]) for row in rows]

    def documents_after(self, seq: int, limit: int) -> list[tuple[int, Document]]:
        """Up to `limit` documents (rejected ones too) after `seq`, in ingest order."""
        m = self.MARK
        rows = self.conn.execute(
            f"SELECT seq, record FROM documents WHERE seq > {m} ORDER BY seq LIMIT {m}",
            (seq, limit),
        )
        return [(r["seq"], self._document(r["record"])) for r in rows]

    def documents_page(self, filters: Any, limit: int, offset: int) -> tuple[int, list[Document]]:
        """(total, a page of the accepted documents passing a `DocumentFilter`)."""
        total, records = document_page(self.conn, filters, limit, offset, self.MARK, self.IN_ORDER)
        return total, [self._document(r) for r in records]

    def count(self) -> int:
        """Number of accepted documents."""
        row = self.conn.execute("SELECT count(*) AS n FROM documents WHERE rejected IS NULL")
        return row.fetchone()["n"]

    def stats(self) -> dict[str, Any]:
        """Counts by language, outlet and rejection reason, and the date span."""
        return summary(self.conn, self.database, self.schema_version)

    def iter_story_states(
        self, last_from: str | None = None, last_before: str | None = None
    ) -> Iterator[tuple[str, str | None, str, bytes]]:
        """Stored story states by id: all, or those whose last day is from `last_from` on
        (undated ones too), or before `last_before`, or both."""
        where, params = story_state_filter(last_from, last_before, self.MARK)
        rows = self.conn.execute(
            f"SELECT id, last_day, state, sums FROM story_states{where} ORDER BY id", params
        )
        for row in rows:
            yield row["id"], row["last_day"], row["state"], bytes(row["sums"])

    def story_states_span(self) -> tuple[str | None, int]:
        """The latest last day among the stored story states, and the highest story number."""
        row = self.conn.execute(
            "SELECT max(last_day) AS last_day, "
            "coalesce(max(CAST(substr(id, 2) AS INTEGER)), 0) AS highest FROM story_states"
        ).fetchone()
        return row["last_day"], row["highest"]

    def story_summaries(
        self, filters: SearchFilter, limit: int = 50, offset: int = 0, sort: str = "size"
    ) -> tuple[int, list[dict[str, Any]]]:
        """(total, a page of summary rows), largest first (or `sort`: recent, oldest),
        filtered by their documents."""
        return story_page(self.conn, filters, limit, offset, self.MARK, self.CONTAINS, sort)

    def story_coverage(self, story_id: str) -> list[dict[str, Any]]:
        """(month, lang, outlet, n): a story's articles counted by month, language and outlet."""
        query = STORY_COVERAGE.format(mark=self.MARK)
        return [dict(r) for r in self.conn.execute(query, [story_id]).fetchall()]

    def put_story_summaries(self, rows: Iterable[dict[str, Any]]) -> None:
        """Write summary rows (replacing a story's earlier row)."""
        values = [
            story_row_values(
                {
                    **r,
                    "title": r["title"] and self._text(r["title"]),
                    "titles": {k: self._text(v) for k, v in r["titles"].items()},
                }
            )
            for r in rows
        ]
        self._run([(upsert_story_sql(self.MARK), values)])

    def set_meta(self, key: str, value: str) -> None:
        """Store a value of the store's own state."""
        m = self.MARK
        self._run(
            [
                (
                    f"INSERT INTO meta(key, value) VALUES ({m}, {m}) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    [(key, self._text(value))],
                )
            ]
        )

    def put_signatures(
        self, pairs: Iterable[tuple[str, np.ndarray]], buckets: Iterable[tuple[str, int]] = ()
    ) -> None:
        """Store near-duplicate signatures (arrival order is kept) and their LSH buckets."""
        m = self.MARK
        self._run(
            [
                (
                    f"INSERT INTO signatures(doc_id, sig) VALUES ({m}, {m}) ON CONFLICT DO NOTHING",
                    [(doc_id, values.astype("<u4").tobytes()) for doc_id, values in pairs],
                ),
                (f"INSERT INTO signature_buckets(doc_id, bucket) VALUES ({m}, {m})", list(buckets)),
            ]
        )

    def put_vectors(self, pairs: Iterable[tuple[str, np.ndarray]], model: str = "e5-small") -> None:
        """Store document vectors (a vector stored again replaces the first)."""
        m = self.MARK
        self._run(
            [
                (
                    f"INSERT INTO vectors(doc_id, model, vector) VALUES ({m}, {m}, {m}) "
                    "ON CONFLICT (doc_id) DO UPDATE "
                    "SET model = excluded.model, vector = excluded.vector",
                    [(doc_id, model, v.astype("<f4").tobytes()) for doc_id, v in pairs],
                )
            ]
        )

    def get_meta(self, key: str) -> str | None:
        """A stored value of the store's own state."""
        row = self.conn.execute(
            f"SELECT value FROM meta WHERE key = {self.MARK}", (key,)
        ).fetchone()
        return row["value"] if row else None

    def delete_meta(self, key: str) -> None:
        """Forget a value of the store's own state."""
        self._run([(f"DELETE FROM meta WHERE key = {self.MARK}", [(key,)])])

    def pending_backfills(self) -> list[str]:
        """The backfills the migrations left to run, in migration order
        (`rasad.services.materialize.BACKFILLS`)."""
        rows = self.conn.execute("SELECT name FROM backfills ORDER BY migration").fetchall()
        return [r["name"] for r in rows]

    def backfill_done(self, name: str) -> None:
        """Record that a backfill has run."""
        self._run([(f"DELETE FROM backfills WHERE name = {self.MARK}", [(name,)])])

    def put_story_views(self, views: list[dict[str, Any]]) -> None:
        """Replace the stored views of stories (page and part items), in one transaction."""
        self._run(story_view_writes(views, self.MARK))

    def delete_story_views(self, story_ids: Iterable[str]) -> None:
        """Remove the stored views of stories that no longer exist."""
        self._run(story_view_deletes(story_ids, self.MARK))

    def story_detail(self, story_id: str) -> str | None:
        """A story's stored page (JSON text), or None when missing or older than its row."""
        return stored_story_detail(self.conn, story_id, self.MARK)

    def story_items(
        self,
        part: str,
        filters: SearchFilter,
        status: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> tuple[int, list[dict[str, Any]]]:
        """(total, a page of one part's stored items), largest story first."""
        return story_item_page(self.conn, part, filters, status, limit, offset, self.MARK)

    def last_document_seq(self) -> int:
        """The sequence number of the last stored document (0 when none)."""
        return entity_sql.last_seq(self.conn)

    def known_entity_keys(self, keys: list[str]) -> set[str]:
        """Those of these entity keys that are stored."""
        return entity_sql.known_keys(self.conn, keys, self.MARK)

    def entity_surnames(self, words: list[str]) -> dict[str, str]:
        """The entity key each of these surnames joins, where one does."""
        return entity_sql.surnames(self.conn, words, self.MARK)

    def put_entity_links(self, links: dict[str, Any], through: int) -> None:
        """Write one batch of entity links in one transaction."""
        self._run(entity_sql.link_writes(links, through, self.MARK))

    def put_quotes(self, rows: list[tuple], seqs: list[int]) -> None:
        """Replace the stored quotes of these documents, in one transaction."""
        self._run(entity_sql.quote_writes(rows, seqs, self.MARK))

    def unlink_entities(
        self,
        linked_meta: str,
        marker: str,
        surnames: dict[str, str] | None = None,
        value: str = "1",
    ) -> None:
        """Remove every stored entity link and quote and the meta `linked_meta`, write these
        `surnames` rows and set the meta `marker` to `value`, in one transaction (a relink
        from the first document)."""
        self._run(entity_sql.unlink_writes(linked_meta, marker, self.MARK, surnames, value))

    def surnames_holding(self, piece: str) -> dict[str, str]:
        """The stored surname rows whose word holds `piece`."""
        return entity_sql.surnames_holding(self.conn, piece, self.MARK)

    def entity_page(
        self, kind: str | None, story: str | None, limit: int, offset: int
    ) -> tuple[int, list[dict[str, Any]]]:
        """(total, a page of stored entity rows), most mentioned first."""
        return entity_sql.entity_page(self.conn, kind, story, limit, offset, self.MARK)

    def entity_rows(self, ids: list[str]) -> list[dict[str, Any]]:
        """The stored rows of these entities."""
        return entity_sql.entity_rows(self.conn, ids, self.MARK)

    def entity_names(self, ids: list[str]) -> list[dict[str, Any]]:
        """(entity, lang, text, n) of these entities' mentions, in order of first mention."""
        return entity_sql.entity_names(self.conn, ids, self.MARK)

    def entities_written(self, texts: list[str]) -> list[dict[str, Any]]:
        """(entity, key, lang, text, n) of the stored names written exactly as one of `texts`,
        most written first."""
        return entity_sql.entities_written(self.conn, texts, self.MARK)

    def names_with_word(self, word: str, kind: str, limit: int) -> list[dict[str, Any]]:
        """(entity, lang, text, mentions) of the stored names of two words or more of `kind`
        entities holding the search key `word`, the `limit` most mentioned entities' first."""
        return entity_sql.names_with_word(self.conn, word, kind, limit, self.MARK)

    def entity_documents(self, ids: list[str], limit: int | None = None) -> list[dict[str, Any]]:
        """(entity, doc) pairs in the order of each document's first mention (the first
        `limit` of each entity)."""
        return entity_sql.entity_documents(self.conn, ids, self.MARK, limit)

    def entity_document_counts(self, ids: list[str]) -> dict[str, int]:
        """How many documents mention each of these entities."""
        return entity_sql.entity_document_counts(self.conn, ids, self.MARK)

    def entity_mention_page(self, entity: str, limit: int, offset: int) -> list[dict[str, Any]]:
        """A page of an entity's mentions in document order."""
        return entity_sql.mention_page(self.conn, entity, limit, offset, self.MARK)

    def entity_months(self, entity: str) -> dict[str, int]:
        """An entity's mentions per month, by month."""
        return entity_sql.months(self.conn, entity, self.MARK)

    def entity_languages(self, entity: str) -> dict[str, int]:
        """An entity's mentions per document language, most first."""
        return entity_sql.languages(self.conn, entity, self.MARK)

    def entity_outlets(self, entity: str) -> dict[str, int]:
        """How many documents of each outlet mention an entity, most first."""
        return entity_sql.outlets(self.conn, entity, self.MARK)

    def entity_stories(self, entity: str, limit: int) -> tuple[int, dict[str, int]]:
        """(how many stories, the `limit` stories with the most documents of an entity)."""
        return entity_sql.stories(self.conn, entity, limit, self.MARK)

    def cooccurring_entities(self, entity: str, limit: int, latest: int) -> list[dict[str, Any]]:
        """The entities in the most documents that also mention `entity` (of its `latest`)."""
        return entity_sql.cooccurring(self.conn, entity, limit, latest, self.MARK)

    def quotes(
        self, speaker: str | None, filters: SearchFilter, limit: int, offset: int
    ) -> tuple[int, list[dict[str, Any]]]:
        """(total, a page of stored quotes with their documents' fields)."""
        return entity_sql.quote_page(self.conn, speaker, filters, limit, offset, self.MARK)

    def put_framing_terms(
        self, rows: list[tuple], seqs: list[int], about: list[tuple] | None = None
    ) -> None:
        """Replace the stored framing occurrences of these documents (and, when given, the
        targets they are about), in one transaction."""
        self._run(framing_sql.framing_writes(rows, seqs, self.MARK, about))

    def framing_terms(
        self, filters: FramingFilter, limit: int, offset: int
    ) -> tuple[int, list[dict[str, Any]]]:
        """(total, a page of stored framing occurrences), in document order."""
        return framing_sql.framing_page(self.conn, filters, limit, offset, self.MARK)

    def framing_counts(self, filters: FramingFilter, by: str) -> list[dict[str, Any]]:
        """Occurrences and documents per value of one column, most first."""
        return framing_sql.framing_counts(self.conn, filters, by, self.MARK)

    def framing_shares(
        self, filters: FramingFilter, period: str = "month"
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Per (outlet, target, month or year): the outlet's articles about the target, and per
        category how many of them use it for the target."""
        return framing_sql.framing_shares(self.conn, filters, self.MARK, period)

    def framing_of_documents(self, doc_ids: list[str]) -> list[dict[str, Any]]:
        """The stored framing occurrences of these documents, in document order."""
        return framing_sql.framing_for_docs(self.conn, doc_ids, self.MARK)

    def quote_speakers(self, doc_ids: list[str]) -> dict[tuple[str, int], str]:
        """The linked speaker of each stored quote of these documents, by (doc, position)."""
        found: dict[tuple[str, int], str] = {}
        for i in range(0, len(doc_ids), 2_000):
            found.update(entity_sql.quote_speakers(self.conn, doc_ids[i : i + 2_000], self.MARK))
        return found

    def stale_story_views(self) -> set[str]:
        """Stories whose stored views are missing or older than their summary row."""
        return {row["id"] for row in self.conn.execute(STALE_VIEWS)}

    def stale_stories(self) -> set[str]:
        """Stories whose summary row is missing, out of date in size, or left empty."""
        return {row["id"] for row in self.conn.execute(STALE_STORIES)}

    def mention_entities(self, doc_ids: list[str]) -> dict[tuple[str, int], str]:
        """The linked entity of each stored mention of these documents, by (doc, position)."""
        found: dict[tuple[str, int], str] = {}
        for i in range(0, len(doc_ids), 2_000):
            chunk = doc_ids[i : i + 2_000]
            found.update(entity_sql.mention_entities(self.conn, chunk, self.MARK))
        return found

    def first_mentions(self, doc_ids: list[str], entities: list[str]) -> dict[str, int]:
        """Where each of these documents first mentions one of these entities."""
        return entity_sql.first_mentions(self.conn, doc_ids, entities, self.MARK)

    def story_sizes(self) -> dict[str, int]:
        """Each story's number of accepted documents."""
        return {r["story"]: r["n"] for r in self.conn.execute(STORY_SIZES)}

    def name_frequencies(self, names: Iterable[str]) -> dict[str, int]:
        """How many documents carry each of these entity names (those counted)."""
        wanted, m, out = sorted(set(names)), self.MARK, {}
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            for row in self.conn.execute(
                "SELECT name, documents FROM name_frequencies "
                f"WHERE name IN {entity_sql.marks(chunk, m)}",
                chunk,
            ):
                out[row["name"]] = row["documents"]
        return out

    def story_states_named(
        self, names: Iterable[str], last_before: str, per_name: int
    ) -> Iterator[tuple[str, str | None, str, bytes]]:
        """Stored states of the `per_name` most recent stories filed under each name whose
        last day is before `last_before`, by id (one indexed read per name)."""
        m = self.MARK
        ids: set[str] = set()
        for name in names:
            ids.update(
                r["story"]
                for r in self.conn.execute(
                    f"SELECT story FROM story_names WHERE name = {m} AND last_day < {m} "
                    f"ORDER BY last_day DESC, story{self.BYTEWISE} DESC LIMIT {m}",
                    (name, last_before, per_name),
                )
            )
        wanted = sorted(ids)
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            for row in self.conn.execute(
                "SELECT id, last_day, state, sums FROM story_states "
                f"WHERE id IN {entity_sql.marks(chunk, m)} ORDER BY id",
                chunk,
            ):
                yield row["id"], row["last_day"], row["state"], bytes(row["sums"])
