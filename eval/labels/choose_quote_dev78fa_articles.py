"""Print the ids of the thirty-eighth Persian development set of quotes (quotes_dev78fa.tsv, issue 21 point 3).

Session 64, helper speakers78fa: Persian only, Fars News only, drawn **at random** exactly as
`choose_quote_dev76fa_articles.py` draws them (Fars News articles holding a reported-speech verb
or a quotation mark, `reports_speech_56fa`, forty of 300–1,500 characters), in the seeded shuffle
of this round (20262178, the seed the task named), with the labels of main d207546d (so dev76fa's
articles are excluded too).

Which articles count as used: as in dev72fa, an article named only by another task's
*development* file (`OTHER_TASK_DEV` of the dev70fa chooser) may be drawn. Every other
`eval/labels/*` file of main d207546d excludes its ids — every quotes file, every file of
`held_out.HELD_OUT` (kept even if a dev pattern ever matched one), `choose_heldout_articles.py`
and any file not listed — as do ids written in `src/` or `tests/` at that commit (read with
`git show`, so files added later do not change the choice). No rasad output is used to choose.
Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev78fa_articles.py ../shared
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev74fa_articles as dev74fa  # noqa: E402

COMMIT_78FA = "d207546d"
SEED_78FA = 20262178


def choose_dev78fa(shared: Path) -> list[str]:
    """The first forty unused articles of the seed-20262178 shuffle, labels of main d207546d:
    dev74fa's draw with this round's commit and seed."""
    dev74fa.COMMIT_74FA, dev74fa.SEED_74FA = COMMIT_78FA, SEED_78FA
    return dev74fa.choose_dev74fa(shared)


if __name__ == "__main__":
    print("fa", " ".join(choose_dev78fa(Path(sys.argv[1]))))
