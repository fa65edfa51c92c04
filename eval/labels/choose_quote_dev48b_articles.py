"""Print the ids of the twenty-first Persian development set of quotes (quotes_dev48b.tsv, issue 21 point 3).

Persian only, Fars News only, chosen for the speech constructions the stage handles least well
(round quotes48b): «این گزارش حاکی است», «به نوشته», an agency or newspaper as the source
(«روزنامه», «خبرگزاری»), interviews («در گفت‌وگو با»), a quote opening with a name in marks
(«گفت: "»), «افزود» far from the name. Fars News articles of the whole corpus of 300–1,800
characters (short, so each can be read in full) with at least two speech verbs of the crude regex
of `choose_heldout_articles.py`, in a new seeded shuffle (20261212), with one of FAVOUR; the first
twenty-four. Drops any story whose id is found in any `eval/labels/*` file of main f1373d1
(read with `git show`, so files added later do not change the choice) or written in `src/` or
`tests/` at that commit. Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev48b_articles.py ../shared
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev44b_articles as dev44b  # noqa: E402
import choose_quote_dev46b_articles as dev46b  # noqa: E402
from choose_heldout_articles import ID, fold  # noqa: E402

COMMIT = "f1373d1"
SEED = 20261212
TOTAL = 24
# a report's finding, «according to» a writing, an outlet, an interview, marks after the verb
FAVOUR = re.compile(
    r"(?:حاکی است|حاكي است|به نوشته|روزنامه|خبرگزاری|خبرگزاري|گفت\s*و\s*گو با|گفت‌وگو با"
    r"|گفتگو با|گفت\s*:\s*[\"«])"
)


def used_text() -> str:
    dev44b.COMMIT = COMMIT
    return dev44b.used_text()


def choose_dev48b(shared: Path) -> list[str]:
    dev46b.SEED = SEED
    skip = set(ID.findall(used_text()))
    rows = [
        r
        for r in dev46b.read(shared, "farsnews_fa")
        if r["id"] not in skip
        and 300 <= len(r["text"]) <= 1800
        and dev46b.speaks(r["text"])
        and FAVOUR.search(fold(r["text"]))
    ]
    return [r["id"] for r in rows[:TOTAL]]


if __name__ == "__main__":
    print("fa", " ".join(choose_dev48b(Path(sys.argv[1]))))
