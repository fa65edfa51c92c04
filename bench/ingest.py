"""Ingest throughput: read + extract + clean + language ID + SQLite write, next to trafilatura.

Renders real articles from ../shared/corpus as simple HTML pages (title, dateline, paragraphs,
a share bar and a comment form), then times, in the same run:
  1. trafilatura.extract() alone on every page (the reference), and
  2. rasad's ingest of the same pages into a fresh SQLite database.
The figure we track is the time ratio rasad / trafilatura (aim: <= 1.3).

    .venv/bin/python bench/ingest.py [--n 2000] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from corpus import CORPORA, articles, parse_with_shared, write_pages  # bench/corpus.py

from rasad.config import Settings
from rasad.services.ingest import ingest_paths
from rasad.store.sqlite import SQLiteStore


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=2000)
    args, shared = parse_with_shared(parser)
    if shared is None:
        return
    items = articles(shared, args.n)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        write_pages(items, folder)

        import trafilatura

        started = time.perf_counter()
        for path in sorted(folder.iterdir()):
            trafilatura.extract(path.read_text(encoding="utf-8"))
        reference = time.perf_counter() - started

        settings = Settings(db=str(Path(tmp) / "bench.db"), stories=False)
        store = SQLiteStore(settings.db)
        started = time.perf_counter()
        report = ingest_paths([folder], store, settings, stages=["extract", "clean", "langid"])
        ours = time.perf_counter() - started
        langs = store.stats()["languages"]
        store.close()

    n = len(items)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {n} from {', '.join(CORPORA)} (rendered as HTML pages); languages: {langs}")
    print(f"{'system':<34} {'seconds':>8} {'docs/s':>8}")
    print(f"{'trafilatura.extract (reference)':<34} {reference:>8.1f} {n / reference:>8.1f}")
    print(f"{'rasad ingest+clean+langid+sqlite':<34} {ours:>8.1f} {n / ours:>8.1f}")
    print(
        f"ratio rasad/trafilatura time: {ours / reference:.2f} (target <= 1.3); "
        f"added {report.added}, rejected {len(report.rejected)}; peak RSS {peak_mb:.0f} MB"
    )


if __name__ == "__main__":
    main()
