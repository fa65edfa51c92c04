"""Print the ids of the ninth Arabic development set of entities (entities_dev47.tsv).

Chosen for cut and fused names (session 47): long names with a title «الشيخ», a lineage word
«بن» / «آل», a compound «عبد ال…». SaudiNewsNet articles of 500–1,400 characters holding at
least two of those three features, named in no `eval/labels/*` file and in no `src/` or
`tests/` file of main 2e60b0d (read with `git show` / `git grep`, so files added later do not
change the choice); sorted by id, shuffled with `random.Random(20261247)`, the first COUNT
taken. Run from the repository root with the shared folder as argument:
python eval/labels/choose_entity_dev47_articles.py ../shared
"""

import json
import random
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_heldout_articles import ID, ROOT  # noqa: E402

COMMIT = "2e60b0d"
COUNT = 15
SEED = 20261247
LONG_NAME_FEATURES = (
    re.compile(r"(?<!\w)[وب]?(?:ل|)الشيخ(?!\w)"),
    re.compile(r"(?<!\w)(?:بن|آل)(?!\w)"),
    re.compile(r"(?<!\w)[وبل]?عبد ?ال"),
)


def git(*args: str) -> str:
    # git grep exits 1 when nothing matches: not an error here
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout


def used_text() -> str:
    """Every eval/labels file and every article id written in src/ and tests/ at COMMIT."""
    names = git("ls-tree", "--name-only", f"{COMMIT}:eval/labels").split()
    text = "".join(git("show", f"{COMMIT}:eval/labels/{name}") for name in names)
    return text + " " + git("grep", "-ohE", r"snn-2015-[0-9-]+", COMMIT, "--", "src", "tests")


def wanted(text: str) -> bool:
    features = sum(bool(pattern.search(text)) for pattern in LONG_NAME_FEATURES)
    return 500 <= len(text) <= 1400 and features >= 2


def choose_dev47(shared: Path) -> list[str]:
    skip = set(ID.findall(used_text()))
    path = shared / "corpus" / "saudinewsnet_ar" / "articles.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    rows = [r for r in rows if r["id"] not in skip and wanted(r["text"])]
    rows.sort(key=lambda r: r["id"])
    random.Random(SEED).shuffle(rows)
    return [r["id"] for r in rows[:COUNT]]


if __name__ == "__main__":
    print("ar", " ".join(choose_dev47(Path(sys.argv[1]))))
