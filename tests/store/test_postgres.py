"""PostgreSQL specifics: connection errors, migrations, search parity with SQLite, the CLI.

The behaviour both backends share is tested through the `store_url` fixture in the other
storage tests; these cover what only PostgreSQL has, on a throwaway cluster.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from rasad.analysis.search import SearchFilter
from rasad.config import Settings
from rasad.model import Document
from rasad.services.ingest import ingest_paths
from rasad.store import StoreError, open_store
from rasad.store.migrations import MIGRATIONS
from rasad.store.sql import public_url
from rasad.store.sqlite import SQLiteStore

psycopg = pytest.importorskip("psycopg", reason="psycopg not installed")


@pytest.fixture
def pg_url(pg_cluster):
    url = pg_cluster.create_database()
    yield url
    pg_cluster.drop_database(url)


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql://bob:hunter2@db.example:5433/news", "postgresql://bob@db.example:5433/news"),
        ("postgresql://db.example/news?password=hunter2&sslmode=require", "postgresql://db.example/news?sslmode=require"),
        ("postgres://bob@127.0.0.1/news", "postgres://bob@127.0.0.1/news"),
        ("rasad.db", "rasad.db"),
    ],
)  # fmt: skip
def test_public_url_never_shows_a_password(url, shown):
    assert public_url(url) == shown


def test_unreachable_server_is_explained_without_the_password():
    with pytest.raises(StoreError) as caught:
        open_store("postgresql://bob:hunter2@127.0.0.1:1/news")
    message = str(caught.value)
    assert message.startswith("cannot connect to postgresql://bob@127.0.0.1:1/news: ")
    assert "hunter2" not in message


def test_migrations_are_numbered_and_recorded(pg_url):
    store = open_store(pg_url)
    versions = [r["version"] for r in store.conn.execute("SELECT version FROM schema_version")]
    latest = len(MIGRATIONS)
    assert versions == list(range(1, latest + 1)) and store.schema_version == latest
    store.close()
    again = open_store(pg_url)  # reopening applies nothing
    assert again.schema_version == latest and again.integrity_ok()
    again.conn.execute("INSERT INTO schema_version(version) VALUES (99)")
    again.close()
    with pytest.raises(StoreError, match="newer than this rasad"):
        open_store(pg_url)


def test_processes_opening_a_fresh_database_at_once_migrate_it_once(pg_url):
    errors: list[Exception] = []

    def open_and_close() -> None:
        try:
            open_store(pg_url).close()
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=open_and_close) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert open_store(pg_url).schema_version == len(MIGRATIONS)


def test_nul_characters_are_stored_with_offsets_kept(pg_url):
    text = "الحكومة العراقية\x00 تعلن جولة جديدة من الحوار مع واشنطن"
    store = open_store(pg_url)
    assert store.put_documents([Document(id="n", source="n", raw_text=text, text=text, lang="ar")])
    stored = store.get_document("n")
    assert len(stored.text) == len(text) and "\x00" not in stored.text
    assert store.search("واشنطن", SearchFilter())[0] == 1


@pytest.fixture(scope="module")
def both_backends(pg_cluster, seeds_dir, tmp_path_factory):
    """The seeds ingested into SQLite, and the same documents copied into PostgreSQL."""
    sqlite = SQLiteStore(tmp_path_factory.mktemp("parity") / "seeds.db")
    ingest_paths([seeds_dir], sqlite, Settings(strict=True, db=sqlite.path, batch_size=2))
    url = pg_cluster.create_database()
    pg = open_store(url)
    pg.put_documents(sqlite.iter_documents(include_rejected=True))
    yield sqlite, pg
    pg.close()
    sqlite.close()
    pg_cluster.drop_database(url)


def parity_filters(docs: list[Document]) -> list[SearchFilter]:
    """Filters built from what the stored documents hold (no names written into the test)."""
    first = docs[0]
    day = first.published["value"][:10] if first.published else None
    entity = first.entities[0].get("entity") if first.entities else None
    return [
        SearchFilter(),
        SearchFilter(lang=first.lang),
        SearchFilter(outlet=first.outlet),
        SearchFilter(date_from=day),
        SearchFilter(date_to=day),
        SearchFilter(date_to=day[:7] if day else None),
        SearchFilter(story=first.story),
        SearchFilter(entity=entity),
    ]


def test_search_finds_the_same_documents_on_both_backends(both_backends):
    sqlite, pg = both_backends
    docs = list(sqlite.iter_documents())
    words = [w for d in docs for w in (d.title or "").split()[:3]]
    assert len(words) >= 5
    for query in [*words, " ".join(words[:2])]:
        for filters in parity_filters(docs):
            total, hits = sqlite.search(query, filters, limit=50)
            pg_total, pg_hits = pg.search(query, filters, limit=50)
            assert pg_total == total, (query, filters)
            assert {d.id for d, _ in pg_hits} == {d.id for d, _ in hits}, (query, filters)
            assert all(score > 0 for _, score in pg_hits)
            for by in ("lang", "outlet"):
                counts = sqlite.search_counts(query, filters, by)
                assert pg.search_counts(query, filters, by) == counts, (query, filters, by)


def test_search_hits_have_the_same_shape_on_both_backends(both_backends):
    sqlite, pg = both_backends
    query = next(w for d in sqlite.iter_documents() for w in (d.title or "").split())
    (_, [(lite, _), *_]), (_, pg_hits) = (
        sqlite.search(query, SearchFilter()),
        pg.search(query, SearchFilter()),
    )
    hit = next(d for d, _ in pg_hits if d.id == lite.id)
    assert hit.to_record() == lite.to_record()


def test_stats_and_records_match_sqlite(both_backends):
    sqlite, pg = both_backends
    lite_stats, pg_stats = sqlite.stats(), pg.stats()
    for key in ("documents", "rejected", "languages", "outlets", "rejections", "published"):
        assert pg_stats[key] == lite_stats[key], key
    assert [d.to_record() for d in pg.iter_documents()] == [
        d.to_record() for d in sqlite.iter_documents()
    ]


def run_cli(url: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "RASAD_DB": url}
    return subprocess.run(
        [sys.executable, "-m", "rasad.cli", *args], env=env, capture_output=True, text=True
    )


def test_cli_ingest_stories_search_export_on_postgresql(pg_url, seeds_dir, tmp_path: Path):
    ingest = run_cli(pg_url, "ingest", "-q", str(seeds_dir))
    assert ingest.returncode == 0, ingest.stderr
    stories = run_cli(pg_url, "stories", "--json")
    assert stories.returncode == 0, stories.stderr
    assert json.loads(stories.stdout)
    first = open_store(pg_url).get_document(next(iter(open_store(pg_url).iter_documents())).id)
    word = (first.title or first.text).split()[0]
    found = run_cli(pg_url, "search", word, "--json")
    assert found.returncode == 0, found.stderr
    assert first.id in {r["id"] for r in json.loads(found.stdout)["results"]}
    out = tmp_path / "export.json"
    export = run_cli(pg_url, "export", "-o", str(out))
    assert export.returncode == 0, export.stderr
    assert len(json.loads(out.read_text(encoding="utf-8"))["documents"]) == 5


def test_iteration_pages_through_more_rows_than_one_round_trip(pg_url):
    import numpy as np

    from rasad.store.postgres import PAGE_ROWS

    n = PAGE_ROWS * 2 + 7
    docs = [
        Document(id=f"d{i:05d}", source="s", raw_text=f"word {i}", text=f"word {i}", lang="en")
        for i in range(n)
    ]
    store = open_store(pg_url)
    assert store.put_documents(docs) == n
    store.put_signatures((d.id, np.arange(4, dtype=np.uint32) + i) for i, d in enumerate(docs))
    store.put_vectors((d.id, np.full(3, i, dtype=np.float32)) for i, d in enumerate(docs))
    assert [d.id for d in store.iter_documents()] == [d.id for d in docs]
    assert [s[0] for s in store.iter_signatures()] == [d.id for d in docs]
    vectors = dict(store.iter_vectors())
    assert len(vectors) == n and vectors["d00005"].tolist() == [5.0, 5.0, 5.0]
    assert store.count() == n and store.integrity_ok()


def test_cli_serve_on_postgresql(pg_url):
    import time

    import httpx

    from tests.support.pgcluster import free_port

    port = free_port()
    command = [sys.executable, "-m", "rasad.cli", "--db", pg_url, "serve", "--port", str(port)]
    server = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                stats = httpx.get(f"http://127.0.0.1:{port}/api/v1/stats", timeout=2)
                break
            except httpx.TransportError:
                assert server.poll() is None and time.monotonic() < deadline, "server did not start"
                time.sleep(0.3)
        assert stats.status_code == 200
        assert stats.json()["database"] == pg_url and stats.json()["schema_version"] == len(
            MIGRATIONS
        )
    finally:
        server.terminate()
        server.wait()
