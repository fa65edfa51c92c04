"""Print the ids of the development articles of quotes_dev.tsv (issue 21, point 3).

The same candidate pool and shuffle as choose_heldout_articles.py (seed 20261202), so the
development articles can never be held-out ones: positions 200 onward of each shuffled pool
(the held-out set used positions 1–146 at most): the first 14 Arabic, 14 Persian and 6 English
(annotated in two rounds: 8, 8 and 6, then 6 more Arabic and Persian, each committed before tuning).
Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev_articles.py ../shared
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_heldout_articles import CORPORA, pool  # noqa: E402

OFFSET = 200
COUNTS = {"ar": 14, "fa": 14, "en": 6}


def choose_dev(shared: Path, lang: str) -> list[str]:
    return [r["id"] for r in pool(shared, lang)[OFFSET : OFFSET + COUNTS[lang]]]


if __name__ == "__main__":
    for lang in CORPORA:
        print(lang, " ".join(choose_dev(Path(sys.argv[1]), lang)))
