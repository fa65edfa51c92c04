"""Print the ids of the tenth Arabic development set of entities (entities_dev48.tsv).

Chosen for multi-part names (session 48): a lineage word «بن» / «آل», a compound «عبد X», and a
name whose middle part is dropped later in the article (three words «A B C» and, elsewhere, the
pair «A C»). SaudiNewsNet articles of 500–1,600 characters holding at least two of those three
features, named in no `eval/labels/*` file and in no `src/` or `tests/` file of main f1373d17
(read with `git show` / `git grep`, so files added later do not change the choice); sorted by
id, shuffled with `random.Random(20261248)`, the first COUNT taken. Run from the repository
root with the shared folder as argument:
python eval/labels/choose_entity_dev48_articles.py ../shared
"""

import json
import random
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_heldout_articles import ID, ROOT  # noqa: E402

COMMIT = "f1373d17"
COUNT = 22
SEED = 20261248
LINEAGE = re.compile(r"(?<!\w)(?:بن|آل)(?!\w)")
COMPOUND = re.compile(r"(?<!\w)[وبل]?عبد ?\w")
WORD = re.compile(r"\w+")


def git(*args: str) -> str:
    # git grep exits 1 when nothing matches: not an error here
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout


def used_text() -> str:
    """Every eval/labels file and every article id written in src/ and tests/ at COMMIT."""
    names = git("ls-tree", "--name-only", f"{COMMIT}:eval/labels").split()
    text = "".join(git("show", f"{COMMIT}:eval/labels/{name}") for name in names)
    return text + " " + git("grep", "-ohE", r"snn-2015-[0-9-]+", COMMIT, "--", "src", "tests")


def middle_dropped(text: str) -> bool:
    """Some «A B C» of three words of four letters or more is also written «A C»."""
    words = WORD.findall(text)
    pairs = {(a, b) for a, b in zip(words, words[1:], strict=False)}
    return any(
        len(a) > 3 and len(b) > 3 and len(c) > 3 and (a, c) in pairs
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    )


def wanted(text: str) -> bool:
    features = (bool(LINEAGE.search(text)), bool(COMPOUND.search(text)), middle_dropped(text))
    return 500 <= len(text) <= 1600 and sum(features) >= 2


def choose_dev48(shared: Path) -> list[str]:
    skip = set(ID.findall(used_text()))
    path = shared / "corpus" / "saudinewsnet_ar" / "articles.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    rows = [r for r in rows if r["id"] not in skip and wanted(r["text"])]
    rows.sort(key=lambda r: r["id"])
    random.Random(SEED).shuffle(rows)
    return [r["id"] for r in rows[:COUNT]]


if __name__ == "__main__":
    print("ar", " ".join(choose_dev48(Path(sys.argv[1]))))
