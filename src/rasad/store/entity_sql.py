"""The SQL of the stored entity links (migration 10), the same for both backends: `mark` is
the parameter placeholder ("?" or "%s"). `rasad.services.entity_links` writes the rows and builds
the views from what these functions read."""

from __future__ import annotations

import json
from typing import Any

from rasad.analysis.search import SearchFilter
from rasad.store import framing_sql
from rasad.store.framing_sql import COLUMNS as FRAMING_COLUMNS
from rasad.store.sql import bound, document_conditions

Statements = list[tuple[str, list[tuple]]]
MENTIONS_PER_DOC = 1_000_000  # orders mentions by (document, position) as one number


def marks(values: list[Any], mark: str) -> str:
    """`(mark, mark, …)`: one placeholder per value."""
    return f"({', '.join([mark] * len(values))})"


def known_keys(conn: Any, keys: list[str], mark: str) -> set[str]:
    """Those of `keys` that already name a stored entity."""
    if not keys:
        return set()
    rows = conn.execute(f"SELECT key FROM entities WHERE key IN {marks(keys, mark)}", keys)
    return {r["key"] for r in rows}


def surnames(conn: Any, words: list[str], mark: str) -> dict[str, str]:
    """The entity key each of these surnames joins, where one does."""
    if not words:
        return {}
    rows = conn.execute(
        f"SELECT surname, key FROM entity_surnames WHERE surname IN {marks(words, mark)}", words
    )
    return {r["surname"]: r["key"] for r in rows}


def surnames_holding(conn: Any, piece: str, mark: str) -> dict[str, str]:
    """The stored surname rows whose word holds `piece` (a chain's short forms: `FATHERLESS`)."""
    rows = conn.execute(
        f"SELECT surname, key FROM entity_surnames WHERE surname LIKE {mark}", [f"%{piece}%"]
    )
    return {r["surname"]: r["key"] for r in rows}


def link_writes(links: dict[str, Any], through: int, mark: str) -> Statements:
    """(SQL, rows) writing one batch of links (`rasad.services.entity_links.link_batch`) and the
    sequence number they reach, in one transaction."""
    m = mark
    return [
        (
            f"INSERT INTO entities (id, key, type, name, mentions) VALUES ({m}, {m}, {m}, {m}, 0)",
            links["entities"],
        ),
        (
            f"UPDATE entities SET mentions = mentions + {m} WHERE key = {m}",
            links["mentions_added"],
        ),
        (
            f"INSERT INTO entity_surnames (surname, key) VALUES ({m}, {m}) "
            "ON CONFLICT (surname) DO UPDATE SET key = excluded.key",  # a surname turned ambiguous
            links["surnames"],
        ),
        (
            "INSERT INTO entity_mentions (doc_seq, position, doc, entity, lang, text, "
            f"span_start, span_end, published) VALUES {marks([0] * 9, m)}",
            links["mentions"],
        ),
        (quote_insert(m), links["quotes"]),
        (
            f"INSERT INTO framing_terms ({', '.join(FRAMING_COLUMNS)}) "
            f"VALUES {marks([0] * len(FRAMING_COLUMNS), m)}",
            links.get("framing", []),
        ),
        (framing_sql.about_insert(m), links.get("about", [])),
        (
            f"INSERT INTO entity_names (entity, lang, text, n, first) VALUES {marks([0] * 5, m)} "
            "ON CONFLICT (entity, lang, text) DO UPDATE SET n = entity_names.n + excluded.n",
            links["names"],
        ),
        (
            f"INSERT INTO entity_name_words (word, entity, lang, text) VALUES {marks([0] * 4, m)} "
            "ON CONFLICT (word, entity, lang, text) DO NOTHING",
            links.get("name_words", []),
        ),
        (
            f"INSERT INTO entity_documents (entity, doc_seq, doc) VALUES ({m}, {m}, {m})",
            links["documents"],
        ),
        (
            f"INSERT INTO entity_months (entity, month, mentions) VALUES ({m}, {m}, {m}) "
            "ON CONFLICT (entity, month) DO UPDATE "
            "SET mentions = entity_months.mentions + excluded.mentions",
            links["months"],
        ),
        (
            "INSERT INTO entity_outlets (entity, outlet, documents, first) "
            f"VALUES ({m}, {m}, {m}, {m}) ON CONFLICT (entity, outlet) DO UPDATE "
            "SET documents = entity_outlets.documents + excluded.documents",
            links["outlets"],
        ),
        (
            "INSERT INTO entity_stories (entity, story, documents, first) "
            f"VALUES ({m}, {m}, {m}, {m}) ON CONFLICT (entity, story) DO UPDATE "
            "SET documents = entity_stories.documents + excluded.documents",
            links["stories"],
        ),
        (
            f"INSERT INTO meta (key, value) VALUES ({m}, {m}) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [(links["meta"], str(through))],
        ),
    ]


