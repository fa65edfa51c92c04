"""Cost per document of the part of ingest that depends on the archive's size, at 1k/10k/100k.

That part is: the store insert with its full-text index, near-duplicate detection, story
assignment (with the stored story states) and consolidation, and starting an ingest (loading
the near-duplicate index and the live stories). The per-document stages (extraction, entities,
embedding…) do not depend on the archive and are left out: documents arrive analysed.

Text: real articles from ../shared/corpus (bench/corpus.py reads them); each document is
the paragraphs of two real articles of one language, shuffled with one dropped (so documents
are mostly distinct, as in an archive). Vectors, dates and entity keys are synthetic, from
bench/cluster.py's stream: 300 documents a day, stories of about 10 documents over a few
days (the embedding is replaced by these vectors, shifted by the language's mean so that
centring them gives back the synthetic direction). For each size, a fresh SQLite database is
filled with all but the last 1,000 documents in one ingest, then the last 1,000 are ingested
as a new ingest (batches of 50, as by default) and timed, start-up included; the CPU time
of its two start-up steps (loading the near-duplicate index, loading the story states) is
printed on its own, next to rebuilding the stories from every document and vector (what
each ingest did before the stored states). Wall time on a machine shared with other jobs mostly
measures them, so each row also prints the one-minute load average when it ended, and the
process's peak RSS so far (the documents of the largest size are held in memory).

    .venv/bin/python bench/scaling.py [--sizes 1000 10000 100000] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import tempfile
import time
from pathlib import Path

import numpy as np
from corpus import articles

from cluster import stream
from rasad.cluster.embed import language_means
from rasad.config import Settings
from rasad.eval.shared import find_shared
from rasad.model import Document
from rasad.services.assign import StoryAssigner
from rasad.services.ingest import IngestReport, ingest_documents, load_duplicate_index
from rasad.store.sqlite import SQLiteStore

MEASURED = 1_000
FILL_BATCH = 1_000
BASE_ARTICLES = 6_000


def documents(items: list[dict], n: int, seed: int = 11) -> list[Document]:
    """n analysed documents: mixed real text, synthetic vector, date and entity keys."""
    rng = random.Random(seed)
    by_lang: dict[str, list[dict]] = {}
    for item in items:
        by_lang.setdefault(item.get("lang", "en"), []).append(item)
    means = language_means()
    out = []
    for i, (doc_id, vector, day, keys) in enumerate(stream(n)):
        pool = by_lang[rng.choice(sorted(by_lang))]
        paras = [p for item in rng.sample(pool, 2) for p in item["text"].split("\n") if p.strip()]
        rng.shuffle(paras)
        text = "\n".join(paras[:-1] or paras)
        lang = pool[0].get("lang", "en")
        value = day.isoformat()
        doc = Document(
            id=doc_id,
            source=f"bench/{doc_id}",
            raw_text=f"{i}\n{text}",
            text=text,
            title=text.split("\n", 1)[0][:80],
            lang=lang,
            published={"value": value, "precision": "day", "window": [value, value]},
            entities=[{"entity": k, "text": k, "type": "ORG"} for k in sorted(keys)],
        )
        shifted = vector + means[lang] if lang in means else vector
        doc.vector = shifted.astype(np.float32)
        out.append(doc)
    return out


def measure(items: list[dict], n: int, folder: Path) -> dict[str, float]:
    docs = documents(items, n)
    db = folder / f"scaling-{n}.db"
    store = SQLiteStore(db)
    fill = Settings(db=str(db), batch_size=FILL_BATCH)
    started = time.perf_counter()
    ingest_documents(iter(docs[:-MEASURED]), store, None, fill, IngestReport())
    filled = time.perf_counter() - started
    settings = Settings(db=str(db))
    started = time.process_time()
    load_duplicate_index(store, settings.dedup_threshold)
    dedup_load = time.process_time() - started
    started = time.process_time()
    StoryAssigner.load(store)
    story_load = time.process_time() - started
    started = time.process_time()
    StoryAssigner.rebuild(store)  # what every ingest did before the stored states
    story_rebuild = time.process_time() - started
    started, started_cpu = time.perf_counter(), time.process_time()
    report = ingest_documents(iter(docs[-MEASURED:]), store, None, settings, IngestReport())
    wall, cpu = time.perf_counter() - started, time.process_time() - started_cpu
    store.close()
    return {
        "fill": filled,
        "dedup_load": dedup_load,
        "story_load": story_load,
        "story_rebuild": story_rebuild,
        "wall": wall / MEASURED * 1e3,
        "cpu": cpu / MEASURED * 1e3,
        "added": report.added,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--shared", type=Path, default=None)
    args = parser.parse_args()
    shared = args.shared or find_shared()
    if shared is None:
        raise SystemExit("../shared not found: pass --shared")
    items = [i for i in articles(shared, BASE_ARTICLES) if len(i["text"]) > 200]
    print(
        f"{'documents':>10} {'fill s':>7} {'dedup load CPU s':>16} {'story load CPU s':>16} "
        f"{'(rebuild)':>9} "
        f"{'ms/doc':>7} {'ratio':>6} {'CPU ms/doc':>11} {'CPU ratio':>10} {'peak RSS MB':>11} "
        f"{'load':>5}"
    )
    first = None
    with tempfile.TemporaryDirectory() as folder:
        for n in args.sizes:
            r = measure(items, n, Path(folder))
            first = first or r
            print(
                f"{n:>10} {r['fill']:>7.0f} {r['dedup_load']:>16.2f} {r['story_load']:>16.2f} "
                f"{r['story_rebuild']:>9.2f} "
                f"{r['wall']:>7.2f} "
                f"{r['wall'] / first['wall']:>6.2f} {r['cpu']:>11.2f} "
                f"{r['cpu'] / first['cpu']:>10.2f} "
                f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:>11.0f} "
                f"{os.getloadavg()[0]:>5.1f}",
                flush=True,
            )
            (Path(folder) / f"scaling-{n}.db").unlink()


if __name__ == "__main__":
    main()
