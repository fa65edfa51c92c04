"""Print the ids of the twenty-sixth Persian development set of quotes (quotes_dev53fa.tsv, issue 21 point 3).

The chooser of `choose_quote_dev49fa_articles.py` continued (session 53 round, helper
quotes53fa): Persian only, Fars News only, drawn **at random** among Fars News articles of
300–1,800 characters holding a reported-speech verb (the crude `SPEECH` regex of
`choose_heldout_articles.py`: «گفت», «افزود», «اظهار داشت», «تصریح کرد», «به گفته» …) or «به
گزارش», in the same seeded shuffle (20261213), the first thirty not used by any earlier set.
Drops any story whose id is found in any `eval/labels/*` file of main 3d910b78 (of any task kind,
held-out files included; that commit holds quotes_dev51fa, so this continues that draw) or written
in `src/` or `tests/` at that commit. Run from the repository root with the shared folder as
argument:
python eval/labels/choose_quote_dev53fa_articles.py ../shared
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev49fa_articles as dev49fa  # noqa: E402

COMMIT_53FA = "3d910b78"


def choose_dev53fa(shared: Path) -> list[str]:
    """The first thirty unused articles of the dev49fa shuffle, with labels of main 3d910b78."""
    dev49fa.COMMIT = COMMIT_53FA
    return dev49fa.choose_dev49fa(shared)


if __name__ == "__main__":
    print("fa", " ".join(choose_dev53fa(Path(sys.argv[1]))))
