"""Outlet recognition from an article's own words: the corpus articles with their `outlet` and
`url` taken away, through extract, clean and the `outlet` stage. Prints, per set, how many
got an outlet back, how many of those are right (the outlet the metadata names), and the
outlet stage's CPU time per document. Reads ../shared (skips when absent).

    python bench/outlets.py [--per-set 2000]
"""

from __future__ import annotations

import argparse
import json
import time
from itertools import islice

from rasad.config import Settings
from rasad.eval.shared import find_shared
from rasad.pipeline import build_pipeline
from rasad.stages.outlet import packaged_directory, recognise_outlet
from rasad.stages.readers import document_from_item

SETS = ("saudinewsnet_ar", "farsnews_fa", "bbc_news_en", "ntrex_ar_fa_en")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-set", type=int, default=2000)
    args = parser.parse_args()
    shared = find_shared()
    if shared is None:
        print("../shared not present: skipped")
        return
    reading = build_pipeline(Settings(), ["extract", "clean"])
    directory = packaged_directory()
    print("| set | articles | outlet found | right | wrong | outlet stage CPU µs/doc |")
    print("|---|---|---|---|---|---|")
    for name in SETS:
        path = shared / "corpus" / name / "articles.jsonl"
        found = right = n = 0
        cpu = 0.0
        with path.open(encoding="utf-8") as lines:
            for line in islice(lines, args.per_set):
                item = json.loads(line)
                truth = directory.get(item.get("outlet"))
                blind = {k: v for k, v in item.items() if k not in ("outlet", "url")}
                doc = reading(document_from_item(blind, "bench", item["id"]))
                start = time.process_time()
                got = recognise_outlet(doc, directory)
                cpu += time.process_time() - start
                n += 1
                found += got is not None
                right += bool(got and truth and got.name == truth.name)
        print(f"| {name} | {n} | {found} | {right} | {found - right} | {cpu / n * 1e6:.0f} |")


if __name__ == "__main__":
    main()
