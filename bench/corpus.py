"""Real articles for the benchmarks: read from ../shared/corpus, rendered as news pages.

Imported by the scripts in bench/ (run them as `python bench/NAME.py`, which puts bench/ on
the import path). The corpus itself is never copied into the repository.
"""

from __future__ import annotations

import argparse
import html
import json
from pathlib import Path

from rasad.eval.shared import find_shared

CORPORA = ("saudinewsnet_ar", "farsnews_fa", "bbc_news_en", "ntrex_ar_fa_en")
CHROME = {
    "ar": ("شارك", "اترك تعليقاً", "لن يتم نشر عنوان بريدك الإلكتروني."),
    "fa": ("به اشتراک بگذارید", "دیدگاه", "نشانی ایمیل شما منتشر نخواهد شد."),
    "en": ("Share", "Leave a Reply", "Your email address will not be published."),
}


def articles(shared: Path, n: int, corpora: tuple[str, ...] = CORPORA) -> list[dict]:
    """Up to n articles, taken round-robin from the corpora so every language is present."""
    readers = [
        (
            json.loads(line)
            for line in (shared / "corpus" / c / "articles.jsonl").open(encoding="utf-8")
        )
        for c in corpora
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


def write_pages(items: list[dict], folder: Path) -> list[Path]:
    """Render every article as an HTML page in `folder`; the page paths in order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, item in enumerate(items):
        path = folder / f"a{i:05d}.html"
        path.write_text(render(item), encoding="utf-8")
        paths.append(path)
    return paths


def parse_with_shared(parser: argparse.ArgumentParser) -> tuple[argparse.Namespace, Path | None]:
    """The script's arguments plus `--shared`, and the ../shared folder: None, with a
    "skipped" line printed, when it is not there."""
    parser.add_argument("--shared", type=Path, help="the shared data folder (default: ../shared)")
    args = parser.parse_args()
    shared = find_shared(args.shared)
    if shared is None:
        print("skipped: ../shared not found")
    return args, shared
