"""Print the ids of the first Persian development set of entities (entities_dev45.tsv).

Fars News articles of 400–1,100 characters with at least two speech verbs of the crude regex of
`choose_heldout_articles.py` (so that people are quoted by name), named in no `eval/labels/*`
file of main adbf416 and written nowhere in its `src/` or `tests/` (read with `git show`, so
files added later do not change the choice); sorted by id, shuffled with
`random.Random(20261245)`, the first COUNT taken. Run from the repository root with the shared
folder as argument:
python eval/labels/choose_entity_dev45_articles.py ../shared
"""

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev44b_articles as dev44b  # noqa: E402
from choose_heldout_articles import ID, SPEECH, fold  # noqa: E402

COMMIT = "adbf416"
COUNT = 16
SEED = 20261245


def used_text() -> str:
    dev44b.COMMIT = COMMIT
    return dev44b.used_text()


def choose_dev45(shared: Path) -> list[str]:
    skip = set(ID.findall(used_text()))
    path = shared / "corpus" / "farsnews_fa" / "articles.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    rows = [
        r
        for r in rows
        if 400 <= len(r["text"]) <= 1100
        and r["id"] not in skip
        and len(SPEECH["fa"].findall(fold(r["text"]))) >= 2
    ]
    rows.sort(key=lambda r: r["id"])
    random.Random(SEED).shuffle(rows)
    return [r["id"] for r in rows[:COUNT]]


if __name__ == "__main__":
    print("fa", " ".join(choose_dev45(Path(sys.argv[1]))))
