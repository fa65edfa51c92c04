"""PostgreSQL store: the same `Store` as SQLite, on a server many processes can share.

Documents keep their full record as jsonb; the search index is a tsvector over the same
normalized search keys SQLite's FTS5 indexes (`rasad.analysis.search.document_terms`), parsed with the
`simple` configuration because rasad's own normalizer has already unified Arabic and Persian
spellings, split clitics and made digits ASCII. Each query term becomes a phrase tsquery (a
key the parser splits, like "بین‌المللی", must match as adjacent parts, as in FTS5) and every
term is required; hits are ranked with ts_rank_cd.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import numpy as np

from rasad.analysis.search import (
    SEARCH_COUNT_COLUMNS,
    LinkedForms,
    Node,
    SearchFilter,
    SearchQuery,
    as_query,
    document_terms,
    order_trees,
    search_hit,
    search_plan,
)
from rasad.model import Document
from rasad.store.base import StoreError
from rasad.store.migrations import rendered
from rasad.store.shared import SharedQueries
from rasad.store.sql import public_url, stage_error_writes

PAGE_ROWS = 500  # documents fetched per round trip when iterating the whole store
MIGRATION_LOCK = 7_245_301  # pg_advisory_xact_lock key: one migrating process at a time
CONNECT_TIMEOUT_S = 10
MIGRATION_SQL = rendered("postgres")
# PostgreSQL text cannot hold NUL; U+FFFD is one character too, so every span offset still holds.
NUL, REPLACEMENT = "\x00", "\ufffd"

try:
    import psycopg
    from psycopg.rows import dict_row
except ImportError:  # pragma: no cover - depends on the install
    psycopg = None


class PostgresStore(SharedQueries):
    """A `Store` in one PostgreSQL database (given by a postgresql:// URL)."""

    MARK = "%s"
    BYTEWISE = ' COLLATE "C"'
    CONTAINS = "strpos({column}, {mark}) > 0"

    def __init__(self, url: str) -> None:
        self.url = url
        self.public_url = self.database = public_url(url)
        if psycopg is None:
            raise StoreError(
                f"cannot use {self.public_url}: psycopg is not installed "
                "(pip install 'rasad[postgres]')"
            )
        try:
            self.conn = psycopg.connect(
                url, autocommit=True, row_factory=dict_row, connect_timeout=CONNECT_TIMEOUT_S
            )
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to {self.public_url}: {_first_line(exc)}") from exc
        try:
            self.migrate()
        except psycopg.Error as exc:
            self.conn.close()
            raise StoreError(f"cannot prepare {self.public_url}: {_first_line(exc)}") from exc
        except StoreError:
            self.conn.close()
            raise

    def migrate(self) -> None:
        """Apply every migration newer than the database, each in its own transaction."""
        with self.conn.transaction():
            # Two processes opening a fresh database at once: the second waits, then sees
            # the first one's migrations as applied.
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            self.conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_version "
                "(version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
            )
            version = self.schema_version
            if version > len(MIGRATION_SQL):
                raise StoreError(
                    f"database {self.public_url} has schema {version}, newer than this rasad "
                    f"({len(MIGRATION_SQL)}); upgrade rasad"
                )
            for number, sql in enumerate(MIGRATION_SQL[version:], start=version + 1):
                with self.conn.transaction():
                    self.conn.execute(sql)
                    self.conn.execute("INSERT INTO schema_version(version) VALUES (%s)", (number,))

    @property
    def schema_version(self) -> int:
        row = self.conn.execute("SELECT coalesce(max(version), 0) AS v FROM schema_version")
        return row.fetchone()["v"]

    def put_documents(self, docs: Iterable[Document]) -> int:
        """Write documents in one transaction; return how many were new."""
        now = datetime.now(UTC)
        docs = list(docs)
        rows = [(*_row(doc), now) for doc in docs]
        if not rows:
            return 0
        with self._writing() as cur:
            cur.executemany(
                """INSERT INTO documents
                   (id, content_hash, source, url, outlet, lang, title, published,
                    text, rejected, record, terms, ingested_at)
                   VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s::jsonb,
                           to_tsvector('simple', %s::text), %s)
                   ON CONFLICT DO NOTHING""",
                rows,
            )
            added = max(cur.rowcount, 0)
            for sql, errors in stage_error_writes(docs, "%s"):
                cur.executemany(sql, errors)
            return added

    def update_documents(self, docs: Iterable[Document]) -> None:
        """Rewrite the analysis of stored documents (after a corpus-level stage)."""
        docs = list(docs)
        rows = []
        for doc in docs:
            row = _row(doc)
            rows.append((row[5], row[7], row[10], row[11], doc.id))
        if not rows:
            return
        with self._writing() as cur:
            cur.executemany(
                "UPDATE documents SET lang = %s, published = %s, record = %s::jsonb, "
                "terms = to_tsvector('simple', %s::text) WHERE id = %s",
                rows,
            )
            for sql, errors in stage_error_writes(docs, "%s", replacing=True):
                cur.executemany(sql, errors)

    def signatures_in_buckets(self, buckets: list[int]) -> list[tuple[str, np.ndarray]]:
        """Stored signatures (of stored documents) sharing any of these buckets, earliest first."""
        rows = self.conn.execute(
            "SELECT s.doc_id, s.sig FROM signatures s "
            "WHERE s.doc_id IN (SELECT doc_id FROM signature_buckets WHERE bucket = ANY(%s)) "
            "AND EXISTS (SELECT 1 FROM documents d WHERE d.id = s.doc_id) ORDER BY s.seq",
            (buckets,),
        )
        return [(r["doc_id"], np.frombuffer(r["sig"], dtype="<u4")) for r in rows]

    def iter_signatures(self) -> Iterator[tuple[str, np.ndarray]]:
        """Stored signatures in arrival order (of stored documents: an ingest killed between
        writing a batch's signatures and its documents leaves signatures of no document)."""
        for row in self._pages(
            "SELECT seq, doc_id, sig FROM signatures s",
            "EXISTS (SELECT 1 FROM documents d WHERE d.id = s.doc_id)",
        ):
            yield row["doc_id"], np.frombuffer(row["sig"], dtype="<u4")

    def iter_vectors(self) -> Iterator[tuple[str, np.ndarray]]:
        """Stored document vectors."""
        for row in self._pages("SELECT doc_id, vector FROM vectors", key="doc_id"):
            yield row["doc_id"], np.frombuffer(row["vector"], dtype="<f4")

    def put_story_states(
        self,
        rows: Iterable[tuple[str, str | None, str, bytes]],
        removed: Iterable[str] = (),
        names: Iterable[tuple[str, str, str]] = (),
    ) -> None:
        """Write story index states and drop those of merged stories, in one transaction;
        `names` (story, name, last day) replace the names those stories were filed under."""
        rows, removed, names = list(rows), list(removed), list(names)
        if not rows and not removed and not names:
            return
        refiled = sorted({r[0] for r in rows} | set(removed) | {n[0] for n in names})
        with self._writing() as cur:
            if removed:
                cur.execute("DELETE FROM story_states WHERE id = ANY(%s)", (removed,))
            if rows:
                cur.executemany(
                    "INSERT INTO story_states(id, last_day, state, sums) VALUES (%s, %s, %s, %s) "
                    "ON CONFLICT (id) DO UPDATE SET last_day = excluded.last_day, "
                    "state = excluded.state, sums = excluded.sums",
                    rows,
                )
            cur.execute("DELETE FROM story_names WHERE story = ANY(%s)", (refiled,))
            if names:
                cur.executemany(
                    "INSERT INTO story_names(story, name, last_day) VALUES (%s, %s, %s) "
                    "ON CONFLICT (name, story) DO UPDATE SET last_day = excluded.last_day",
                    names,
                )

    def put_name_frequencies(self, frequencies: dict[str, int]) -> None:
        """Set how many documents carry each of these entity names."""
        if not frequencies:
            return
        with self._writing() as cur:
            cur.executemany(
                "INSERT INTO name_frequencies(name, documents) VALUES (%s, %s) "
                "ON CONFLICT (name) DO UPDATE SET documents = excluded.documents",
                sorted(frequencies.items()),
            )

    def search(
        self, query: str | SearchQuery, filters: SearchFilter, limit: int = 20, offset: int = 0
    ) -> tuple[int, list[tuple[Document, float]]]:
        """(total hits, a page of (document, ts_rank_cd score)), best first, filters applied."""
        query = as_query(query)  # parsed once for the plan and the typed-first order
        hits = _hit_source(query, filters)
        if hits is None:
            return 0, []
        sql, params = hits
        # Hits that hold the query word for word first, then as typed in another inflection,
        # then those found through another spelling or name.
        first, first_terms = "", []
        for node in order_trees(query):
            node_sql, node_terms = _tsquery(node)
            first += f"d.terms @@ {node_sql} DESC, "
            first_terms += node_terms
        # documents linked to an entity a common word names first, and of those the people
        # called by the word alone first of all (each ordering put before the last); or, for a
        # query that names an entity, the entity's own documents first
        for entities in (query.named_first, query.called_first, query.named_entity()):
            if entities:
                first = (
                    "d.seq IN (SELECT doc_seq FROM entity_documents WHERE entity = ANY(%s)) DESC, "
                    + first
                )
                first_terms = [list(entities), *first_terms]
        try:
            with self.conn.pipeline(), self.conn.transaction():  # one round trip, not four
                # The planner prices a sequential scan by the table's own pages, but search
                # terms live out of line (TOAST): reading them all costs far more than the GIN
                # index, whatever the table's size.
                self.conn.execute("SET LOCAL enable_seqscan = off")
                rows = self.conn.execute(
                    "SELECT d.id, d.source, d.title, d.lang, d.outlet, d.published, d.text, "
                    "d.record->>'story' AS story, ts_rank_cd(d.terms, query.q, 1) AS score, "
                    f"count(*) OVER () AS total {sql} "
                    f"ORDER BY {first}score DESC, d.seq LIMIT %s OFFSET %s",
                    [*params, *first_terms, limit, offset],
                ).fetchall()
                if rows:
                    total = rows[0]["total"]
                else:  # past the last page, or nothing found
                    count = self.conn.execute(f"SELECT count(*) AS n {sql}", params)
                    total = count.fetchone()["n"]
        except psycopg.Error as exc:
            raise StoreError(f"search failed: {_first_line(exc)}") from exc
        return total, [(search_hit(r), float(r["score"])) for r in rows]

    def search_counts(
        self, query: str | SearchQuery, filters: SearchFilter, by: str = "lang"
    ) -> dict[str, int]:
        """How many documents match a query in each language (`by` "lang") or outlet
        ("outlet"), every other filter applied (the counts the search page's language and
        outlet links show), most first."""
        hits = _hit_source(as_query(query), replace(filters, **{by: None}))
        if hits is None:
            return {}
        sql, params = hits
        column = SEARCH_COUNT_COLUMNS[by]
        try:
            with self.conn.transaction():
                self.conn.execute("SET LOCAL enable_seqscan = off")  # as `search` says why
                rows = self.conn.execute(
                    f"SELECT {column} AS value, count(*) AS n {sql} "
                    f"GROUP BY {column} ORDER BY n DESC, {column}",
                    params,
                ).fetchall()
        except psycopg.Error as exc:
            raise StoreError(f"search failed: {_first_line(exc)}") from exc
        return {r["value"] or "(unknown)": r["n"] for r in rows}

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """Those of `hashes` whose content is already stored."""
        rows = self.conn.execute(
            "SELECT content_hash FROM documents WHERE content_hash = ANY(%s)", (list(hashes),)
        )
        return {r["content_hash"] for r in rows}

    def iter_documents(self, *, include_rejected: bool = False) -> Iterator[Document]:
        """Every document in ingest order (fetched a page at a time)."""
        where = "" if include_rejected else "rejected IS NULL"
        for row in self._pages("SELECT seq, record FROM documents", where):
            yield self._document(row["record"])

    def iter_story_documents(
        self, story_ids: Iterable[str], *, undated: bool = False
    ) -> Iterator[Document]:
        """The accepted documents of these stories, in ingest order (`undated`: only those
        without a publication date)."""
        only = " AND published IS NULL" if undated else ""
        rows = self.conn.execute(
            "SELECT record FROM documents WHERE story = ANY(%s) AND rejected IS NULL"
            f"{only} ORDER BY seq",
            (sorted(set(story_ids)),),
        )
        for row in rows:
            yield self._document(row["record"])

    def vectors_of(self, doc_ids: Iterable[str]) -> dict[str, np.ndarray]:
        """Stored vectors of these documents (those that have one)."""
        rows = self.conn.execute(
            "SELECT doc_id, vector FROM vectors WHERE doc_id = ANY(%s)", (list(doc_ids),)
        )
        return {r["doc_id"]: np.frombuffer(r["vector"], dtype="<f4") for r in rows}

    def delete_story_summaries(self, story_ids: Iterable[str]) -> None:
        """Remove the summary rows of stories that no longer exist."""
        ids = list(story_ids)
        if ids:
            with self._writing() as cur:
                cur.execute("DELETE FROM stories WHERE id = ANY(%s)", (ids,))

    def _document_update(self, doc: Document) -> tuple[str, list[tuple]]:
        row = _row(doc)
        return (
            "UPDATE documents SET record = %s::jsonb, outlet = %s, published = %s WHERE id = %s",
            [(row[10], doc.outlet, row[7], doc.id)],
        )

    def _run(self, statements: list[tuple[str, list[tuple]]]) -> None:
        if not any(rows for _, rows in statements):
            return  # no transaction (and no round trip) for nothing to write
        with self._writing() as cur:
            for sql, rows in statements:
                if rows:
                    cur.executemany(sql, rows)

    def integrity_ok(self) -> bool:
        """Every accepted document is in the search index, no rejected one is, and the schema is
        complete (PostgreSQL checks its own pages; this checks rasad's invariants)."""
        row = self.conn.execute(
            "SELECT count(*) FILTER (WHERE rejected IS NULL AND terms IS NULL) AS unindexed, "
            "count(*) FILTER (WHERE rejected IS NOT NULL AND terms IS NOT NULL) AS stray "
            "FROM documents"
        ).fetchone()
        complete = self.schema_version == len(MIGRATION_SQL)
        return complete and row["unindexed"] == 0 and row["stray"] == 0

    def _document(self, record: dict[str, Any]) -> Document:
        return Document.from_record(record)

    def _text(self, value: str) -> str:
        return value.replace(NUL, REPLACEMENT)

    def _writing(self) -> _Writing:
        return _Writing(self)

    def _pages(self, select: str, where: str = "", key: str = "seq") -> Iterator[dict[str, Any]]:
        """Rows of `select` (which must include `key`, a unique column) in `key` order,
        PAGE_ROWS per round trip: keyset paging holds no cursor open between pages, so the
        caller may write while iterating and memory stays flat however large the store."""
        condition = f" AND {where}" if where else ""
        rows = self.conn.execute(
            f"{select} WHERE TRUE{condition} ORDER BY {key} LIMIT %s", (PAGE_ROWS,)
        ).fetchall()
        while rows:
            yield from rows
            if len(rows) < PAGE_ROWS:
                return
            rows = self.conn.execute(
                f"{select} WHERE {key} > %s{condition} ORDER BY {key} LIMIT %s",
                (rows[-1][key], PAGE_ROWS),
            ).fetchall()


