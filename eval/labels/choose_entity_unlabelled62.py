"""Print the ids of the 800 unlabelled articles round 62 (entities62) runs old and new code on,
to judge every changed entity mention (no labels: the diff is read by hand).

Drawn from the articles of saudinewsnet_ar (312), farsnews_fa (238: every unused one) and bbc_news_en (250)
named in no `eval/labels/*` file and in no `src/` or `tests/` file of main f6044213 (read with
`git show` / `git grep`, as choose_entity_dev52_articles.py does, so files added later do not
change the choice). Each corpus's articles are sorted by id and shuffled with
`random.Random(SEED)`, the first COUNTS[corpus] taken. Run from the repository root:
python eval/labels/choose_entity_unlabelled62.py ../shared
"""

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_entity_dev52_articles import git  # noqa: E402
from choose_heldout_articles import ID  # noqa: E402

COMMIT = "f6044213"
SEED = 20261262
COUNTS = {"saudinewsnet_ar": 312, "farsnews_fa": 250, "bbc_news_en": 250}


def used_text() -> str:
    """Every eval/labels file and every article id written in src/ and tests/ at COMMIT."""
    names = git("ls-tree", "--name-only", f"{COMMIT}:eval/labels").split()
    text = "".join(git("show", f"{COMMIT}:eval/labels/{name}") for name in names)
    pattern = r"(snn-2015-[0-9-]+|fars-[0-9]+|bbc-[a-z]+-[0-9]{3})"
    return text + " " + git("grep", "-ohE", pattern, COMMIT, "--", "src", "tests")


def choose_unlabelled62(shared: Path) -> list[str]:
    """The chosen ids, corpus by corpus."""
    skip = set(ID.findall(used_text()))
    chosen = []
    for corpus, count in COUNTS.items():
        path = shared / "corpus" / corpus / "articles.jsonl"
        ids = sorted(
            row["id"]
            for row in map(json.loads, path.open(encoding="utf-8"))
            if row["id"] not in skip
        )
        random.Random(SEED).shuffle(ids)
        chosen += ids[:count]
    return chosen


if __name__ == "__main__":
    print("\n".join(choose_unlabelled62(Path(sys.argv[1]))))
