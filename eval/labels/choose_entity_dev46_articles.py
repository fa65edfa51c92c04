"""Print the ids of the eighth Arabic development set of entities (entities_dev46.tsv).

Chosen for what holds back Arabic quote speakers (issue 21): people quoted by name after a role.
SaudiNewsNet articles of 500–1,300 characters with at least two speech verbs of the crude regex
of `choose_heldout_articles.py`, a role word (`ROLE` of `choose_quote_dev41_articles.py`) and a
quote mark «, named in no `eval/labels/*` file and in no `src/` or `tests/` file of main dde19b9
(read with `git show` / `git grep`, so files added later do not change the choice); sorted by
id, shuffled with `random.Random(20261246)`, the first COUNT taken. Run from the repository root
with the shared folder as argument:
python eval/labels/choose_entity_dev46_articles.py ../shared
"""

import json
import random
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_heldout_articles import ID, ROOT, SPEECH, fold  # noqa: E402
from choose_quote_dev41_articles import ROLE  # noqa: E402

COMMIT = "dde19b9"
COUNT = 18
SEED = 20261246


def git(*args: str) -> str:
    # git grep exits 1 when nothing matches: not an error here
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout


def used_text() -> str:
    """Every eval/labels file and every article id written in src/ and tests/ at COMMIT."""
    names = git("ls-tree", "--name-only", f"{COMMIT}:eval/labels").split()
    text = "".join(git("show", f"{COMMIT}:eval/labels/{name}") for name in names)
    return text + " " + git("grep", "-ohE", r"snn-2015-[0-9-]+", COMMIT, "--", "src", "tests")


def wanted(text: str) -> bool:
    folded = fold(text)
    return (
        500 <= len(text) <= 1300
        and "«" in text
        and len(SPEECH["ar"].findall(folded)) >= 2
        and bool(ROLE["ar"].search(folded))
    )


def choose_dev46(shared: Path) -> list[str]:
    skip = set(ID.findall(used_text()))
    path = shared / "corpus" / "saudinewsnet_ar" / "articles.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    rows = [r for r in rows if r["id"] not in skip and wanted(r["text"])]
    rows.sort(key=lambda r: r["id"])
    random.Random(SEED).shuffle(rows)
    return [r["id"] for r in rows[:COUNT]]


if __name__ == "__main__":
    print("ar", " ".join(choose_dev46(Path(sys.argv[1]))))
