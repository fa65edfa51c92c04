"""The `Store` protocol: what the CLI, API and pipeline need from a database."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any, Protocol
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np

from rasad.model import Document
from rasad.search import SearchFilter


class StoreError(RuntimeError):
    """A database problem explained for a person (locked, read-only, newer schema…)."""


class Store(Protocol):
    def put_documents(self, docs: Iterable[Document]) -> int:
        """Write documents in one transaction; return how many were new."""

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """Those of `hashes` whose content is already stored."""

    def id_taken(self, doc_id: str) -> bool:
        """Whether a document with this id is stored already."""

    def get_document(self, doc_id: str) -> Document | None:
        """One document by id, or None."""

    def iter_documents(self, *, include_rejected: bool = False) -> Iterator[Document]:
        """Every document in ingest order."""

    def iter_story_documents(self, story_ids: Iterable[str]) -> Iterator[Document]:
        """The accepted documents of these stories, in ingest order."""

    def update_documents(self, docs: Iterable[Document]) -> None:
        """Rewrite the analysis of stored documents (after a corpus-level stage)."""

    def put_signatures(
        self, pairs: Iterable[tuple[str, np.ndarray]], buckets: Iterable[tuple[str, int]] = ()
    ) -> None:
        """Store near-duplicate signatures (arrival order is kept) and their LSH buckets."""

    def signatures_in_buckets(self, buckets: list[int]) -> list[tuple[str, np.ndarray]]:
        """Stored signatures (of stored documents) sharing any of these buckets, earliest first."""

    def iter_signatures(self) -> Iterator[tuple[str, np.ndarray]]:
        """Stored near-duplicate signatures in arrival order."""

    def put_vectors(self, pairs: Iterable[tuple[str, np.ndarray]], model: str = "e5-small") -> None:
        """Store document vectors."""

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

    def iter_story_states(
        self, last_from: str | None = None, last_before: str | None = None
    ) -> Iterator[tuple[str, str | None, str, bytes]]:
        """Stored story states by id: all, or those whose last day is from `last_from` on
        (undated ones too), or before `last_before`, or both."""

    def story_states_span(self) -> tuple[str | None, int]:
        """The latest last day among the stored story states, and the highest story number."""

    def search(
        self, query: str, filters: SearchFilter, limit: int = 20, offset: int = 0
    ) -> tuple[int, list[tuple[Document, float]]]:
        """(total hits, a page of (document, score)) for a full-text query, best first."""

    def count(self) -> int:
        """Number of accepted documents."""

    def stats(self) -> dict[str, Any]:
        """Counts by language, outlet and rejection reason, and the date span."""

    def story_documents(self, story_id: str) -> list[Document]:
        """The accepted documents of one story, in ingest order (an indexed read)."""

    def vectors_of(self, doc_ids: Iterable[str]) -> dict[str, np.ndarray]:
        """Stored vectors of these documents (those that have one)."""

    def story_summaries(
        self, filters: SearchFilter, limit: int = 50, offset: int = 0
    ) -> tuple[int, list[dict[str, Any]]]:
        """(total, a page of rows of the `stories` table), largest first; a story passes the
        filters when one of its documents does (`filters.entity` through the stored entity
        links: only when they are current, `rasad.entities.stored.entities_current`)."""

    def put_story_summaries(self, rows: Iterable[dict[str, Any]]) -> None:
        """Write summary rows (replacing a story's earlier row)."""

    def delete_story_summaries(self, story_ids: Iterable[str]) -> None:
        """Remove the summary rows of stories that no longer exist."""

    def stale_stories(self) -> set[str]:
        """Stories whose summary row is missing, of another size than their documents, or
        left with no documents (after a merge)."""

    def documents_page(self, filters: Any, limit: int, offset: int) -> tuple[int, list[Document]]:
        """(total, a page of the accepted documents passing a `DocumentFilter`), in ingest
        order."""

    def put_story_views(self, views: list[dict[str, Any]]) -> None:
        """Replace the stored views of stories (page and part items, `rasad.summaries`)."""

    def delete_story_views(self, story_ids: Iterable[str]) -> None:
        """Remove the stored views of stories that no longer exist."""

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

    def documents_after(self, seq: int, limit: int) -> list[tuple[int, Document]]:
        """Up to `limit` stored documents (rejected ones too) after sequence number `seq`,
        with their sequence numbers, in ingest order."""

    def last_document_seq(self) -> int:
        """The sequence number of the last stored document (0 when none)."""

    def known_entity_keys(self, keys: list[str]) -> set[str]:
        """Those of these entity keys (`rasad.entities.link`) that are stored."""

    def entity_surnames(self, words: list[str]) -> dict[str, str]:
        """The entity key each of these surnames joins, where one does."""

    def put_entity_links(self, links: dict[str, Any], through: int) -> None:
        """Write one batch of links (`rasad.entities.stored.link_batch`) in one transaction."""

    def entity_page(
        self, kind: str | None, story: str | None, limit: int, offset: int
    ) -> tuple[int, list[dict[str, Any]]]:
        """(total, a page of stored entity rows), most mentioned first."""

    def entity_rows(self, ids: list[str]) -> list[dict[str, Any]]:
        """The stored rows of these entities."""

    def entity_names(self, ids: list[str]) -> list[dict[str, Any]]:
        """(entity, lang, text, n) of these entities' mentions, in order of first mention."""

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

    def quote_speakers(self, doc_ids: list[str]) -> dict[tuple[str, int], str]:
        """The linked speaker of each stored quote of these documents, by (doc, position)."""

    def mention_entities(self, doc_ids: list[str]) -> dict[tuple[str, int], str]:
        """The linked entity of each stored mention of these documents, by (doc, position)."""

    def story_sizes(self) -> dict[str, int]:
        """Each story's number of accepted documents."""

    def stale_story_views(self) -> set[str]:
        """Stories whose stored views are missing or older than their summary row."""

    def get_meta(self, key: str) -> str | None:
        """A stored value of the store's own state (index snapshots, versions)."""

    def set_meta(self, key: str, value: str) -> None:
        """Store a value of the store's own state."""

    def close(self) -> None:
        """Release the connection."""


def public_url(url: str) -> str:
    """A database path or URL fit to print: any password removed (from the URL's user part
    and from a `password=` query parameter)."""
    if not url.startswith(("postgresql://", "postgres://")):
        return url
    parts = urlsplit(url)
    netloc = parts.netloc
    if parts.password is not None:
        host = parts.netloc.rsplit("@", 1)[1]
        netloc = f"{parts.username}@{host}" if parts.username else host
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if k != "password"])
    return urlunsplit(parts._replace(netloc=netloc, query=query))


