"""Print the ids of the thirty-second Persian development set of quotes (quotes_dev66fa.tsv, issue 21 point 3).

Session 58, helper speakers66fa: Persian only, Fars News only, drawn **at random** among Fars
News articles of 300–1,500 characters holding a reported-speech verb or a quotation mark
(`reports_speech_56fa`), as `choose_quote_dev64fa_articles.py` draws them, in the seeded shuffle
of this round (20261366); the first fifteen not used by any earlier set. Drops any story whose id
is found in any `eval/labels/*` file of main 6118a5d9 (of any task kind, held-out files
included; read with `git show`, so files added later do not change the choice) or written in
`src/` or `tests/` at that commit. No rasad output is used to choose. The upper length is
1,500 characters (dev64fa: 2,500) so that fifteen articles can be read and labelled in full
within the round. Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev66fa_articles.py ../shared
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev44b_articles as dev44b  # noqa: E402
import choose_quote_dev46b_articles as dev46b  # noqa: E402
from choose_heldout_articles import ID  # noqa: E402
from choose_quote_dev56fa_articles import reports_speech_56fa  # noqa: E402

COMMIT_66FA = "6118a5d9"
SEED_66FA = 20261366
TOTAL_66FA = 15


def choose_dev66fa(shared: Path) -> list[str]:
    """The first fifteen unused articles of the seed-20261366 shuffle, with labels of main 6118a5d9."""
    dev44b.COMMIT = COMMIT_66FA
    dev46b.SEED = SEED_66FA
    skip = set(ID.findall(dev44b.used_text()))
    rows = [
        r
        for r in dev46b.read(shared, "farsnews_fa")
        if r["id"] not in skip and 300 <= len(r["text"]) <= 1500 and reports_speech_56fa(r["text"])
    ]
    return [r["id"] for r in rows[:TOTAL_66FA]]


if __name__ == "__main__":
    print("fa", " ".join(choose_dev66fa(Path(sys.argv[1]))))