def quote_writes(rows: list[tuple], seqs: list[int], mark: str) -> Statements:
    """(SQL, rows) replacing the stored quotes of these documents (`quote_rows`)."""
    return [
        (f"DELETE FROM quotes WHERE doc_seq = {mark}", [(s,) for s in seqs]),
        (quote_insert(mark), rows),
    ]


def quote_insert(mark: str) -> str:
    """The INSERT of one `quotes` row (`rasad.services.entity_links.quote_rows`)."""
    return (
        "INSERT INTO quotes (doc_seq, position, doc, speaker, lang, outlet, published, quote) "
        f"VALUES {marks([0] * 8, mark)}"
    )


LINK_TABLES = (  # every row linking produces, rebuilt whole by a relink
    "entities",
    "entity_surnames",
    "entity_mentions",
    "quotes",
    "framing_terms",  # their targets are entity keys
    "framing_about",
    "entity_names",
    "entity_name_words",
    "entity_documents",
    "entity_months",
    "entity_outlets",
    "entity_stories",
)


def unlink_writes(
    linked_meta: str,
    marker: str,
    mark: str,
    surnames: dict[str, str] | None = None,
    value: str = "1",
) -> Statements:
    """(SQL, rows) removing every stored link and quote and the mark of how far linking got,
    and setting `marker` to `value`, in one transaction: a relink starts over from the first
    document, knowing only `surnames` (the chains a first pass found)."""
    return [
        *[(f"DELETE FROM {table}", [()]) for table in LINK_TABLES],
        (f"DELETE FROM meta WHERE key = {mark}", [(linked_meta,)]),
        (
            f"INSERT INTO entity_surnames (surname, key) VALUES ({mark}, {mark})",
            sorted((surnames or {}).items()),
        ),
        (
            f"INSERT INTO meta (key, value) VALUES ({mark}, {mark}) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [(marker, value)],
        ),
    ]


def last_seq(conn: Any) -> int:
    """The sequence number of the last stored document (0 when none)."""
    return conn.execute("SELECT coalesce(max(seq), 0) AS n FROM documents").fetchone()["n"]


def entity_page(
    conn: Any, kind: str | None, story: str | None, limit: int, offset: int, mark: str
) -> tuple[int, list[dict[str, Any]]]:
    """(total, a page of entity rows), most mentioned first; `story` keeps the entities
    mentioned in one of its documents, those in most of its documents first, each with that
    count (`story_documents`)."""
    source, params, order, extra = "entities e", [], "e.mentions DESC, e.id", ""
    if story:
        source = (
            "entities e JOIN (SELECT m.entity, count(*) AS n FROM documents d "
            "JOIN entity_documents m ON m.doc_seq = d.seq "
            f"WHERE d.story = {mark} AND d.rejected IS NULL GROUP BY m.entity) s "
            "ON s.entity = e.id"
        )
        params.append(story)
        order, extra = "s.n DESC, e.mentions DESC, e.id", ", s.n AS story_documents"
    where = ""
    if kind:
        where = f" WHERE e.type = {mark}"
        params.append(kind)
    total = conn.execute(f"SELECT count(*) AS n FROM {source}{where}", params).fetchone()["n"]
    rows = conn.execute(
        f"SELECT e.id, e.key, e.type, e.name, e.mentions{extra} FROM {source}{where} "
        f"ORDER BY {order} LIMIT {mark} OFFSET {mark}",
        [*params, limit, offset],
    ).fetchall()
    return total, [dict(r) for r in rows]


def entity_rows(conn: Any, ids: list[str], mark: str) -> list[dict[str, Any]]:
    """The entity rows of these ids."""
    if not ids:
        return []
    rows = conn.execute(
        f"SELECT id, key, type, name, mentions FROM entities WHERE id IN {marks(ids, mark)}", ids
    )
    return [dict(r) for r in rows]


def entity_names(conn: Any, ids: list[str], mark: str) -> list[dict[str, Any]]:
    """Each (entity, language, written form) with its count, in order of first mention."""
    if not ids:
        return []
    rows = conn.execute(
        "SELECT entity, lang, text, n FROM entity_names "
        f"WHERE entity IN {marks(ids, mark)} ORDER BY first",
        ids,
    )
    return [dict(r) for r in rows]


