"""API latency at 100k documents: the story list, a story page and search, through the real app.

Builds (or reuses, with `--db`) a SQLite database of `--docs` documents, then times GET
/api/v1/stories (pages and filters), GET /api/v1/stories/{id} (random stories and the largest)
and GET /api/v1/search?q=… through the FastAPI app in-process (httpx over the ASGI interface,
middleware and a fresh store per request included) and prints p50/p95 per kind. In the same
run it builds a smaller database (`--baseline`) and times the old path there: every story
rebuilt from every document (`Corpus.load`, what the first story request after each ingest
cost), against the per-story path.

How the database is made, since analysing and embedding 100k articles would take a day here:
- `--base` real articles from ../shared/corpus (ar, fa, en; round-robin) go through the real
  analysis stages (extract … framing: entities, dates, numbers, quotes, loaded terms), not
  through the e5 embedding;
- the rest are variants of them: the analysed record copied with one paragraph of another
  article of the same language appended (so every span still points at its text and the
  content is new), another outlet of that language, and the date moved by up to two weeks;
- vectors are not e5: each base article gets a hashed bag-of-words vector (384-d, L2-normed)
  and each variant its origin's vector plus small Gaussian noise;
- stories are assigned, not clustered: story r holds one base article and its variants, and
  sizes follow a Zipf-like law (r-th story ≈ `--largest` / r^0.7 documents, at least one),
  which gives 37k stories at 100k documents (median 1 document, 95th percentile 7), the largest
  `--largest`; each story's documents are split into up to three events in order. Summary
  rows are then computed by the same code the ingest runs (`sync_story_summaries`).

    .venv/bin/python bench/api.py --db /tmp/rasad-api-100k.db [--docs 100000] [--requests 200]

The machine is shared (other jobs run on its two cores): the figures are "loaded" ones.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import statistics
import sys
import time
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from corpus import articles, parse_with_shared  # bench/corpus.py
from fastapi.testclient import TestClient

from rasad.analysis import pages
from rasad.analysis.pages import story_summary
from rasad.analysis.search import document_terms
from rasad.api.app import create_app
from rasad.config import Settings
from rasad.model import Document
from rasad.pipeline import build_pipeline
from rasad.services import queries as views
from rasad.services.materialize import (
    refresh_story_summaries,
    run_backfills,
    sync_story_summaries,
    views_left,
)
from rasad.stages.readers import document_from_item
from rasad.store import sqlite as sqlite_store
from rasad.store.sqlite import SQLiteStore
from rasad.text.tokenize import index_terms

ANALYSIS = ("extract", "clean", "langid", "entities", "pubdate", "dates", "numbers", "quotes")
ANALYSIS += ("framing",)
DIM = 384
ZIPF = 0.7


def analysed(shared: Path, n: int) -> list[Document]:
    """n real articles through the analysis stages (no embedding)."""
    pipeline = build_pipeline(Settings(), ANALYSIS)
    started = time.perf_counter()
    docs = [pipeline(document_from_item(i, "bench", i["id"])) for i in articles(shared, n)]
    print(f"analysed {n} articles in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return [d for d in docs if not d.rejected]


def hashed_vector(doc: Document) -> np.ndarray:
    """A bag-of-words vector of the title and lead (a stand-in for e5, see the docstring)."""
    v = np.zeros(DIM, dtype=np.float32)
    for term in index_terms(f"{doc.title or ''} {doc.text[:600]}", doc.lang):
        h = int.from_bytes(hashlib.blake2b(term.encode(), digest_size=4).digest(), "little")
        v[h % DIM] += 1.0 if h & 1 << 31 else -1.0
    return v / max(float(np.linalg.norm(v)), 1e-6)


def story_sizes(total: int, largest: int) -> list[int]:
    """Documents per story, largest first, adding up to `total`."""
    sizes: list[int] = []
    placed = 0
    while placed < total:
        sizes.append(max(1, int(largest / (len(sizes) + 1) ** ZIPF)))
        placed += sizes[-1]
    sizes[-1] -= placed - total
    return sizes


TERMS: dict[str, str] = {}  # doc id → its full-text terms, computed once per text piece


@cache
def piece_terms(doc_id: str, text: str, lang: str) -> str:
    return document_terms(Document(id=doc_id, source="", text=text, lang=lang))


def precomputed_terms(doc: Document) -> str:
    """The store's full-text terms of a document: a variant's are its origin's followed by
    its appended paragraph's (the same keys the store would compute, computed once)."""
    return TERMS.pop(doc.id, None) or document_terms(doc)


