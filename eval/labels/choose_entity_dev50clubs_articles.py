"""Print the ids of the Arabic-script clubs development set of entities
(entities_dev50clubs.tsv, session 50, branch arclubs50).

Drawn at random, half of the Arabic articles from sports texts (they hold the clubs): SaudiNewsNet
articles of 400–1,000 characters and Fars News articles of 300–700 characters, named in no
`eval/labels/*` file and in no `src/` or `tests/` file of main 656fd305 (read with `git show` /
`git grep`, so files added later do not change the choice). A SaudiNewsNet article is a sports
text when it writes two or more distinct words of SPORT_WORDS. Each pool (sports Arabic, other
Arabic, Persian) is sorted by id and shuffled with `random.Random(SEED)`, the first
SPORTS_COUNT, OTHER_COUNT and FA_COUNT taken. Run from the repository root with the shared
folder as argument:
python eval/labels/choose_entity_dev50clubs_articles.py ../shared
"""

import json
import random
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_heldout_articles import ID, ROOT  # noqa: E402

COMMIT = "656fd305"
SPORTS_COUNT = 10
OTHER_COUNT = 10
FA_COUNT = 5
SEED = 20261250
SPORT_WORDS = ("مباراة", "الدوري", "نادي", "فريق", "لاعب", "المدرب", "الموسم", "هدف")


def git(*args: str) -> str:
    # git grep exits 1 when nothing matches: not an error here
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout


def used_text() -> str:
    """Every eval/labels file and every article id written in src/ and tests/ at COMMIT."""
    names = git("ls-tree", "--name-only", f"{COMMIT}:eval/labels").split()
    text = "".join(git("show", f"{COMMIT}:eval/labels/{name}") for name in names)
    pattern = r"(snn-2015-[0-9-]+|fars-[0-9]+)"
    return text + " " + git("grep", "-ohE", pattern, COMMIT, "--", "src", "tests")


def a_sports_text(text: str) -> bool:
    """Whether an Arabic article writes two or more distinct sports words."""
    return sum(bool(re.search(word, text)) for word in SPORT_WORDS) >= 2


def _pool(shared: Path, corpus: str, shortest: int, longest: int, skip: set[str]) -> list[dict]:
    path = shared / "corpus" / corpus / "articles.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    rows = [r for r in rows if shortest <= len(r["text"]) <= longest and r["id"] not in skip]
    return sorted(rows, key=lambda r: r["id"])


def _first(rows: list[dict], count: int) -> list[str]:
    random.Random(SEED).shuffle(rows)
    return [r["id"] for r in rows[:count]]


def choose_dev50clubs(shared: Path) -> list[str]:
    skip = set(ID.findall(used_text()))
    arabic = _pool(shared, "saudinewsnet_ar", 400, 1000, skip)
    sports = [r for r in arabic if a_sports_text(r["text"])]
    other = [r for r in arabic if not a_sports_text(r["text"])]
    persian = _pool(shared, "farsnews_fa", 300, 700, skip)
    return _first(sports, SPORTS_COUNT) + _first(other, OTHER_COUNT) + _first(persian, FA_COUNT)


if __name__ == "__main__":
    print(" ".join(choose_dev50clubs(Path(sys.argv[1]))))
