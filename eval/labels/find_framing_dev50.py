"""List the occurrences of the development set framing_dev50.tsv: the framing stage's finds in
articles no framing file and no held-out file uses, drawn at random (seeded), per language.

Made for issue 25's targets (round 50, helper framing50), as find_framing_dev49.py was, with
two differences. (1) The pool: an article is left out when a framing label file, a framing
test or a held-out file (HELD_OUT: any task's) names it, or when it is flagged
`duplicate_of_earlier`; articles used only by development sets of other tasks (quotes,
entities, claims, search, stories) are allowed, because the framing pool of unused articles
is nearly spent. (2) The languages: QUOTA per language in roughly the held-out's proportions
(140:140:130), so Persian and English finds weigh as they do there. Per corpus the articles in
`random.Random("<SEED>-<corpus>")` order, at most PER_ARTICLE finds of one article drawn with
the same generator, until the language's quota. Neither the stage's target nor its voice is
printed: the rows are labelled by reading the article.

Run from the repository root with the shared folder as argument (PYTHONPATH=src):
    python eval/labels/find_framing_dev50.py ../shared > candidates.tsv
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from held_out import HELD_OUT  # noqa: E402

HERE = Path(__file__).resolve().parent
SEED = "20261205-dev50"
CORPORA = ("saudinewsnet_ar", "farsnews_fa", "bbc_news_en", "ntrex_ar_fa_en")
QUOTA = {"ar": 95, "fa": 40, "en": 37}
PER_ARTICLE = 3
USED_ID = re.compile(r"fars-\d+|ntrex-(?:ar|fa|en)-[A-Za-z0-9.-]+\.\d+|snn-[\d-]+|bbc-[a-z]+-\d+")


def used_ids() -> set[str]:
    """Every article id a framing file, a framing test or a held-out file names."""
    own = {"framing_dev50.tsv", "find_framing_dev50.py"}
    paths = [p for p in HERE.glob("*framing*") if p.name not in own]
    paths += [HERE / name for name in HELD_OUT]
    paths += list((HERE.parents[1] / "tests").rglob("*framing*"))
    used: set[str] = set()
    for path in paths:
        if path.is_file():
            used |= set(USED_ID.findall(path.read_text("utf-8", errors="replace")))
    return used


def unused_articles(shared: Path, folder: str, left_out: set[str]) -> list[dict]:
    """A corpus's articles none of those files names, not flagged as copies, sorted by id."""
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
    """Print the finds the seed, quotas and per-article cap choose."""
    framing = make_framing(Settings())
    left_out = used_ids()
    taken = dict.fromkeys(QUOTA, 0)
    for folder in CORPORA:
        articles = unused_articles(shared, folder, left_out)
        rng = random.Random(f"{SEED}-{folder}")
        rng.shuffle(articles)
        for a in articles:
            room = QUOTA[a["lang"]] - taken[a["lang"]]
            if room <= 0:
                continue
            found = analysed_article(
                a["id"], a.get("text") or "", a.get("title") or "", a["lang"], framing
            )
            finds = [(f, t) for f in ("title", "text") for t in found[f]]
            rng.shuffle(finds)
            for field, t in finds[: min(PER_ARTICLE, room)]:
                print_row(a, field, t)
                taken[a["lang"]] += 1


if __name__ == "__main__":
    main(Path(sys.argv[1]))