def summary(conn: Any, database: str, schema_version: int) -> dict[str, Any]:
    """`Store.stats()` from a connection of either backend (the SQL is the same in both)."""

    def grouped(column: str, where: str = "rejected IS NULL") -> dict[str, int]:
        # grouped by the bare column, so an index on (rejected, column) gives the groups in
        # order; the few groups are named and sorted here
        rows = conn.execute(
            f"SELECT {column} AS k, count(*) AS n FROM documents WHERE {where} GROUP BY {column}"
        )
        counts: Counter[str] = Counter()
        for r in rows:
            counts["(unknown)" if r["k"] is None else r["k"]] += r["n"]
        return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

    span = conn.execute(
        "SELECT min(published) AS first_day, max(published) AS last_day, "
        "count(*) AS n FROM documents WHERE rejected IS NULL"
    ).fetchone()
    rejections = grouped("rejected", "rejected IS NOT NULL")
    return {
        "database": database,
        "schema_version": schema_version,
        "documents": span["n"],
        "rejected": sum(rejections.values()),
        "languages": grouped("lang"),
        "outlets": grouped("outlet"),
        "rejections": rejections,
        "published": {"first": span["first_day"], "last": span["last_day"]},
    }


def story_state_filter(
    last_from: str | None, last_before: str | None, mark: str
) -> tuple[str, list[str]]:
    """The WHERE clause (with its parameters) of `Store.iter_story_states` for either backend."""
    if last_from and last_before:
        return f" WHERE last_day >= {mark} AND last_day < {mark}", [last_from, last_before]
    if last_from:
        return f" WHERE last_day >= {mark} OR last_day IS NULL", [last_from]
    if last_before:
        return f" WHERE last_day < {mark}", [last_before]
    return "", []