def variant(origin: Document, n: int, other: Document, outlet: str | None, rng) -> Document:
    """A copy of an analysed article under a new id with a paragraph of `other` appended."""
    record = origin.to_record()
    doc = Document.from_record(json.loads(json.dumps(record)))
    doc.id = f"{origin.id}~{n}"
    extra = next((p for p in other.text.split("\n") if len(p) > 40), other.text[:200])
    doc.text = f"{origin.text}\n{extra}"
    head = piece_terms(origin.id, f"{origin.title or ''}\n{origin.text}", origin.lang)
    TERMS[doc.id] = f"{head} {piece_terms(other.id, extra, origin.lang)}"
    doc.raw_text, doc.html = f"{doc.text}\n#{n}", None  # the content hash: new content
    doc.outlet = outlet or origin.outlet
    if doc.published and len(doc.published["value"]) == 10:
        day = date.fromisoformat(doc.published["value"]) + timedelta(days=rng.randrange(15))
        doc.published = {**doc.published, "value": day.isoformat()}
        doc.published["window"] = [day.isoformat(), day.isoformat()]
    return doc


def build_db(path: Path, shared: Path, total: int, base: int, largest: int) -> None:
    rng = random.Random(7)
    origins = analysed(shared, base)
    by_lang: dict[str, list[Document]] = {}
    for d in origins:
        by_lang.setdefault(d.lang, []).append(d)
    outlets = {lang: sorted({d.outlet for d in ds if d.outlet}) for lang, ds in by_lang.items()}
    vectors = {d.id: hashed_vector(d) for d in origins}
    store = SQLiteStore(path)
    sqlite_store.document_terms = precomputed_terms
    started, batch, vec_batch, n = time.perf_counter(), [], [], 0
    for number, size in enumerate(story_sizes(total, largest), start=1):
        origin = origins[(number - 1) % len(origins)]
        story = f"s{number}"
        for k in range(size):
            if k == 0 and number <= len(origins):
                doc = Document.from_record(origin.to_record())
            else:
                other = rng.choice(by_lang[origin.lang])
                doc = variant(origin, n, other, rng.choice(outlets[origin.lang] or [None]), rng)
            doc.story = story
            doc.event = f"{story}.e{1 + k * 3 // size}"
            noise = np.random.default_rng(n).normal(0, 0.03, DIM).astype(np.float32)
            v = vectors[origin.id] + (noise if doc.id != origin.id else 0)
            batch.append(doc)
            vec_batch.append((doc.id, v / np.linalg.norm(v)))
            n += 1
            if len(batch) == 1000:
                store.put_vectors(vec_batch)
                store.put_documents(batch)
                batch, vec_batch = [], []
    store.put_vectors(vec_batch)
    store.put_documents(batch)
    sqlite_store.document_terms = document_terms
    written = time.perf_counter() - started
    started = time.perf_counter()
    sync_story_summaries(store)
    # the views are those of this code (links, framing terms, rows and pages just made): the
    # backfills an empty database's migrations record are done, not left for the first request
    for name in store.pending_backfills():
        store.backfill_done(name)
    print(
        f"built {path}: {store.count()} documents in {written:.0f} s, "
        f"summaries in {time.perf_counter() - started:.0f} s",
        file=sys.stderr,
    )
    store.close()


