"""Print the ids of the English development set of entities (entities_dev49en.tsv, session 49).

Drawn at random, so that it looks like the held-out set's English articles: BBC News
(`bbc_news_en`) articles of 400–1,400 characters named in no `eval/labels/*` file and in no
`src/` or `tests/` file of main f8d3fa4e (read with `git show` / `git grep`, so files added
later do not change the choice); sorted by id, shuffled with `random.Random(20261249)`, the
first COUNT taken. No section quota, no feature filter. Run from the repository root with the
shared folder as argument:
python eval/labels/choose_entity_dev49en_articles.py ../shared
"""

import json
import random
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_heldout_articles import ID, ROOT  # noqa: E402

COMMIT = "f8d3fa4e"
COUNT = 22
SEED = 20261249


def git_49(*args: str) -> str:
    # git grep exits 1 when nothing matches: not an error here
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout


def used_text_49() -> str:
    """Every eval/labels file and every article id written in src/ and tests/ at COMMIT."""
    names = git_49("ls-tree", "--name-only", f"{COMMIT}:eval/labels").split()
    text = "".join(git_49("show", f"{COMMIT}:eval/labels/{name}") for name in names)
    return text + " " + git_49("grep", "-ohE", r"bbc-[a-z]+-[0-9]+", COMMIT, "--", "src", "tests")


def choose_dev49(shared: Path) -> list[str]:
    """The first COUNT ids of the shuffled pool of unused BBC articles of 400–1,400 characters."""
    skip = set(ID.findall(used_text_49()))
    path = shared / "corpus" / "bbc_news_en" / "articles.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    pool = sorted(r["id"] for r in rows if r["id"] not in skip and 400 <= len(r["text"]) <= 1400)
    random.Random(SEED).shuffle(pool)
    return pool[:COUNT]


if __name__ == "__main__":
    print("en", " ".join(choose_dev49(Path(sys.argv[1]))))
