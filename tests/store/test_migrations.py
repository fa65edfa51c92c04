"""The one migration list renders, for each dialect, the SQL the two lists it replaced held.

Migrations are append only: a database made by an earlier rasad has run the SQL below, so
the list that replaced them must render the same statements (whitespace aside), or a fresh
database and an upgraded one would differ. The two lists are kept here as released (from
`src/rasad/store/migrations.py` and `postgres_migrations.py` at 1340c92, comments dropped).
"""

from __future__ import annotations

import re

import pytest

from rasad.store.migrations import DIALECTS, MIGRATIONS, TYPES, rendered


def _normalised(sql: str) -> str:
    """The SQL with each run of whitespace one space, none around the statement's ends."""
    return re.sub(r"\s+", " ", sql).strip().rstrip(";").strip()


@pytest.mark.parametrize("dialect", DIALECTS)
def test_every_migration_renders_the_released_sql(dialect):
    released = RELEASED[dialect]
    new = rendered(dialect)
    assert len(new) == len(MIGRATIONS) >= len(released)
    for number, (sql, before) in enumerate(zip(new, released, strict=False), start=1):
        assert _normalised(sql) == _normalised(before), f"migration {number} ({dialect})"


def test_the_mapping_names_the_same_fragments_in_every_dialect():
    assert set(TYPES) == set(DIALECTS)
    assert len({frozenset(mapping) for mapping in TYPES.values()}) == 1


