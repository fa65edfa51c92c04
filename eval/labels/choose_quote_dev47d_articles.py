"""Print the ids of the twentieth Persian development set of quotes (quotes_dev47d.tsv, issue 21 point 3).

Persian only, Fars News only, chosen for the constructions round quotes47b left: «این گزارش
حاکی است / می‌افزاید» after «به نقل از», a quote opening with marks right after «گفت:», plural
verbs («گفتند», «افزودند»), and the ordinary roles, «وی» and null-subject «افزود». Fars News
articles of the whole corpus of 300–2,500 characters with at least two speech verbs of the crude
regex of `choose_heldout_articles.py`, a role word, «وی» or «افزود», in a new seeded shuffle
(20261211): those with one of FAVOUR first (ten are left), then the others; twelve in all. Drops any story whose id is found in any
`eval/labels/*` file of main 8c06721 (read with `git show`, so files added later do not change
the choice) or written in `src/` or `tests/` at that commit. Run from the repository root with
the shared folder as argument: python eval/labels/choose_quote_dev47d_articles.py ../shared
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev44b_articles as dev44b  # noqa: E402
import choose_quote_dev46b_articles as dev46b  # noqa: E402
from choose_heldout_articles import ID, fold  # noqa: E402
from choose_quote_dev41_articles import ROLE  # noqa: E402

COMMIT = "8c06721"
SEED = 20261211
TOTAL = 12
# a report adding, marks right after «گفت:», plural verbs (crude)
FAVOUR = re.compile(r"(?:این گزارش|گفت\s*:\s*[\"«]|افزودند|گفتند|حاکی است)")
CARRIED = re.compile(r"(?:\bوی\b|افزود)")


def used_text() -> str:
    dev44b.COMMIT = COMMIT
    return dev44b.used_text()


def choose_dev47d(shared: Path) -> list[str]:
    dev46b.SEED = SEED
    skip = set(ID.findall(used_text()))
    rows = [
        r
        for r in dev46b.read(shared, "farsnews_fa")
        if r["id"] not in skip
        and 300 <= len(r["text"]) <= 2500
        and ROLE["fa"].search(fold(r["text"]))
        and dev46b.speaks(r["text"])
        and CARRIED.search(fold(r["text"]))
    ]
    # the favoured ones first (only ten are left), then the rest in shuffle order
    favoured = [r["id"] for r in rows if FAVOUR.search(fold(r["text"]))]
    rest = [r["id"] for r in rows if r["id"] not in favoured]
    return (favoured + rest)[:TOTAL]


if __name__ == "__main__":
    print("fa", " ".join(choose_dev47d(Path(sys.argv[1]))))