def entities_written(conn: Any, texts: list[str], mark: str) -> list[dict[str, Any]]:
    """(entity, key, lang, text, n) of the stored names written exactly as one of `texts`,
    most written first (an indexed read: `entity_names_text`)."""
    if not texts:
        return []
    rows = conn.execute(
        "SELECT w.entity, e.key, w.lang, w.text, w.n FROM entity_names w "
        f"JOIN entities e ON e.id = w.entity WHERE w.text IN {marks(texts, mark)} "
        "ORDER BY w.n DESC, w.entity, w.lang",
        texts,
    )
    return [dict(r) for r in rows]


def names_with_word(conn: Any, word: str, kind: str, limit: int, mark: str) -> list[dict[str, Any]]:
    """(entity, lang, text, mentions) of the names of two words or more of entities of type
    `kind` that hold `word` as a search key (`entity_name_words`), the `limit` most mentioned
    entities' first: an indexed read, where a LIKE over every name scanned them all."""
    rows = conn.execute(
        "SELECT w.entity, w.lang, w.text, e.mentions FROM entity_name_words w "
        "JOIN entities e ON e.id = w.entity "
        f"WHERE w.word = {mark} AND e.type = {mark} "
        f"ORDER BY e.mentions DESC, w.entity, w.lang, w.text LIMIT {mark}",
        [word, kind, limit],
    )
    return [dict(r) for r in rows]


def entity_documents(
    conn: Any, ids: list[str], mark: str, limit: int | None = None
) -> list[dict[str, Any]]:
    """(entity, document) pairs in the order of each document's first mention; with `limit`,
    each entity's first `limit` documents only (one indexed read per entity)."""
    if not ids:
        return []
    if limit is None:
        rows = conn.execute(
            "SELECT entity, doc FROM entity_documents "
            f"WHERE entity IN {marks(ids, mark)} ORDER BY entity, doc_seq",
            ids,
        )
        return [dict(r) for r in rows]
    found: list[dict[str, Any]] = []
    for entity in sorted(set(ids)):
        rows = conn.execute(
            f"SELECT doc FROM entity_documents WHERE entity = {mark} ORDER BY doc_seq LIMIT {mark}",
            (entity, limit),
        )
        found += [{"entity": entity, "doc": r["doc"]} for r in rows]
    return found


def entity_document_counts(conn: Any, ids: list[str], mark: str) -> dict[str, int]:
    """How many documents mention each of these entities: the sum of their documents per
    outlet (a row per outlet, not per document: the most mentioned entities are in tens of
    thousands of documents)."""
    if not ids:
        return {}
    rows = conn.execute(
        "SELECT entity, CAST(SUM(documents) AS BIGINT) AS n FROM entity_outlets "
        f"WHERE entity IN {marks(ids, mark)} GROUP BY entity",
        ids,
    )
    return {r["entity"]: r["n"] for r in rows}


def mention_page(
    conn: Any, entity: str, limit: int, offset: int, mark: str
) -> list[dict[str, Any]]:
    """A page of an entity's mentions in document order (an indexed range read)."""
    rows = conn.execute(
        "SELECT doc, text, span_start, span_end, published FROM entity_mentions "
        f"WHERE entity = {mark} ORDER BY doc_seq, position LIMIT {mark} OFFSET {mark}",
        [entity, limit, offset],
    )
    return [dict(r) for r in rows]


def months(conn: Any, entity: str, mark: str) -> dict[str, int]:
    """An entity's mentions per month ("YYYY-MM", or "unknown" when undated), by month."""
    rows = conn.execute(
        f"SELECT month, mentions FROM entity_months WHERE entity = {mark} ORDER BY month",
        [entity],
    )
    return {r["month"]: r["mentions"] for r in rows}


def languages(conn: Any, entity: str, mark: str) -> dict[str, int]:
    """An entity's mentions per document language, most first (ties: first mentioned)."""
    rows = conn.execute(
        "SELECT lang, sum(n) AS n, min(first) AS first FROM entity_names "
        f"WHERE entity = {mark} GROUP BY lang ORDER BY n DESC, first",
        [entity],
    )
    return {r["lang"] or "unknown": r["n"] for r in rows}


def outlets(conn: Any, entity: str, mark: str) -> dict[str, int]:
    """How many documents of each outlet mention an entity, most first."""
    rows = conn.execute(
        "SELECT outlet, documents FROM entity_outlets "
        f"WHERE entity = {mark} ORDER BY documents DESC, first",
        [entity],
    )
    return {r["outlet"] or "unknown": r["documents"] for r in rows}


