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
import choose_quote_dev44b_articles as dev44b  # noqa: E402
import choose_quote_dev46b_articles as dev46b  # noqa: E402
from choose_heldout_articles import ID  # noqa: E402
from choose_quote_dev56fa_articles import reports_speech_56fa  # noqa: E402
from choose_quote_dev70fa_articles import OTHER_TASK_DEV  # noqa: E402
from held_out import HELD_OUT  # noqa: E402

COMMIT_76FA = "1e0a61bb"
SEED_76FA = 20262176
TOTAL_76FA = 40


def used_text_76fa() -> str:
    """Every eval/labels file of main 1e0a61bb but other tasks' dev files, and ids in src/, tests/."""
    names = dev44b.git("ls-tree", "--name-only", f"{COMMIT_76FA}:eval/labels").split()
    kept = [name for name in names if name in HELD_OUT or not OTHER_TASK_DEV.match(name)]
    text = "".join(dev44b.git("show", f"{COMMIT_76FA}:eval/labels/{name}") for name in kept)
    pattern = r"(ntrex-[a-z]{2}-[A-Za-z0-9._-]+|fars-[0-9]+)"
    return text + " " + dev44b.git("grep", "-ohE", pattern, COMMIT_76FA, "--", "src", "tests")


def choose_dev76fa(shared: Path) -> list[str]:
    """The first forty unused articles of the seed-20262176 shuffle, labels of main 1e0a61bb."""
    dev46b.SEED = SEED_76FA
    skip = set(ID.findall(used_text_76fa()))
    rows = [
        r
        for r in dev46b.read(shared, "farsnews_fa")
        if r["id"] not in skip and 300 <= len(r["text"]) <= 1500 and reports_speech_56fa(r["text"])
    ]
    return [r["id"] for r in rows[:TOTAL_76FA]]


if __name__ == "__main__":
    print("fa", " ".join(choose_dev76fa(Path(sys.argv[1]))))