def bring_up_to_date(path: Path) -> None:
    """A database built before the stored views and entity links gets them, as its next
    ingest would give them (timed: it is what upgrading costs)."""
    store = SQLiteStore(path)
    if store.pending_backfills():
        started, cpu = time.perf_counter(), time.process_time()
        run_backfills(store, Settings())
        print(
            f"{path}: stored views and entity links in {time.perf_counter() - started:.0f} s "
            f"(CPU {time.process_time() - cpu:.0f} s, load average {os.getloadavg()[0]:.1f})",
            file=sys.stderr,
        )
    store.close()


def percentile(values: list[float], q: float) -> float:
    return sorted(values)[min(int(len(values) * q), len(values) - 1)]


Sample = tuple[float, float]  # (wall-clock ms, CPU ms of this process, all threads)


def timed(client: TestClient, url: str, params: dict[str, Any] | None = None) -> Sample:
    """One request's wall-clock and CPU time (on a loaded machine the CPU time is closer to
    what the request costs on an idle one)."""
    started, cpu = time.perf_counter(), time.process_time()
    response = client.get(url, params=params)
    sample = ((time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000)
    assert response.status_code == 200, (url, response.status_code, response.text[:200])
    return sample


def measure(
    path: Path, requests: int, rng: random.Random, only: list[str] | None = None
) -> dict[str, list[Sample]]:
    """Timings per kind of request against the app over the database at `path`: every GET of
    the API (but /export, the whole database by design, and /jobs/{id}), or those whose label
    starts with one of `only`."""
    store = SQLiteStore(path)
    total, top = store.story_summaries(pages.ItemFilter(), 1, 0)
    stories = [r["id"] for r in store.story_summaries(pages.ItemFilter(), total, 0)[1]]
    stats = store.stats()
    languages = list(stats["languages"])
    outlets = [o for o in stats["outlets"] if o != "(unknown)"]
    words = [
        w
        for r in store.story_summaries(pages.ItemFilter(), 300, 0)[1]
        for w in (r["title"] or "").split()
        if len(w) > 4
    ]
    docs = [d.id for _, d in store.documents_after(rng.randrange(stats["documents"]), 200)]
    entities = views.entity_list(store, window=pages.Page(limit=1000))["entities"]
    entity_ids = [e["id"] for e in entities]
    speakers = [q["speaker"] for q in views.quote_list(store, window=pages.Page(500))["quotes"]]
    speakers = [s for s in speakers if s] or [None]
    store.close()
    client = TestClient(create_app(Settings(db=str(path))))
    out: dict[str, list[Sample]] = {k: [] for k in LABELS if selected(k, only)}

    def item_filter() -> dict[str, str]:
        return rng.choice(
            [{"lang": rng.choice(languages)}, {"outlet": rng.choice(outlets)}]
            + [{"from": "2015-08-10"}, {"lang": rng.choice(languages), "to": "2015-08"}]
        )

    def take(label: str, url: str, params: dict[str, Any] | None = None) -> None:
        if label in out:  # the arguments are drawn either way: the same requests as a full run
            out[label].append(timed(client, url, params))

    for _ in range(requests):
        page = rng.randrange(0, max(total // 50, 1))
        story = rng.choice(stories)
        take("stories", "/api/v1/stories", {"offset": page * 50})
        take("stories filtered", "/api/v1/stories", item_filter())
        take("story", f"/api/v1/stories/{story}")
        take("story timeline", f"/api/v1/stories/{story}/timeline")
        take("search", "/api/v1/search", {"q": rng.choice(words)})
        take("stats", "/api/v1/stats")
        take("documents", "/api/v1/documents", {"page": page + 1})
        take("documents filtered", "/api/v1/documents", item_filter())
        take("document", f"/api/v1/documents/{rng.choice(docs)}")
        for part in pages.STORY_PARTS:
            offset = rng.choice([0, 50, 1000])
            take(part, f"/api/v1/{part}", {"offset": offset})
            take(f"{part} filtered", f"/api/v1/{part}", item_filter())
            take(f"{part} of a story", f"/api/v1/stories/{story}/{part}")
        status = rng.choice(["kept", "broken", "open", "disputed"])
        take("promises by status", "/api/v1/promises", {"status": status})
        take("quotes", "/api/v1/quotes", {"offset": rng.choice([0, 5000])})
        take("quotes filtered", "/api/v1/quotes", item_filter())
        take("quotes of a speaker", "/api/v1/quotes", {"entity": rng.choice(speakers)})
        take("entities", "/api/v1/entities", {"offset": rng.choice([0, 800])})
        kind = rng.choice(["PER", "ORG", "LOC", "GPE"])
        take("entities by type", "/api/v1/entities", {"type": kind})
        take("entities of a story", "/api/v1/entities", {"story": story})
        take("entity", f"/api/v1/entities/{rng.choice(entity_ids)}")
        ui = rng.choice(["en", "ar", "fa"])  # the HTML pages, in a random interface language
        take("page: stories", "/", {"ui": ui, "page": page + 1})
        take("page: stories filtered", "/", {"ui": ui, **item_filter()})
        take("page: story", f"/stories/{story}", {"ui": ui})
        take("page: documents", "/documents", {"ui": ui, "page": page + 1})
        take("page: document", f"/documents/{rng.choice(docs)}", {"ui": ui})
        take("page: entities", "/entities", {"ui": ui, "type": kind})
        take("page: entity", f"/entities/{rng.choice(entity_ids)}", {"ui": ui})
        take("page: quotes", "/quotes", {"ui": ui, **item_filter()})
        take("page: search", "/search", {"ui": ui, "q": rng.choice(words)})
    for entity in entity_ids[:10]:
        take("entity (10 most mentioned)", f"/api/v1/entities/{entity}")
    take("largest story (first)", f"/api/v1/stories/{top[0]['id']}")
    for _ in range(min(requests, 20)):
        take("largest story (again)", f"/api/v1/stories/{top[0]['id']}")
    return {label: samples for label, samples in out.items() if samples}


def selected(label: str, only: list[str] | None) -> bool:
    """Whether a row of the table is measured (`--only`: labels starting with these)."""
    return only is None or any(label.startswith(name) for name in only)


LABELS = (
    "stories",
    "stories filtered",
    "story",
    "story timeline",
    "search",
    "stats",
    "documents",
    "documents filtered",
    "document",
    *(f"{part}{kind}" for part in pages.STORY_PARTS for kind in ("", " filtered", " of a story")),
    "promises by status",
    "quotes",
    "quotes filtered",
    "quotes of a speaker",
    "entities",
    "entities by type",
    "entities of a story",
    "entity",
    "entity (10 most mentioned)",
    "largest story (first)",
    "largest story (again)",
    *(
        f"page: {name}"
        for name in (
            "stories",
            "stories filtered",
            "story",
            "documents",
            "document",
            "entities",
            "entity",
            "quotes",
            "search",
        )
    ),
)


def refresh_cost(path: Path, batches: int, batch: int, rng: random.Random) -> dict:
    """What the ingest's per-batch refresh costs at this size: the stories `batch` random
    stored documents belong to (a batch touches stories in proportion to their size),
    refreshed as `store_batch` refreshes them; summary rows alone, then with stored views;
    then the ingest's end (the views of the large stories the batches left)."""
    store = SQLiteStore(path)
    last = store.last_document_seq()
    out: dict[str, list[Sample]] = {"refresh: summary rows only": [], "refresh: with views": []}
    sizes = []
    for _ in range(batches):
        picked = rng.sample(range(1, last + 1), batch)
        touched = {
            r["story"]
            for r in store.conn.execute(
                f"SELECT story FROM documents WHERE seq IN ({', '.join('?' * batch)})", picked
            )
            if r["story"]
        }
        sizes.append(sum(len(store.story_documents(s)) for s in touched))
        for label, run in (
            ("refresh: summary rows only", summary_rows_only),
            ("refresh: with views", refresh_story_summaries),
        ):
            started, cpu = time.perf_counter(), time.process_time()
            run(store, touched)
            out[label].append(
                ((time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000)
            )
    # then as the ingest ends: the views of the large stories the batches left (else the next
    # run's first request for one builds it)
    started, cpu = time.perf_counter(), time.process_time()
    refresh_story_summaries(store, views_left(store), views_up_to=None)
    out["refresh: ingest end (views left)"] = [
        ((time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000)
    ]
    store.close()
    print(
        f"refresh: {batches} batches of {batch} random stored documents touched "
        f"{statistics.median(sizes):.0f} documents' stories (median; max {max(sizes)})",
        file=sys.stderr,
    )
    return out


def summary_rows_only(store: SQLiteStore, story_ids: set[str]) -> None:
    """The refresh as it was before stored views: summary rows only."""
    rows = []
    for story_id in sorted(story_ids):
        docs = store.story_documents(story_id)
        rows.append(story_summary(story_id, docs, store.vectors_of(d.id for d in docs), 0))
    store.put_story_summaries(rows)


def old_path(path: Path, requests: int, rng: random.Random) -> dict[str, list[Sample]]:
    """The story page as before: every story rebuilt from every document on the first
    request after a write (`Corpus.load`), then served from that build."""
    store = SQLiteStore(path)
    started, cpu = time.perf_counter(), time.process_time()
    full = views.load_corpus(store)
    load = ((time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000)
    ids = [s["id"] for s in full.stories]
    warm = []
    for _ in range(requests):
        started, cpu = time.perf_counter(), time.process_time()
        views.story_detail(store, rng.choice(ids), full)
        warm.append(((time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000))
    store.close()
    return {"old: Corpus.load (first request)": [load], "old: story (built)": warm}


def report(size: int, timings: dict[str, list[Sample]]) -> None:
    for label, samples in timings.items():
        if not samples:
            continue
        wall, cpu = [w for w, _ in samples], [c for _, c in samples]
        print(
            f"{size:>9} {label:<34} {len(samples):>5} {statistics.median(wall):>8.1f} "
            f"{percentile(wall, 0.95):>8.1f} {statistics.median(cpu):>8.1f} "
            f"{percentile(cpu, 0.95):>8.1f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, help="build here once, reuse on later runs")
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--base", type=int, default=1200, help="real articles analysed")
    parser.add_argument("--largest", type=int, default=1500, help="documents in the largest story")
    parser.add_argument(
        "--baseline", type=int, default=5_000, help="size for the old path (0: not measured)"
    )
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--refresh-batches", type=int, default=10)
    parser.add_argument("--refresh-batch", type=int, default=50, help="documents per batch")
    parser.add_argument(
        "--only",
        type=lambda text: [name.strip() for name in text.split(",") if name.strip()],
        help="measure only the rows whose label starts with one of these (comma-separated: "
        "'events filtered,documents,largest,refresh')",
    )
    args, shared = parse_with_shared(parser)
    if shared is None:
        return
    db = args.db or Path(f"/tmp/rasad-api-{args.docs}.db")
    small = db.with_name(f"{db.stem}-baseline-{args.baseline}.db")
    sizes = [(db, args.docs, args.largest)] + [(small, args.baseline, 150)] * (args.baseline > 0)
    for path, size, largest in sizes:
        if not path.exists():
            build_db(path, shared, size, min(args.base, max(size // 25, 1)), largest)
        else:
            bring_up_to_date(path)
    rng = random.Random(11)
    print(
        f"{'documents':>9} {'request':<34} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} "
        f"{'cpu p50':>8} {'cpu p95':>8}"
    )
    print(f"load average {os.getloadavg()[0]:.1f}", file=sys.stderr)
    report(args.docs, measure(db, args.requests, rng, args.only))
    if selected("refresh", args.only):
        report(args.docs, refresh_cost(db, args.refresh_batches, args.refresh_batch, rng))
    if args.baseline:
        report(args.baseline, measure(small, args.requests // 2, rng, args.only))
    if args.baseline and selected("old", args.only):
        report(args.baseline, old_path(small, args.requests // 2, rng))
    print(f"load average {os.getloadavg()[0]:.1f}", file=sys.stderr)


if __name__ == "__main__":
    main()
