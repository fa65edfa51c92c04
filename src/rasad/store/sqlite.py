"""SQLite store: WAL mode, numbered migrations, one transaction per ingest batch."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from rasad.analysis.search import (
    SEARCH_COUNT_COLUMNS,
    LinkedForms,
    SearchFilter,
    SearchQuery,
    as_query,
    document_terms,
    fts5_expression,
    order_trees,
    search_hit,
    search_plan,
)
from rasad.model import Document
from rasad.store.base import StoreError
from rasad.store.migrations import rendered
from rasad.store.shared import SharedQueries
from rasad.store.sql import stage_error_writes

BUSY_TIMEOUT_MS = 30_000
RANKED_CANDIDATES = 2_000  # hits scored by BM25 for one query; the newest when there are more
MIGRATION_SQL = rendered("sqlite")


class SQLiteStore(SharedQueries):
    """A `Store` in one SQLite file."""

    MARK = "?"
    CONTAINS = "instr({column}, {mark}) > 0"
    # SQLite's planner would rather sort what an equality on `rejected` gives
    IN_ORDER = " INDEXED BY documents_in_order"

    def __init__(self, path: str | Path) -> None:
        self.path = self.database = str(path)
        try:
            # A `file:` URI opens with its options: `file:rasad.db?mode=ro` reads only.
            # check_same_thread off: the API opens a store in one worker thread and may use and
            # close it in others (one request at a time, never concurrently).
            self.conn = sqlite3.connect(
                self.path,
                timeout=BUSY_TIMEOUT_MS / 1000,
                uri=self.path.startswith("file:"),
                check_same_thread=False,
            )
            self.conn.row_factory = sqlite3.Row
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc

    @contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """One transaction; a failed write (read-only, disk full, locked) becomes a StoreError
        that says what happened in a line."""
        try:
            with self.conn:
                yield self.conn
        except sqlite3.OperationalError as exc:
            raise StoreError(_explain(exc, self.path)) from exc

    def migrate(self) -> None:
        """Apply every migration newer than the database, each in its own transaction."""
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATION_SQL):
            raise StoreError(
                f"database {self.path} has schema {version}, newer than this rasad "
                f"({len(MIGRATION_SQL)}); upgrade rasad"
            )
        for number, sql in enumerate(MIGRATION_SQL[version:], start=version + 1):
            with self.writing():
                self.conn.executescript(f"BEGIN; {sql}; PRAGMA user_version = {number}; COMMIT;")

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def put_documents(self, docs: Iterable[Document]) -> int:
        docs = list(docs)
        rows = [self._row(doc) for doc in docs]
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.writing():
            inserted = self.conn.executemany(
                """INSERT OR IGNORE INTO documents
                   (id, content_hash, source, url, outlet, lang, title, published,
                    text, rejected, record, ingested_at)
                   VALUES (?,?,?,?,?,?,?,?,?,?,?,?)""",
                [(*row, now) for row in rows],
            )
            # the statements' own rows (total_changes would count the triggers' rows too)
            added = max(inserted.rowcount, 0)
            self._index(d for d in docs if not d.rejected)
            for sql, rows in stage_error_writes(docs, "?"):
                self.conn.executemany(sql, rows)
            return added

    def _document(self, record: str) -> Document:
        return Document.from_record(json.loads(record))

    @staticmethod
    def _row(doc: Document) -> tuple:
        published = doc.published["value"] if doc.published else None
        record = json.dumps(doc.to_record(), ensure_ascii=False)
        return (
            doc.id,
            doc.content_hash,
            doc.source,
            doc.url,
            doc.outlet,
            doc.lang,
            doc.title,
            published,
            doc.text,
            doc.rejected,
            record,
        )

    def _index(self, docs: Iterable[Document]) -> None:
        """Put documents' search keys in the full-text index (inside the caller's transaction)."""
        for doc in docs:
            row = self.conn.execute("SELECT seq FROM documents WHERE id = ?", (doc.id,)).fetchone()
            if row is None:
                continue  # not stored (its content was already there under another id)
            self.conn.execute("DELETE FROM doc_fts WHERE rowid = ?", (row["seq"],))
            self.conn.execute(
                "INSERT INTO doc_fts(rowid, terms) VALUES (?, ?)", (row["seq"], document_terms(doc))
            )

    def signatures_in_buckets(self, buckets: list[int]) -> list[tuple[str, np.ndarray]]:
        """Stored signatures (of stored documents) sharing any of these buckets, earliest first."""
        marks = ",".join("?" * len(buckets))
        rows = self.conn.execute(
            "SELECT s.doc_id, s.sig FROM signatures s JOIN documents d ON d.id = s.doc_id "
            f"WHERE s.doc_id IN (SELECT doc_id FROM signature_buckets WHERE bucket IN ({marks})) "
            "ORDER BY s.seq",
            buckets,
        )
        return [(r["doc_id"], np.frombuffer(r["sig"], dtype="<u4")) for r in rows]

    def iter_vectors(self) -> Iterator[tuple[str, np.ndarray]]:
        """Stored document vectors."""
        for row in self.conn.execute("SELECT doc_id, vector FROM vectors"):
            yield row["doc_id"], np.frombuffer(row["vector"], dtype="<f4")

    def iter_signatures(self) -> Iterator[tuple[str, np.ndarray]]:
        """Stored signatures in arrival order (of stored documents: an ingest killed between
        writing a batch's signatures and its documents leaves signatures of no document)."""
        for row in self.conn.execute(
            "SELECT s.doc_id, s.sig FROM signatures s JOIN documents d ON d.id = s.doc_id "
            "ORDER BY s.seq"
        ):
            yield row["doc_id"], np.frombuffer(row["sig"], dtype="<u4")

    def put_story_states(
        self,
        rows: Iterable[tuple[str, str | None, str, bytes]],
        removed: Iterable[str] = (),
        names: Iterable[tuple[str, str, str]] = (),
    ) -> None:
        """Write story index states and drop those of merged stories, in one transaction;
        `names` (story, name, last day) replace the names those stories were filed under."""
        rows, removed, names = list(rows), list(removed), list(names)
        with self.writing():
            self.conn.executemany("DELETE FROM story_states WHERE id = ?", [(i,) for i in removed])
            self.conn.executemany(
                "INSERT OR REPLACE INTO story_states(id, last_day, state, sums) VALUES (?,?,?,?)",
                rows,
            )
            refiled = {r[0] for r in rows} | set(removed) | {n[0] for n in names}
            self.conn.executemany(
                "DELETE FROM story_names WHERE story = ?", [(i,) for i in sorted(refiled)]
            )
            self.conn.executemany(
                "INSERT OR REPLACE INTO story_names(story, name, last_day) VALUES (?,?,?)", names
            )

    def put_name_frequencies(self, frequencies: dict[str, int]) -> None:
        """Set how many documents carry each of these entity names."""
        with self.writing():
            self.conn.executemany(
                "INSERT OR REPLACE INTO name_frequencies(name, documents) VALUES (?, ?)",
                sorted(frequencies.items()),
            )

    def search(
        self, query: str | SearchQuery, filters: SearchFilter, limit: int = 20, offset: int = 0
    ) -> tuple[int, list[tuple[Document, float]]]:
        """(total hits, a page of (document, BM25 score)), best first, filters applied.

        A common word matches tens of thousands of documents, and scoring them all is what
        made such queries slow: past `RANKED_CANDIDATES` hits, only the newest that many are
        ranked (the total is still exact)."""
        query = as_query(query)  # parsed once for the plan and the typed-first order
        matching = _hit_conditions(query, filters)
        if matching is None:
            return 0, []
        match, conditions, params = matching
        # Only accepted documents are indexed, so documents is joined for filters alone.
        source = "FROM doc_fts"
        if conditions:
            # lang/outlet/dates come from a narrow index; story/entity need the record.
            narrow = "" if filters.story or filters.entity else " INDEXED BY documents_filters"
            source += f" JOIN documents d{narrow} ON d.seq = doc_fts.rowid"
        where = " AND ".join(["doc_fts MATCH ?", *conditions])
        params = [match, *params]
        candidates = max(RANKED_CANDIDATES, offset + limit)
        # Hits that hold the query word for word first, then as typed in another inflection,
        # then those found through another spelling or name.
        order, order_params = "score", []
        for node in reversed(order_trees(query)):
            order = (
                f"doc_fts.rowid IN (SELECT rowid FROM doc_fts WHERE doc_fts MATCH ?) DESC, {order}"
            )
            order_params = [fts5_expression(node), *order_params]
        # documents linked to an entity a common word names first, and of those the people
        # called by the word alone first of all (each ordering put before the last); or, for a
        # query that names an entity, the entity's own documents first
        for entities in (query.named_first, query.called_first, query.named_entity()):
            if entities:
                marks = ",".join("?" * len(entities))
                order = (
                    "doc_fts.rowid IN (SELECT doc_seq FROM entity_documents "
                    f"WHERE entity IN ({marks})) DESC, {order}"
                )
                order_params = [*entities, *order_params]
        try:
            total, floor = self._count_and_floor(source, where, params, candidates)
            ranked = self.conn.execute(
                f"SELECT doc_fts.rowid AS seq, bm25(doc_fts) AS score {source} "
                f"WHERE {where} AND doc_fts.rowid >= ? ORDER BY {order} LIMIT ? OFFSET ?",
                [*params, floor, *order_params, limit, offset],
            ).fetchall()
            rows = self._hit_rows([r["seq"] for r in ranked])
        except sqlite3.OperationalError as exc:
            raise StoreError(f"search failed: {exc}") from exc
        return total, [(search_hit(rows[r["seq"]]), -r["score"]) for r in ranked]

    def search_counts(
        self, query: str | SearchQuery, filters: SearchFilter, by: str = "lang"
    ) -> dict[str, int]:
        """How many documents match a query in each language (`by` "lang") or outlet
        ("outlet"), every other filter applied (the counts the search page's language and
        outlet links show), most first."""
        matching = _hit_conditions(as_query(query), replace(filters, **{by: None}))
        if matching is None:
            return {}
        match, conditions, params = matching
        where = " AND ".join(["doc_fts MATCH ?", *conditions])
        column = SEARCH_COUNT_COLUMNS[by]
        try:
            rows = self.conn.execute(
                f"SELECT {column} AS value, count(*) AS n FROM doc_fts "
                f"JOIN documents d ON d.seq = doc_fts.rowid WHERE {where} "
                f"GROUP BY {column} ORDER BY n DESC, {column}",
                [match, *params],
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"search failed: {exc}") from exc
        return {r["value"] or "(unknown)": r["n"] for r in rows}

    def _count_and_floor(
        self, source: str, where: str, params: list[str], candidates: int
    ) -> tuple[int, int]:
        """How many documents match, and the lowest rowid among the newest `candidates`."""
        if "JOIN" in source:
            # Filters read the documents table: one pass over the hits, not two.
            seqs = self.conn.execute(
                f"SELECT doc_fts.rowid {source} WHERE {where} ORDER BY doc_fts.rowid DESC", params
            ).fetchall()
            return len(seqs), seqs[candidates - 1][0] if len(seqs) > candidates else 0
        total = self.conn.execute(f"SELECT count(*) {source} WHERE {where}", params).fetchone()[0]
        if total <= candidates:
            return total, 0
        floor = self.conn.execute(
            f"SELECT rowid {source} WHERE {where} ORDER BY rowid DESC LIMIT 1 OFFSET ?",
            [*params, candidates - 1],
        ).fetchone()[0]
        return total, floor

    def _hit_rows(self, seqs: list[int]) -> dict[int, sqlite3.Row]:
        """The columns a search result shows, for a page of hits."""
        marks = ",".join("?" * len(seqs))
        rows = self.conn.execute(
            "SELECT seq, id, source, title, lang, outlet, published, text, "
            f"json_extract(record, '$.story') AS story FROM documents WHERE seq IN ({marks})",
            seqs,
        )
        return {r["seq"]: r for r in rows}

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        wanted = list(hashes)
        found: set[str] = set()
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            marks = ",".join("?" * len(chunk))
            found.update(
                r[0]
                for r in self.conn.execute(
                    f"SELECT content_hash FROM documents WHERE content_hash IN ({marks})", chunk
                )
            )
        return found

    def iter_documents(self, *, include_rejected: bool = False) -> Iterator[Document]:
        where = "" if include_rejected else "WHERE rejected IS NULL"
        cursor = self.conn.execute(f"SELECT record FROM documents {where} ORDER BY seq")
        for row in cursor:
            yield self._document(row["record"])

    def iter_story_documents(
        self, story_ids: Iterable[str], *, undated: bool = False
    ) -> Iterator[Document]:
        """The accepted documents of these stories, in ingest order (`undated`: only those
        without a publication date)."""
        ids = sorted(set(story_ids))
        only = " AND published IS NULL" if undated else ""
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                "SELECT record FROM documents WHERE story "
                f"IN ({marks}) AND rejected IS NULL{only} ORDER BY seq",
                chunk,
            ):
                yield self._document(row["record"])

    def vectors_of(self, doc_ids: Iterable[str]) -> dict[str, np.ndarray]:
        """Stored vectors of these documents (those that have one)."""
        wanted, found = list(doc_ids), {}
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            rows = self.conn.execute(
                f"SELECT doc_id, vector FROM vectors WHERE doc_id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
            found.update((r["doc_id"], np.frombuffer(r["vector"], dtype="<f4")) for r in rows)
        return found

    def delete_story_summaries(self, story_ids: Iterable[str]) -> None:
        """Remove the summary rows of stories that no longer exist."""
        with self.writing():
            self.conn.executemany("DELETE FROM stories WHERE id = ?", [(i,) for i in story_ids])

    def _document_update(self, doc: Document) -> tuple[str, list[tuple]]:
        row = self._row(doc)
        return (
            "UPDATE documents SET record = ?, outlet = ?, published = ? WHERE id = ?",
            [(row[10], doc.outlet, row[7], doc.id)],
        )

    def _run(self, statements: list[tuple[str, list[tuple]]]) -> None:
        with self.writing():
            for sql, rows in statements:
                self.conn.executemany(sql, rows)

    def update_documents(self, docs: Iterable[Document]) -> None:
        """Rewrite the analysis of stored documents (after a corpus-level stage)."""
        docs = list(docs)
        with self.writing():
            self.conn.executemany(
                "UPDATE documents SET record = ?, lang = ?, published = ? WHERE id = ?",
                [
                    (
                        json.dumps(d.to_record(), ensure_ascii=False),
                        d.lang,
                        d.published["value"] if d.published else None,
                        d.id,
                    )
                    for d in docs
                ],
            )
            self._index(d for d in docs if not d.rejected)
            for sql, rows in stage_error_writes(docs, "?", replacing=True):
                self.conn.executemany(sql, rows)

    def integrity_ok(self) -> bool:
        """SQLite's own integrity check."""
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _hit_conditions(
    query: SearchQuery, filters: SearchFilter
) -> tuple[str, list[str], list[str]] | None:
    """What every hit of a query meets: the FTS5 MATCH expression, and the conditions on the
    joined documents row `d` (filters, and the forms that count only in linked documents) with
    their parameters; None when there is nothing to search."""
    plan = search_plan(query)
    if plan is None:
        return None
    tree, restricted = plan
    conditions, params = _filter_conditions(filters)
    for condition, values in map(_linked_condition, restricted):
        conditions.append(condition)
        params += values
    return fts5_expression(tree), conditions, params


def _filter_conditions(filters: SearchFilter) -> tuple[list[str], list[str]]:
    """SQL conditions on the joined documents row `d`, with their parameters."""
    # The unary "+" keeps SQLite from driving the query by the lang/published indexes:
    # the full-text match is the selective part, filters only narrow its hits.
    conditions, params = [], []
    for column, value, op in (
        ("+d.lang", filters.lang, "="),
        ("+d.outlet", filters.outlet, "="),
        ("+d.published", filters.date_from, ">="),
        ("substr(d.published, 1, length(?))", filters.date_to, "<="),
    ):
        if value:
            if column.startswith("substr"):
                params.append(value)
            conditions.append(f"{column} {op} ?")
            params.append(value)
    if filters.story:
        conditions.append("json_extract(d.record, '$.story') = ?")
        params.append(filters.story)
    if filters.entity:
        conditions.append("d.seq IN (SELECT doc_seq FROM entity_documents WHERE entity = ?)")
        params.append(filters.entity)
    return conditions, params


def _linked_condition(group: LinkedForms) -> tuple[str, list[str]]:
    """The SQL condition that a hit holds a group's free forms, or is linked to an entity and
    holds the forms that count only there; with its parameters."""
    matching = "SELECT rowid FROM doc_fts WHERE doc_fts MATCH ?"
    alternatives, params = [f"doc_fts.rowid IN ({matching})"], [fts5_expression(group.free)]
    for entity, forms in group.linked:
        alternatives.append(
            "doc_fts.rowid IN (SELECT doc_seq FROM entity_documents "
            f"WHERE entity = ? AND doc_seq IN ({matching}))"
        )
        params += [entity, fts5_expression(forms)]
    return f"({' OR '.join(alternatives)})", params


def _explain(exc: sqlite3.OperationalError, path: str) -> str:
    message = str(exc)
    if "readonly" in message:
        return f"database {path} is read-only: {message}"
    if "locked" in message or "busy" in message:
        return f"database {path} is busy with another writer (try again when it finishes)"
    if "disk" in message or "full" in message:
        return f"no room to write database {path}: {message}"
    return f"database {path}: {message}"
