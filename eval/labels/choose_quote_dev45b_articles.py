"""Print the ids of the sixteenth Persian development set of quotes (quotes_dev45b.tsv, issue 21 point 3).

Persian only, chosen for the kinds of speaker round 18 left open: names made of common words
after a role or title, «خبری منتشر کرد که X … گفته است», «به نقل از» after a quote,
organizations with «برای» in their names, a null subject after a coordinated verb. Fars News
articles chosen as choose_quote_dev44c_articles.py chose its twelve (the held-out pool from
position 220, a role word, at least two speech verbs of the crude regex of
`choose_heldout_articles.py`), but only those whose numeric id is EVEN (helper quotes45d, working
at the same time, takes the odd ones), and needing one of FAVOUR (below). The Persian side of
corpus/ntrex_ar_fa_en has no unused story of 300–2,500 characters left with a favoured word, so
the first three ntrex stories of 300–4,000 characters with two speech verbs, favoured word or
not, again with an even number in their id, are taken (seeded shuffle, 20261208). Both drop any story whose id
is found in any `eval/labels/*` file of main 20bb9cf (read with `git show`, so files added later
do not change the choice) or written in `src/` or `tests/` at that commit.
Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev45b_articles.py ../shared
"""

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev44b_articles as dev44b  # noqa: E402
from choose_heldout_articles import ID, SPEECH, fold, pool  # noqa: E402
from choose_quote_dev41_articles import ROLE  # noqa: E402
from choose_quote_dev42b_articles import NTREX  # noqa: E402

COMMIT = "20bb9cf"
SEED = 20261208
COUNTS = {"ntrex": 3, "fars": 12}
OFFSET = 220
# an «according to» source, a report that someone said, a «برای» body, a spokesman, a title
FAVOUR = re.compile(r"(?:به نقل از|منتشر کرد|گفته است|سخنگوی|برای|دکتر|مهندس|حجت الاسلام|سردار)")
DIGITS = re.compile(r"\d+")


def used_text() -> str:
    dev44b.COMMIT = COMMIT
    return dev44b.used_text()


def even(article_id: str) -> bool:
    return int(DIGITS.findall(article_id)[-1]) % 2 == 0


def speaks(text: str) -> bool:
    return len(SPEECH["fa"].findall(fold(text))) >= 2


def choose_ntrex(shared: Path, text: str) -> list[str]:
    # a story used in any language counts as used (its Persian side is a translation of it)
    skip = {i.split("-", 2)[2] for i in NTREX.findall(text)}
    path = shared / "corpus" / "ntrex_ar_fa_en" / "articles.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    rows = [r for r in rows if r["lang"] == "fa" and 300 <= len(r["text"]) <= 4000]
    rows.sort(key=lambda r: r["id"])
    random.Random(SEED).shuffle(rows)
    rows = [
        r
        for r in rows
        if r["id"].split("-", 2)[2] not in skip and even(r["id"]) and speaks(r["text"])
    ]
    return [r["id"] for r in rows[: COUNTS["ntrex"]]]


def choose_fars(shared: Path, text: str) -> list[str]:
    skip = set(ID.findall(text))
    rows = [
        r
        for r in pool(shared, "fa")[OFFSET:]
        if r["id"] not in skip
        and even(r["id"])
        and ROLE["fa"].search(fold(r["text"]))
        and speaks(r["text"])
        and FAVOUR.search(fold(r["text"]))
    ]
    return [r["id"] for r in rows[: COUNTS["fars"]]]


def choose_dev45b(shared: Path) -> list[str]:
    text = used_text()
    return choose_ntrex(shared, text) + choose_fars(shared, text)


if __name__ == "__main__":
    print("fa", " ".join(choose_dev45b(Path(sys.argv[1]))))
