"""Print the ids of the development articles of numbers_dev.tsv (issue 21, point 5).

`saudinewsnet_ar` articles of 300–1,800 characters that hold a digit (Western or Arabic-Indic)
or an Arabic number word (a crude regex written for this selection, not rasad's word list),
sorted by id and shuffled with `random.Random(20261203)`. Every article id found in any
`eval/labels/*.tsv` file of the time (listed in `LABEL_FILES`) is dropped. The first 20 ids are the
**random** group; the first 10 later ids whose text has a casualty word next to a count
(choose_heldout_articles.py's `CASUALTY` regex) are the **casualty** group.
Run from the repository root with the shared folder as argument:
python eval/labels/choose_numbers_dev_articles.py ../shared
"""

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_heldout_articles import CASUALTY, ID, LABEL_FILES_2026_12_03  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SEED = 20261203
COUNTS = {"random": 20, "casualty": 10}
NUMBER = re.compile(
    r"[0-9٠-٩]|(?<!\w)[وبل]?(?:ثلاث|أربع|خمس|ست|سبع|ثماني|تسع|عشر|اثن|مئة|مائة|ألف|مليون|مليار)"
)


# The label files when this set was made (2026-12-03, main e7fc203): later files, this set's
# own included, must not change the selection.
LABEL_FILES = LABEL_FILES_2026_12_03


def excluded(root: Path = ROOT) -> set[str]:
    """Ids in the label files of the time (every held-out and development article)."""
    ids: set[str] = set()
    for name in LABEL_FILES:
        path = root / "eval" / "labels" / name
        if path.exists():
            ids |= set(ID.findall(path.read_text(encoding="utf-8")))
    return ids


def pool(shared: Path) -> list[dict]:
    path = shared / "corpus" / "saudinewsnet_ar" / "articles.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    rows = [r for r in rows if 300 <= len(r["text"]) <= 1800 and NUMBER.search(r["text"])]
    rows.sort(key=lambda r: r["id"])
    random.Random(SEED).shuffle(rows)
    skip = excluded()
    return [r for r in rows if r["id"] not in skip]


def choose(shared: Path) -> dict[str, list[str]]:
    rows = pool(shared)
    first = [r["id"] for r in rows[: COUNTS["random"]]]
    rest = rows[COUNTS["random"] :]
    casualty = [r["id"] for r in rest if CASUALTY.search(r["text"])][: COUNTS["casualty"]]
    return {"random": first, "casualty": casualty}


if __name__ == "__main__":
    for group, ids in choose(Path(sys.argv[1])).items():
        print(group, " ".join(ids))
