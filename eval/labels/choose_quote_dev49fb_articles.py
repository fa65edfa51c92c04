"""Print the ids of the twenty-third Persian development set of quotes (quotes_dev49fb.tsv, issue 21 point 3).

The chooser of `choose_quote_dev49fa_articles.py` continued: Persian only, Fars News only, drawn
**at random** among Fars News articles of 300–1,800 characters holding a reported-speech verb or
«به گزارش», in the same seeded shuffle (20261213), the first thirty not used by any earlier set.
Drops any story whose id is found in any `eval/labels/*` file of main 2bc1058f (which holds
quotes_dev49fa, so this continues that draw) or written in `src/` or `tests/` at that commit.
Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev49fb_articles.py ../shared
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev49fa_articles as dev49fa  # noqa: E402

COMMIT_49FB = "2bc1058f"


def choose_dev49fb(shared: Path) -> list[str]:
    """The first thirty unused articles of the dev49fa shuffle, with labels of main 2bc1058f."""
    dev49fa.COMMIT = COMMIT_49FB
    return dev49fa.choose_dev49fa(shared)


if __name__ == "__main__":
    print("fa", " ".join(choose_dev49fb(Path(sys.argv[1]))))
