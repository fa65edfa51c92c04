"""Print the ids of the twenty-seventh Persian development set of quotes (quotes_dev56fa.tsv, issue 21 point 3).

Session 53, helper quotes56fa: Persian only, Fars News only, drawn **at random** among Fars News
articles of 300–1,800 characters holding a reported-speech verb (the crude `SPEECH` regex of
`choose_heldout_articles.py`: «گفت», «افزود», «اظهار کرد», «تصریح کرد», «به گفته» …) or a
quotation mark (its `QUOTE_MARKS`), in the seeded shuffle of `choose_quote_dev49fa_articles.py`
(20261213); the first thirty not used by any earlier set. Drops any story whose id is found in any
`eval/labels/*` file of main 68163d13 (of any task kind, held-out files included; read with `git
show`, so files added later do not change the choice) or written in `src/` or `tests/` at that
commit. Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev56fa_articles.py ../shared
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev44b_articles as dev44b  # noqa: E402
import choose_quote_dev46b_articles as dev46b  # noqa: E402
from choose_heldout_articles import ID, QUOTE_MARKS, SPEECH, fold  # noqa: E402

COMMIT_56FA = "68163d13"
SEED_56FA = 20261213
TOTAL_56FA = 30


def reports_speech_56fa(text: str) -> bool:
    """True when the text holds a reported-speech verb or a quotation mark."""
    return bool(SPEECH["fa"].search(fold(text)) or QUOTE_MARKS.search(text))


def choose_dev56fa(shared: Path) -> list[str]:
    """The first thirty unused articles of the dev49fa shuffle, with labels of main 68163d13."""
    dev44b.COMMIT = COMMIT_56FA
    dev46b.SEED = SEED_56FA
    skip = set(ID.findall(dev44b.used_text()))
    rows = [
        r
        for r in dev46b.read(shared, "farsnews_fa")
        if r["id"] not in skip and 300 <= len(r["text"]) <= 1800 and reports_speech_56fa(r["text"])
    ]
    return [r["id"] for r in rows[:TOTAL_56FA]]


if __name__ == "__main__":
    print("fa", " ".join(choose_dev56fa(Path(sys.argv[1]))))
