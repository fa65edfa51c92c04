"""Print the ids of the seventh development set of quotes (quotes_dev40.tsv, issue 21 point 3).

The same candidate pool and shuffle as choose_heldout_articles.py (seed 20261202). quotes_dev36.tsv,
quotes_dev37.tsv and quotes_dev39.tsv took Arabic and Persian articles from position 220 on;
earlier rounds read positions 300 onward. So this set goes on from position 220, dropping any id
found in an `eval/labels/*.tsv` file there was then (EARLIER, frozen below; it holds
quotes_dev39.tsv, so it starts after that set): the first 15 Arabic and 10 Persian. Run from the
repository root with the shared folder as argument:
python eval/labels/choose_quote_dev40_articles.py ../shared
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_heldout_articles import LABEL_FILES_S40, ids_in, pool  # noqa: E402

OFFSET = 220
COUNTS = {"ar": 15, "fa": 10}

# The label files of this folder when this set was chosen (2026-12-04, main f885fd1); files
# added later must not change the choice.
EARLIER = LABEL_FILES_S40


def labelled() -> set[str]:
    """Ids in the label files there were when this set was chosen."""
    return ids_in(EARLIER)


def choose_dev40(shared: Path, lang: str) -> list[str]:
    skip = labelled()
    rows = [r for r in pool(shared, lang)[OFFSET:] if r["id"] not in skip]
    return [r["id"] for r in rows[: COUNTS[lang]]]


if __name__ == "__main__":
    for lang in COUNTS:
        print(lang, " ".join(choose_dev40(Path(sys.argv[1]), lang)))
