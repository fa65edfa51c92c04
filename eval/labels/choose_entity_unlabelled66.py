"""Print the ids of the 600 unlabelled articles round 66 (entities66) runs old and new code on,
to judge every changed entity mention (no labels: the diff is read by hand): 400 of
saudinewsnet_ar and 200 of farsnews_fa named in no `eval/labels/*` file and no `src/` or
`tests/` file of main 6118a5d9 (choose_entity_unlabelled62.py's reading, at that commit), and
not in entities_dev66.tsv. Each corpus's ids are sorted and shuffled with `random.Random(SEED)`.
Run from the repository root: python eval/labels/choose_entity_unlabelled66.py ../shared
"""

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_entity_unlabelled62 as c62  # noqa: E402
from choose_heldout_articles import ID  # noqa: E402

c62.COMMIT = "6118a5d9"
SEED = 20261666
COUNTS = {"saudinewsnet_ar": 400, "farsnews_fa": 200}


def choose_unlabelled66(shared: Path) -> list[str]:
    """The chosen ids, corpus by corpus."""
    dev66 = (Path(__file__).parent / "entities_dev66.tsv").read_text(encoding="utf-8")
    skip = set(ID.findall(c62.used_text() + dev66))
    chosen = []
    for corpus, count in COUNTS.items():
        path = shared / "corpus" / corpus / "articles.jsonl"
        rows = map(json.loads, path.open(encoding="utf-8"))
        ids = sorted(row["id"] for row in rows if row["id"] not in skip)
        random.Random(SEED).shuffle(ids)
        chosen += ids[:count]
    return chosen


if __name__ == "__main__":
    print("\n".join(choose_unlabelled66(Path(sys.argv[1]))))