class _Writing:
    """A transaction with a cursor; PostgreSQL errors come out as `StoreError`."""

    def __init__(self, store: PostgresStore) -> None:
        self.store = store

    def __enter__(self) -> psycopg.Cursor:
        self.transaction = self.store.conn.transaction()
        self.transaction.__enter__()
        self.cursor = self.store.conn.cursor()
        return self.cursor

    def __exit__(self, kind, exc, tb) -> None:
        self.cursor.close()
        self.transaction.__exit__(kind, exc, tb)
        if isinstance(exc, psycopg.Error):
            raise StoreError(f"database {self.store.public_url}: {_first_line(exc)}") from exc


def _row(doc: Document) -> tuple:
    """The column values of a document; index terms only for accepted documents."""
    record = json.dumps(doc.to_record(), ensure_ascii=False)
    if "\\u0000" in record:
        record = json.dumps(_without_nul(doc.to_record()), ensure_ascii=False)
    terms = document_terms(doc).replace(NUL, REPLACEMENT) if not doc.rejected else None
    return (
        doc.id,
        doc.content_hash,
        doc.source,
        doc.url,
        doc.outlet,
        doc.lang,
        doc.title and doc.title.replace(NUL, REPLACEMENT),
        doc.published["value"] if doc.published else None,
        doc.text.replace(NUL, REPLACEMENT),
        doc.rejected,
        record,
        terms,
    )


