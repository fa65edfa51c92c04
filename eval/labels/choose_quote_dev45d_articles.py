"""Print the ids of the seventeenth development set of quotes (quotes_dev45d.tsv, issue 21 point 3).

Persian only (Fars News), chosen for speakers carried across sentences and through titles and
roles: a pronoun («وی», «او») or «این مقام»/«این نماینده» continuing a speaker, a title
(«حجت‌الاسلام», «سردار», «دکتر») before a name, a relative. Fars News articles chosen as
choose_quote_dev44c_articles.py chose its twelve (the held-out pool from position 220, a role
word) but with at least four speech verbs of the crude regex of `choose_heldout_articles.py`
(for four quotes or two speakers), one of FAVOUR (below) in the text, and an ODD numeric id
(helper quotes45b takes even ones in the same round). Drops any story whose id is found in any
`eval/labels/*` file of main 20bb9cf (read with `git show`, so files added later do not change
the choice) or written in `src/` or `tests/` at that commit. Run from the repository root with
the shared folder as argument:
python eval/labels/choose_quote_dev45d_articles.py ../shared
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev44b_articles as dev44b  # noqa: E402
from choose_heldout_articles import ID, SPEECH, fold, pool  # noqa: E402
from choose_quote_dev41_articles import ROLE  # noqa: E402

COMMIT = "20bb9cf"
COUNT = 18
OFFSET = 220
# a pronoun or «این مقام» continuing a speaker, a title before a name, a relative (crude)
FAVOUR = re.compile(
    r"(?<!\w)(?:وی|او|این مقام|این نماینده|حجت ?الاسلام|سردار|دکتر|مادر|پدر|همسر|برادر)(?!\w)"
)


def used_text() -> str:
    dev44b.COMMIT = COMMIT
    return dev44b.used_text()


def wanted(text: str) -> bool:
    folded = fold(text)
    return len(SPEECH["fa"].findall(folded)) >= 4 and bool(FAVOUR.search(folded))


def odd(article_id: str) -> bool:
    return int(article_id.split("-", 1)[1]) % 2 == 1


def choose_dev45d(shared: Path) -> list[str]:
    skip = set(ID.findall(used_text()))
    rows = [
        r
        for r in pool(shared, "fa")[OFFSET:]
        if r["id"] not in skip
        and odd(r["id"])
        and ROLE["fa"].search(fold(r["text"]))
        and wanted(r["text"])
    ]
    return [r["id"] for r in rows[:COUNT]]


if __name__ == "__main__":
    print("fa", " ".join(choose_dev45d(Path(sys.argv[1]))))
