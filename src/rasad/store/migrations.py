"""Numbered schema migrations, one list for both backends.

SQLite records how many have run in `PRAGMA user_version`, PostgreSQL in its
`schema_version` table; a schema number means the same tables on both. Each migration is
written once: its column types (and one join word) are named in braces and rendered from
`TYPES`, the one place the dialects' types differ. Where a migration's SQL differs beyond
that (FTS5 against a tsvector column, a trigger against a plpgsql function), the part that
differs is a `Dialects` pair, in place.

Append only: a released migration is never edited (`tests/store/test_migrations.py` holds
the SQL every released migration ran and checks the rendering against it).
"""

from __future__ import annotations

from dataclasses import dataclass

DIALECTS = ("sqlite", "postgres")

TYPES: dict[str, dict[str, str]] = {
    "sqlite": {
        # the row number, ascending in insertion order and never reused
        "serial": "INTEGER PRIMARY KEY AUTOINCREMENT",
        # a 64-bit integer (SQLite's INTEGER always is one)
        "bigint": "INTEGER",
        "blob": "BLOB",
        # a JSON document (SQLite keeps it as text; PostgreSQL parses it)
        "json": "TEXT",
        "timestamp": "TEXT",
        # a join in the order written (SQLite's planner keeps a CROSS JOIN's order; in
        # PostgreSQL a CROSS JOIN takes no ON)
        "join_in_order": "CROSS JOIN",
    },
    "postgres": {
        "serial": "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
        "bigint": "BIGINT",
        "blob": "BYTEA",
        "json": "JSONB",
        "timestamp": "TIMESTAMPTZ",
        "join_in_order": "JOIN",
    },
}


@dataclass(frozen=True)
class Dialects:
    """A part of a migration written apart for each dialect (empty: nothing to run there)."""

    sqlite: str
    postgres: str


@dataclass(frozen=True)
class Migration:
    """One numbered schema change: its parts run in order, in one transaction."""

    parts: tuple[str | Dialects, ...]

    def __init__(self, *parts: str | Dialects) -> None:
        object.__setattr__(self, "parts", parts)

    def render(self, dialect: str) -> str:
        """The migration's SQL in one dialect."""
        sql = [
            getattr(part, dialect)
            if isinstance(part, Dialects)
            else part.format_map(TYPES[dialect])
            for part in self.parts
        ]
        return ";\n".join(part.strip() for part in sql if part.strip())


def queued(backfill: str) -> str:
    """SQL that queues a backfill (`rasad.services.materialize.BACKFILLS`) after any pending."""
    return f"""
        INSERT INTO backfills(migration, name)
            SELECT coalesce(max(migration), 0) + 1, '{backfill}' FROM backfills WHERE true
            ON CONFLICT (name) DO NOTHING
        """


