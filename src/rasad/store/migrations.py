"""Numbered schema migrations; the database's `user_version` is how many have run.

Append only: a released migration is never edited.
"""

MIGRATIONS: tuple[str, ...] = (
    # 1: documents and the store's own key/value state
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
    # 2: full-text index over normalized search keys (rowid = documents.seq)
    """
    CREATE VIRTUAL TABLE doc_fts USING fts5(terms, tokenize = "unicode61 remove_diacritics 0")
    """,
    # 3: MinHash signatures for near-duplicate detection, in arrival order
    """
    CREATE TABLE signatures (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        doc_id TEXT NOT NULL UNIQUE,
        sig BLOB NOT NULL
    )
    """,
    # 4: document vectors (title + lead embeddings) for story clustering
    """
    CREATE TABLE vectors (doc_id TEXT PRIMARY KEY, model TEXT NOT NULL, vector BLOB NOT NULL)
    """,
    # 5: search filters read lang/outlet/published from this index, not from the wide rows
    """
    CREATE INDEX documents_filters ON documents(seq, lang, outlet, published)
    """,
    # 6: the story of each document as a column (read from the record), indexed with what the
    # story list filters on, and `stories`: one summary row per story, kept in step by the
    # ingest (rasad.summaries) so the story list is one indexed query. Existing databases get
    # an empty table, filled on first use (`sync_story_summaries`).
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
    # 7: the story index's state per story (members, keys, span, events, vector sums), so an
    # ingest loads the live stories instead of every document and vector
    """
    CREATE TABLE story_states (
        id TEXT PRIMARY KEY,
        last_day TEXT,
        state TEXT NOT NULL,
        sums BLOB NOT NULL
    );
    CREATE INDEX story_states_last ON story_states(last_day)
    """,
    # 8: the LSH buckets of each near-duplicate signature, so an ingest looks up the stored
    # signatures sharing a bucket instead of loading them all
    """
    CREATE TABLE signature_buckets (bucket INTEGER NOT NULL, doc_id TEXT NOT NULL);
    CREATE INDEX signature_buckets_bucket ON signature_buckets(bucket)
    """,
    # 9: reserved (stored story parts, on another branch)
    "SELECT 1",
    # 10: the entity names each dated story is filed under for reach-back (its top names), so
    # a later ingest finds by name a story that went quiet before that ingest started
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
)