STORY_COLUMNS = (
    "id",
    "title",
    "size",
    "articles",
    "copies",
    "languages",
    "outlets",
    "first_seen",
    "last_seen",
    "events",
    "months",
    "generation",
)
JSON_COLUMNS = ("languages", "outlets", "months")


def story_row_values(row: dict[str, Any]) -> tuple:
    """A summary row as column values (lists and counts as JSON text)."""
    return tuple(
        json.dumps(row[c], ensure_ascii=False, sort_keys=True) if c in JSON_COLUMNS else row[c]
        for c in STORY_COLUMNS
    )


def upsert_story_sql(mark: str) -> str:
    """INSERT … ON CONFLICT for one summary row (the same SQL in both backends)."""
    updates = ", ".join(f"{c} = excluded.{c}" for c in STORY_COLUMNS[1:])
    marks = ", ".join([mark] * len(STORY_COLUMNS))
    return (
        f"INSERT INTO stories ({', '.join(STORY_COLUMNS)}) VALUES ({marks}) "
        f"ON CONFLICT (id) DO UPDATE SET {updates}"
    )


def story_page(
    conn: Any, filters: SearchFilter, limit: int, offset: int, mark: str, contains: str
) -> tuple[int, list[dict[str, Any]]]:
    """`Store.story_summaries` from a connection of either backend; `mark` is the parameter
    placeholder, `contains` a template "is {mark} a substring of {column}" in its dialect."""
    where, params = _story_conditions(filters, mark, contains)
    total = conn.execute(f"SELECT count(*) AS n FROM stories s{where}", params).fetchone()["n"]
    rows = conn.execute(
        f"SELECT * FROM stories s{where} ORDER BY s.size DESC, s.id LIMIT {mark} OFFSET {mark}",
        [*params, limit, offset],
    ).fetchall()
    return total, [
        {c: json.loads(r[c]) if c in JSON_COLUMNS else r[c] for c in STORY_COLUMNS} for r in rows
    ]


def document_conditions(filters: Any, mark: str, at: str = "") -> list[tuple[str, Any]]:
    """(condition, value) of the language, outlet and date filters that are set, over the
    document columns of the table aliased `at` ("d." or "" for no alias)."""
    return [
        (condition, value)
        for condition, value in (
            (f"{at}lang = {mark}", filters.lang),
            (f"{at}outlet = {mark}", filters.outlet),
            (f"{at}published >= {mark}", filters.date_from),
            (f"substr({at}published, 1, length({mark})) <= {mark}", filters.date_to),
        )
        if value
    ]


def bound(conditions: list[tuple[str, Any]], mark: str) -> list[Any]:
    """The parameters of these conditions: each value once per placeholder it fills."""
    return [value for condition, value in conditions for _ in range(condition.count(mark))]


def _story_conditions(filters: SearchFilter, mark: str, contains: str) -> tuple[str, list[Any]]:
    """WHERE over the summary table. A story passes when one of its documents passes every
    filter: with one document filter the summary decides it exactly (a language among its
    languages, its last day on or after `date_from`…); with more, the same document must pass
    them all, which an EXISTS over the story's documents checks (through their index)."""
    conditions, params = [], []
    if filters.story:
        conditions.append(f"s.id = {mark}")
        params.append(filters.story)
    for column, value in (("languages", filters.lang), ("outlets", filters.outlet)):
        if value:
            conditions.append(contains.format(column=f"s.{column}", mark=mark))
            params.append(json.dumps(value, ensure_ascii=False))
    if filters.date_from:
        conditions.append(f"s.last_seen >= {mark}")
        params.append(filters.date_from)
    if filters.date_to:
        conditions.append(f"substr(s.first_seen, 1, length({mark})) <= {mark}")
        params += [filters.date_to, filters.date_to]
    document_filters = document_conditions(filters, mark, "d.")
    if filters.entity:  # the stored entity links (`rasad.entities.stored`) decide it
        document_filters.append(
            (
                f"d.seq IN (SELECT doc_seq FROM entity_documents WHERE entity = {mark})",
                filters.entity,
            )
        )
    if len(document_filters) > 1 or filters.entity:
        conditions.append(
            "EXISTS (SELECT 1 FROM documents d WHERE d.story = s.id AND d.rejected IS NULL AND "
            + " AND ".join(c for c, _ in document_filters)
            + ")"
        )
        params += bound(document_filters, mark)
    return (" WHERE " + " AND ".join(conditions) if conditions else ""), params