MIGRATIONS: tuple[Migration, ...] = (
    # 1: documents (PostgreSQL: the full record as jsonb) and the store's own key/value state
    Migration(
        """
        CREATE TABLE documents (
            seq {serial},
            id TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            url TEXT,
            outlet TEXT,
            lang TEXT,
            title TEXT,
            published TEXT,
            text TEXT NOT NULL,
            rejected TEXT,
            record {json} NOT NULL,
            ingested_at {timestamp} NOT NULL
        );
        CREATE INDEX documents_lang ON documents(lang);
        CREATE INDEX documents_published ON documents(published)
        """,
        Dialects(
            sqlite="",
            postgres="CREATE INDEX documents_story ON documents((record->>'story'))",
        ),
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)
        """,
    ),
    # 2: full-text index over normalized search keys. SQLite: an FTS5 table (rowid =
    # documents.seq); PostgreSQL: a tsvector column parsed with the `simple` configuration
    # (rasad's own normalizer has already done the Arabic/Persian work)
    Migration(
        Dialects(
            sqlite="""
            CREATE VIRTUAL TABLE doc_fts USING fts5(terms, tokenize = "unicode61 remove_diacritics 0")
            """,
            postgres="""
            ALTER TABLE documents ADD COLUMN terms TSVECTOR;
            CREATE INDEX documents_terms ON documents USING GIN (terms)
            """,
        )
    ),
    # 3: MinHash signatures for near-duplicate detection, in arrival order
    Migration(
        """
        CREATE TABLE signatures (
            seq {serial},
            doc_id TEXT NOT NULL UNIQUE,
            sig {blob} NOT NULL
        )
        """
    ),
    # 4: document vectors (title + lead embeddings) for story clustering
    Migration(
        """
        CREATE TABLE vectors (doc_id TEXT PRIMARY KEY, model TEXT NOT NULL, vector {blob} NOT NULL)
        """
    ),
    # 5: search filters read lang/outlet/published from this index, not from the wide rows
    # (SQLite; PostgreSQL's planner does without, and runs a statement that does nothing)
    Migration(
        Dialects(
            sqlite="CREATE INDEX documents_filters ON documents(seq, lang, outlet, published)",
            postgres="SELECT 1",
        )
    ),
    # 6: the story of each document as a column (read from the record), indexed with what the
    # story list filters on, and `stories`: one summary row per story, kept in step by the
    # ingest (rasad.services.materialize) so the story list is one indexed query. Existing
    # databases get an empty table, filled on first use (`sync_story_summaries`).
    Migration(
        Dialects(
            sqlite="""
            ALTER TABLE documents ADD COLUMN story TEXT
                GENERATED ALWAYS AS (json_extract(record, '$.story')) VIRTUAL
            """,
            postgres="""
            ALTER TABLE documents ADD COLUMN story TEXT GENERATED ALWAYS AS (record->>'story') STORED
            """,
        ),
        """
        CREATE INDEX documents_story_members ON documents(story, rejected, lang, outlet, published);
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            title TEXT,
            size INTEGER NOT NULL,
            articles INTEGER NOT NULL,
            copies INTEGER NOT NULL,
            languages TEXT NOT NULL,
            outlets TEXT NOT NULL,
            first_seen TEXT,
            last_seen TEXT,
            events INTEGER NOT NULL,
            months TEXT NOT NULL,
            generation {bigint} NOT NULL
        );
        CREATE INDEX stories_by_size ON stories(size DESC, id)
        """,
    ),
    # 7: the story index's state per story (members, keys, span, events, vector sums), so an
    # ingest loads the live stories instead of every document and vector
    Migration(
        """
        CREATE TABLE story_states (
            id TEXT PRIMARY KEY,
            last_day TEXT,
            state TEXT NOT NULL,
            sums {blob} NOT NULL
        );
        CREATE INDEX story_states_last ON story_states(last_day)
        """
    ),
    # 8: the LSH buckets of each near-duplicate signature, so an ingest looks up the stored
    # signatures sharing a bucket instead of loading them all
    Migration(
        """
        CREATE TABLE signature_buckets (bucket {bigint} NOT NULL, doc_id TEXT NOT NULL);
        CREATE INDEX signature_buckets_bucket ON signature_buckets(bucket)
        """
    ),
    # 9: each story's built views, written with its summary row (rasad.services.materialize):
    # the story page as JSON (kept as text, so an item's keys stay in the order the view built
    # them), and its events, claims, contradictions and promises one row per item with the
    # documents each cites (and their language, outlet and day), so the lists across stories
    # are paged and filtered in SQL instead of building every story
    Migration(
        """
        CREATE TABLE story_views (
            id TEXT PRIMARY KEY,
            generation {bigint} NOT NULL,
            detail TEXT NOT NULL
        );
        CREATE TABLE story_items (
            story TEXT NOT NULL,
            part TEXT NOT NULL,
            position INTEGER NOT NULL,
            size INTEGER NOT NULL,
            status TEXT,
            item TEXT NOT NULL,
            PRIMARY KEY (story, part, position)
        );
        CREATE INDEX story_items_listed ON story_items(part, size DESC, story, position);
        CREATE TABLE story_item_documents (
            story TEXT NOT NULL,
            part TEXT NOT NULL,
            position INTEGER NOT NULL,
            doc TEXT NOT NULL,
            lang TEXT,
            outlet TEXT,
            published TEXT
        );
        CREATE INDEX story_item_documents_item ON story_item_documents(story, part, position);
        CREATE INDEX story_item_documents_lang ON story_item_documents(part, lang, story, position);
        CREATE INDEX story_item_documents_outlet
            ON story_item_documents(part, outlet, story, position);
        CREATE INDEX story_item_documents_published
            ON story_item_documents(part, published, story, position)
        """
    ),
    # 10: entities linked across the database as the ingest stores documents (in their order,
    # as `link_corpus` links them): one row per entity with its mention count, the surnames a
    # shortened mention may join, every mention and every quote with its linked speaker, and
    # each entity's written forms (with counts) and documents, so the entity list and page
    # and the quote list are indexed reads
    Migration(
        """
        CREATE TABLE entities (
            id TEXT PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            type TEXT NOT NULL,
            name TEXT,
            mentions INTEGER NOT NULL
        );
        CREATE INDEX entities_listed ON entities(mentions DESC, id);
        CREATE INDEX entities_by_type ON entities(type, mentions DESC, id);
        CREATE TABLE entity_surnames (surname TEXT PRIMARY KEY, key TEXT NOT NULL);
        CREATE TABLE entity_mentions (
            doc_seq {bigint} NOT NULL,
            position INTEGER NOT NULL,
            doc TEXT NOT NULL,
            entity TEXT NOT NULL,
            lang TEXT,
            text TEXT NOT NULL,
            span_start INTEGER,
            span_end INTEGER,
            published TEXT,
            PRIMARY KEY (doc_seq, position)
        );
        CREATE INDEX entity_mentions_entity ON entity_mentions(entity, doc_seq, position);
        CREATE TABLE quotes (
            doc_seq {bigint} NOT NULL,
            position INTEGER NOT NULL,
            doc TEXT NOT NULL,
            speaker TEXT,
            lang TEXT,
            outlet TEXT,
            published TEXT,
            quote TEXT NOT NULL,
            PRIMARY KEY (doc_seq, position)
        );
        CREATE INDEX quotes_speaker ON quotes(speaker, doc_seq, position);
        CREATE INDEX quotes_doc ON quotes(doc);
        CREATE INDEX quotes_lang ON quotes(lang, doc_seq, position);
        CREATE INDEX quotes_outlet ON quotes(outlet, doc_seq, position);
        CREATE INDEX quotes_published ON quotes(published, doc_seq, position);
        CREATE TABLE entity_names (
            entity TEXT NOT NULL,
            lang TEXT NOT NULL,
            text TEXT NOT NULL,
            n INTEGER NOT NULL,
            first {bigint} NOT NULL,
            PRIMARY KEY (entity, lang, text)
        );
        CREATE TABLE entity_documents (
            entity TEXT NOT NULL,
            doc_seq {bigint} NOT NULL,
            doc TEXT NOT NULL,
            PRIMARY KEY (entity, doc_seq)
        );
        CREATE INDEX entity_documents_doc ON entity_documents(doc_seq, entity)
        """
    ),
    # 11: the corpus counts (`Store.stats`) by language and outlet read in index order instead
    # of sorting every document, and the document list's count and date filters read from
    # these indexes instead of the wide rows
    Migration(
        """
        CREATE INDEX documents_accepted_lang ON documents(rejected, lang, published);
        CREATE INDEX documents_accepted_outlet ON documents(rejected, outlet, published)
        """
    ),
    # 12: the entity names each dated story is filed under for reach-back (its top names), so
    # a later ingest finds by name a story that went quiet before that ingest started
    Migration(
        """
        CREATE TABLE story_names (
            name TEXT NOT NULL,
            story TEXT NOT NULL,
            last_day TEXT NOT NULL,
            PRIMARY KEY (name, story)
        );
        CREATE INDEX story_names_recent ON story_names(name, last_day, story);
        CREATE INDEX story_names_story ON story_names(story)
        """
    ),
    # 13: what an entity's page counts, kept as counts so the page costs the same for an
    # entity in five documents or fifty thousand: mentions per month and documents per outlet
    # and documents per story, written with the links (a document's date and outlet do not
    # change once linked; its story does: consolidation moves documents after they are linked,
    # and a trigger moves their counts: SQLite's own, a plpgsql function in PostgreSQL);
    # `first` (the first document) orders ties
    Migration(
        """
        CREATE TABLE entity_months (
            entity TEXT NOT NULL,
            month TEXT NOT NULL,
            mentions {bigint} NOT NULL,
            PRIMARY KEY (entity, month)
        );
        CREATE TABLE entity_outlets (
            entity TEXT NOT NULL,
            outlet TEXT NOT NULL,
            documents {bigint} NOT NULL,
            first {bigint} NOT NULL,
            PRIMARY KEY (entity, outlet)
        );
        CREATE TABLE entity_stories (
            entity TEXT NOT NULL,
            story TEXT NOT NULL,
            documents {bigint} NOT NULL,
            first {bigint} NOT NULL,
            PRIMARY KEY (entity, story)
        );
        CREATE INDEX entity_stories_listed ON entity_stories(entity, documents DESC, first, story);
        INSERT INTO entity_months (entity, month, mentions)
            SELECT entity, substr(coalesce(published, 'unknown'), 1, 7), count(*)
            FROM entity_mentions GROUP BY 1, 2;
        INSERT INTO entity_outlets (entity, outlet, documents, first)
            SELECT e.entity, coalesce(d.outlet, ''), count(*), min(e.doc_seq)
            FROM documents d {join_in_order} entity_documents e ON e.doc_seq = d.seq GROUP BY 1, 2;
        INSERT INTO entity_stories (entity, story, documents, first)
            SELECT e.entity, d.story, count(*), min(e.doc_seq)
            FROM documents d {join_in_order} entity_documents e ON e.doc_seq = d.seq
            WHERE d.story <> '' GROUP BY 1, 2
        """,
        Dialects(
            sqlite="""
            CREATE TRIGGER documents_story_moved AFTER UPDATE OF record ON documents
            WHEN OLD.story IS NOT NEW.story BEGIN
                UPDATE entity_stories SET documents = documents - 1
                    WHERE story = OLD.story
                    AND entity IN (SELECT entity FROM entity_documents WHERE doc_seq = OLD.seq);
                DELETE FROM entity_stories
                    WHERE story = OLD.story AND documents <= 0
                    AND entity IN (SELECT entity FROM entity_documents WHERE doc_seq = OLD.seq);
                INSERT INTO entity_stories (entity, story, documents, first)
                    SELECT entity, NEW.story, 1, doc_seq FROM entity_documents
                    WHERE doc_seq = NEW.seq AND NEW.story <> ''
                    ON CONFLICT (entity, story) DO UPDATE SET
                        documents = entity_stories.documents + 1,
                        first = min(entity_stories.first, excluded.first);
            END
            """,
            postgres="""
            CREATE FUNCTION entity_stories_moved() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE entity_stories SET documents = documents - 1
                    WHERE story = OLD.story
                    AND entity IN (SELECT entity FROM entity_documents WHERE doc_seq = OLD.seq);
                DELETE FROM entity_stories
                    WHERE story = OLD.story AND documents <= 0
                    AND entity IN (SELECT entity FROM entity_documents WHERE doc_seq = OLD.seq);
                INSERT INTO entity_stories (entity, story, documents, first)
                    SELECT entity, NEW.story, 1, doc_seq FROM entity_documents
                    WHERE doc_seq = NEW.seq AND NEW.story <> ''
                    ON CONFLICT (entity, story) DO UPDATE SET
                        documents = entity_stories.documents + 1,
                        first = least(entity_stories.first, excluded.first);
                RETURN NULL;
            END $$;
            CREATE TRIGGER documents_story_moved AFTER UPDATE ON documents
                FOR EACH ROW WHEN (OLD.story IS DISTINCT FROM NEW.story)
                EXECUTE FUNCTION entity_stories_moved();
            """,
        ),
    ),
    # 14: each cited document's row carries its item's story size, and the language, outlet
    # and date indexes of the cited documents hold the list order (size, story, position) and
    # the other filter columns: a filtered list across stories (`/api/v1/events?lang=…`) is
    # counted and paged from one index, without reading or sorting the items it passes; and the
    # accepted documents in ingest order with their filter columns (partial: with `rejected`
    # as a column, the planner took it over the story index for a story's documents), so a
    # deep page of the document list (`?page=1200`) skips index entries, not sorted rows; and
    # the items by status in list order (`/api/v1/promises?status=kept`)
    Migration(
        """
        ALTER TABLE story_item_documents ADD COLUMN size INTEGER NOT NULL DEFAULT 0
        """,
        Dialects(
            sqlite="""
            UPDATE story_item_documents SET size = (
                SELECT i.size FROM story_items i WHERE i.story = story_item_documents.story
                AND i.part = story_item_documents.part AND i.position = story_item_documents.position
            )
            """,
            postgres="""
            UPDATE story_item_documents c SET size = i.size FROM story_items i
                WHERE i.story = c.story AND i.part = c.part AND i.position = c.position
            """,
        ),
        """
        DROP INDEX story_item_documents_lang;
        DROP INDEX story_item_documents_outlet;
        DROP INDEX story_item_documents_published;
        CREATE INDEX story_item_documents_lang
            ON story_item_documents(part, lang, size DESC, story, position, outlet, published);
        CREATE INDEX story_item_documents_outlet
            ON story_item_documents(part, outlet, size DESC, story, position, lang, published);
        CREATE INDEX story_item_documents_published
            ON story_item_documents(part, published, size DESC, story, position, lang, outlet);
        CREATE INDEX documents_in_order ON documents(seq, lang, outlet, published)
            WHERE rejected IS NULL;
        CREATE INDEX story_items_by_status ON story_items(part, status, size DESC, story, position)
        """,
    ),
    # 15: the quotes' language, outlet and date indexes carry the other filter columns, so a
    # quote list filtered on two of them (`/api/v1/quotes?lang=fa&to=2015-08`) is counted and
    # paged from one index without reading every quote of the language
    Migration(
        """
        DROP INDEX quotes_lang;
        DROP INDEX quotes_outlet;
        DROP INDEX quotes_published;
        CREATE INDEX quotes_lang ON quotes(lang, doc_seq, position, outlet, published);
        CREATE INDEX quotes_outlet ON quotes(outlet, doc_seq, position, lang, published);
        CREATE INDEX quotes_published ON quotes(published, doc_seq, position, lang, outlet)
        """
    ),
    # 16: backfills a migration leaves for the services to run once (rows removed when done):
    # "views" fills every materialized view a database made by an older version lacks
    # (`rasad.services.materialize.backfill_views`), in place of the meta flags it kept
    Migration(
        """
        CREATE TABLE IF NOT EXISTS backfills (migration INTEGER NOT NULL, name TEXT PRIMARY KEY);
        INSERT INTO backfills(migration, name) VALUES (16, 'views') ON CONFLICT (name) DO NOTHING
        """
    ),
    # outlet profiles the user imported or edited (they override the shipped
    # `data/outlets/outlets.csv` row of the same name); corrections an analyst made to a
    # document's publication date or outlet, with who and when, and when undone; and the
    # loaded terms of accepted documents counted per outlet, month and category, kept by
    # triggers as documents are stored, re-analysed or corrected (and filled from the
    # documents already stored; written to run again over its own tables unharmed)
    Migration(
        """
        CREATE TABLE IF NOT EXISTS outlets (
            name TEXT PRIMARY KEY,
            domains TEXT NOT NULL,
            aliases TEXT NOT NULL,
            country TEXT,
            lang TEXT,
            type TEXT,
            source TEXT,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS corrections (
            id {serial},
            doc TEXT NOT NULL,
            field TEXT NOT NULL,
            old_value TEXT,
            new_value TEXT,
            author TEXT NOT NULL,
            note TEXT,
            made_at TEXT NOT NULL,
            undone_at TEXT,
            undone_by TEXT
        );
        CREATE INDEX IF NOT EXISTS corrections_doc ON corrections(doc, field, id);
        CREATE TABLE IF NOT EXISTS outlet_framing (
            outlet TEXT NOT NULL,
            month TEXT NOT NULL,
            category TEXT NOT NULL,
            term TEXT NOT NULL,
            n {bigint} NOT NULL,
            PRIMARY KEY (outlet, month, category, term)
        )
        """,
        Dialects(
            sqlite="""
            DELETE FROM outlet_framing;
            INSERT INTO outlet_framing (outlet, month, category, term, n)
                SELECT coalesce(d.outlet, ''), substr(coalesce(d.published, 'unknown'), 1, 7),
                    json_extract(t.value, '$.category'), json_extract(t.value, '$.text'), count(*)
                FROM documents d, json_each(d.record, '$.loaded_terms') t
                WHERE d.rejected IS NULL GROUP BY 1, 2, 3, 4;
            CREATE TRIGGER IF NOT EXISTS outlet_framing_added AFTER INSERT ON documents
            WHEN NEW.rejected IS NULL BEGIN
                INSERT INTO outlet_framing (outlet, month, category, term, n)
                    SELECT coalesce(NEW.outlet, ''),
                        substr(coalesce(NEW.published, 'unknown'), 1, 7),
                        json_extract(t.value, '$.category'), json_extract(t.value, '$.text'),
                        count(*)
                    FROM json_each(NEW.record, '$.loaded_terms') t WHERE true GROUP BY 1, 2, 3, 4
                    ON CONFLICT (outlet, month, category, term) DO UPDATE
                    SET n = outlet_framing.n + excluded.n;
            END;
            CREATE TRIGGER IF NOT EXISTS outlet_framing_changed AFTER UPDATE OF record, outlet, published
            ON documents WHEN (OLD.outlet IS NOT NEW.outlet OR OLD.published IS NOT NEW.published
                OR OLD.rejected IS NOT NEW.rejected
                OR json_extract(OLD.record, '$.loaded_terms')
                    IS NOT json_extract(NEW.record, '$.loaded_terms')) BEGIN
                UPDATE outlet_framing SET n = n - (
                    SELECT count(*) FROM json_each(OLD.record, '$.loaded_terms') t
                    WHERE json_extract(t.value, '$.category') = outlet_framing.category
                    AND json_extract(t.value, '$.text') = outlet_framing.term)
                    WHERE OLD.rejected IS NULL AND outlet = coalesce(OLD.outlet, '')
                    AND month = substr(coalesce(OLD.published, 'unknown'), 1, 7);
                DELETE FROM outlet_framing WHERE outlet = coalesce(OLD.outlet, '')
                    AND month = substr(coalesce(OLD.published, 'unknown'), 1, 7) AND n <= 0;
                INSERT INTO outlet_framing (outlet, month, category, term, n)
                    SELECT coalesce(NEW.outlet, ''),
                        substr(coalesce(NEW.published, 'unknown'), 1, 7),
                        json_extract(t.value, '$.category'), json_extract(t.value, '$.text'),
                        count(*)
                    FROM json_each(NEW.record, '$.loaded_terms') t WHERE NEW.rejected IS NULL
                    GROUP BY 1, 2, 3, 4
                    ON CONFLICT (outlet, month, category, term) DO UPDATE
                    SET n = outlet_framing.n + excluded.n;
            END
            """,
            postgres="""
            DELETE FROM outlet_framing;
            INSERT INTO outlet_framing (outlet, month, category, term, n)
                SELECT coalesce(d.outlet, ''), substr(coalesce(d.published, 'unknown'), 1, 7),
                    t.value->>'category', t.value->>'text', count(*)
                FROM documents d, jsonb_array_elements(d.record->'loaded_terms') t
                WHERE d.rejected IS NULL GROUP BY 1, 2, 3, 4;
            CREATE OR REPLACE FUNCTION outlet_framing_count(doc documents, direction INTEGER) RETURNS void
            LANGUAGE plpgsql AS $$
            BEGIN
                IF doc.rejected IS NOT NULL THEN RETURN; END IF;
                INSERT INTO outlet_framing (outlet, month, category, term, n)
                    SELECT coalesce(doc.outlet, ''),
                        substr(coalesce(doc.published, 'unknown'), 1, 7),
                        t.value->>'category', t.value->>'text', direction * count(*)
                    FROM jsonb_array_elements(doc.record->'loaded_terms') t GROUP BY 1, 2, 3, 4
                    ON CONFLICT (outlet, month, category, term) DO UPDATE
                    SET n = outlet_framing.n + excluded.n;
                DELETE FROM outlet_framing WHERE outlet = coalesce(doc.outlet, '')
                    AND month = substr(coalesce(doc.published, 'unknown'), 1, 7) AND n <= 0;
            END $$;
            CREATE OR REPLACE FUNCTION outlet_framing_moved() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'UPDATE' THEN PERFORM outlet_framing_count(OLD, -1); END IF;
                PERFORM outlet_framing_count(NEW, 1);
                RETURN NULL;
            END $$;
            DROP TRIGGER IF EXISTS outlet_framing_added ON documents;
            CREATE TRIGGER outlet_framing_added AFTER INSERT ON documents
                FOR EACH ROW EXECUTE FUNCTION outlet_framing_moved();
            DROP TRIGGER IF EXISTS outlet_framing_changed ON documents;
            CREATE TRIGGER outlet_framing_changed AFTER UPDATE ON documents
                FOR EACH ROW WHEN (OLD.outlet IS DISTINCT FROM NEW.outlet
                    OR OLD.published IS DISTINCT FROM NEW.published
                    OR OLD.rejected IS DISTINCT FROM NEW.rejected
                    OR OLD.record->'loaded_terms' IS DISTINCT FROM NEW.record->'loaded_terms')
                EXECUTE FUNCTION outlet_framing_moved()
            """,
        ),
    ),
    # entities: stored mentions re-linked with the current linker (`rasad.services.
    # materialize.backfill_entities`): a database made by an older version keeps its old merges
    # and key forms (LOC: where GPE: is now) until then; ordered after any backfill pending
    Migration(queued("entities")),
    # framing: every loaded term in its framing sense, of titles and bodies, with its target
    # and voice (`rasad framing`, `/api/v1/framing`), filtered and grouped without reading the
    # documents; "framing" fills it for the documents stored before (re-running the stage).
    # IF NOT EXISTS: a database rolled back to an older schema re-runs it over its own table
    Migration(
        """
        CREATE TABLE IF NOT EXISTS framing_terms (
            doc_seq {bigint} NOT NULL,
            position INTEGER NOT NULL,
            doc TEXT NOT NULL,
            field TEXT NOT NULL,
            lang TEXT,
            outlet TEXT,
            published TEXT,
            term TEXT NOT NULL,
            category TEXT NOT NULL,
            family TEXT,
            target TEXT,
            target_key TEXT,
            voice TEXT,
            speaker TEXT,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (doc_seq, position)
        );
        CREATE INDEX IF NOT EXISTS framing_terms_category ON framing_terms(category, doc_seq, position);
        CREATE INDEX IF NOT EXISTS framing_terms_target ON framing_terms(target, doc_seq, position);
        CREATE INDEX IF NOT EXISTS framing_terms_outlet ON framing_terms(outlet, doc_seq, position);
        CREATE INDEX IF NOT EXISTS framing_terms_term ON framing_terms(term, doc_seq, position);
        CREATE INDEX IF NOT EXISTS framing_terms_doc ON framing_terms(doc);
        CREATE TABLE IF NOT EXISTS backfills (migration INTEGER NOT NULL, name TEXT PRIMARY KEY);
        INSERT INTO backfills(migration, name)
            SELECT coalesce(max(migration), 0) + 1, 'framing' FROM backfills WHERE true
            ON CONFLICT (name) DO NOTHING
        """
    ),
    # contradictions come from statements (`rasad.analysis.statements`), no longer from five
    # hand concepts: the "contradictions" backfill rebuilds the views of the stories that held
    # old contradictions or have two or more outlets
    Migration(
        """
        INSERT INTO backfills(migration, name)
        SELECT COALESCE(MAX(migration), 0) + 1, 'contradictions' FROM backfills WHERE true
        ON CONFLICT (name) DO NOTHING
        """
    ),
    # how many documents carry each entity name, kept as stories are assigned: a shared name
    # counts as much as it is rare (`rasad.cluster.index`). The stored story states are marked
    # stale, so the next ingest rebuilds them from the documents and counts the names.
    Migration(
        """
        CREATE TABLE IF NOT EXISTS name_frequencies (name TEXT PRIMARY KEY, documents INTEGER NOT NULL);
        UPDATE meta SET value = 'stale' WHERE key = 'story_states'
        """
    ),
    # entities linked again (`materialize.backfill_entities`): an epithet's or a split name's
    # last word (انقلاب of رهبر انقلاب, ای of خامنه ای) copied as a surname by an older version
    # is no longer a mention; honorifics leave names (Mr Brown is Brown); months are no names
    Migration(queued("entities")),
    # the corpus counts every list page shows (`Store.stats`: documents by language, by outlet
    # and by rejection reason), kept as counts as documents are written instead of counted
    # over every document on each request: a trigger adds a stored document and moves a
    # changed one (SQLite's own, a plpgsql function in PostgreSQL); a missing language or
    # outlet is counted as "(unknown)". The date span reads the ends of an index
    Migration(
        """
        CREATE TABLE IF NOT EXISTS document_counts (
            facet TEXT NOT NULL,
            value TEXT NOT NULL,
            n {bigint} NOT NULL,
            PRIMARY KEY (facet, value)
        );
        CREATE INDEX IF NOT EXISTS documents_accepted_published ON documents(rejected, published);
        DELETE FROM document_counts;
        INSERT INTO document_counts (facet, value, n)
            SELECT 'lang', coalesce(lang, '(unknown)'), count(*) FROM documents
            WHERE rejected IS NULL GROUP BY coalesce(lang, '(unknown)');
        INSERT INTO document_counts (facet, value, n)
            SELECT 'outlet', coalesce(outlet, '(unknown)'), count(*) FROM documents
            WHERE rejected IS NULL GROUP BY coalesce(outlet, '(unknown)');
        INSERT INTO document_counts (facet, value, n)
            SELECT 'rejected', rejected, count(*) FROM documents
            WHERE rejected IS NOT NULL GROUP BY rejected
        """,
        Dialects(
            sqlite="""
            CREATE TRIGGER IF NOT EXISTS document_counts_added AFTER INSERT ON documents BEGIN
                INSERT INTO document_counts (facet, value, n)
                    SELECT 'lang', coalesce(NEW.lang, '(unknown)'), 1 WHERE NEW.rejected IS NULL
                    ON CONFLICT (facet, value) DO UPDATE SET n = document_counts.n + 1;
                INSERT INTO document_counts (facet, value, n)
                    SELECT 'outlet', coalesce(NEW.outlet, '(unknown)'), 1
                    WHERE NEW.rejected IS NULL
                    ON CONFLICT (facet, value) DO UPDATE SET n = document_counts.n + 1;
                INSERT INTO document_counts (facet, value, n)
                    SELECT 'rejected', NEW.rejected, 1 WHERE NEW.rejected IS NOT NULL
                    ON CONFLICT (facet, value) DO UPDATE SET n = document_counts.n + 1;
            END;
            CREATE TRIGGER IF NOT EXISTS document_counts_removed AFTER DELETE ON documents BEGIN
                UPDATE document_counts SET n = n - 1
                    WHERE OLD.rejected IS NULL AND facet = 'lang'
                    AND value = coalesce(OLD.lang, '(unknown)');
                UPDATE document_counts SET n = n - 1
                    WHERE OLD.rejected IS NULL AND facet = 'outlet'
                    AND value = coalesce(OLD.outlet, '(unknown)');
                UPDATE document_counts SET n = n - 1
                    WHERE facet = 'rejected' AND value = OLD.rejected;
                DELETE FROM document_counts WHERE n <= 0 AND (
                    (facet = 'lang' AND value = coalesce(OLD.lang, '(unknown)'))
                    OR (facet = 'outlet' AND value = coalesce(OLD.outlet, '(unknown)'))
                    OR (facet = 'rejected' AND value = OLD.rejected));
            END;
            CREATE TRIGGER IF NOT EXISTS document_counts_changed
            AFTER UPDATE OF lang, outlet, rejected ON documents
            WHEN OLD.lang IS NOT NEW.lang OR OLD.outlet IS NOT NEW.outlet
                OR OLD.rejected IS NOT NEW.rejected BEGIN
                UPDATE document_counts SET n = n - 1
                    WHERE OLD.rejected IS NULL AND facet = 'lang'
                    AND value = coalesce(OLD.lang, '(unknown)');
                UPDATE document_counts SET n = n - 1
                    WHERE OLD.rejected IS NULL AND facet = 'outlet'
                    AND value = coalesce(OLD.outlet, '(unknown)');
                UPDATE document_counts SET n = n - 1
                    WHERE facet = 'rejected' AND value = OLD.rejected;
                DELETE FROM document_counts WHERE n <= 0 AND (
                    (facet = 'lang' AND value = coalesce(OLD.lang, '(unknown)'))
                    OR (facet = 'outlet' AND value = coalesce(OLD.outlet, '(unknown)'))
                    OR (facet = 'rejected' AND value = OLD.rejected));
                INSERT INTO document_counts (facet, value, n)
                    SELECT 'lang', coalesce(NEW.lang, '(unknown)'), 1 WHERE NEW.rejected IS NULL
                    ON CONFLICT (facet, value) DO UPDATE SET n = document_counts.n + 1;
                INSERT INTO document_counts (facet, value, n)
                    SELECT 'outlet', coalesce(NEW.outlet, '(unknown)'), 1
                    WHERE NEW.rejected IS NULL
                    ON CONFLICT (facet, value) DO UPDATE SET n = document_counts.n + 1;
                INSERT INTO document_counts (facet, value, n)
                    SELECT 'rejected', NEW.rejected, 1 WHERE NEW.rejected IS NOT NULL
                    ON CONFLICT (facet, value) DO UPDATE SET n = document_counts.n + 1;
            END
            """,
            postgres="""
            CREATE OR REPLACE FUNCTION document_counts_count(doc documents, direction INTEGER)
            RETURNS void LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO document_counts (facet, value, n)
                    SELECT f.facet, f.value, direction FROM (VALUES
                        ('lang', coalesce(doc.lang, '(unknown)'), doc.rejected IS NULL),
                        ('outlet', coalesce(doc.outlet, '(unknown)'), doc.rejected IS NULL),
                        ('rejected', doc.rejected, doc.rejected IS NOT NULL)
                    ) AS f(facet, value, counted) WHERE f.counted
                    ON CONFLICT (facet, value) DO UPDATE SET n = document_counts.n + excluded.n;
                DELETE FROM document_counts WHERE n <= 0 AND (
                    (facet = 'lang' AND value = coalesce(doc.lang, '(unknown)'))
                    OR (facet = 'outlet' AND value = coalesce(doc.outlet, '(unknown)'))
                    OR (facet = 'rejected' AND value = doc.rejected));
            END $$;
            CREATE OR REPLACE FUNCTION document_counts_moved() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM document_counts_count(OLD, -1); END IF;
                IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM document_counts_count(NEW, 1); END IF;
                RETURN NULL;
            END $$;
            DROP TRIGGER IF EXISTS document_counts_added ON documents;
            CREATE TRIGGER document_counts_added AFTER INSERT OR DELETE ON documents
                FOR EACH ROW EXECUTE FUNCTION document_counts_moved();
            DROP TRIGGER IF EXISTS document_counts_changed ON documents;
            CREATE TRIGGER document_counts_changed AFTER UPDATE ON documents
                FOR EACH ROW WHEN (OLD.lang IS DISTINCT FROM NEW.lang
                    OR OLD.outlet IS DISTINCT FROM NEW.outlet
                    OR OLD.rejected IS DISTINCT FROM NEW.rejected)
                EXECUTE FUNCTION document_counts_moved()
            """,
        ),
    ),
    # entities linked again (`materialize.backfill_entities`): two spellings of one consonant
    # skeleton in one language are two names (نايف, نواف); a one-word name links by skeleton
    # only with six consonants; a given name or common word is no archive surname; a word of
    # several gazetteer names (United) links within its document only
    Migration(queued("entities")),
    # entities linked again (`materialize.backfill_entities`): a compound given name is one word
    # (عبد الله صالح, عبدالله صالح); a family name after a بن chain is left out of the key
    # (سلمان بن عبدالعزيز آل سعود); a Latin and an Arabic-script spelling of one skeleton
    # that open a word differently are two names (Jack Straw, جاك أوستروي)
    Migration(queued("entities")),
    # entities linked again (`materialize.backfill_entities`): a listed Western name's Arabic
    # or Persian transcription links by its Latin spelling's skeleton (جون كيري, جان کری, John
    # Kerry: data/gazetteers/name_spellings.tsv)
    Migration(queued("entities")),
    # framing: the targets each article is about (`framing_about`: the groups and linked
    # entities it names, and whom its terms are applied to), the denominator of the per-outlet
    # shares (of an outlet's articles about a target, how many use each category for it);
    # "framing" fills it for the documents stored before (re-running the stage)
    Migration(
        """
        CREATE TABLE IF NOT EXISTS framing_about (
            doc_seq {bigint} NOT NULL,
            doc TEXT NOT NULL,
            lang TEXT,
            outlet TEXT,
            published TEXT,
            target TEXT NOT NULL,
            PRIMARY KEY (doc_seq, target)
        );
        CREATE INDEX IF NOT EXISTS framing_about_target ON framing_about(target, outlet, doc_seq)
        """,
        queued("framing"),
    ),
    # entities linked again (`materialize.backfill_entities`): a classifier of place names
    # alone is no entity (جزیره, data/gazetteers/name_heads.tsv); a proclitic glued to a name
    # the document writes alone is left out and one written name has one type in a document;
    # a country's CLDR name is the country; a place is one entity of one type across the
    # archive; a short person's name with every vowel written links across scripts (PER:^…)
    Migration(queued("entities")),
    # a story's claims come from statements (`rasad.analysis.statements.story_claims`): one
    # item per fact and value, no longer grouped by five hand concepts; the "claims" backfill
    # rebuilds the views of the stories that hold stored claims
    Migration(queued("claims")),
    # story timelines fold one happening told in several languages or outlets into one entry
    # (`rasad.analysis.happenings`): "timelines" rebuilds the views of every story of two or
    # more documents
    Migration(queued("timelines")),
    # entities linked again: a document's one type per written name is voted on the names as
    # linked (trimmed), a person's full name voting for its last word alone (شينزو ابي, ابي)
    Migration(queued("entities")),
    # entities linked again: an organization's name keeps its head word when linked (الهيئة
    # of «الهيئة العامة للاستثمار» was trimmed as a generic reference, leaving «العامة للاستثمار»)
    Migration(queued("entities")),
    # promises read again (`rasad.analysis.promises`): forecasts, compliance and questions are
    # no promises, a delay that sets the due date is no verdict on it, "still" breaks a promise
    # only past its due date; "promises" rebuilds the views of the stories that hold promises
    Migration(queued("promises")),
    # entities linked again: a listed place written with its pointing is the place the pointing
    # names (عمّان is Amman; the bare letters عمان stay Oman), `entities.link.pointed`; a vowel
    # letter an Arabic-script name writes must be heard in the Latin one it joins (تولر, Tueller,
    # is not Taylor: `entities.link.onsets_agree`); a person's name chain that one longer chain
    # of the archive extends joins its entity once a document writes both (عبدالله بن مساعد is
    # عبدالله بن مساعد بن عبدالعزيز; none when two longer names extend it differently):
    # `EntityIndex.chain_joined`
    Migration(queued("entities")),
    # statements read the minutes of a match («الدقيقة 74», «الدقيقة العاشرة», "the 74th
    # minute") as figures of their own kind, so two outlets' different minutes for one goal
    # contradict: "contradictions" rebuilds the views of stories with two or more outlets;
    # also (round 41b) a lone bracketed figure in a sentence of goals is a minute («الهدف
    # الثاني (74)»), two minutes alone in the same place among the minutes both outlets give are
    # one goal's, a sentence's last minute is told with its own clause, and a minute up to 45
    # told beside the second half reads both ways (the minute, or 45 more)
    Migration(queued("contradictions")),
    # quotes found again (`rasad.services.quotes.backfill_quotes`): a database stored by an
    # older version kept its quotes and speakers until its documents were analysed again; the
    # "quotes" backfill re-runs the quote stage (and framing, which reads the quotes) on every
    # stored document, rewrites the `quotes` rows and rebuilds every story's views; its framing
    # re-run also brings round 41's framing targets (`rasad.stages.framing`): a name coordinated
    # with the term, behind a preposition, or after an act noun is not its target; a demonym
    # before a person's name is the person's; «شهیدان» takes the Iranian-war-dead convention; a
    # term right after a named event is its perpetrators' (events.tsv), a label's group after
    # «وعلى رأسها», «از جمله», "including" is its referent; the Imams' martyrdom is no framing
    # (senses.tsv); «جدد إدانة», «أعربت» report a speaker's words
    Migration(queued("quotes")),
    # entities linked again (round 42): a Persian place written as a city's GeoNames name is
    # the city (`entities.link.city_named`: اصفهان, تبریز are Isfahan and Tabriz, GPE, one
    # entity with the Arabic and English mentions; they were places of their written form); a
    # name of several words the hand list gives an entry is that entry (`entities.link.
    # listed_named`: Lib Dems are the Liberal Democrats); «شیعه» (Shia) is no entity; a bare
    # «عمان» in a document naming Jordan and Oman no other way is Amman (`bare_names_read`);
    # an Arabic common noun written as a city («مشهد» "a scene", «سلمية» "peaceful") is none
    Migration(queued("entities")),
    # quote speakers of round 42 (`rasad.stages.quotes`): an Arabic verb's subject slot ends
    # where the reported clause opens («وقال مصدر إن النيابة العامة …»: the source); a definite
    # body and its adjective are the body («الإدارة العامة للتعليم», not «العامة للتعليم»),
    # with the place it was first written with after «ب»; a participle after a body the
    # recogniser missed is the body's; «اما» opens no Persian subject; a surname takes the
    # full name written in straight marks; «المصادر» is the source described before. A database
    # whose quotes backfill already ran queues it again (a pending one is not doubled)
    Migration(queued("quotes")),
    # statements (round 42, `rasad.analysis.statements`): a bound cue right before the next
    # figure is that figure's («177 دولة وأكثر من 7000 رياضي»: 177 is exact); counted nouns
    # naming one kind in two words count the same thing (data/claims/counted_kinds.tsv:
    # «لاعب» / «رياضي», «ركاب» / «راكب»), and a second count beside a figure both statements
    # give is compared; one happening told in two months (a month alone, «في مايو أيار») beside
    # a count both give contradicts (a sentence naming only a month is a statement of its story);
    # a temperature (degrees Celsius) is a reading, like a price.
    # "contradictions" rebuilds the views of stories with two
    # or more outlets, "claims" those of the stories that hold stored claims (facts now join
    # counts of one kind and read bounds anew)
    Migration(queued("contradictions")),
    Migration(queued("claims")),
    # framing targets read again (round 42, `rasad.stages.framing`): a definite label, regime
    # or resistance noun repeated bare takes the group its last earlier use was applied to
    # («ميليشيات الحوثي … الميليشيات»); the noun after a martyrdom act noun says whose dead
    # (victims.tsv: «استشهاد مواطن في نجران» → Saudi civilians); a martyrdom noun's person is
    # named after it, a plural's only with a second name joined; «لمنظمة داعش» is ISIS
    Migration(queued("framing")),
    # entities linked again (round 42b): an English town a sports text sets in a match is its
    # club (`entities.link.clubs_named`: "beat Newcastle", "Chelsea boss", "Oldham v Bolton"
    # are clubs, ORG; "in Cardiff" stays the city); an Iranian province written «استان» + its
    # name, or its name alone where that names no city, is the province (`province_named`:
    # «استان مازندران», «خوزستان» are GPE, one entity each; data/gazetteers/provinces_ir.tsv)
    Migration(queued("entities")),
    # quote speakers of round 42b (`rasad.stages.quotes`, Persian translated news): a one-word
    # Latin-letter speaker is the one full Latin name the article writes with it ("Kit" → "Kit
    # Harington"); a word written only before a dash and one word is the double-barrelled name
    # («ادنان ـ لاپروز»); «منبع نزدیک به X» keeps X; a Persian person brought in at a
    # sentence's head with a role in apposition is who a following «او گفت» stands for. A
    # database whose quotes backfill already ran queues it again
    Migration(queued("quotes")),
    # quote speakers of round 43 (`rasad.stages.quotes`, Arabic): an unnamed source with the
    # body it belongs to («مسؤول في المديرية العامة للجوازات», «مصدر مسؤول في الاتحاد الآسيوي»)
    # is the speaker, never the body, and «المسؤول»/«المصدر» later take it up; «حسبما قال X
    # لـY» is X; a surname alone is the last speaker bearing it; «الرافعي» is «الرفاعي»;
    # «التابع لـ…» is part of the subject; an unnamed official is the spokesman the next
    # sentence names; and of round 43b (Persian): «گفته‌های X» is no cue and «بر اساس / طبق
    # گفته‌های X» a source marker; «شهادت داد که» a cue; «… که X گفته» is X's; «این» + a role
    # is the person written beside that role before; a surname two people share is the one
    # named last; a role of another head than the last speaker's apposition is someone else;
    # a short paragraph in marks reopening a closed quote is the same speech. A database whose
    # quotes backfill already ran queues it again
    Migration(queued("quotes")),
    # claims43 (`rasad.analysis.statements`): a count holding one it names («3 مسافرين بمن
    # فيهم قائد الطائرة») and the same count with one named added to it («3 ركاب ... بالإضافة
    # إلى الطيار») are N and N + 1, a contradiction, no longer one figure in common; stories of
    # two or more outlets compare again, and the stories holding stored claims are rebuilt
    Migration(queued("contradictions"), queued("claims")),
    # framing targets read again (round 43, `rasad.stages.framing`): a bare definite «الشهيد»
    # names the martyr the text named before («والد الشهيد», «أسرة الشهيد»; a headline's, the
    # body's first); Persian «شهدا» beside «جانبازان» are the Iranian war dead and «تهاجم» in an
    # article on cultural invasion is the West's (conventions.tsv); a present-tense headline
    # report verb («تعرب», «تدين») marks its subject as the speaker, not the target; an invasion
    # named by the land after it is its established invader's (invaded.tsv: «غزو الكويت»); a
    # convention reads the «لل» form («الموالي للشرعية»); an actor noun with a possessive
    # pronoun is the one group named before it in its sentence («الحوثي … ميليشياته»)
    Migration(queued("framing")),
    # entities linked again (round 43, names43): a word holding a digit is no part of a
    # person's name of two words or more ("Vincent Spadea 6-2 6-4" is Vincent Spadea:
    # `entities.link.trimmed`); a Portuguese final "nh"/"lh" keys as n/l and «مورينهو» is «مورينيو» (José
    # Mourinho one entity); an Arabic person's name the text writes after «علي» lists the name
    # with its given name («علي عبد الله صالح», `with_given_ali`; the key is unchanged); Khamenei's
    # «رهبر معظم انقلاب», «سید علی خامنه ای» name the gazetteer's Khamenei. The story views it
    # rebuilds show a gazetteer person named by an epithet by his hand-list name
    Migration(queued("entities")),
    # quote speakers of round 43c (`rasad.stages.quotes`, Arabic and Persian): a Persian
    # organization mention opening with a person's role word («فرمانده انتظامی ماکو») is a role
    # resolved to its holder; an opening pronoun is not a person named only after other
    # speakers' quotes; an Arabic kind of person («الفنانة», «اللاعب») is the one person the
    # article introduced as that kind; «بلحج قائد نصر» drops the place; «المرصد وشهود» is the
    # observatory named before. A database whose quotes backfill already ran queues it again
    Migration(queued("quotes")),
    # claims44 (`rasad.analysis.statements`): two figures that count two named kinds of thing
    # no longer answer each other when the other statement gives one of those kinds a figure
    # of its own that differs (the «العشرين» of «الأربع والعشرين ساعة» answered «أصيب 29»
    # beside the other side's «أصيب 15»); a number right after a military unit («مقراً للفرقة
    # 30») names it. Stories of two or more outlets compare again and the stories holding
    # stored claims are rebuilt. («المتوفين» as a casualty word is read by the numbers stage,
    # so documents ingested before keep their stored reading)
    # — and —
    # claims44b (`rasad.analysis.statement_slots`): a denial no longer contradicts an act the
    # other outlet tells only inside a different party's quoted words (two parties, not two
    # outlets); stories of two or more outlets compare again and stories holding stored claims
    # are rebuilt
    Migration(queued("contradictions"), queued("claims")),
    # entities linked again (round 44, names44): common words and framing labels shown as
    # entities («صهیونیست» "Zionist", «باشگاه» "the club", «الكبد» "the liver":
    # data/gazetteers/no_entity_words.tsv) are none; «امام خمینی» is Ruhollah Khomeini
    # (people_linked.tsv, `entities.link.titled_person`); a span opening inside «آیت‌الله
    # العظمی» leaves «العظمی» out; set scores after a player's surname are cut ("Roddick 6-2
    # 7-6"); a hyphenated surname alone joins its document's full name ("Kilroy-Silk"); «عبد
    # ربه» is one given name. The story views it rebuilds show a hand-list person without a
    # title before his name
    Migration(queued("entities")),
    # quote speakers of round 44 (`rasad.stages.quotes`, Arabic only): a reported clause after
    # a colon ends with its sentence; «المتحدث», «المسؤول ذاته» take up the unnamed source
    # before and a source keeps the place after its body; «بحسب ما أكده X»/«حسبما نقلت X» after
    # a clause and «…، ووفقا لـX فإن …» name the source; «مسؤولون … لرويترز» drops the agency
    # told; «برئاسة X» heads the body, no speaker; «أجاب» is a cue; a report speaks for the body
    # that issued it. A database whose quotes backfill already ran queues it again.
    # — and —
    # Persian quote speakers of round 44b (`rasad.stages.quotes`): a name written with direction
    # marks for its ZWNJ («غلام‏حسین گل‏ارضی») is one name; «بر اساس گزارش X، Y … گفت» is Y's
    # (and «بر اساس گزارش X، …» X's, «… گزارش‌ها» no one's); a Latin-letter name the recogniser
    # missed in a subject, or pointed back to by «این» + its role, speaks; a report of someone's
    # own «Y گفته …» is Y's quote only; «اما» alone is the last speaker; a plural suffix written
    # apart is no given name; «با بیان اینکه X اظهار داشت:» with no comma gives X as a quote
    Migration(queued("quotes")),
    # framing targets read again (round 44, `rasad.stages.framing`): a named martyr is the group
    # his report names for its dead (the noun after a martyrdom term or before his name, else the
    # convention), his name kept as the target's span; a headline's martyr and an unanswered
    # martyrdom verb take that group too; a label left unanswered is the one group the article
    # names as an attack's perpetrator («التي نفذها مستوطنون»); bare «المتمردين» in an article
    # naming the Houthis are the Houthis (conventions.tsv)
    Migration(queued("framing")),
    # entities linked again (session 45, eval/labels/aliases45.tsv): a listed person's one-word
    # form that is also a common word (Arabic «رئيسي» "main", «السوداني» "Sudanese"; Persian
    # «رئیسی», «روحانی» "cleric": data/gazetteers/alias_needs_name.tsv) names him only in a
    # document that writes a longer form of his name or, in Persian, right after a title; a
    # one-word place mention no list knows that is the last word of a person's full name its
    # document writes is that person's surname («كاميرون» of «ديفيد كاميرون», "Heinze";
    # eval/labels/surnames45.tsv); a large company named by its brand alone («Sony», "Apple",
    # "Gazprom", «سوني»: data/gazetteers/companies.tsv) is the organization, not a place, person
    # or MISC (eval/labels/types45.md); common words the archive showed as entities of their own
    # («كورنيش», «بريف», Persian «مان», «ویروس کرونا»; an Arabic listed word behind a proclitic,
    # «بالإسلام») are none (data/gazetteers/no_entity_words.tsv)
    # — and —
    # entities linked again (round 45, names45): Iranian outlets' «رژیم صهیونیستی» is a form of
    # Israel (data/gazetteers/entities.tsv); a name written without the father's name (عادل
    # الجبير) joins its chain in every document once two wrote both, also in those linked
    # before (a relink's second pass, `entity_links.relink_stored_documents`), and the surname
    # its document wrote after it follows it
    # — and — (documents analysed from now on: the recogniser's spans; a relink keeps stored
    # spans) a Persian name in quote marks before a speech verb or a speaker's role is a person
    # («"گل آقا شيرزوي" والي …») and a Persian place is written without its classifier
    # («شهرستان بویراحمد» → «بویراحمد», GPE; fanames45, entities_dev45); a one-word person
    # joins a place of its written form only when its document names no person ending with it
    # (Hadi's «هادي» beside «عبدربه منصور هادي» is not «المحيط الهادئ»; eval/labels/twins45.tsv)
    Migration(queued("entities")),
    # Persian quote speakers of round 45d (`rasad.stages.quotes`): a role named in the next
    # sentence by the surname alone («… اظهار کرد» then «هادیان افزود») is that person; a
    # pronoun after a name in marks and its role («پائولو اتوری»‌ سرمربی …) is that name; a
    # role run on over the object of a conjoined verb («… را … عنوان کرد و گفت») is the person
    # who holds it; quotes opening an article with a lone «وی» are the role that opens the
    # next sentence; a surname takes the given name it is listed with («X Y و کلی هامفریز»)
    # — and —
    # Persian quote speakers of round 45b (`rasad.stages.quotes`): a Latin-letter name after a
    # Persian description read as a person speaks («شیرجه‌زن المپیکی Tom Daley»), a Latin
    # subject ends at its first Persian word; after «به نقل از X،» a part with its own cue
    # speaks; names the recogniser cut or missed whose words are common words (before the time
    # of day, after «اما»/a comma with a cue, «که X Y، [role] گفته است», a first word listed
    # as common); a subject opening with the time of day; a marked name with a role opening a
    # sentence is who a pronoun stands for
    # — and —
    # Arabic quote speakers of round 45 (`rasad.stages.quotes`): an initialism written with
    # points and spaces («سي. إن. إن.») ends no sentence; the issuer of a statement speaks in it
    # («أصدر X بيانا قال فيه»); a participle or «بقوله»/«بالقول» takes its sentence's fronted or
    # verb subject; an indefinite post («وزير بريطاني») is the person named next with it; plural
    # cues («مؤكدين», «وأشاروا») speak for a group; «هناك من يرى» is no quote
    # — and —
    # quote speakers of round 45c (`rasad.stages.quotes`, Arabic only): a subject written between
    # «كان» and the speech verb speaks («وكان ائتلاف دولة القانون أعلن أول من أمس أنه», «وكانت
    # صحف أرجنتينية أكدت أن»), not the time or adverb after the verb; a name the recogniser
    # missed right before the role whose organization it found speaks («وقال ذبيح الله مجاهد
    # المتحدث باسم طالبان»), not the organization; «علي» after a role is the given name Ali
    # («السفير علي محمد العياشي»). A database whose quotes backfill already ran queues it again
    Migration(queued("quotes")),
    # claims45 (`rasad.analysis.statements`): a time of day told on a 12-hour clock without
    # its half of the day («عند الساعة الخامسة») meets the same hour in the other half («في
    # الخامسة عصر اليوم», 17:00): one time, no longer a contradiction of times; stories of two
    # or more outlets compare again
    Migration(queued("contradictions")),
    # framing read again (round 45, `rasad.stages.framing`): Persian «شهادت» at a hearing
    # (committee, court, witnesses, a Latin-script name after it) is testimony and «تجاوز» done
    # to a person is rape, neither framing; the Pahlavi monarchy is a group («رژیم پهلوی»,
    # «نظام الشاه»); the Saudi border force «قوة المجاهدين» confirms the Saudi-soldiers convention
    Migration(queued("framing")),
    # Arabic quote speakers of round 46 (`rasad.stages.quotes`): a bare report, study or
    # statistic («وأوضح التقرير أن») speaks for the body the article says issued it («تقرير صادر
    # عن X», «دراسة اعدها X», «التقرير الأسبوعي لX», «X … في تقريرها»); «طلب عدم ذكر اسمه» gives
    # no cue; «قد يقول قائل» is no quote; «ثانية» and the passive «تمت» are no speakers; «الصحيفة
    # السويدية» is the paper named before; words after «قال: "» are never the speaker. A
    # database whose quotes backfill already ran queues it again.
    # — and —
    # Persian quote speakers of round 46b (`rasad.stages.quotes`): «می‌گفت» and the glued
    # «اظهارداشت» are cues; a passive («افزوده می‌شود», «گفته شد») is none; a role cut from its
    # name by a byline's only comma, a name written with a space for its joiner, a surname alone
    # after a speaker held by one of its words, a name after «خانم»/«آقای», a subject before a
    # glued «درمورد» speak as the person; the «نیز» of a «با بیان اینکه …» clause no longer makes
    # the role another person; «در اطلاعیه X آمده است» quotes X. Stored quotes are read again.
    Migration(queued("quotes")),
    # claims46 (`rasad.analysis.statements`): a running-total cue («رصيد», "new") speaks only
    # for the figures of its clause or within ten words of it, and one report told twice (the
    # same day, most wording and all figures but one alike) is one moment, so a reading that
    # differs is a misprint; a story's contradictions and its claims (ties follow `relate`)
    # are read again
    Migration(queued("contradictions"), queued("claims")),
    # framing targets read again (round 46, `rasad.stages.framing`): a speaker before «أن» or a
    # quote mark is not the target; a label after a designation word («التي تصنفها واشنطن»,
    # «المصنفة») is the designated group's; «تحريرها» keeps its convention; an act noun in an
    # accusing relative clause is the accused's; a former regime is its country's ousted one
    Migration(queued("framing")),
    # entities linked again (round 46, names46): a one-word person that is a common word
    # («هادي» "calm") shortens the full name its document writes when a title or a speech verb
    # names it («الرئيس هادي», «وقال براون»: `link.named_in_context`); a MISC mention opening with
    # an honorific is a person («Mr Howard») and a one-word MISC mention that is the last word of
    # a full name its document writes is that person's surname ("Gerrard"); bodies and places
    # read as MISC are their entries (data/gazetteers/misc_typed.tsv: «المسجد الأقصى», Boko
    # Haram, Ofcom), «السوبر» alone is no entity (eval/labels/misc46.tsv) — and the search keys
    # of every name of two words or more, so that a one-word query reads the people whose full
    # name holds it from an index instead of scanning every stored name
    # (`search_terms.named_by_common_words`), filled by the relink
    # — and —
    # Persian recognition of session 46 (fanames46, entities_dev46fa): the words opening a
    # clause before an interview phrase («… امروز در گفت‌وگو با») or a speaker's role with a
    # speech verb after are a person, also when made of common words after a listed given name
    # («حجت نظری», «رمضان شجاعی»); titles stay outside a name («کارآگاه باب بلمینگ»); quoted
    # names after a title or before a role are people and after «روزنامه»/«شبکه» bodies; a
    # listed given name joins its family name; a part of a listed place is that place («شمال
    # شهر بیرجند» → «بیرجند»), «شهرستان» announces a county («شهرستان انار»); CLDR's two-word
    # Persian places («پیونگ یانگ»); a provincial office is its place («اداره کل تعاون استان
    # تهران» → «تهران»); a byline's desk is no part of the agency («خبرنگار اقتصادی خبرگزاری
    # فارس» → «خبرگزاری فارس»). Stored mentions change only when recognition runs again:
    # the "recognise" backfill of the next migration (61) finds them again, and covers the
    # "entities" relink queued here (which fills `entity_name_words`)
    # — and —
    # Arabic recognition of round 46 (arnames46, eval/labels/entities_dev46.md): a name in a
    # list of names loses the conjunction «و» the tagger kept on it («، وأحمد عبيد بن دغر»);
    # «علي» after a title or speech verb is the given name («اللواء علي التميمي»); a body or
    # place named after a royal is one name with no person inside («مركز الملك سلمان للإغاثة
    # والأعمال الإنسانية», «مطار الملك خالد الدولي»); a speaker named after its role right
    # before what was said is a person («قال وزير النقل بدر باسلمه لـ…»); a person an
    # organization's mention ran on into is split out («… الصحة العالمية مارغريت تشان»). Stored
    # spans change only when documents are recognised again (the next migration's backfill)
    Migration(
        """
        CREATE TABLE IF NOT EXISTS entity_name_words (
            word TEXT NOT NULL,
            entity TEXT NOT NULL,
            lang TEXT NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (word, entity, lang, text)
        )
        """,
        queued("entities"),
    ),
    # the backfill for recogniser changes (`rasad.services.recognise`): every stored document's
    # entities found again by the current entities stage from its stored text, its quotes and
    # framing after them (the stages reading its mentions), then every document linked again
    # and every story's views rebuilt; a change to `rasad.stages.entities` or `find_entities`
    # reaches an existing archive by queuing it (it covers the "entities", "quotes" and
    # "framing" backfills pending beside it, and those that only rebuild story views). And
    # the stages that failed on a stored document (a stage that raises leaves its fields empty
    # and its error on the document, `rasad.pipeline.run_stage`), by document and stage, for
    # `rasad stats` and `/api/v1/stats`
    Migration(
        """
        CREATE TABLE IF NOT EXISTS stage_errors (
            doc TEXT NOT NULL,
            stage TEXT NOT NULL,
            error TEXT NOT NULL,
            message TEXT NOT NULL,
            PRIMARY KEY (doc, stage)
        )
        """,
        queued("recognise"),
    ),
    # Session 47 (one migration for the session's rounds, folded before release).
    # Arabic quote speakers of round quotes47 (`rasad.stages.quotes`): a role with a country's
    # adjective («الوزير الأمريكي») is the one introduced with that country; a role followed by
    # «آخر» is someone else; «هي المسؤولة», an aside between dashes, words up to «إلا أن» are
    # no speaker; a name inside the previous quote is not the next verb's subject; «ووفقًا لـ»
    # with its tanween is a source; a plural participle takes a nominative plural after its
    # clause's verb; «صندوق النقد» is the «صندوق النقد الدولي» recognised before.
    # Round quotes47c: a verb of speech agrees in gender with the speaker carried to it
    # («وقالت» never a man's, «قائلاً» never a woman's; gazetteers/gender_words_ar.tsv); the
    # subject of «أبلغ X Y أن», not the one told; «لـ» with its stroke, «بعد» end a speaker.
    # Persian quote speakers of round 47b (`rasad.stages.quotes`): «با اعلام اینکه», «ادعا کرد
    # که», «ابراز امیدواری/اطمینان کرد», «بر این باور است که», «توصیه کرد که» are cues; a role
    # the article wrote right after a person's name, or spoken after a surname written alone
    # («خديمي … افزود» then «وزير بازرگاني افغانستان تصريح كرد»), is that person.
    # Persian quote speakers of round 47d: «به نوشته X، Y گفت» is Y's; «در اين ميان يك مقام …
    # گفت» and «اين ديپلمات» (after «يك ديپلمات …») are the unnamed ones, never a person named
    # next; «این گزارش» is the outlet of the last «به نقل از»; «او» after narration opening
    # with a name is that person.
    # Arabic names recognised again (round 47, arnames47, `rasad.entities.recognise`): a name
    # run on over «و» splits into two people when both sides are names and loses what follows
    # when it is none («روحاني وجواد», «محمد بن سلمان ولي»); a future verb, a pious formula
    # («حفظه الله») or «و» with a title's abbreviation after a name is cut off; a chain through
    # «آل» is the whole name and the tagger's person begun inside it goes («آل سعود برقية»);
    # «علي» before «بن» and a family name ending the phrase are taken («علي بن موسى زعلة»);
    # a body's name runs on over «و» and a definite noun («وزارة الثقافة والإعلام»), and is one
    # name where its document writes it whole. Stored entities are found
    # again; quotes (the speakers above) and framing follow ("recognise" re-runs both).
    # Framing targets (round 47b, `rasad.stages.framing`): a label adjective after a
    # group noun and a name neither the recogniser nor the group vocabulary knows («جماعة عسكر
    # جنقوي الإرهابية») is applied to that name, as written.
    # Framing targets (round 47, `rasad.stages.framing`): an Arabic adjectival label
    # on a definite head noun («العناصر الإرهابية») names the group the same noun headed in
    # construct earlier in the text («عناصر داعش»); «تحديدًا» after a label names its group.
    # Claims (round claims47, `rasad.analysis.statements`): a figure of years told as someone's age («(24
    # عاما)», «يبلغ من العمر 20 عاما», "the 24-year-old") is a fact however the sentence plans,
    # and no later report of one named day raises it: two ages of one person contradict, an age
    # told of a relative («شقيقه (34 عاما)») is no one else's ("recognise" rebuilds
    # every story's contradictions and claims).
    # Persian recognition of session 47 (fanames47, eval/labels/entities_dev47fa.md): «استان X»
    # is the province, also where X alone is its capital city (two places, no longer linked
    # together); an office named by its function («اداره کل ورزش و جوانان استان ایلام») is no
    # organization, only its place or a named body inside it is kept; a club's or team's
    # descriptor («تیم فوتبال», «باشگاه») is no part of its name; a reporter's beat in a byline
    # («خبرنگار حوزه دولت خبرگزاری فارس») is no part of the agency; a title written in two words
    # («آیت الله») is no part of the name; a dateline's town is a GPE; a listed country the
    # tagger typed as an organization is a GPE. Stored mentions change when recognition runs
    # again: the "recognise" backfill.
    # Framing targets (round 47c): an anaphoric label names the one non-state group its
    # sentence names before it.
    # Lead, from the whole-archive look: an Arabic "name" holding an imperfect plural verb
    # («مسؤولون يرافقون») grows over no family name.
    # Arabic names of arnames47b: a body's mission abroad («بعثة الأمم المتحدة في العراق»), a
    # ministry's joined portfolios, an office holder after a title and a nationality.
    # Lead, from the fresh-clone CI: a title's one-word name runs on over an unknown word
    # beginning with «و» («الرئيس جوكو ويدودو»); only a known given name after «و» starts a list.
    Migration(queued("recognise")),
    # 63: session 48's rules reach stored documents through one "recognise" backfill (it runs
    # recognition, quotes and framing again and rebuilds every view, contradictions and claims
    # included). Arabic names (arnames48, eval/labels/entities_dev48.md): a lineage word after a
    # name carries it on («آل خليفة»), «الله» starts no name, a family name that is a common word
    # is taken before a role word, a middle-named name grows over the family name the article
    # writes after the same given name («خالد محفوظ» + «بحاح»), and two forms of one gazetteer
    # person in one article are one entity. Persian recognition (fanames48, entities_dev48fa.md):
    # a generic body of a country is the country, a club written with its country is two
    # mentions, an event ending with a listed place or body is that place or body, an agency's
    # short name after «خبرنگار» is the agency, a trailing «کشور» leaves body names. Lead, from
    # the whole-archive look: a one-word place that is more often a common noun is a place only
    # in a list of places or as a team's country (place_homographs.tsv: «چک», a cheque); an
    # acronym that is a common word needs its full name in the document («واع», "aware").
    # Quotes (quotes48, Arabic; quotes48b, Persian; docs/quotes-numbers.md): marked names
    # before a colon, roles said in other words, sources after the clause («، كما أعلن X»),
    # «این گزارش حاکی است», a shortened role, «گزارش X». Framing targets (framing48): a described
    # group («جنود سعوديين») is the target as written; framing48b: an anaphoric label whose
    # sentence names no candidate takes the one non-state group of the previous sentence or the
    # headline. Claims (claims48): two statements counting the same thing in the same words are
    # one fact. Persian, second wave: a city after a player's or coach's role is its club, an
    # honorific («امام», «حضرت») is no part of a person's span (fanames48b); two parties with one
    # plural verb have no single speaker, «این مرکز …» is the body of that kind (quotes48c). Lead:
    # a bare Latin surname shortens only the name it spells ("Bush" is no Abbas).
    Migration(queued("recognise")),
    # 64: session 49's rules reach stored documents through one "recognise" backfill (recognition,
    # quotes and framing again, every view rebuilt, contradictions and claims included, and every
    # document's search index rewritten). Latin-script names (latin49, entities_dev49en.md): a
    # full name joins a consonant skeleton's entity only as a spelling of the same name (John
    # Cryer is no John Kerry), a listed club in a sports text is an organization, a name after a
    # company word is one, Scottish/Welsh are nationalities, common words out. Arabic script
    # (arnames49, entities_dev49.md): Mohammed bin Salman's long chain is his, «عمان» after a
    # Saudi embassy is Amman, common words out (no_entity_words.tsv), «الشرق الأوسط» after «الـ»
    # or «مراسل» is the paper, Saudi body names whole, «لل» joined to «ال». Persian (quotes49fa):
    # a newspaper after «روزنامه» is the paper, a foreign player before his role a person, and
    # the quotes stage reads them; «وی» after a «به نقل از» agency, two-word surnames, «سایت» kept
    # in a source. Arabic speakers (quotes49ar, quotes_dev49.md): a holder after a town's name, a
    # role written again without its nationality, a family name under a clitic, a given name
    # that is a common word, a plural participle's subject, a shortened body's full name. Claims
    # (claims49): two same-day copies with different past relative days contradict, a weekday
    # inside a place name is no day. Search (search49): the index keeps each word written with
    # the article («الكاظمي»), which tells the name from the bare Persian surname. Framing
    # targets (framing49, framing_dev49.md): a group after a verb of suffering or witnessing is
    # where it hit, liberation terms name the Popular Resistance, denied «الشرعية» is no
    # government's, a generic cue before a plural group makes the use generic. Second wave:
    # a listed Arabic given name alone stays a person, «لي» alone is the pronoun (arnames49b);
    # Arabic speakers (quotes49ar2, quotes_dev49b.md): a short role is the person its full
    # title named, a name cut after «بن» runs on, a name after «عبر» is the channel; Persian
    # (quotes49fa2, quotes_dev49fb.md): «با تصریح اینکه», «این مطلب که», a role first written as
    # the person met, «وی» is not the name after «دولت».
    Migration(queued("recognise")),
    # 65: session 50's rules reach stored documents through the "recognise" backfill again.
    # Arabic-script entities (arclubs50, entities_dev50clubs.md): listed clubs and a place or
    # one-word person before a masculine country adjective in a club text are clubs, a body's
    # name runs over «و» after its complement, «و» is left out of a mention when a known place
    # or nationality follows, a Persian common-word city after «شهر» is the city. Speakers:
    # Arabic (quotes50ar, quotes_dev50ar.md) a body by its kind after a name in parentheses, an
    # outlet's name in marks, «بحسب» + a report noun, a condition is no speech clause; Persian
    # (quotes50fa, quotes_dev50fa.md) offices after a name, «این» + role + «که», a byline source
    # to its comma, «با بیان اینکه X، verb: Y»; English (quotes50en, quotes_dev50en.md) a
    # pronoun is the subject of an earlier clause of its kind. Framing targets (framing50,
    # framing_dev50.md): a bare armed-group label names the war's armed side, a terror label
    # after a word of support names the supporter. (The dates stage's rounds — claims50's
    # «البارحة الأولى», dates50's year of a day and month written without one, clock times in
    # words and with zones — reach new ingests only: no backfill runs the dates stage again.)
    Migration(queued("recognise")),
    # 66: session 51's rules reach stored documents through the "recognise" backfill, which
    # from this version also runs the dates stage again (and the numbers stage that reads its
    # dates) against each document's stored publication date: the dates rounds of session 50
    # (claims50's «البارحة الأولى», dates50's year of a day and month written without one, clock
    # times in words and with zones) and review51's zone recorded on each time reach stored
    # documents now. Entities (entities51, entities_top51.md): cities of GeoNames and US states
    # found as places are linked in every script, English club and body names join their Arabic
    # entities, "English" and other common words are no entities, bodies typed MISC are ORG; a
    # CLDR name's other name in brackets (Myanmar / Burma) is the same country; a one-word CLDR
    # country name the Arabic recogniser missed is a country, «مالي» alone is not (entities52,
    # entities_dev52.md). Speakers: Arabic
    # (quotes51ar, quotes_dev51ar.md) sources inside a body, a named person's relative, names
    # cut after a title, «علمت … من مصادر», researchers of a body; Persian (quotes51fa,
    # quotes_dev51fa.md) speech verbs with a clause, «نایب» not in a name, statement issuers,
    # nested sources. Framing targets (framing51, framing_dev51.md): bare «المتمردين»/plural
    # militias take the discourse's group, «على يد» names the doer; an Arabic armed label with
    # «في» + a place or an allegiance + a state is the described group (framing52). Claims (claims51,
    # claims_archive_s51.md): figures far apart, "others" told elsewhere, remaining counts,
    # scores with «صفر», "respectively" minutes, what a denial denies (the story views the
    # backfill rebuilds).
    Migration(queued("recognise")),
    # 67: session 52's rules reach stored documents through the "recognise" backfill (entities,
    # quotes, framing, dates and numbers, then the contradictions and views built on them).
    # Entities (entities53, entities_top53.md): «الأهلي» is the club of the country its adjective
    # or the document's one league names, else linked in its document only; a country or city
    # with a nisba or «العربية» after it is that place; Arabic-script GeoNames towns of 15,000 to
    # 100,000 people are linked; states by their other names; Persian universities and seminaries
    # are organizations; one GeoNames lookup (`city_named` folded into `place_listed_51`).
    # Speakers: Persian (quotes53fa, quotes_dev53fa.md; quotes54fa) a letter or statement quoted
    # passively speaks for the author named before, glued cues, long press-office sources;
    # Arabic (quotes53ar, quotes_dev53ar.md; quotes54ar, quotes_misses54ar.md) «بحسب» sources
    # closing a clause, «غير» + participle no speech, plural and forecast verbs, statements and
    # reports speak for their issuer, the one told after «أبلغ» is no speaker. Framing targets
    # (framing53, framing_targets_misses53.md): a liberation or resistance word in a sentence
    # naming a Yemeni place or the Houthi side is the Popular Resistance. Dates (the lead): one
    # time zone under several names is recorded by one name. Claims (claims53,
    # claims_misses53.md): two past days retold with one figure, a dot as thousands mark.
    # Third wave: Arabic speakers (quotes55ar) a study taken up again, an epithet before a name,
    # a kind of person linked to the one introduced so; Persian (quotes55fa) byline sources with
    # no comma, «این» + an outlet's kind, an outlet named in marks; framing (framing55) an act
    # noun's genitive is its doer when «ل»/«على» marks the one it is done to; dates (dates55,
    # dates_dev55.md) «بعد غد», a weekday after a day word checked against it, zoned times
    # recorded by their UTC offset; English places followed by "shares", "said"… are bodies
    # (entities55, entities_en55.md).
    Migration(queued("recognise")),
    # 68: session 53's rules reach stored documents through the "recognise" backfill. Speakers:
    # Arabic (quotes56ar, quotes_dev56ar.md) a body or source keeps its qualifier after «في/لدى»,
    # a name the recogniser cut takes the longer form the article writes; Persian (quotes56fa,
    # quotes_misses56fa.md) «این روزنامه» in the lead sentence with no paper named speaks as
    # written, a role read as the last speaker is the person named next who «adds». Entities
    # (entities56, entities_top56.md): a place after a word for "language" is no mention, bare
    # generic nouns («استان», «الوزارة») and «إسلام» are no entity, an Arabic surname after a
    # given name is the person, listed clubs typed MISC in sports text are clubs. Framing
    # targets (framing56): an Arabic act noun followed by a land names the side of a known
    # event. Dates (dates56, dates_dev56.md): a weekday a day off its day word wins, a week,
    # month or year counted from elsewhere than publication gives no day; one zone table.
    # Claims (claims56, claims_misses56.md): two relative days of one print day more than a day
    # apart disagree. Second wave: Arabic plural cues after a collective subject take the group
    # (quotes57ar); Persian light-verb speech cues, «نوشته که», honorific forms (quotes57fa).
    # The lead: a quote naming its speaker in its first words, after the first, keeps no speaker.
    Migration(queued("recognise")),
    # 69: session 54's rules reach stored documents through the "recognise" backfill. Speakers:
    # Arabic (quotes58ar, quotes_dev58ar.md) words after «وقال:» are never a later cue's
    # subject, «ووفقا لما نقلته X» is X's, plural cues with no subject take the last group
    # named, an outer quote holding only an inner speaker and his verb gives way to the inner
    # speaker; Persian (quotes58fa, quotes_dev.md's settled convention) «براساس این گزارش»
    # sentences quote the report's source, «پیش بینی کرد» is a speech cue, a surname cut at its
    # ZWNJ takes the document's full name. Entities (entities58, entities_top58.md): towns after
    # a word for "town" and English city names are GPE, «آستان قدس رضوی» is an organisation,
    # the Suez Canal and «مشرعة وحدنان» are MISC spans, a Persian province after «استان» is the
    # province. Framing (framing58): «قوات/جيش النظام» counts with the government of the country
    # the article names as its target, «ولاية الفقيه» targets Iran, an Arabic martyrdom word
    # takes its paragraph's martyr. Dates (the lead): a relative week starts on its readers'
    # first day (Sunday in Arabic, Saturday in Persian, Monday in English), "last week" on a
    # week's last day gives no day. Claims (claims58): two regions named for one incident with
    # the same person and casualty kind disagree. pubdate58 changes ingest only (undated
    # documents dated from the story they join); no backfill re-places stored documents.
    Migration(queued("recognise")),
    # 70: session 55's speaker rules reach stored documents through the "quotes" backfill. Arabic
    # (quotes60ar, quotes_dev60ar.md): a person whose name opens an organisation's name («مؤسسة
    # سالم بن محفوظ») is not the speaker, the role's holder is; a name after «بين»/«مع» in the
    # phrase after the verb is someone met, not the speaker; «الشركة»/«الصحيفة» after the verb
    # is the one body the article named so. Persian (quotes60fa, quotes_dev60fa.md): roles
    # matched across their spacing and ZWNJ, «جانشین» a role word, a spaced or ZWNJ-cut compound
    # surname is the person written in full earlier, an issuer closed by a comma.
    Migration(queued("quotes")),
    # 71: session 55's framing targets (framing60, framing.md "Round framing60") through the
    # "framing" backfill: «إرهاب» in construct with a group, even after «مكافحة», is that
    # group's; a name after a media noun is never the martyr; a state force joined by «و» takes
    # its adjective's state; a term after a demonstrative takes the target of the earlier term
    # of its paragraph. pubdate60 (undated documents re-dated when their story later gains two
    # agreeing dated reports) and stories60 (routine series split by the day their lead's main
    # clause names) act at ingest and story merging; no backfill re-dates or re-clusters stored
    # documents.
    Migration(queued("framing")),
    # 72: session 55's second wave. The "recognise" backfill (covering quotes, framing and
    # contradictions): an Arabic person's family name the tagger left out is taken when the
    # text writes the whole name twice (speakers61ar, «آمال ماهر»); figures written in words compared as
    # written — a two-digit word figure exactly, ordinals of the teens as their rank (claims61:
    # four more real contradictions on the whole archive). The "redate" backfill (pubdate61):
    # stored undated documents dated from two agreeing dated reports of their own language in
    # their story.
    Migration(queued("recognise"), queued("redate")),
    # 73: session 56. The "recognise" backfill (covering quotes, framing and contradictions):
    # a title's one-word name is not extended over a verb, a participle or a prefixed common
    # word, a country's adjective after a city is a demonym, a tatweel dash ends no name
    # (entities62); an Arabic name never ends on a particle, an unlisted one-word place before
    # an untitled person is the given name, role-of-a-place phrases and a bracketed agency told
    # are no speakers (speakers62ar); a Persian given name from ArmanPersoNER or quoted with
    # the surname (speakers63fa); a terror label with no target in its sentence takes the one
    # armed group its headline names (framing62); a match-day slot (claims62); a bidi mark typed
    # inside a Persian word read as its ZWNJ (lead56-lrm). The stored story
    # states are marked stale: they now count each language's dated days (pubdate62), which
    # states saved before lack; "redate" then withdraws story dates an older release gave from
    # reports in other languages and writes the evidence line where it is missing.
    Migration(
        "UPDATE meta SET value = 'stale' WHERE key = 'story_states'",
        queued("recognise"),
        queued("redate"),
    ),
    # 74: session 57. The "recognise" backfill (covering quotes and framing): a Persian article
    # opening with a common word before a surname it then writes alone takes the word as the
    # given name, a speaker cut at a direction mark or named by a compound surname's first part
    # takes the full name (speakers64fa); an Arabic common nisba before a role, a given name
    # between a title and an «عبد» name, a family name said alone after a speech verb, no
    # quoted adjective as a body (speakers64ar); a generic terror label (lists, laws, financing,
    # "against terrorism") takes no target, a militia label answered by a state abstains, a
    # martyr after a described soldier takes the described group (framing64); two-word Persian
    # weekdays read whole and one sentence told in two languages compared by its weekday
    # (claims64). The stored story states are marked stale: each event now counts its
    # documents' languages (stories64, and stories65's event fold reads them), which states
    # saved before lack. Timelines fold a figure across languages by its value (timeline65) as
    # they are built from stored documents: nothing to re-run for them.
    Migration(
        "UPDATE meta SET value = 'stale' WHERE key = 'story_states'",
        queued("recognise"),
    ),
    # 75: session 58. The "recognise" backfill (covering quotes, framing, timelines and
    # promises): a body's mention that ran on into the person after it is cut before the given
    # name, «أبو/أبي» after a municipality word is a town (speakers66ar); a Persian body named
    # with its place, a bare «پلیس» or «دادستان» as the one «word + place» form the article
    # wrote (speakers66fa); tanween and a form-II shadda make no name, a fully voweled unlinked
    # word is dropped, a leader's men are no person (entities66); a regime term takes the one
    # ruling government the article names (framing66); a figure's other count only where its
    # words share a stem (claims66); records "since" a date and population years leave the
    # timeline (timeline66); «وعدّ» is no pledge, a promise's speaker is a name in its reach or
    # none, a decision taken keeps a promise to decide (promises66); a Persian unnamed source
    # after «این» with no earlier speaker speaks as written (speakers67fa).
    Migration(queued("recognise")),
    # 76: session 59. The "recognise" backfill (covering dates, quotes, framing, timelines and
    # promises): a year opening a line before a colon or dash is a date, and a chronology
    # line's opening date outranks the dates inside it; a weekday word that is a person's
    # family name dates nothing (timeline68); «علي» after a title starts a name, a post noun
    # that is also a given name is no person beside another (speakers68ar); a Persian given
    # name closing in «الله» or «ا...» read whole, a half-spaced surname, «سید» kept
    # (speakers68fa); an English quote is never given to a name its subject only mentions
    # (speakers68en), nor a body named by its kind the person named last (lead, session 59);
    # a state describing or fighting terror is no terror label's target, the
    # unnamed «شهید» and Fars News' martyrs' phrases take the war dead (framing68); forecasts,
    # needs and a speaker's trailing time word are no promise or speaker (promises68). Story
    # titles that are sentence fragments are refreshed with the views (stories68).
    Migration(
        queued("recognise")
    ),  # 77: session 60. The "recognise" backfill (covering dates, quotes, framing, timelines and
    # promises): a person new to the archive joins the same person in another script when every
    # spelling corresponds letter by letter (entities70); English months abbreviated with a
    # stop are dates and a yearless date in a year's line takes that year, a timeline entry's
    # sentence runs past an abbreviation's stop (timeline70); a topic phrase never speaks and a
    # missed foreign name after a role and place does (speakers70ar); «الدین» closes a given
    # name, Friday prayers open a speaker's clause, a role's complement is not the speaker
    # (speakers70fa); a pronoun's speech is never given to a name it mentions, a role is shown
    # as written (speakers70en); an observing state is no label's target, a martyrdom verb
    # takes its subject's dead (framing70); a commitment noun needs its verb, «حتى أن» is no
    # deadline, beliefs are forecasts, a rule in force is no promise (promises70).
    Migration(queued("recognise")),
    # 78: session 61. The "recognise" backfill (covering dates, quotes, framing, timelines and
    # promises): a place new to the archive joins the other script's place of its story when
    # their letters correspond, a surname read as a body joins its story's person, a scale word
    # after a decimal figure is no entity (entities72); the stop after any abbreviated English
    # month the abbreviations list holds dates its day (lead); a joined «وقال» goes to its
    # verb's subject, a citizen word and a stray «(» leave a speaker's name (speakers72ar); a
    # role one person holds in the article is that person, a relative clause of an opening
    # adverbial names no speaker (speakers72fa); Persian martyrs' epithets, a police officer's
    # martyrdom and the Syrian army's «تروریست‌ها» take their targets (framing72); postponement
    # verbs, opinion columns, outlets never a promise's speaker (promises72).
    Migration(queued("recognise")),
    # 79: session 62. The "recognise" backfill (covering dates, quotes, framing, timelines and
    # promises): an Arabic person's run-on tail («بأن», «ل» on a common word, a stance noun) is
    # cut and «علي» before an unknown family name is a person where the article writes «على»
    # apart (speakers74ar); a Persian name ends before a joined «در» + noun, a given name opens
    # the article or a speaking sentence with its surname (speakers74fa); a listed place with no
    # Arabic-script form joins its translation's spelling in one story, a country's adjective is
    # no part of a name (entities74); a harmed group after an act noun is no doer, deeming verbs
    # designate their pronoun's group (framing74); team calendars, terms of office and "did not
    # rule out" are no promises (promises74). The stored story states are marked stale: the
    # rare-name guard now counts names that meet across scripts by sound (stories74), which
    # states saved before lack, and their document frequencies must be counted from every
    # document, not only new ones.
    Migration(
        "UPDATE meta SET value = 'stale' WHERE key = 'story_states'",
        queued("recognise"),
    ),
    # 80: session 63. The "recognise" backfill (covering dates, quotes, framing, timelines and
    # promises): a conjunction after «بعد/قبل» opens no reported clause, a joined verb with no
    # subject of its own takes its sentence's, a country role after the minister who spoke
    # last is that minister, «علي» after a title is a given name (speakers76ar); a document or
    # unnamed source is never a bystander, a name spaced two ways is one speaker, a role named
    # with another country is not its holder, «این پایگاه» takes the outlet that wrote last
    # (speakers76fa); an organisation new to the archive joins its other-script spelling in
    # one story, a person's loose key drops h, a first name after a title joins its
    # document's one full name, a Persian town after «شهر» is a place wherever written, clubs
    # with a country adjective after a sports cue are clubs (entities76); what a resistance
    # term resists is not the resister, whose enemies act is not the doer, a possessive
    # clitic names the aggressor (framing76); team matches, campaign rallies and warnings are
    # no promises, extensions until a date are lengths, one document's twice-told promise is
    # one (promises76). The stored story states are marked stale: a story now merges with one
    # sharing a rare name across scripts at consolidation and a report's events fold with its
    # translations' (stories76), which states saved before were not consolidated under.
    Migration(
        "UPDATE meta SET value = 'stale' WHERE key = 'story_states'",
        queued("recognise"),
    ),
    # 81: session 64. The "recognise" backfill (covering dates, quotes, framing, timelines and
    # promises): a Persian byline with no comma hands the quote to the person after it,
    # «…، اما X می‌گوید» is X's, an agency after «به نقل از» holds no role (speakers78fa);
    # «لــ» with tatweel marks the person told, a one-word name after a town word is the town,
    # a listed given name joins the family name after it (speakers78ar); a same-document full
    # name beats another reading of its surname, an English possessive ends a span, an
    # initialism spelled in Arabic letter names is one name, gazetteer keys ignore ZWNJ
    # (entities78); a term after «بحجة» is the doer's claim, an accusative nisba names its
    # country (framing78); forecasts and "only if" conditions are no promises (promises78);
    # background fact-box entries follow a story's own events in its timeline (stories78).
    # The stored story states are marked stale: two one-language stories whose subjects or
    # days differ no longer merge at consolidation (stories78).
    Migration(
        "UPDATE meta SET value = 'stale' WHERE key = 'story_states'",
        queued("recognise"),
    ),
    # 82: session 65. Search finds the entity a query names by a stored name written exactly
    # so (Palu, which the gazetteer does not list): stored names indexed by their text.
    # Every stored document recognised again, its quotes and framing found again, linked again
    # and every story's views rebuilt: a word the corpus writes mostly as a common word is no
    # person alone, «و» glued to a given name is trimmed, an outlet's name after a common body
    # head is that body (entities80); Persian ranks, ages and titles are no part of a name,
    # «گفت و گو» is no cue (speakers80fa); a one-word body run into a person leaves the person
    # out, «وزاد» before a colon speaks (speakers80ar); a deeming verb's object and a possessive
    # «ل» decide a framing target (framing80); promise ids from the first statement, new no-
    # promise kinds (promises80); why lines name an entity once, deadlines after happenings
    # (stories80). The dates stage's «بكرة القدم» fix applies to documents analysed from now on.
    Migration(
        "CREATE INDEX IF NOT EXISTS entity_names_text ON entity_names(text)",
        "UPDATE meta SET value = 'stale' WHERE key = 'story_states'",
        queued("recognise"),
    ),
    # 83: session 66. A story's title in each other language its documents have a headline in
    # (`titles`, JSON {lang: title}), so the web page in the reader's language names the story
    # in it; every story's row is written again by the recognise backfill's view rebuild.
    # Every stored document recognised again, its quotes and framing found again, linked again:
    # a noun and its adjective are no person, a listed given name glued to «و» is split off, a
    # bare «الجزيرة» with no outlet cue is no entity, a document's own outlet name is that outlet,
    # Latin accents and Persian surname suffixes written apart keep one consonant key, a
    # Persian "town word + town + country" span is two places (entities82); Arabic time adverbs
    # are no speakers, «حيث/إذ» + a subjectless verb takes the opening verb's subject, «وكان X
    # قد» (speakers82ar); Persian perfect speech cues, an outlet named in marks speaks, first-
    # and second-person verbs are no one else's quote (speakers82fa); a partitive's head and a
    # headline's described group are framing targets (framing82); an undated story shows its own
    # event with no date, a dateline's entry shows its lead, days after every report are
    # upcoming (stories82); a promise's due date is after its report, read in the report's
    # calendar, and «باید/يجب» demands are no promises alone (promises82).
    Migration(
        "ALTER TABLE stories ADD COLUMN titles TEXT NOT NULL DEFAULT '{{}}'",
        "UPDATE meta SET value = 'stale' WHERE key = 'story_states'",
        queued("recognise"),
    ),
    # 84: session 67. Every stored document recognised again, its quotes and framing found
    # again, linked again, every story's views rebuilt: a bare year of 1300–1499 is read in the
    # calendar its language writes such years in, a Persian month joined to «ماه» or its day is
    # read, a date followed by «أن/إن» is when something was said (promises84); club names that
    # are common nouns («الاتحاد», «الشباب») are a club only after a club word and link across
    # documents only with their country, a one-word organisation the corpus writes mostly as a
    # common word is dropped, «مانشستر سيتي» is read whole, a Latin w may be written ف (Wenger),
    # a sponsor inside a league's name is the company (entities84); Arabic possessed speech nouns
    # are no speakers, «بحسب/وفق» after its clause names the source, «قائلاً» takes the opener
    # (speakers84ar); holy figures are no reporters' speakers, «هم» as "too", roles that speak
    # too are someone else (speakers84fa); the scene of attacks and a mosque's name are no
    # framing targets (framing84); a timeline's history before a story's first report is
    # background, previews are no own events (stories84).
    Migration(
        "UPDATE meta SET value = 'stale' WHERE key = 'story_states'",
        queued("recognise"),
    ),
)


def rendered(dialect: str) -> tuple[str, ...]:
    """Every migration's SQL in one dialect ("sqlite" or "postgres"), in order."""
    return tuple(migration.render(dialect) for migration in MIGRATIONS)
