"""Print the ids of the twenty-second Persian development set of quotes (quotes_dev49fa.tsv, issue 21 point 3).

Persian only, Fars News only, drawn **at random** (session 49: earlier sets drawn for guessed
constructions moved no held-out figure): Fars News articles of the whole corpus of 300–1,800
characters (short, so each can be read in full, as the held-out pool is) holding a reported-speech
verb (the crude regex SPEECH of `choose_heldout_articles.py`: «گفت», «افزود», «اظهار داشت»,
«تصریح کرد», «به گفته» …, or «به گزارش»), in a new seeded shuffle (20261213); the first thirty.
Drops any story whose id is found in any `eval/labels/*` file of main f8d3fa4 (read with `git
show`, so files added later do not change the choice) or written in `src/` or `tests/` at that
commit. Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev49fa_articles.py ../shared
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev44b_articles as dev44b  # noqa: E402
import choose_quote_dev46b_articles as dev46b  # noqa: E402
from choose_heldout_articles import ID, SPEECH, fold  # noqa: E402

COMMIT = "f8d3fa4"
SEED = 20261213
TOTAL = 30
# «according to a report of X», the Fars byline's attribution, counts as reported speech too
REPORTED = re.compile(r"(?<!\w)به گزارش(?!\w)")


def used_text() -> str:
    dev44b.COMMIT = COMMIT
    return dev44b.used_text()


def reports_speech(text: str) -> bool:
    folded = fold(text)
    return bool(SPEECH["fa"].search(folded) or REPORTED.search(folded))


def choose_dev49fa(shared: Path) -> list[str]:
    dev46b.SEED = SEED
    skip = set(ID.findall(used_text()))
    rows = [
        r
        for r in dev46b.read(shared, "farsnews_fa")
        if r["id"] not in skip and 300 <= len(r["text"]) <= 1800 and reports_speech(r["text"])
    ]
    return [r["id"] for r in rows[:TOTAL]]


if __name__ == "__main__":
    print("fa", " ".join(choose_dev49fa(Path(sys.argv[1]))))
