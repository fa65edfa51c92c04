"""Print the ids of the articles annotated in entities_dev.tsv (how they were chosen).

The development set for entity tuning (issue 24 point 3): from each corpus, the articles whose
`text` has 400–1,800 characters and whose id appears in no label file of this folder at the
time (EARLIER; the held-out entity set included) are sorted by id and shuffled with a fixed seed; the first 15
Arabic and 10 English ones are taken. Run from the repository root with the shared folder:
python eval/labels/choose_entity_dev_articles.py ../shared
"""

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_heldout_articles import LABEL_FILES_2026_12_03  # noqa: E402

CORPORA = {"ar": ("saudinewsnet_ar", 15), "en": ("bbc_news_en", 10)}
LABELS = Path(__file__).resolve().parent
IDS = re.compile(r"\b(?:snn|fars|bbc|ntrex)-[\w-]+")
# the label files of this folder when the set was chosen (2026-12-03): later ones name other
# articles and must not change the choice
EARLIER = LABEL_FILES_2026_12_03


def labelled_elsewhere() -> set[str]:
    """Article ids named in the label files that existed when the set was chosen."""
    return {
        match
        for name in EARLIER
        for match in IDS.findall((LABELS / name).read_text(encoding="utf-8"))
    }


def choose(shared: Path, lang: str, seed: int = 20261203) -> list[str]:
    folder, count = CORPORA[lang]
    path = shared / "corpus" / folder / "articles.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    taken = labelled_elsewhere()
    pool = sorted(r["id"] for r in rows if 400 <= len(r["text"]) <= 1800 and r["id"] not in taken)
    random.Random(seed).shuffle(pool)
    return pool[:count]


if __name__ == "__main__":
    for lang in CORPORA:
        print(lang, " ".join(choose(Path(sys.argv[1]), lang)))
