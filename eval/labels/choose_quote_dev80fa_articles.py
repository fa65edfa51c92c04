"""Print the ids of the thirty-ninth Persian development set of quotes (quotes_dev80fa.tsv, issue 21 point 3).

Session 65, helper speakers80fa: Persian only, Fars News only, drawn **at random** as
`choose_quote_dev78fa_articles.py` draws them (Fars News articles holding a reported-speech verb
or a quotation mark, `reports_speech_56fa`), in the seeded shuffle of this round (20262180, the
seed the task named), with the labels of main 36393559 (so dev78fa's articles are excluded too).

One change, forced: after dev78fa only one unused article of 300–1,500 characters is left in
the pool (739 of Fars News's 1,491 articles fit it, and dev49fa … dev78fa have drawn the rest), so
the length cap is raised to 2,000 characters, the cap of dev68fa (the next band up: 69 unused
articles of 1,500–2,000 characters). The forty are the first forty of the shuffle that fit.

Which articles count as used: as in dev72fa–dev78fa, an article named only by another task's
*development* file (`OTHER_TASK_DEV` of the dev70fa chooser) may be drawn. Every other
`eval/labels/*` file of main 36393559 excludes its ids — every quotes file, every file of
`held_out.HELD_OUT` (kept even if a dev pattern ever matched one), `choose_heldout_articles.py`
and any file not listed — as do ids written in `src/` or `tests/` at that commit (read with
`git show`, so files added later do not change the choice). No rasad output is used to choose.
Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev80fa_articles.py ../shared
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev46b_articles as dev46b  # noqa: E402
import choose_quote_dev74fa_articles as dev74fa  # noqa: E402
from choose_heldout_articles import ID  # noqa: E402
from choose_quote_dev56fa_articles import reports_speech_56fa  # noqa: E402

COMMIT_80FA = "36393559"
SEED_80FA = 20262180
TOTAL_80FA = 40
LONGEST_80FA = 2000  # characters; 1,500 until dev78fa, which left one such article unused


def choose_dev80fa(shared: Path) -> list[str]:
    """The first forty unused articles of 300–2,000 characters of the seed-20262180 shuffle,
    labels of main 36393559."""
    dev74fa.COMMIT_74FA = COMMIT_80FA
    dev46b.SEED = SEED_80FA
    skip = set(ID.findall(dev74fa.used_text_74fa()))
    rows = [
        r
        for r in dev46b.read(shared, "farsnews_fa")
        if r["id"] not in skip
        and 300 <= len(r["text"]) <= LONGEST_80FA
        and reports_speech_56fa(r["text"])
    ]
    return [r["id"] for r in rows[:TOTAL_80FA]]


if __name__ == "__main__":
    print("fa", " ".join(choose_dev80fa(Path(sys.argv[1]))))
