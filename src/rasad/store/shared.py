"""Queries the SQLite and PostgreSQL stores share word for word (the SQL lives in
`rasad.store.base` and `rasad.store.entity_sql`): the stored story views, the stored entity
links and quotes, and the stale-row checks. A store class mixes this in and gives its
parameter placeholder (`MARK`), its connection and its `_run` (statements in one
transaction)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from rasad.analysis.search import SearchFilter
from rasad.store import entity_sql
from rasad.store.sql import (
    STALE_STORIES,
    STALE_VIEWS,
    STORY_SIZES,
    stored_story_detail,
    story_item_page,
    story_view_deletes,
    story_view_writes,
)


class SharedQueries:
    MARK: str  # "?" (sqlite3) or "%s" (psycopg)
    BYTEWISE = ""  # a text column ordered byte by byte (SQLite's own order; PostgreSQL: "C")
    conn: Any

    def _run(self, statements: list[tuple[str, list[tuple]]]) -> None:
        raise NotImplementedError

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

    def story_sizes(self) -> dict[str, int]:
        """Each story's number of accepted documents."""
        return {r["story"]: r["n"] for r in self.conn.execute(STORY_SIZES)}

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
