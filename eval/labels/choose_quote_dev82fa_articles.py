"""Print the ids of the fortieth Persian development set of quotes (quotes_dev82fa.tsv, issue 21 point 3).

Session 66, helper speakers82fa: Persian only, Fars News only, drawn **at random** as
`choose_quote_dev80fa_articles.py` draws them (Fars News articles holding a reported-speech verb
or a quotation mark, `reports_speech_56fa`), in the seeded shuffle of this round (20262182, the
seed the task named), with the labels of main 2f931b44 (so dev80fa's articles are excluded too).

One change, forced: after dev80fa only 31 unused articles of 300–2,000 characters are left in the
pool (one of 300–1,500, thirty of 1,500–2,000), fewer than forty, so the length cap is raised to
2,500 characters, the cap of dev64fa (98 unused articles of 300–2,500 characters). The forty are
the first forty of the shuffle that fit.

Which articles count as used: as in dev72fa–dev80fa, an article named only by another task's
*development* file (`OTHER_TASK_DEV` of the dev70fa chooser) may be drawn. Every other
`eval/labels/*` file of main 2f931b44 excludes its ids — every quotes file, every file of
`held_out.HELD_OUT` (kept even if a dev pattern ever matched one), `choose_heldout_articles.py`
and any file not listed — as do ids written in `src/` or `tests/` at that commit (read with
`git show`, so files added later do not change the choice). No rasad output is used to choose.
Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev82fa_articles.py ../shared
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev46b_articles as dev46b  # noqa: E402
import choose_quote_dev74fa_articles as dev74fa  # noqa: E402
from choose_heldout_articles import ID  # noqa: E402
from choose_quote_dev56fa_articles import reports_speech_56fa  # noqa: E402

COMMIT_82FA = "2f931b44"
SEED_82FA = 20262182
TOTAL_82FA = 40
LONGEST_82FA = 2500  # characters; 2,000 in dev80fa, which left 31 such articles unused


def choose_dev82fa(shared: Path) -> list[str]:
    """The first forty unused articles of 300–2,500 characters of the seed-20262182 shuffle,
    labels of main 2f931b44."""
    dev74fa.COMMIT_74FA = COMMIT_82FA
    dev46b.SEED = SEED_82FA
    skip = set(ID.findall(dev74fa.used_text_74fa()))
    rows = [
        r
        for r in dev46b.read(shared, "farsnews_fa")
        if r["id"] not in skip
        and 300 <= len(r["text"]) <= LONGEST_82FA
        and reports_speech_56fa(r["text"])
    ]
    return [r["id"] for r in rows[:TOTAL_82FA]]


if __name__ == "__main__":
    print("fa", " ".join(choose_dev82fa(Path(sys.argv[1]))))
