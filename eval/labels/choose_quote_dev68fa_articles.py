"""Print the ids of the thirty-third Persian development set of quotes (quotes_dev68fa.tsv, issue 21 point 3).

Session 59, helper speakers68fa: Persian only, Fars News only, drawn **at random** as
`choose_quote_dev66fa_articles.py` draws them (Fars News articles of 300–1,500 characters
holding a reported-speech verb or a quotation mark, `reports_speech_56fa`), in the seeded
shuffle of this round (20261468, the seed the task named); the first twenty-five not used by
any earlier set. Drops any story whose id is found in any `eval/labels/*` file of main 16454ddd
(of any task kind, held-out files included; read with `git show`, so files added later do not
change the choice) or written in `src/` or `tests/` at that commit. No rasad output is used to
choose. Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev68fa_articles.py ../shared
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev44b_articles as dev44b  # noqa: E402
import choose_quote_dev46b_articles as dev46b  # noqa: E402
from choose_heldout_articles import ID  # noqa: E402
from choose_quote_dev56fa_articles import reports_speech_56fa  # noqa: E402

COMMIT_68FA = "16454ddd"
SEED_68FA = 20261468
TOTAL_68FA = 25


def choose_dev68fa(shared: Path) -> list[str]:
    """The first twenty-five unused articles of the seed-20261468 shuffle, labels of main 16454ddd."""
    dev44b.COMMIT = COMMIT_68FA
    dev46b.SEED = SEED_68FA
    skip = set(ID.findall(dev44b.used_text()))
    rows = [
        r
        for r in dev46b.read(shared, "farsnews_fa")
        if r["id"] not in skip and 300 <= len(r["text"]) <= 2000 and reports_speech_56fa(r["text"])
    ]
    return [r["id"] for r in rows[:TOTAL_68FA]]


if __name__ == "__main__":
    print("fa", " ".join(choose_dev68fa(Path(sys.argv[1]))))
