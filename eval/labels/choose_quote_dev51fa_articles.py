"""Print the ids of the twenty-fifth Persian development set of quotes (quotes_dev51fa.tsv, issue 21 point 3).

The chooser of `choose_quote_dev49fa_articles.py` continued (session 51, helper quotes51fa):
Persian only, Fars News only, drawn **at random** among Fars News articles of 300–1,800
characters holding a reported-speech verb (the crude `SPEECH` regex of
`choose_heldout_articles.py`: «گفت», «افزود», «اظهار داشت», «تصریح کرد», «به گفته» …) or «به
گزارش», in the same seeded shuffle (20261213), the first thirty not used by any earlier set.
Drops any story whose id is found in any `eval/labels/*` file of main b336d20d (of any task kind,
held-out files included; that commit holds quotes_dev50fa, so this continues that draw) or written
in `src/` or `tests/` at that commit. Run from the repository root with the shared folder as
argument:
python eval/labels/choose_quote_dev51fa_articles.py ../shared
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev49fa_articles as dev49fa  # noqa: E402

COMMIT_51FA = "b336d20d"


def choose_dev51fa(shared: Path) -> list[str]:
    """The first thirty unused articles of the dev49fa shuffle, with labels of main b336d20d."""
    dev49fa.COMMIT = COMMIT_51FA
    return dev49fa.choose_dev49fa(shared)


if __name__ == "__main__":
    print("fa", " ".join(choose_dev51fa(Path(sys.argv[1]))))
