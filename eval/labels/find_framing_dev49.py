"""List the occurrences of the development set framing_dev49.tsv: the framing stage's finds in
articles no label file or test uses, drawn at random (seeded), not for a construction.

Made for issue 25's targets (round 49, helper framing49). Earlier rounds drew their sets for
constructions they meant to fix; this one takes what the held-out target figure is made of —
the stage's finds of loaded terms — from unused articles, in a seeded random order, so that its
misses are of the kinds a reader meets. Articles whose id any file under `eval/labels/` (not
only the framing files) or `tests/` names are left out, as are copies flagged
`duplicate_of_earlier`. Each article is analysed as `rasad eval framing` analyses it (title and
body). The held-out's language proportions (140:140:130) cannot be kept: the stage finds
nothing in an unused Fars, BBC or NTREX article (111 finds in 55 unused SaudiNewsNet articles
at this round's start; the held-out finder's own candidates there are Persian «نظام»/«مقاومت»
and five English "regime"), so the set is Arabic. Per corpus the articles in
`random.Random("<SEED>-<corpus>")` order, at most PER_ARTICLE finds of one article drawn with
the same generator, until QUOTA: 107 rows, the whole unused pool but the finds past the cap. Neither the stage's target nor its voice is printed: the rows
are labelled by reading the article.

Run from the repository root with the shared folder as argument (PYTHONPATH=src):
    python eval/labels/find_framing_dev49.py ../shared > candidates.tsv
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path

from rasad.config import Settings
from rasad.eval.framing import analysed_article
from rasad.stages.framing import make_framing

HERE = Path(__file__).resolve().parent
SEED = "20261205-dev49"
CORPORA = ("saudinewsnet_ar", "farsnews_fa", "bbc_news_en", "ntrex_ar_fa_en")
QUOTA, PER_ARTICLE = 130, 6
USED_ID = re.compile(r"fars-\d+|ntrex-(?:ar|fa|en)-[A-Za-z0-9.-]+\.\d+|snn-[\d-]+|bbc-[a-z]+-\d+")


def used_ids() -> set[str]:
    """Every article id a file under eval/labels/ or tests/ names (this set's own files aside)."""
    own = {"framing_dev49.tsv", "find_framing_dev49.py"}
    paths = [p for p in HERE.rglob("*") if p.is_file() and p.name not in own]
    paths += [p for p in (HERE.parents[1] / "tests").rglob("*") if p.is_file()]
    used: set[str] = set()
    for path in paths:
        if path.suffix in {".tsv", ".py", ".md", ".json", ".jsonl", ".txt", ".csv"}:
            used |= set(USED_ID.findall(path.read_text("utf-8", errors="replace")))
    return used


def unused_articles(shared: Path, folder: str, left_out: set[str]) -> list[dict]:
    """A corpus's articles no label file or test names, not flagged as copies, sorted by id."""
    lines = (shared / "corpus" / folder / "articles.jsonl").read_text("utf-8").splitlines()
    articles = [json.loads(line) for line in lines]
    keep = [a for a in articles if a["id"] not in left_out and not a.get("duplicate_of_earlier")]
    return sorted(keep, key=lambda a: a["id"])


def print_row(a: dict, field: str, t: dict) -> None:
    """One row: where the find is, its text's hash, its term and category."""
    sha1 = hashlib.sha1(t["text"].encode("utf-8")).hexdigest()[:10]
    row = (a["id"], a["lang"], field, t["start"], t["end"], sha1, t["term"])
    print(*row, t["category"], sep="\t")


def main(shared: Path) -> None:
    """Print the finds the seed, quota and per-article cap choose."""
    framing = make_framing(Settings())
    left_out = used_ids()
    taken = 0
    for folder in CORPORA:
        articles = unused_articles(shared, folder, left_out)
        rng = random.Random(f"{SEED}-{folder}")
        rng.shuffle(articles)
        for a in articles:
            found = analysed_article(
                a["id"], a.get("text") or "", a.get("title") or "", a["lang"], framing
            )
            finds = [(f, t) for f in ("title", "text") for t in found[f]]
            rng.shuffle(finds)
            for field, t in finds[: min(PER_ARTICLE, QUOTA - taken)]:
                print_row(a, field, t)
                taken += 1


if __name__ == "__main__":
    main(Path(sys.argv[1]))