def stories(conn: Any, entity: str, limit: int, mark: str) -> tuple[int, dict[str, int]]:
    """(how many stories, the `limit` stories with the most documents mentioning an entity,
    each with that count; ties in order of first mention)."""
    total = conn.execute(
        f"SELECT count(*) AS n FROM entity_stories WHERE entity = {mark}", [entity]
    ).fetchone()["n"]
    rows = conn.execute(
        f"SELECT story, documents FROM entity_stories WHERE entity = {mark} "
        f"ORDER BY documents DESC, first, story LIMIT {mark}",
        [entity, limit],
    )
    return total, {r["story"]: r["documents"] for r in rows}


def cooccurring(conn: Any, entity: str, limit: int, latest: int, mark: str) -> list[dict[str, Any]]:
    """The entities mentioned in the most documents that also mention `entity`, counted over
    its `latest` most recently stored documents (so an entity in 50,000 documents costs what
    one in `latest` does)."""
    rows = conn.execute(
        "SELECT o.entity AS id, count(*) AS n, min(o.doc_seq) AS seq "
        "FROM entity_documents o WHERE o.doc_seq IN "
        f"(SELECT doc_seq FROM entity_documents WHERE entity = {mark} "
        f"ORDER BY doc_seq DESC LIMIT {mark}) AND o.entity <> {mark} "
        f"GROUP BY o.entity ORDER BY n DESC, seq, o.entity LIMIT {mark}",
        [entity, latest, entity, limit],
    )
    return [dict(r) for r in rows]


def quote_speakers(conn: Any, doc_ids: list[str], mark: str) -> dict[tuple[str, int], str]:
    """The linked speaker of each quote of these documents, by (document, position)."""
    if not doc_ids:
        return {}
    rows = conn.execute(
        f"SELECT doc, position, speaker FROM quotes WHERE doc IN {marks(doc_ids, mark)}", doc_ids
    )
    return {(r["doc"], r["position"]): r["speaker"] for r in rows}


def quote_page(
    conn: Any,
    speaker: str | None,
    filters: SearchFilter,
    limit: int,
    offset: int,
    mark: str,
) -> tuple[int, list[dict[str, Any]]]:
    """(total, a page of quote rows) in document order, with each document's story (only
    accepted documents' quotes are stored, so the documents are joined for the story only)."""
    chosen = [
        (condition, value)
        for condition, value in (
            (f"q.speaker = {mark}", speaker),
            (f"q.doc_seq IN (SELECT seq FROM documents WHERE story = {mark})", filters.story),
            (
                f"q.doc_seq IN (SELECT doc_seq FROM entity_documents WHERE entity = {mark})",
                filters.entity,
            ),
        )
        if value
    ] + document_conditions(filters, mark, "q.")
    params = bound(chosen, mark)
    where = " WHERE " + " AND ".join(c for c, _ in chosen) if chosen else ""
    total = conn.execute(f"SELECT count(*) AS n FROM quotes q{where}", params).fetchone()["n"]
    rows = conn.execute(
        "SELECT p.doc, p.lang, p.outlet, d.story, p.published, p.quote FROM ("
        f"SELECT * FROM quotes q{where} ORDER BY q.doc_seq, q.position "
        f"LIMIT {mark} OFFSET {mark}) p JOIN documents d ON d.seq = p.doc_seq "
        "ORDER BY p.doc_seq, p.position",
        [*params, limit, offset],
    ).fetchall()
    return total, [{**dict(r), "quote": json.loads(r["quote"])} for r in rows]


def first_mentions(conn: Any, doc_ids: list[str], entities: list[str], mark: str) -> dict[str, int]:
    """Where each of these documents first mentions one of these entities."""
    if not doc_ids or not entities:
        return {}
    rows = conn.execute(
        "SELECT doc, min(span_start) AS start FROM entity_mentions WHERE doc_seq IN "
        f"(SELECT seq FROM documents WHERE id IN {marks(doc_ids, mark)}) "
        f"AND entity IN {marks(entities, mark)} AND span_start IS NOT NULL GROUP BY doc",
        [*doc_ids, *entities],
    )
    return {r["doc"]: r["start"] for r in rows}


def mention_entities(conn: Any, doc_ids: list[str], mark: str) -> dict[tuple[str, int], str]:
    """The linked entity of each stored mention of these documents, by (document, position)."""
    if not doc_ids:
        return {}
    # through the documents' seq (the table's primary key): `doc` has no index of its own
    rows = conn.execute(
        "SELECT doc, position, entity FROM entity_mentions WHERE doc_seq IN "
        f"(SELECT seq FROM documents WHERE id IN {marks(doc_ids, mark)})",
        doc_ids,
    )
    return {(r["doc"], r["position"]): r["entity"] for r in rows}