def _without_nul(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace(NUL, REPLACEMENT)
    if isinstance(value, dict):
        return {k: _without_nul(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_without_nul(v) for v in value]
    return value


def _tsquery(node: Node) -> tuple[str, list[str]]:
    """A search expression (`rasad.analysis.search.search_plan`) as tsquery SQL and its
    parameters: a phrase is a phraseto_tsquery of its terms."""
    kind, value = node
    if kind == "phrase":
        return "phraseto_tsquery('simple', %s)", [" ".join(value)]
    sql, params = [], []
    for child in value:
        part, values = _tsquery(child)
        sql.append(part)
        params += values
    return "(" + (" || " if kind == "any" else " && ").join(sql) + ")", params


def _linked_condition(group: LinkedForms) -> tuple[str, list[Any]]:
    """The SQL condition that a hit holds a group's free forms, or is linked to an entity and
    holds the forms that count only there; with its parameters."""
    sql, params = _tsquery(group.free)
    alternatives = [f"d.terms @@ {sql}"]
    for entity, forms in group.linked:
        sql, terms = _tsquery(forms)
        alternatives.append(
            "(d.seq IN (SELECT doc_seq FROM entity_documents WHERE entity = %s) "
            f"AND d.terms @@ {sql})"
        )
        params += [entity, *terms]
    return f"({' OR '.join(alternatives)})", params


def _hit_source(query: SearchQuery, filters: SearchFilter) -> tuple[str, list[Any]] | None:
    """The FROM … WHERE clause every hit of a query meets, with its parameters: every query
    group required, each in any of its index forms (itself, its light stem, the marked stem
    indexed in Arabic documents, a name's other spellings, a quoted phrase word for word: the
    same semantics as SQLite's MATCH), the filters, and the forms that count only in linked
    documents; None when there is nothing to search. `query.q` is the text query."""
    plan = search_plan(query)
    if plan is None:
        return None
    tree, restricted = plan
    tsquery, terms = _tsquery(tree)
    where, params = _search_filters(filters)
    for condition, values in map(_linked_condition, restricted):
        where += f" AND {condition}"
        params += values
    sql = (
        f"FROM documents d, (SELECT {tsquery} AS q) AS query "
        f"WHERE d.terms @@ query.q AND d.rejected IS NULL{where}"
    )
    return sql, [*terms, *params]


def _search_filters(filters: SearchFilter) -> tuple[str, list[Any]]:
    """SQL conditions (each starting with AND) and their parameters for the search filters."""
    where, params = [], []
    for condition, value in (
        ("d.lang = %s", filters.lang),
        ("d.outlet = %s", filters.outlet),
        ("d.published >= %s", filters.date_from),
        ("d.record->>'story' = %s", filters.story),
        (
            "d.seq IN (SELECT doc_seq FROM entity_documents WHERE entity = %s)",
            filters.entity,
        ),
    ):
        if value:
            where.append(condition)
            params.append(value)
    if filters.date_to:
        # a date_to of "2024-05" includes every day of May 2024
        where.append("left(d.published, length(%s)) <= %s")
        params += [filters.date_to, filters.date_to]
    return "".join(f" AND {w}" for w in where), params


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
