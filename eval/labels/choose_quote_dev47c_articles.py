"""Print the ids of the development set quotes_dev47c.tsv (issue 21 point 3, session 47).

Arabic only, chosen for grammatical gender and addressees: a feminine verb of speech
(«وقالت», «وأشارت», «وأضافت», «أكدت», «أوضحت», `FEMININE`) and, where the pool has them, «أبلغ
X Y أن» / «أكد لـY» with an addressee (`ADDRESSEE`; articles with one come first). The pool of
choose_quote_dev47_articles.py (every `saudinewsnet_ar` article of 500–3,000 characters, sorted
by id, shuffled with `random.Random(SEED)`, a new seed), keeping only ids whose sha1 hex digest
starts with 8–f (the other half from dev47's), dropping any id found in any `eval/labels/*` file
of main 8c06721 (read with `git show`, so files added later do not change the choice) or named in
`src/` or `tests/` at that commit (`git grep`), any article whose first 200 characters repeat an
earlier kept one's, and any that shares more than 30% of its six-word runs with a used article.
Kept: articles with at least three speech verbs (the crude regex of choose_heldout_articles.py)
and a feminine speech verb; the first COUNT, those with an addressee construction first (at most
half of COUNT).
Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev47c_articles.py ../shared
"""

import hashlib
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev44_articles as dev44  # noqa: E402
from choose_heldout_articles import SPEECH, fold  # noqa: E402

SEED = 202612473
COUNT = 16
COMMIT = "8c06721"
# a feminine verb of speech (crude)
FEMININE = re.compile(
    r"(?<!\w)[وف]?(?:قالت|أضافت|اضافت|أشارت|اشارت|أكدت|اكدت|أوضحت|اوضحت|ذكرت|أعلنت|اعلنت"
    r"|تابعت|بينت|لفتت|شددت)(?!\w)"
)
# «أبلغ X Y أن», «أكد لـY أن» (crude)
ADDRESSEE = re.compile(
    r"(?<!\w)[وف]?(?:أبلغ|ابلغ)(?:ت)?(?!\w)|(?<!\w)[وف]?(?:أكد|اكد|قال|أوضح|اوضح)(?:ت)? ل"
)


def high_half(article_id: str) -> bool:
    return hashlib.sha1(article_id.encode()).hexdigest()[0] in "89abcdef"


def pool(shared: Path) -> list[dict]:
    import json

    path = shared / "corpus" / "saudinewsnet_ar" / "articles.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    rows = sorted((r for r in rows if 500 <= len(r["text"]) <= 3000), key=lambda r: r["id"])
    random.Random(SEED).shuffle(rows)
    return rows


def choose_dev47c(shared: Path) -> list[str]:
    dev44.COMMIT = COMMIT
    skip = dev44.used_ids()
    rows = pool(shared)
    used = [dev44.shingles(r["text"]) for r in rows if r["id"] in skip]
    firsts: dict[str, str] = {}
    addressed: list[str] = []
    others: list[str] = []
    for r in rows:
        if len(addressed) >= COUNT // 2 and len(others) >= COUNT:
            break
        folded = fold(r["text"])
        if (
            high_half(r["id"])
            and r["id"] not in skip
            and FEMININE.search(r["text"])
            and len(SPEECH["ar"].findall(folded)) >= 3
            and not dev44.retold(dev44.shingles(r["text"]), used)
            and r["text"].strip()[:200] not in firsts
        ):
            firsts[r["text"].strip()[:200]] = r["id"]
            (addressed if ADDRESSEE.search(r["text"]) else others).append(r["id"])
    chosen = addressed[: COUNT // 2]
    return chosen + others[: COUNT - len(chosen)]


if __name__ == "__main__":
    print("ar", " ".join(choose_dev47c(Path(sys.argv[1]))))
