"""The draw every Arabic quotes development chooser since round 51 repeats
(choose_quote_dev51ar_articles.py … choose_quote_dev72ar_articles.py and their successors): the
rest of the previous round's list, without any id used at the chooser's main commit, reshuffled
with its seed, retellings dropped. Each chooser names its commit, seed and count; the code is
here once.
"""

import random
from pathlib import Path

import choose_quote_dev44_articles as dev44
import choose_quote_dev49_articles as dev49


def fresh_draw(rest: list[str], commit: str, seed: int, shared: Path) -> list[str]:
    """`rest` (the previous round's list after its own set) without any id a label file, `src/`
    or `tests/` names at main `commit` (read with `git show`, so sets added later do not change
    the draw), shuffled with `seed`; an article that shares more than 30% of its six-word runs
    with a used article or with one kept before it (a retelling) is dropped."""
    dev44.COMMIT = commit
    skip = dev44.used_ids()
    left = [i for i in rest if i not in skip]
    random.Random(seed).shuffle(left)
    texts = {r["id"]: r["text"] for r in dev49.pool49(shared)}
    seen = [dev44.shingles(t) for i, t in texts.items() if i in skip]
    kept: list[str] = []
    for i in left:
        runs = dev44.shingles(texts[i])
        if not dev44.retold(runs, seen):
            seen.append(runs)
            kept.append(i)
    return kept
