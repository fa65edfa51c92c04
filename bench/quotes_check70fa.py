"""Dump every quote's speaker and every entity mention of 300 Fars News articles, to diff
rasad's output before and after a change (round speakers70fa).

The articles: every Fars News article no `eval/labels/*` file names and no `src/`/`tests/` file
writes at HEAD (about 150), then, in a seeded shuffle (20262170), Fars News articles named only
by other tasks' development files (no quotes file, no held-out file), up to 300: unlabelled for
quotes. Output as `quotes_check66fa.py`: one line per quote (`Q`) or mention (`E`).
Run from the repository root: PYTHONPATH=src python bench/quotes_check70fa.py /work/shared > new.tsv
(and with PYTHONPATH=/work/main/src for the old code's output).
"""

import random
import sys
from pathlib import Path

from quotes_check66fa import ID, git, named_ids, print_document, rows

SEED = 20262170
TOTAL = 300


def quotes_label_ids() -> set[str]:
    """Ids written in any quotes file of eval/labels at HEAD."""
    names = [n for n in git("ls-tree", "--name-only", "HEAD:eval/labels").split() if "quote" in n]
    return set(ID.findall("".join(git("show", f"HEAD:eval/labels/{n}") for n in names)))


def chosen(shared: Path) -> list[dict]:
    """The never-labelled Fars News articles, then shuffled other-task development ones."""
    fars = rows(shared, "farsnews_fa")
    named, heldout, quoted = named_ids(False), named_ids(True), quotes_label_ids()
    fresh = [r for r in fars if r["id"] not in named]
    other = [r for r in fars if r["id"] in named and r["id"] not in heldout | quoted]
    random.Random(SEED).shuffle(other)
    return fresh + other[: max(0, TOTAL - len(fresh))]


if __name__ == "__main__":
    for r in chosen(Path(sys.argv[1])):
        print_document(r)