SQLITE_RELEASED: tuple[str, ...] = (
    """
    CREATE TABLE documents (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
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
        record TEXT NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX documents_lang ON documents(lang);
    CREATE INDEX documents_published ON documents(published);
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)
    """,
    """
    CREATE VIRTUAL TABLE doc_fts USING fts5(terms, tokenize = "unicode61 remove_diacritics 0")
    """,
    """
    CREATE TABLE signatures (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        doc_id TEXT NOT NULL UNIQUE,
        sig BLOB NOT NULL
    )
    """,
    """
    CREATE TABLE vectors (doc_id TEXT PRIMARY KEY, model TEXT NOT NULL, vector BLOB NOT NULL)
    """,
    """
    CREATE INDEX documents_filters ON documents(seq, lang, outlet, published)
    """,
    """
    ALTER TABLE documents ADD COLUMN story TEXT
        GENERATED ALWAYS AS (json_extract(record, '$.story')) VIRTUAL;
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
        generation INTEGER NOT NULL
    );
    CREATE INDEX stories_by_size ON stories(size DESC, id)
    """,
    """
    CREATE TABLE story_states (
        id TEXT PRIMARY KEY,
        last_day TEXT,
        state TEXT NOT NULL,
        sums BLOB NOT NULL
    );
    CREATE INDEX story_states_last ON story_states(last_day)
    """,
    """
    CREATE TABLE signature_buckets (bucket INTEGER NOT NULL, doc_id TEXT NOT NULL);
    CREATE INDEX signature_buckets_bucket ON signature_buckets(bucket)
    """,
    """
    CREATE TABLE story_views (
        id TEXT PRIMARY KEY,
        generation INTEGER NOT NULL,
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
    """,
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
        doc_seq INTEGER NOT NULL,
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
        doc_seq INTEGER NOT NULL,
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
        first INTEGER NOT NULL,
        PRIMARY KEY (entity, lang, text)
    );
    CREATE TABLE entity_documents (
        entity TEXT NOT NULL,
        doc_seq INTEGER NOT NULL,
        doc TEXT NOT NULL,
        PRIMARY KEY (entity, doc_seq)
    );
    CREATE INDEX entity_documents_doc ON entity_documents(doc_seq, entity)
    """,
    """
    CREATE INDEX documents_accepted_lang ON documents(rejected, lang, published);
    CREATE INDEX documents_accepted_outlet ON documents(rejected, outlet, published)
    """,
    """
    CREATE TABLE story_names (
        name TEXT NOT NULL,
        story TEXT NOT NULL,
        last_day TEXT NOT NULL,
        PRIMARY KEY (name, story)
    );
    CREATE INDEX story_names_recent ON story_names(name, last_day, story);
    CREATE INDEX story_names_story ON story_names(story)
    """,
    """
    CREATE TABLE entity_months (
        entity TEXT NOT NULL,
        month TEXT NOT NULL,
        mentions INTEGER NOT NULL,
        PRIMARY KEY (entity, month)
    );
    CREATE TABLE entity_outlets (
        entity TEXT NOT NULL,
        outlet TEXT NOT NULL,
        documents INTEGER NOT NULL,
        first INTEGER NOT NULL,
        PRIMARY KEY (entity, outlet)
    );
    CREATE TABLE entity_stories (
        entity TEXT NOT NULL,
        story TEXT NOT NULL,
        documents INTEGER NOT NULL,
        first INTEGER NOT NULL,
        PRIMARY KEY (entity, story)
    );
    CREATE INDEX entity_stories_listed ON entity_stories(entity, documents DESC, first, story);
    INSERT INTO entity_months (entity, month, mentions)
        SELECT entity, substr(coalesce(published, 'unknown'), 1, 7), count(*)
        FROM entity_mentions GROUP BY 1, 2;
    INSERT INTO entity_outlets (entity, outlet, documents, first)
        SELECT e.entity, coalesce(d.outlet, ''), count(*), min(e.doc_seq)
        FROM documents d CROSS JOIN entity_documents e ON e.doc_seq = d.seq GROUP BY 1, 2;
    INSERT INTO entity_stories (entity, story, documents, first)
        SELECT e.entity, d.story, count(*), min(e.doc_seq)
        FROM documents d CROSS JOIN entity_documents e ON e.doc_seq = d.seq
        WHERE d.story <> '' GROUP BY 1, 2;
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
    """
    ALTER TABLE story_item_documents ADD COLUMN size INTEGER NOT NULL DEFAULT 0;
    UPDATE story_item_documents SET size = (
        SELECT i.size FROM story_items i WHERE i.story = story_item_documents.story
        AND i.part = story_item_documents.part AND i.position = story_item_documents.position
    );
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
    """
    DROP INDEX quotes_lang;
    DROP INDEX quotes_outlet;
    DROP INDEX quotes_published;
    CREATE INDEX quotes_lang ON quotes(lang, doc_seq, position, outlet, published);
    CREATE INDEX quotes_outlet ON quotes(outlet, doc_seq, position, lang, published);
    CREATE INDEX quotes_published ON quotes(published, doc_seq, position, lang, outlet)
    """,
    """
    CREATE TABLE IF NOT EXISTS backfills (migration INTEGER NOT NULL, name TEXT PRIMARY KEY);
    INSERT INTO backfills(migration, name) VALUES (16, 'views') ON CONFLICT (name) DO NOTHING
    """,
)

POSTGRES_RELEASED: tuple[str, ...] = (
    """
    CREATE TABLE documents (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
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
        record JSONB NOT NULL,
        ingested_at TIMESTAMPTZ NOT NULL
    );
    CREATE INDEX documents_lang ON documents(lang);
    CREATE INDEX documents_published ON documents(published);
    CREATE INDEX documents_story ON documents((record->>'story'));
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)
    """,
    """
    ALTER TABLE documents ADD COLUMN terms TSVECTOR;
    CREATE INDEX documents_terms ON documents USING GIN (terms)
    """,
    """
    CREATE TABLE signatures (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        doc_id TEXT NOT NULL UNIQUE,
        sig BYTEA NOT NULL
    )
    """,
    """
    CREATE TABLE vectors (doc_id TEXT PRIMARY KEY, model TEXT NOT NULL, vector BYTEA NOT NULL)
    """,
    "SELECT 1",
    """
    ALTER TABLE documents ADD COLUMN story TEXT GENERATED ALWAYS AS (record->>'story') STORED;
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
        generation BIGINT NOT NULL
    );
    CREATE INDEX stories_by_size ON stories(size DESC, id)
    """,
    """
    CREATE TABLE story_states (
        id TEXT PRIMARY KEY,
        last_day TEXT,
        state TEXT NOT NULL,
        sums BYTEA NOT NULL
    );
    CREATE INDEX story_states_last ON story_states(last_day)
    """,
    """
    CREATE TABLE signature_buckets (bucket BIGINT NOT NULL, doc_id TEXT NOT NULL);
    CREATE INDEX signature_buckets_bucket ON signature_buckets(bucket)
    """,
    """
    CREATE TABLE story_views (
        id TEXT PRIMARY KEY,
        generation BIGINT NOT NULL,
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
    """,
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
        doc_seq BIGINT NOT NULL,
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
        doc_seq BIGINT NOT NULL,
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
        first BIGINT NOT NULL,
        PRIMARY KEY (entity, lang, text)
    );
    CREATE TABLE entity_documents (
        entity TEXT NOT NULL,
        doc_seq BIGINT NOT NULL,
        doc TEXT NOT NULL,
        PRIMARY KEY (entity, doc_seq)
    );
    CREATE INDEX entity_documents_doc ON entity_documents(doc_seq, entity)
    """,
    """
    CREATE INDEX documents_accepted_lang ON documents(rejected, lang, published);
    CREATE INDEX documents_accepted_outlet ON documents(rejected, outlet, published)
    """,
    """
    CREATE TABLE story_names (
        name TEXT NOT NULL,
        story TEXT NOT NULL,
        last_day TEXT NOT NULL,
        PRIMARY KEY (name, story)
    );
    CREATE INDEX story_names_recent ON story_names(name, last_day, story);
    CREATE INDEX story_names_story ON story_names(story)
    """,
    """
    CREATE TABLE entity_months (
        entity TEXT NOT NULL,
        month TEXT NOT NULL,
        mentions BIGINT NOT NULL,
        PRIMARY KEY (entity, month)
    );
    CREATE TABLE entity_outlets (
        entity TEXT NOT NULL,
        outlet TEXT NOT NULL,
        documents BIGINT NOT NULL,
        first BIGINT NOT NULL,
        PRIMARY KEY (entity, outlet)
    );
    CREATE TABLE entity_stories (
        entity TEXT NOT NULL,
        story TEXT NOT NULL,
        documents BIGINT NOT NULL,
        first BIGINT NOT NULL,
        PRIMARY KEY (entity, story)
    );
    CREATE INDEX entity_stories_listed ON entity_stories(entity, documents DESC, first, story);
    INSERT INTO entity_months (entity, month, mentions)
        SELECT entity, substr(coalesce(published, 'unknown'), 1, 7), count(*)
        FROM entity_mentions GROUP BY 1, 2;
    INSERT INTO entity_outlets (entity, outlet, documents, first)
        SELECT e.entity, coalesce(d.outlet, ''), count(*), min(e.doc_seq)
        FROM documents d JOIN entity_documents e ON e.doc_seq = d.seq GROUP BY 1, 2;
    INSERT INTO entity_stories (entity, story, documents, first)
        SELECT e.entity, d.story, count(*), min(e.doc_seq)
        FROM documents d JOIN entity_documents e ON e.doc_seq = d.seq
        WHERE d.story <> '' GROUP BY 1, 2;
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
    """
    ALTER TABLE story_item_documents ADD COLUMN size INTEGER NOT NULL DEFAULT 0;
    UPDATE story_item_documents c SET size = i.size FROM story_items i
        WHERE i.story = c.story AND i.part = c.part AND i.position = c.position;
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
    """
    DROP INDEX quotes_lang;
    DROP INDEX quotes_outlet;
    DROP INDEX quotes_published;
    CREATE INDEX quotes_lang ON quotes(lang, doc_seq, position, outlet, published);
    CREATE INDEX quotes_outlet ON quotes(outlet, doc_seq, position, lang, published);
    CREATE INDEX quotes_published ON quotes(published, doc_seq, position, lang, outlet)
    """,
    """
    CREATE TABLE IF NOT EXISTS backfills (migration INTEGER NOT NULL, name TEXT PRIMARY KEY);
    INSERT INTO backfills(migration, name) VALUES (16, 'views') ON CONFLICT (name) DO NOTHING
    """,
)

RELEASED = {"sqlite": SQLITE_RELEASED, "postgres": POSTGRES_RELEASED}