def story_view_deletes(story_ids: Iterable[str], mark: str) -> list[tuple[str, list[tuple]]]:
    """(SQL, rows) that remove the stored views of these stories (either backend)."""
    ids = [(i,) for i in story_ids]
    return [
        (f"DELETE FROM {table} WHERE {column} = {mark}", ids)
        for table, column in (
            ("story_views", "id"),
            ("story_items", "story"),
            ("story_item_documents", "story"),
        )
    ]


def story_view_writes(views: list[dict[str, Any]], mark: str) -> list[tuple[str, list[tuple]]]:
    """(SQL, rows) that replace the stored views of stories (`rasad.summaries.story_views`):
    the page as JSON, one row per item of each part, one row per document an item cites."""
    items = [(v["id"], *i) for v in views for i in v["items"]]
    cited = [
        (story, part, position, *doc, size)
        for story, part, position, size, _, _, docs in items
        for doc in docs
    ]
    return [
        *story_view_deletes([v["id"] for v in views], mark),
        (
            f"INSERT INTO story_views (id, generation, detail) VALUES ({mark}, {mark}, {mark})",
            [(v["id"], v["generation"], _json_text(v["detail"])) for v in views],
        ),
        (
            "INSERT INTO story_items (story, part, position, size, status, item) "
            f"VALUES ({', '.join([mark] * 6)})",
            [(*i[:5], _json_text(i[5])) for i in items],
        ),
        (
            "INSERT INTO story_item_documents (story, part, position, doc, lang, outlet, "
            f"published, size) VALUES ({', '.join([mark] * 8)})",
            cited,
        ),
    ]


def _json_text(value: Any) -> str:
    # keys stay in the order the view built them: the stored answer is the built one
    return json.dumps(value, ensure_ascii=False)


def stored_story_detail(conn: Any, story_id: str, mark: str) -> str | None:
    """A story's stored page (JSON text), when it was written with the story's current
    summary row."""
    row = conn.execute(
        "SELECT v.detail FROM story_views v JOIN stories s "
        f"ON s.id = v.id AND s.generation = v.generation WHERE v.id = {mark}",
        [story_id],
    ).fetchone()
    return row["detail"] if row else None


def story_item_page(
    conn: Any,
    part: str,
    filters: SearchFilter,
    status: str | None,
    limit: int,
    offset: int,
    mark: str,
) -> tuple[int, list[dict[str, Any]]]:
    """`Store.story_items` from a connection of either backend: items of the largest stories
    first, in each story's order; an item passes when one document it cites passes every
    document filter (the same document, as in the story list)."""
    cited = document_conditions(filters, mark, "c.") + [
        (condition, value)
        for condition, value in (
            (f"c.story = {mark}", filters.story),
            (f"c.doc IN (SELECT doc FROM entity_documents WHERE entity = {mark})", filters.entity),
        )
        if value
    ]
    if filters.story and len(cited) == 1:  # the story alone: its items, no document filter
        cited = []
    if cited:
        return _cited_item_page(conn, part, cited, status, limit, offset, mark)
    conditions, params = [f"i.part = {mark}"], [part]
    if status:
        conditions.append(f"i.status = {mark}")
        params.append(status)
    if filters.story:
        conditions.append(f"i.story = {mark}")
        params.append(filters.story)
    where = "FROM story_items i WHERE " + " AND ".join(conditions)
    total = conn.execute(f"SELECT count(*) AS n {where}", params).fetchone()
    rows = conn.execute(
        f"SELECT i.item {where} ORDER BY i.size DESC, i.story, i.position "
        f"LIMIT {mark} OFFSET {mark}",
        [*params, limit, offset],
    ).fetchall()
    return total["n"], [json.loads(r["item"]) for r in rows]


