"""Print the ids of the second Persian development set of entities (entities_dev46fa.tsv).

Chosen for the kinds of name session 45's quote rounds found the recogniser missing: people
quoted by name, named after a role or title, and foreign names. Fifteen Fars News articles of
400–1,400 characters with at least two speech verbs of the crude regex of
`choose_heldout_articles.py` and a role word of `choose_quote_dev41_articles.py`, and five
Persian ntrex stories (mostly foreign names) of 300–2,500 characters with at least one speech
verb (only 16 unused ntrex stories are left in that length, three with two verbs and a role
word); named in no `eval/labels/*` file of main dde19b9 and written
nowhere in its `src/` or `tests/` (read with `git show`, so files added later do not change the
choice; an ntrex story used in any language counts as used). Each pool is sorted by id and
shuffled with `random.Random(20261246)`, the first COUNTS taken. Run from the repository root
with the shared folder as argument:
python eval/labels/choose_entity_dev46fa_articles.py ../shared
"""

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev44b_articles as dev44b  # noqa: E402
from choose_heldout_articles import ID, SPEECH, fold  # noqa: E402
from choose_quote_dev41_articles import ROLE  # noqa: E402
from choose_quote_dev42b_articles import NTREX  # noqa: E402

COMMIT = "dde19b9"
COUNTS = {"fars": 15, "ntrex": 5}
SEED = 20261246


def used_text() -> str:
    dev44b.COMMIT = COMMIT
    return dev44b.used_text()


def wanted(text: str) -> bool:
    folded = fold(text)
    return len(SPEECH["fa"].findall(folded)) >= 2 and bool(ROLE["fa"].search(folded))


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8")]


def choose_fars(shared: Path, text: str) -> list[str]:
    skip = set(ID.findall(text))
    rows = read(shared / "corpus" / "farsnews_fa" / "articles.jsonl")
    rows = [
        r
        for r in rows
        if 400 <= len(r["text"]) <= 1400 and r["id"] not in skip and wanted(r["text"])
    ]
    rows.sort(key=lambda r: r["id"])
    random.Random(SEED).shuffle(rows)
    return [r["id"] for r in rows[: COUNTS["fars"]]]


def choose_ntrex(shared: Path, text: str) -> list[str]:
    skip = {i.split("-", 2)[2] for i in NTREX.findall(text)}
    rows = read(shared / "corpus" / "ntrex_ar_fa_en" / "articles.jsonl")
    rows = [
        r
        for r in rows
        if r["lang"] == "fa"
        and 300 <= len(r["text"]) <= 2500
        and r["id"].split("-", 2)[2] not in skip
        and SPEECH["fa"].search(fold(r["text"]))
    ]
    rows.sort(key=lambda r: r["id"])
    random.Random(SEED).shuffle(rows)
    return [r["id"] for r in rows[: COUNTS["ntrex"]]]


def choose_dev46fa(shared: Path) -> list[str]:
    text = used_text()
    return choose_fars(shared, text) + choose_ntrex(shared, text)


if __name__ == "__main__":
    print("fa", " ".join(choose_dev46fa(Path(sys.argv[1]))))
