"""Print the ids of the third Persian development set of entities (entities_dev47fa.tsv).

A plain random sample of Fars News, without the speech-verb and role-word filter of
entities_dev46fa: session 47's Persian recognition round works on provinces («استان X»), news
desks in bylines and titles written with a space, which any Fars article may hold. Fifteen Fars
News articles of 400–1,200 characters (shorter than dev46fa's upper bound, so that one session
can annotate them in full), named in no `eval/labels/*` file of main 2e60b0d and written
nowhere in its `src/` or `tests/` (read with `git show`, so files added later do not change the
choice). The pool is sorted by id and shuffled with `random.Random(20261247)`, the first COUNT
taken. Run from the repository root with the shared folder as argument:
python eval/labels/choose_entity_dev47fa_articles.py ../shared
"""

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev44b_articles as dev44b  # noqa: E402
from choose_heldout_articles import ID  # noqa: E402

COMMIT = "2e60b0d"
COUNT = 15
SEED = 20261247


def used_text() -> str:
    dev44b.COMMIT = COMMIT
    return dev44b.used_text()


def choose_dev47fa(shared: Path) -> list[str]:
    skip = set(ID.findall(used_text()))
    path = shared / "corpus" / "farsnews_fa" / "articles.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    rows = [r for r in rows if 400 <= len(r["text"]) <= 1200 and r["id"] not in skip]
    rows.sort(key=lambda r: r["id"])
    random.Random(SEED).shuffle(rows)
    return [r["id"] for r in rows[:COUNT]]


if __name__ == "__main__":
    print("fa", " ".join(choose_dev47fa(Path(sys.argv[1]))))
