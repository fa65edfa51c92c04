"""Dump every quote's speaker and every entity mention of 300 Fars News articles, to diff
rasad's output before and after a change (round speakers68fa).

The articles: every Fars News article no `eval/labels/*` file names and no `src/`/`tests/` file
writes at HEAD (about 150: the pool is nearly used up), then Fars News articles named only by
development label files (none by a held-out one), in a seeded shuffle (20261468), up to 300.
Output as `quotes_check66fa.py`: one line per quote (`Q`) or mention (`E`).
Run from the repository root: PYTHONPATH=src python bench/quotes_check68fa.py /work/shared > new.tsv
(and with PYTHONPATH=/work/main/src for the old code's output).
"""

import random
import sys
from pathlib import Path

from quotes_check66fa import named_ids, print_document, rows

SEED = 20261468
TOTAL = 300


def chosen(shared: Path) -> list[dict]:
    """The never-labelled Fars News articles, then shuffled development ones, 300 in all."""
    fars = rows(shared, "farsnews_fa")
    named, heldout = named_ids(heldout_only=False), named_ids(heldout_only=True)
    fresh = [r for r in fars if r["id"] not in named]
    dev = [r for r in fars if r["id"] in named and r["id"] not in heldout]
    random.Random(SEED).shuffle(dev)
    return fresh + dev[: max(0, TOTAL - len(fresh))]


if __name__ == "__main__":
    for r in chosen(Path(sys.argv[1])):
        print_document(r)
