"""Print the ids of the thirty-seventh Persian development set of quotes (quotes_dev76fa.tsv, issue 21 point 3).

Session 63, helper speakers76fa: Persian only, Fars News only, drawn **at random** exactly as
`choose_quote_dev74fa_articles.py` draws them (Fars News articles holding a reported-speech verb
or a quotation mark, `reports_speech_56fa`, forty of 300–1,500 characters), in the seeded shuffle
of this round (20262176, the seed the task named), with the labels of main 1e0a61bb (so dev74fa's
articles are excluded too).

Which articles count as used: as in dev72fa, an article named only by another task's
*development* file (`OTHER_TASK_DEV` of the dev70fa chooser) may be drawn. Every other
`eval/labels/*` file of main 1e0a61bb excludes its ids — every quotes file, every file of
`held_out.HELD_OUT` (kept even if a dev pattern ever matched one), `choose_heldout_articles.py`
and any file not listed — as do ids written in `src/` or `tests/` at that commit (read with
`git show`, so files added later do not change the choice). No rasad output is used to choose.
Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev76fa_articles.py ../shared
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev74fa_articles as dev74fa  # noqa: E402

COMMIT_76FA = "1e0a61bb"
SEED_76FA = 20262176


def choose_dev76fa(shared: Path) -> list[str]:
    """The first forty unused articles of the seed-20262176 shuffle, labels of main 1e0a61bb:
    dev74fa's draw with this round's commit and seed."""
    dev74fa.COMMIT_74FA, dev74fa.SEED_74FA = COMMIT_76FA, SEED_76FA
    return dev74fa.choose_dev74fa(shared)


if __name__ == "__main__":
    print("fa", " ".join(choose_dev76fa(Path(sys.argv[1]))))
