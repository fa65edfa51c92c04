"""Print the ids of the development set quotes_dev45c.tsv (issue 21 point 3, session 45).

Arabic only, chosen for speakers carried across sentences and through roles. The pool of
choose_heldout_articles.py from position 220 (quotes_dev36 … quotes_dev44's) holds only five
articles that pass the filters below, so the pool is new: every `saudinewsnet_ar` article of
500–2,200 characters, sorted by id and shuffled with `random.Random(20261245)`, keeping only ids
whose final digit is ODD (quotes_dev45, made at
the same time by another helper, takes the even ones), dropping any id found in any
`eval/labels/*` file of main 20bb9cf (read with `git show`, so files added later do not change
the choice) or named in `src/` or `tests/` at that commit (`git grep`), any article whose first
200 characters repeat an earlier kept one's, and any that shares more than 30% of its six-word
runs with a used article of the pool (SaudiNewsNet republishes stories under new ids). Kept:
articles that write a role word (the crude list of choose_quote_dev41_articles.py), at least
three speech verbs (the crude regex of choose_heldout_articles.py) and a continuation cue
(CONTINUE below: «وأضاف», «وتابع», «وأوضح», «مضيفا», …): the first COUNT.
Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev45c_articles.py ../shared
"""

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev44_articles as dev44  # noqa: E402
from choose_heldout_articles import SPEECH, fold  # noqa: E402
from choose_quote_dev41_articles import ROLE  # noqa: E402

SEED = 20261245
COUNT = 22
COMMIT = "20bb9cf"
# a speaker carried from an earlier sentence (a crude regex for choosing)
CONTINUE = re.compile(r"و[أا]ضاف|وتابع|و[أا]وضح|مضيفا|وأشار|واستطرد|وأكد")


def pool(shared: Path) -> list[dict]:
    path = shared / "corpus" / "saudinewsnet_ar" / "articles.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    rows = sorted((r for r in rows if 500 <= len(r["text"]) <= 2200), key=lambda r: r["id"])
    random.Random(SEED).shuffle(rows)
    return rows


def choose_dev45c(shared: Path) -> list[str]:
    dev44.COMMIT = COMMIT
    skip = dev44.used_ids()
    rows = pool(shared)
    used = [dev44.shingles(r["text"]) for r in rows if r["id"] in skip]
    kept: dict[str, str] = {}
    for r in rows:
        folded = fold(r["text"])
        if (
            int(r["id"][-1]) % 2 == 1
            and r["id"] not in skip
            and not dev44.retold(dev44.shingles(r["text"]), used)
            and ROLE["ar"].search(folded)
            and CONTINUE.search(folded)
            and len(SPEECH["ar"].findall(folded)) >= 3
        ):
            kept.setdefault(r["text"].strip()[:200], r["id"])
    return list(kept.values())[:COUNT]


if __name__ == "__main__":
    print("ar", " ".join(choose_dev45c(Path(sys.argv[1]))))
