"""Print the ids of the eighteenth Persian development set of quotes (quotes_dev46b.tsv, issue 21 point 3).

Persian only, chosen for the kinds of speaker round 45 left open: outlets and reports as
speakers («در گزارشی نوشت», «در این گزارش آمده است»), «به نقل از» a paper or agency before a
speaker, «در پاسخ به این سؤال که …» after a pronoun, «یکی از» appositions, marked names. The
Persian side of corpus/ntrex_ar_fa_en has four unused stories of 300–4,000 characters with two
speech verbs left; three are taken in a seeded shuffle (20261209). Fars News articles of the
whole corpus (no held-out pool offset: the pool's length cap would drop most of what is left) of
300–2,500 characters with at least two speech verbs of the crude regex of
`choose_heldout_articles.py`, a role word, and one of FAVOUR, in a seeded shuffle; the first
twelve. Both drop any story whose id is found in any `eval/labels/*` file of main dde19b9 (read
with `git show`, so files added later do not change the choice) or written in `src/` or `tests/`
at that commit. Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev46b_articles.py ../shared
"""

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev44b_articles as dev44b  # noqa: E402
from choose_heldout_articles import ID, SPEECH, fold  # noqa: E402
from choose_quote_dev41_articles import ROLE  # noqa: E402
from choose_quote_dev42b_articles import NTREX  # noqa: E402

COMMIT = "dde19b9"
SEED = 20261209
COUNTS = {"ntrex": 3, "fars": 12}
# an «according to» source, an answer, a report, an apposition, a marked name (crude)
FAVOUR = re.compile(r"(?:به نقل از|در پاسخ به|در گزارشی|این گزارش|یکی از|\")")


def used_text() -> str:
    dev44b.COMMIT = COMMIT
    return dev44b.used_text()


def speaks(text: str) -> bool:
    return len(SPEECH["fa"].findall(fold(text))) >= 2


def read(shared: Path, corpus: str) -> list[dict]:
    path = shared / "corpus" / corpus / "articles.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    rows.sort(key=lambda r: r["id"])
    random.Random(SEED).shuffle(rows)
    return rows


def choose_ntrex(shared: Path, text: str) -> list[str]:
    # a story used in any language counts as used (its Persian side is a translation of it)
    skip = {i.split("-", 2)[2] for i in NTREX.findall(text)}
    rows = [
        r
        for r in read(shared, "ntrex_ar_fa_en")
        if r["lang"] == "fa"
        and 300 <= len(r["text"]) <= 4000
        and r["id"].split("-", 2)[2] not in skip
        and speaks(r["text"])
    ]
    return [r["id"] for r in rows[: COUNTS["ntrex"]]]


def choose_fars(shared: Path, text: str) -> list[str]:
    skip = set(ID.findall(text))
    rows = [
        r
        for r in read(shared, "farsnews_fa")
        if r["id"] not in skip
        and 300 <= len(r["text"]) <= 2500
        and ROLE["fa"].search(fold(r["text"]))
        and speaks(r["text"])
        and FAVOUR.search(fold(r["text"]))
    ]
    return [r["id"] for r in rows[: COUNTS["fars"]]]


def choose_dev46b(shared: Path) -> list[str]:
    text = used_text()
    return choose_ntrex(shared, text) + choose_fars(shared, text)


if __name__ == "__main__":
    print("fa", " ".join(choose_dev46b(Path(sys.argv[1]))))
