"""Print the ids of the development set quotes_dev49.tsv (issue 21 point 3, session 49, Arabic).

Drawn at random, not for any construction, so that it looks like the held-out set: the pool of
choose_heldout_articles.py (every `saudinewsnet_ar` article of 300–1,800 characters whose text
holds a quote mark or one speech verb of its crude regex), sorted by id and shuffled with a new
seed, `random.Random(SEED)`; dropped: any id found in any `eval/labels/*` file of main f8d3fa4e
(read with `git show`, so files added later do not change the choice) or written in `src/` or
`tests/` at that commit (`git grep`), any article whose first 200 characters repeat an earlier
kept one's, and any that shares more than 30% of its six-word runs with a used article. The first
COUNT are the set; `--check N` prints the next N instead (the unlabelled check of the round).
Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev49_articles.py ../shared [--check 1000]
"""

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev44_articles as dev44  # noqa: E402
from choose_heldout_articles import QUOTE_MARKS, SPEECH, fold  # noqa: E402

SEED = 20261249
COUNT = 30
COMMIT = "f8d3fa4e"


def pool49(shared: Path) -> list[dict]:
    """The held-out pool's Arabic articles in this round's shuffle."""
    path = shared / "corpus" / "saudinewsnet_ar" / "articles.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    rows = sorted(
        (
            r
            for r in rows
            if 300 <= len(r["text"]) <= 1800
            and (QUOTE_MARKS.search(r["text"]) or SPEECH["ar"].search(fold(r["text"])))
        ),
        key=lambda r: r["id"],
    )
    random.Random(SEED).shuffle(rows)
    return rows


def unused49(shared: Path) -> list[str]:
    """The pool's unused articles in shuffle order, retellings and repeats dropped."""
    dev44.COMMIT = COMMIT
    skip = dev44.used_ids()
    rows = pool49(shared)
    used = [dev44.shingles(r["text"]) for r in rows if r["id"] in skip]
    firsts: set[str] = set()
    kept: list[str] = []
    for r in rows:
        first = r["text"].strip()[:200]
        if (
            r["id"] not in skip
            and first not in firsts
            and not dev44.retold(dev44.shingles(r["text"]), used)
        ):
            firsts.add(first)
            kept.append(r["id"])
    return kept


if __name__ == "__main__":
    ids = unused49(Path(sys.argv[1]))
    if "--check" in sys.argv:
        print("ar", " ".join(ids[COUNT : COUNT + int(sys.argv[sys.argv.index("--check") + 1])]))
    else:
        print("ar", " ".join(ids[:COUNT]))
