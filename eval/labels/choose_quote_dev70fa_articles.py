"""Print the ids of the thirty-fourth Persian development set of quotes (quotes_dev70fa.tsv, issue 21 point 3).

Session 60, helper speakers70fa: Persian only, Fars News only, drawn **at random** as
`choose_quote_dev68fa_articles.py` draws them (Fars News articles holding a reported-speech verb
or a quotation mark, `reports_speech_56fa`), in the seeded shuffle of this round (20262170, the
seed the task named), but forty articles of 300–1,500 characters: a larger draw than earlier
rounds', so that the common failure classes show rather than one article's rare ones.

Which articles count as used: only 83 Fars News articles with a speech cue are named by no file
of `eval/labels/` at main 0748e294, and only one of them has 300–1,500 characters, so (as the
session's common rules allow) an article named only by another task's *development* file
(entities, framing, names, search, promises, dates dev sets: `OTHER_TASK_DEV` below) may be
drawn. Every other `eval/labels/*` file of main 0748e294 excludes its ids — every quotes file,
every held-out file of any task (`quotes_heldout.tsv`, `heldout_articles.tsv`,
`entities_ar_fa_en.tsv`, `framing_occurrences.tsv`, `claim_pairs_heldout.tsv`, …, and
`choose_heldout_articles.py`) and any file not listed — as do ids written in `src/` or `tests/`
at that commit (read with `git show`, so files added later do not change the choice). No rasad
output is used to choose. Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev70fa_articles.py ../shared
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev44b_articles as dev44b  # noqa: E402
import choose_quote_dev46b_articles as dev46b  # noqa: E402
from choose_heldout_articles import ID  # noqa: E402
from choose_quote_dev56fa_articles import reports_speech_56fa  # noqa: E402

COMMIT_70FA = "0748e294"
SEED_70FA = 20262170
TOTAL_70FA = 40
# development files of other tasks (never held-out): an article they name may still be drawn
OTHER_TASK_DEV = re.compile(
    r"^(?:entities_dev\w*|entities_spans62|entities_top\w*|framing_dev\w*|names\d+\w*"
    r"|search\d+\w*|promises_archive_\w+|aliases45|surnames45|misc46|dates_dev\d+"
    r"|time_dev50|claim_pairs|claim_pairs_claims60b|stories53_pairs|claims_facts_dev37)\.tsv$"
)


def used_text_70fa() -> str:
    """Every eval/labels file of main 0748e294 but other tasks' dev files, and ids in src/, tests/."""
    names = dev44b.git("ls-tree", "--name-only", f"{COMMIT_70FA}:eval/labels").split()
    kept = [name for name in names if not OTHER_TASK_DEV.match(name)]
    text = "".join(dev44b.git("show", f"{COMMIT_70FA}:eval/labels/{name}") for name in kept)
    pattern = r"(ntrex-[a-z]{2}-[A-Za-z0-9._-]+|fars-[0-9]+)"
    return text + " " + dev44b.git("grep", "-ohE", pattern, COMMIT_70FA, "--", "src", "tests")


def choose_dev70fa(shared: Path) -> list[str]:
    """The first forty unused articles of the seed-20262170 shuffle, labels of main 0748e294."""
    dev46b.SEED = SEED_70FA
    skip = set(ID.findall(used_text_70fa()))
    rows = [
        r
        for r in dev46b.read(shared, "farsnews_fa")
        if r["id"] not in skip and 300 <= len(r["text"]) <= 1500 and reports_speech_56fa(r["text"])
    ]
    return [r["id"] for r in rows[:TOTAL_70FA]]


if __name__ == "__main__":
    print("fa", " ".join(choose_dev70fa(Path(sys.argv[1]))))
