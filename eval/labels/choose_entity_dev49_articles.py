"""Print the ids of the eleventh Arabic and fifth Persian development set of entities
(entities_dev49.tsv).

Drawn at random (session 49), not for a construction: SaudiNewsNet articles of 400–1,000
characters and Fars News articles of 300–700 characters (short, so that one session can
annotate them in full), named in no `eval/labels/*` file and in no `src/` or `tests/` file of
main f8d3fa4e (read with `git show` / `git grep`, so files added later do not change the
choice). Each corpus's pool is sorted by id and shuffled with `random.Random(20261249)`, the
first AR_COUNT Arabic and FA_COUNT Persian taken. Run from the repository root with the shared
folder as argument:
python eval/labels/choose_entity_dev49_articles.py ../shared
"""

import json
import random
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_heldout_articles import ID, ROOT  # noqa: E402

COMMIT = "f8d3fa4e"
AR_COUNT = 12
FA_COUNT = 10
SEED = 20261249
CORPORA = (
    ("saudinewsnet_ar", 400, 1000, AR_COUNT),
    ("farsnews_fa", 300, 700, FA_COUNT),
)


def git(*args: str) -> str:
    # git grep exits 1 when nothing matches: not an error here
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout


def used_text() -> str:
    """Every eval/labels file and every article id written in src/ and tests/ at COMMIT."""
    names = git("ls-tree", "--name-only", f"{COMMIT}:eval/labels").split()
    text = "".join(git("show", f"{COMMIT}:eval/labels/{name}") for name in names)
    pattern = r"(snn-2015-[0-9-]+|fars-[0-9]+)"
    return text + " " + git("grep", "-ohE", pattern, COMMIT, "--", "src", "tests")


def choose_dev49(shared: Path) -> list[str]:
    skip = set(ID.findall(used_text()))
    chosen = []
    for corpus, shortest, longest, count in CORPORA:
        path = shared / "corpus" / corpus / "articles.jsonl"
        rows = [json.loads(line) for line in path.open(encoding="utf-8")]
        rows = [r for r in rows if shortest <= len(r["text"]) <= longest and r["id"] not in skip]
        rows.sort(key=lambda r: r["id"])
        random.Random(SEED).shuffle(rows)
        chosen += [r["id"] for r in rows[:count]]
    return chosen


if __name__ == "__main__":
    print(" ".join(choose_dev49(Path(sys.argv[1]))))
