"""Print the ids of the nineteenth Persian development set of quotes (quotes_dev47b.tsv, issue 21 point 3).

Persian only, chosen for the constructions that recur most in Fars News: roles and titles,
«وی», null-subject «افزود», «به گزارش … به نقل از», and the leftovers round 46b named («این
گزارش می‌افزاید», «می‌نویسد», «ابراز امیدواری کرد», «با اعلام اینکه»). The Persian side of
corpus/ntrex_ar_fa_en has few unused stories left: those of 300–4,000 characters with at least
one speech verb are taken in a seeded shuffle (20261210), at most three. Fars News articles of
the whole corpus of 300–2,500 characters with at least two speech verbs of the crude regex of
`choose_heldout_articles.py`, a role word, «وی» or «افزود», and one of FAVOUR, in a seeded
shuffle; enough to make fifteen. Both drop any story whose id is found in any `eval/labels/*`
file of main 2e60b0d (read with `git show`, so files added later do not change the choice) or
written in `src/` or `tests/` at that commit. Run from the repository root with the shared
folder as argument: python eval/labels/choose_quote_dev47b_articles.py ../shared
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev44b_articles as dev44b  # noqa: E402
import choose_quote_dev46b_articles as dev46b  # noqa: E402
from choose_heldout_articles import ID, SPEECH, fold  # noqa: E402
from choose_quote_dev41_articles import ROLE  # noqa: E402
from choose_quote_dev42b_articles import NTREX  # noqa: E402

COMMIT = "2e60b0d"
SEED = 20261210
TOTAL = 15
MAX_NTREX = 3
# «according to» a source, a report adding, writing, hoping, «با اعلام اینکه» (crude)
FAVOUR = re.compile(r"(?:به نقل از|این گزارش|می\u200c?نویسد|ابراز امیدواری|با اعلام اینکه)")
CARRIED = re.compile(r"(?:\bوی\b|افزود)")


def used_text() -> str:
    dev44b.COMMIT = COMMIT
    return dev44b.used_text()


def choose_ntrex(shared: Path, text: str) -> list[str]:
    # a story used in any language counts as used (its Persian side is a translation of it)
    skip = {i.split("-", 2)[2] for i in NTREX.findall(text)}
    rows = [
        r
        for r in dev46b.read(shared, "ntrex_ar_fa_en")
        if r["lang"] == "fa"
        and 300 <= len(r["text"]) <= 4000
        and r["id"].split("-", 2)[2] not in skip
        and SPEECH["fa"].search(fold(r["text"]))
    ]
    return [r["id"] for r in rows[:MAX_NTREX]]


def choose_fars(shared: Path, text: str, count: int) -> list[str]:
    skip = set(ID.findall(text))
    rows = [
        r
        for r in dev46b.read(shared, "farsnews_fa")
        if r["id"] not in skip
        and 300 <= len(r["text"]) <= 2500
        and ROLE["fa"].search(fold(r["text"]))
        and dev46b.speaks(r["text"])
        and CARRIED.search(fold(r["text"]))
        and FAVOUR.search(fold(r["text"]))
    ]
    return [r["id"] for r in rows[:count]]


def choose_dev47b(shared: Path) -> list[str]:
    dev46b.SEED = SEED
    text = used_text()
    ntrex = choose_ntrex(shared, text)
    return ntrex + choose_fars(shared, text, TOTAL - len(ntrex))


if __name__ == "__main__":
    print("fa", " ".join(choose_dev47b(Path(sys.argv[1]))))
