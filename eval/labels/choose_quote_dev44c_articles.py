"""Print the ids of the fifteenth development set of quotes (quotes_dev44c.tsv, issue 21 point 3).

Persian only, chosen for the kinds of speaker round 16 left wrong: «به نقل از» sources,
«در گفتگو با» interviews, spokesmen of someone's office or campaign, and tweets. Six articles
from the Persian side of corpus/ntrex_ar_fa_en, chosen as choose_quote_dev44b_articles.py chose
its nine (300–2,500 characters, at least two speech verbs of the crude regex of
`choose_heldout_articles.py`, seeded shuffle) with a new seed (20261207); and six Fars News
articles, chosen as it chose its seven (the held-out pool from position 220, a role word, at
least two speech verbs). Both also need one of FAVOUR (below) in the text. Both drop any story
whose id is found in any `eval/labels/*` file of quotes44b a06e857 (read with `git show`, so
files added later do not change the choice) or written in `src/` or `tests/` at that commit.
Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev44c_articles.py ../shared
"""

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev44b_articles as dev44b  # noqa: E402
from choose_heldout_articles import ID, SPEECH, fold, pool  # noqa: E402
from choose_quote_dev41_articles import ROLE  # noqa: E402
from choose_quote_dev42b_articles import NTREX, candidates  # noqa: E402

COMMIT = "a06e857"
SEED = 20261207
COUNTS = {"ntrex": 6, "fars": 12}
OFFSET = 220
# an «according to» source, an interview, a spokesman, a tweet (a crude regex for choosing)
FAVOUR = re.compile(r"(?:به نقل از|در گفتگو با|در گفت و گو با|سخنگوی|توئیت|توییت)")


def used_text() -> str:
    dev44b.COMMIT = COMMIT
    return dev44b.used_text()


def wanted(text: str) -> bool:
    folded = fold(text)
    return len(SPEECH["fa"].findall(folded)) >= 2 and bool(FAVOUR.search(folded))


def choose_ntrex(shared: Path, text: str) -> list[str]:
    # a story used in any language counts as used (its Persian side is a translation of it)
    skip = {i.split("-", 2)[2] for i in NTREX.findall(text)}
    rows = candidates(shared)
    random.Random(SEED).shuffle(rows)
    rows = [r for r in rows if r["id"].split("-", 2)[2] not in skip and wanted(r["text"])]
    return [r["id"] for r in rows[: COUNTS["ntrex"]]]


def choose_fars(shared: Path, text: str) -> list[str]:
    skip = set(ID.findall(text))
    rows = [
        r
        for r in pool(shared, "fa")[OFFSET:]
        if r["id"] not in skip and ROLE["fa"].search(fold(r["text"])) and wanted(r["text"])
    ]
    return [r["id"] for r in rows[: COUNTS["fars"]]]


def choose_dev44c(shared: Path) -> list[str]:
    text = used_text()
    return choose_ntrex(shared, text) + choose_fars(shared, text)


if __name__ == "__main__":
    print("fa", " ".join(choose_dev44c(Path(sys.argv[1]))))
