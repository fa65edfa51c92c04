"""Print the ids of the fourth Persian development set of entities (entities_dev48fa.tsv).

A slice of Fars News by site section, unlike entities_dev47fa's plain random sample: session
48's Persian recognition round looks for what is still wrong outside provincial news, so four
articles are drawn from each of five sections (economy, sports, world, culture, arts-media).
Fars News articles of 400–800 characters (short, so that one session can annotate twenty in
full), named in no `eval/labels/*` file of main f1373d1 and written nowhere in its `src/` or
`tests/` (read with `git show`, so files added later do not change the choice). Each section's
pool is sorted by id and shuffled with `random.Random(20261248)`, the first COUNT taken. Run
from the repository root with the shared folder as argument:
python eval/labels/choose_entity_dev48fa_articles.py ../shared
"""

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev44b_articles as dev44b  # noqa: E402
from choose_heldout_articles import ID  # noqa: E402

COMMIT = "f1373d1"
COUNT = 4
SEED = 20261248
SECTIONS = ("economy", "sports", "world", "culture", "arts-media")


def used_text() -> str:
    dev44b.COMMIT = COMMIT
    return dev44b.used_text()


def choose_dev48fa(shared: Path) -> list[str]:
    skip = set(ID.findall(used_text()))
    path = shared / "corpus" / "farsnews_fa" / "articles.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    rows = [r for r in rows if 400 <= len(r["text"]) <= 800 and r["id"] not in skip]
    rows.sort(key=lambda r: r["id"])
    chosen = []
    for section in SECTIONS:
        pool = [r for r in rows if r["label"] == section]
        random.Random(SEED).shuffle(pool)
        chosen += [r["id"] for r in pool[:COUNT]]
    return chosen


if __name__ == "__main__":
    print("fa", " ".join(choose_dev48fa(Path(sys.argv[1]))))
