"""List the candidates of the fourth development set (framing_dev41.tsv): occurrences the
framing stage finds, with or without a target.

Made for issue 25's targets (round 41): unlike dev35 the rows are drawn from everything the
stage finds in its framing sense (at the commit this file was added with), answered or not, so
the set measures both how often a target is given and how often a given one is right. Articles
named anywhere in `eval/labels/` or `tests/` (any label file, any finder's fixed list, any test)
are left out, as are BBC copies flagged `duplicate_of_earlier`. Per language, the corpus's
articles in `random.Random("20261204-dev41-<lang>")` order, each analysed as `rasad eval
framing` analyses it (title and body); one occurrence per article, drawn with the same seeded
generator among the article's finds, at most PER_TERM of one term, until LANG_QUOTA. The
stage's target, hint and voice are not printed: the rows are labelled by reading the article.

Run from the repository root with the shared folder as argument (PYTHONPATH=src):
    python eval/labels/find_framing_dev41.py ../shared > candidates.tsv
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from find_framing_candidates import CORPORA, HERE  # noqa: E402

from rasad.config import Settings  # noqa: E402
from rasad.eval.framing import analysed_article  # noqa: E402
from rasad.stages.framing import make_framing  # noqa: E402

SEED = "20261204-dev41"
LANG_QUOTA = {"ar": 55, "fa": 50, "en": 15}
PER_TERM = 4
ARTICLE_ID = re.compile(r"\b(?:snn-\d{4}-\d\d-\d\d-\d+|fars-\d+|bbc-[a-z]+-\d+)\b")


def used_articles(folders: tuple[Path, ...] = (HERE, HERE.parents[1] / "tests")) -> set[str]:
    """Every corpus id any file under the label folder or the tests names."""
    used: set[str] = set()
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and path.suffix in {".tsv", ".py", ".md", ".json", ".txt"}:
                used |= set(ARTICLE_ID.findall(path.read_text("utf-8", errors="replace")))
    return used


def main(
    shared: Path, seed: str = SEED, quota: dict[str, int] = LANG_QUOTA, per_term_max: int = PER_TERM
) -> None:
    """Print the candidates of the development set the seed, quota and per-term cap choose."""
    framing = make_framing(Settings())
    left_out = used_articles()
    for lang, folder in CORPORA.items():
        lines = (shared / "corpus" / folder / "articles.jsonl").read_text("utf-8").splitlines()
        articles = [json.loads(line) for line in lines]
        articles = [
            a for a in articles if a["id"] not in left_out and not a.get("duplicate_of_earlier")
        ]
        articles.sort(key=lambda a: a["id"])
        rng = random.Random(f"{seed}-{lang}")
        rng.shuffle(articles)
        taken, per_term = 0, Counter()
        for a in articles:
            if taken >= quota[lang]:
                break
            found = analysed_article(
                a["id"], a.get("text") or "", a.get("title") or "", lang, framing
            )
            finds = [(f, t) for f in ("title", "text") for t in found[f]]
            finds = [(f, t) for f, t in finds if per_term[t["term"]] < per_term_max]
            if not finds:
                continue
            field, t = finds[rng.randrange(len(finds))]
            sha1 = hashlib.sha1(t["text"].encode("utf-8")).hexdigest()[:10]
            print(
                a["id"], lang, field, t["start"], t["end"], sha1, t["term"], t["category"], sep="\t"
            )
            per_term[t["term"]] += 1
            taken += 1


if __name__ == "__main__":
    main(Path(sys.argv[1]))
