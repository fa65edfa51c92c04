"""SQL the SQLite and PostgreSQL stores share: statements and helpers written once, with the
placeholder (`mark`) of each driver."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from rasad.analysis.search import SearchFilter


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
    """`Store.stats()` from a connection of either backend (the SQL is the same in both): the
    counts the triggers keep in `document_counts` and the date span from the ends of an index,
    so it costs the same at a hundred documents or a million."""
    counts: dict[str, Counter[str]] = {
        "lang": Counter(),
        "outlet": Counter(),
        "rejected": Counter(),
    }
    for r in conn.execute("SELECT facet, value, n FROM document_counts WHERE n > 0"):
        if r["facet"] in counts:
            counts[r["facet"]][r["value"]] += r["n"]

    def ordered(counted: Counter[str]) -> dict[str, int]:
        return dict(sorted(counted.items(), key=lambda kv: (-kv[1], kv[0])))

    def end(order: str) -> str | None:
        row = conn.execute(
            "SELECT published FROM documents WHERE rejected IS NULL AND published IS NOT NULL "
            f"ORDER BY published {order} LIMIT 1"
        ).fetchone()
        return row["published"] if row else None

    rejections = ordered(counts["rejected"])
    failed = conn.execute(  # few rows: only documents a stage failed on have any
        "SELECT e.stage, count(*) AS n FROM stage_errors e JOIN documents d ON d.id = e.doc "
        "WHERE d.rejected IS NULL GROUP BY e.stage"
    ).fetchall()
    with_errors = conn.execute(
        "SELECT count(DISTINCT e.doc) AS n FROM stage_errors e JOIN documents d ON d.id = e.doc "
        "WHERE d.rejected IS NULL"
    ).fetchone()
    return {
        "database": database,
        "schema_version": schema_version,
        "documents": sum(counts["lang"].values()),
        "rejected": sum(rejections.values()),
        "languages": ordered(counts["lang"]),
        "outlets": ordered(counts["outlet"]),
        "rejections": rejections,
        "published": {"first": end("ASC"), "last": end("DESC")},
        # stored documents whose analysis lacks a stage's output (`Document.stage_errors`)
        "stage_error_documents": with_errors["n"],
        "stage_errors": ordered(Counter({r["stage"]: r["n"] for r in failed})),
    }


def stage_error_writes(
    docs: list[Any], mark: str, replacing: bool = False
) -> list[tuple[str, list[tuple]]]:
    """(SQL, rows) keeping the `stage_errors` table in step with documents written: a row per
    error a stage left on one (`Document.stage_errors`); with `replacing` (documents analysed
    again), their earlier rows go first."""
    statements: list[tuple[str, list[tuple]]] = []
    if replacing and docs:
        statements.append((f"DELETE FROM stage_errors WHERE doc = {mark}", [(d.id,) for d in docs]))
    rows = [(d.id, e["stage"], e["error"], e["message"]) for d in docs for e in d.stage_errors]
    if rows:
        marks = ", ".join([mark] * 4)
        statements.append(
            (
                f"INSERT INTO stage_errors (doc, stage, error, message) VALUES ({marks}) "
                "ON CONFLICT (doc, stage) DO UPDATE "
                "SET error = excluded.error, message = excluded.message",
                rows,
            )
        )
    return statements


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
    "titles",
)
JSON_COLUMNS = ("languages", "outlets", "months", "titles")


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


STORY_ORDERS = {  # undated stories last in both backends
    "size": "s.size DESC, s.id",
    "recent": "s.last_seen IS NULL, s.last_seen DESC, s.size DESC, s.id",
    "oldest": "s.first_seen IS NULL, s.first_seen, s.size DESC, s.id",
}


def story_page(
    conn: Any,
    filters: SearchFilter,
    limit: int,
    offset: int,
    mark: str,
    contains: str,
    sort: str = "size",
) -> tuple[int, list[dict[str, Any]]]:
    """`Store.story_summaries` from a connection of either backend; `mark` is the parameter
    placeholder, `contains` a template "is {mark} a substring of {column}" in its dialect,
    `sort` one of STORY_ORDERS."""
    where, params = _story_conditions(filters, mark, contains)
    total = conn.execute(f"SELECT count(*) AS n FROM stories s{where}", params).fetchone()["n"]
    order = STORY_ORDERS[sort]
    rows = conn.execute(
        f"SELECT * FROM stories s{where} ORDER BY {order} LIMIT {mark} OFFSET {mark}",
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
    if filters.entity:  # the stored entity links (`rasad.services.entity_links`) decide it
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
    """(SQL, rows) that replace the stored views of stories (`rasad.services.materialize.story_views`):
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
    """A story's stored page (JSON text) as its last refresh wrote it."""
    row = conn.execute(f"SELECT detail FROM story_views WHERE id = {mark}", [story_id]).fetchone()
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


STORY_COVERAGE = """
    SELECT substr(published, 1, 7) AS month, lang, outlet, count(*) AS n FROM documents
    WHERE story = {mark} AND rejected IS NULL GROUP BY 1, 2, 3
"""  # a story's articles by month, language and outlet (the story members index covers it)


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
