"""Print the ids of the third development set of quotes (quotes_dev35.tsv, issue 21 point 3).

The same candidate pool and shuffle as choose_heldout_articles.py (seed 20261202), so the
articles can never be held-out ones (positions 1–146 at most), quotes_dev.tsv ones (positions
200–213) nor quotes_dev33.tsv ones (positions 300 onward, the first 10 Arabic and 10 Persian
unlabelled ones): positions 400 onward of each shuffled pool, dropping any id found in an
`eval/labels/*.tsv` file there was then (EARLIER); the first 20 Arabic and 20 Persian. Run from the repository root with
the shared folder as argument:
python eval/labels/choose_quote_dev35_articles.py ../shared
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_heldout_articles import LABEL_FILES_S35, ids_in, pool  # noqa: E402

OFFSET = 400
COUNTS = {"ar": 20, "fa": 20}


# the label files there were when this set was chosen (a later set must not change the choice)
EARLIER = LABEL_FILES_S35


def labelled() -> set[str]:
    """Ids in the label files there were when this set was chosen."""
    return ids_in(EARLIER)


def choose_dev35(shared: Path, lang: str) -> list[str]:
    skip = labelled()
    rows = [r for r in pool(shared, lang)[OFFSET:] if r["id"] not in skip]
    return [r["id"] for r in rows[: COUNTS[lang]]]


if __name__ == "__main__":
    for lang in COUNTS:
        print(lang, " ".join(choose_dev35(Path(sys.argv[1]), lang)))
