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
import html
import json
import resource
import tempfile
import time
from pathlib import Path

from rasad.config import Settings
from rasad.eval.shared import find_shared
from rasad.ingest import ingest_paths
from rasad.store.sqlite import SQLiteStore

CORPORA = ("saudinewsnet_ar", "farsnews_fa", "bbc_news_en", "ntrex_ar_fa_en")
CHROME = {
    "ar": ("شارك", "اترك تعليقاً", "لن يتم نشر عنوان بريدك الإلكتروني."),
    "fa": ("به اشتراک بگذارید", "دیدگاه", "نشانی ایمیل شما منتشر نخواهد شد."),
    "en": ("Share", "Leave a Reply", "Your email address will not be published."),
}


def articles(shared: Path, n: int) -> list[dict]:
    """Up to n articles, taken round-robin from the corpora so every language is present."""
    readers = [
        (
            json.loads(line)
            for line in (shared / "corpus" / c / "articles.jsonl").open(encoding="utf-8")
        )
        for c in CORPORA
        if (shared / "corpus" / c / "articles.jsonl").exists()
    ]
    out: list[dict] = []
    while len(out) < n and readers:
        for reader in list(readers):
            item = next(reader, None)
            if item is None:
                readers.remove(reader)
            elif item.get("text"):
                out.append(item)
    return out[:n]


def render(item: dict) -> str:
    """A simple news page around the article text."""
    lang = item.get("lang", "en")
    chrome = CHROME.get(lang, CHROME["en"])
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in item["text"].split("\n") if p.strip())
    direction = "rtl" if lang in {"ar", "fa"} else "ltr"
    return (
        f'<!doctype html><html lang="{lang}" dir="{direction}"><head><meta charset="utf-8">'
        f"<title>{html.escape(item.get('title') or '')}</title>"
        f'<meta property="article:published_time" content="{item.get("published") or ""}"></head>'
        f"<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
        f"<h1>{html.escape(item.get('title') or '')}</h1>{paras}</article>"
        f"<div class='share'>{chrome[0]}</div><section class='comments'><h3>{chrome[1]}</h3>"
        f"<p>{chrome[2]}</p><form><textarea></textarea></form></section>"
        f"<footer>© 2024</footer></body></html>"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--shared", type=Path)
    args = parser.parse_args()
    shared = find_shared(args.shared)
    if shared is None:
        print("skipped: ../shared not found")
        return
    items = articles(shared, args.n)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        pages = [render(item) for item in items]
        for i, page in enumerate(pages):
            (folder / f"a{i:05d}.html").write_text(page, encoding="utf-8")

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
