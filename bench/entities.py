"""Entity recognition speed: sentences per second per language on real news sentences.

.venv/bin/python bench/entities.py [--n 2000]
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

from corpus import parse_with_shared  # bench/corpus.py

from rasad.entities.recognise import recognise, tagger

SOURCES = {"ar": "saudinewsnet_ar", "fa": "farsnews_fa", "en": "bbc_news_en"}
_SENTENCE = re.compile(r"[^.!?؟\n]{20,}[.!?؟]")


def sentences(path: Path, n: int) -> list[str]:
    out: list[str] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            out += _SENTENCE.findall(json.loads(line).get("text") or "")
            if len(out) >= n:
                break
    return out[:n]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=2000)
    args, shared = parse_with_shared(parser)
    if shared is None:
        return
    print(f"{'lang':<5} {'sentences':>9} {'sentences/s':>12} {'mentions':>9}")
    for lang, folder in SOURCES.items():
        tagger(lang)
        batch = sentences(shared / "corpus" / folder / "articles.jsonl", args.n)
        started = time.perf_counter()
        mentions = sum(len(recognise(s, lang)) for s in batch)
        rate = len(batch) / (time.perf_counter() - started)
        print(f"{lang:<5} {len(batch):>9} {rate:>12.0f} {mentions:>9}")


if __name__ == "__main__":
    main()
