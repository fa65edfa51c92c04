"""Print the ids of the twenty-eighth Persian development set of quotes (quotes_dev58fa.tsv, issue 21 point 3).

Session 54, helper quotes58fa: Persian only, Fars News only, drawn **at random** among Fars News
articles of 300–1,800 characters holding a reported-speech verb (the crude `SPEECH` regex of
`choose_heldout_articles.py`: «گفت», «افزود», «اظهار کرد», «تصریح کرد», «به گفته» …) or a
quotation mark (its `QUOTE_MARKS`), in the seeded shuffle of `choose_quote_dev49fa_articles.py`
(20261213); the first thirty not used by any earlier set. Drops any story whose id is found in any
`eval/labels/*` file of main b2d2eec5 (of any task kind, held-out files included; read with `git
show`, so files added later do not change the choice) or written in `src/` or `tests/` at that
commit. Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev58fa_articles.py ../shared
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev44b_articles as dev44b  # noqa: E402
import choose_quote_dev46b_articles as dev46b  # noqa: E402
from choose_heldout_articles import ID  # noqa: E402
from choose_quote_dev56fa_articles import reports_speech_56fa  # noqa: E402

COMMIT_58FA = "b2d2eec5"
SEED_58FA = 20261213
TOTAL_58FA = 30


def choose_dev58fa(shared: Path) -> list[str]:
    """The first thirty unused articles of the dev49fa shuffle, with labels of main b2d2eec5."""
    dev44b.COMMIT = COMMIT_58FA
    dev46b.SEED = SEED_58FA
    skip = set(ID.findall(dev44b.used_text()))
    rows = [
        r
        for r in dev46b.read(shared, "farsnews_fa")
        if r["id"] not in skip and 300 <= len(r["text"]) <= 1800 and reports_speech_56fa(r["text"])
    ]
    return [r["id"] for r in rows[:TOTAL_58FA]]


if __name__ == "__main__":
    print("fa", " ".join(choose_dev58fa(Path(sys.argv[1]))))
