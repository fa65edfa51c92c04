"""Print the ids of the forty-first Persian development set of quotes (quotes_dev84fa.tsv, issue 21 point 3).

Session 67, helper speakers84fa: Persian only, Fars News only, drawn **at random** exactly as
`choose_quote_dev82fa_articles.py` draws them (Fars News articles holding a reported-speech verb
or a quotation mark, `reports_speech_56fa`, of 300–2,500 characters), in the seeded shuffle of
this round (20262184, the seed the task named), with the labels of main bd64d3c1 (so dev82fa's
articles are excluded too).

Which articles count as used: as in dev72fa–dev82fa, an article named only by another task's
*development* file (`OTHER_TASK_DEV` of the dev70fa chooser) may be drawn. Every other
`eval/labels/*` file of main bd64d3c1 excludes its ids — every quotes file, every file of
`held_out.HELD_OUT` (kept even if a dev pattern ever matched one), `choose_heldout_articles.py`
and any file not listed — as do ids written in `src/` or `tests/` at that commit (read with
`git show`, so files added later do not change the choice). No rasad output is used to choose.
After dev82fa, 57 unused articles of 300–2,500 characters are left, so the cap stays at 2,500
characters; the forty are the first forty of the shuffle that fit.
Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev84fa_articles.py ../shared
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev46b_articles as dev46b  # noqa: E402
import choose_quote_dev74fa_articles as dev74fa  # noqa: E402
from choose_heldout_articles import ID  # noqa: E402
from choose_quote_dev56fa_articles import reports_speech_56fa  # noqa: E402

COMMIT_84FA = "bd64d3c1"
SEED_84FA = 20262184
TOTAL_84FA = 40
LONGEST_84FA = 2500  # characters, as dev82fa: 57 unused articles of 300–2,500 are left


def choose_dev84fa(shared: Path) -> list[str]:
    """The first forty unused articles of 300–2,500 characters of the seed-20262184 shuffle,
    labels of main bd64d3c1."""
    dev74fa.COMMIT_74FA = COMMIT_84FA
    dev46b.SEED = SEED_84FA
    skip = set(ID.findall(dev74fa.used_text_74fa()))
    rows = [
        r
        for r in dev46b.read(shared, "farsnews_fa")
        if r["id"] not in skip
        and 300 <= len(r["text"]) <= LONGEST_84FA
        and reports_speech_56fa(r["text"])
    ]
    return [r["id"] for r in rows[:TOTAL_84FA]]


if __name__ == "__main__":
    print("fa", " ".join(choose_dev84fa(Path(sys.argv[1]))))