def _cited_item_page(
    conn: Any,
    part: str,
    cited: list[tuple[str, Any]],
    status: str | None,
    limit: int,
    offset: int,
    mark: str,
) -> tuple[int, list[dict[str, Any]]]:
    """The items citing a document that passes `cited`, found through the cited documents'
    indexes alone: each row carries its item's story size, so an index on (part, lang, size,
    story, position, …) gives the passing items already in list order, each item's rows side
    by side (grouped without sorting; migration 14)."""
    conditions = [f"c.part = {mark}", *(c for c, _ in cited)]
    params = [part, *bound(cited, mark)]
    source = "story_item_documents c"
    if status:  # promises by status: the status is the item's
        source += (
            " JOIN story_items i ON i.story = c.story AND i.part = c.part "
            "AND i.position = c.position"
        )
        conditions.append(f"i.status = {mark}")
        params.append(status)
    passing = (
        f"SELECT c.size, c.story, c.position FROM {source} WHERE {' AND '.join(conditions)} "
        "GROUP BY c.size, c.story, c.position"
    )
    total = conn.execute(f"SELECT count(*) AS n FROM ({passing}) p", params).fetchone()["n"]
    keys = conn.execute(
        f"{passing} ORDER BY c.size DESC, c.story, c.position LIMIT {mark} OFFSET {mark}",
        [*params, limit, offset],
    ).fetchall()
    return total, _items(conn, part, [(k["story"], k["position"]) for k in keys], mark)


def _items(conn: Any, part: str, keys: list[tuple[str, int]], mark: str) -> list[dict[str, Any]]:
    """The stored items of one part with these (story, position) keys, in their order (each
    read by its key: a large story may have thousands of items besides these)."""
    if not keys:
        return []
    pairs = " OR ".join([f"(story = {mark} AND part = {mark} AND position = {mark})"] * len(keys))
    rows = conn.execute(
        f"SELECT story, position, item FROM story_items WHERE {pairs}",
        [value for story, position in keys for value in (story, part, position)],
    )
    found = {(r["story"], r["position"]): r["item"] for r in rows}
    return [json.loads(found[k]) for k in keys]


def document_page(
    conn: Any, filters: Any, limit: int, offset: int, mark: str, in_order: str = ""
) -> tuple[int, list[Any]]:
    """`Store.documents_page` from a connection of either backend: (total, the page's
    `record` column values), accepted documents in ingest order. The page's ids are read from
    the index of accepted documents in order with their filter columns (migration 14), so a
    deep page skips index entries instead of sorting every document; `in_order` is how the
    backend names that index in a FROM (SQLite: "INDEXED BY", as its planner would rather
    sort what an equality on `rejected` gives; PostgreSQL picks it itself)."""
    chosen = document_conditions(filters, mark)
    if filters.story:  # a story's documents: through the story index
        chosen.append((f"story = {mark}", filters.story))
        in_order = ""
    params = bound(chosen, mark)
    where = " WHERE " + " AND ".join(["rejected IS NULL", *(c for c, _ in chosen)])
    total = conn.execute(f"SELECT count(*) AS n FROM documents{where}", params).fetchone()["n"]
    rows = conn.execute(
        f"SELECT record FROM documents WHERE seq IN (SELECT seq FROM documents{in_order}{where} "
        f"ORDER BY seq LIMIT {mark} OFFSET {mark}) ORDER BY seq",
        [*params, limit, offset],
    ).fetchall()
    return total, [r["record"] for r in rows]


STORY_SIZES = """
    SELECT story, count(*) AS n FROM documents
    WHERE story IS NOT NULL AND rejected IS NULL GROUP BY story
"""  # each story's number of accepted documents

STALE_STORIES = f"""
    SELECT d.story AS id FROM ({STORY_SIZES}) d LEFT JOIN stories s ON s.id = d.story
    WHERE s.size IS NULL OR s.size <> d.n
    UNION
    SELECT s.id FROM stories s WHERE NOT EXISTS (
        SELECT 1 FROM documents d WHERE d.story = s.id AND d.rejected IS NULL
    )
"""


STALE_VIEWS = """
    SELECT s.id FROM stories s LEFT JOIN story_views v ON v.id = s.id
    WHERE v.id IS NULL OR v.generation <> s.generation
"""


def open_store(url: str) -> Store:
    """The store for a SQLite path or a postgresql:// URL."""
    if url.startswith(("postgresql://", "postgres://")):
        from rasad.store.postgres import PostgresStore

        return PostgresStore(url)
    from rasad.store.sqlite import SQLiteStore

    return SQLiteStore(url)
