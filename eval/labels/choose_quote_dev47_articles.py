"""Print the ids of the development set quotes_dev47.tsv (issue 21 point 3, session 47).

Arabic only, chosen for frequent constructions: pronoun and null-subject continuations
(«وأضاف», «وتابع», «وأشار») after narration naming several people, roles («المتحدث الرسمي
باسم …»), and «according to» sources («بحسب», «وفقا ل», «نقلا عن»). The pool of
choose_quote_dev46_articles.py with a new seed (every `saudinewsnet_ar`
article of 500–3,000 characters, sorted by id, shuffled with `random.Random(SEED)`), keeping only
ids whose sha1 hex digest starts with 0–7, dropping any id found in any `eval/labels/*` file of
main 2e60b0d (read with `git show`, so files added later do not change the choice) or named in
`src/` or `tests/` at that commit (`git grep`), any article whose first 200 characters repeat an
earlier kept one's, and any that shares more than 30% of its six-word runs with a used article.
Kept: articles with at least three speech verbs (the crude regex of choose_heldout_articles.py),
a continuation verb (`CONTINUATION`) and one of FAVOUR below: the first COUNT.
Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev47_articles.py ../shared
"""

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev44_articles as dev44  # noqa: E402
from choose_heldout_articles import SPEECH, fold  # noqa: E402
from choose_quote_dev46_articles import low_half  # noqa: E402

SEED = 20261247
COUNT = 22
COMMIT = "2e60b0d"
# a pronoun or null-subject continuation (crude)
CONTINUATION = re.compile(r"(?<!\w)و(?:أضاف|اضاف|تابع|أشار|اشار)(?:ت)?(?!\w)")
# the constructions this round looks for (crude regexes for choosing)
FAVOUR = re.compile(
    r"(?<!\w)(?:ال)?(?:متحدث|ناطق)(?: الرسمي| الإعلامي| الاعلامي)? باسم"  # a role
    r"|(?<!\w)(?:بحسب|حسب|وفقا?ً? ?ل|طبقا ل|نقلا عن)"  # according to
    r"|(?<!\w)(?:مدير|رئيس|وزير|أمين|محافظ|مساعد) [^\s.]+ (?:[^\s.]+ )?(?:قال|أكد|أوضح|أشار)"
)


def pool(shared: Path) -> list[dict]:
    import json

    path = shared / "corpus" / "saudinewsnet_ar" / "articles.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    rows = sorted((r for r in rows if 500 <= len(r["text"]) <= 3000), key=lambda r: r["id"])
    random.Random(SEED).shuffle(rows)
    return rows


def choose_dev47(shared: Path) -> list[str]:
    dev44.COMMIT = COMMIT
    skip = dev44.used_ids()
    rows = pool(shared)
    used = [dev44.shingles(r["text"]) for r in rows if r["id"] in skip]
    kept: dict[str, str] = {}
    for r in rows:
        if len(kept) >= COUNT:
            break
        folded = fold(r["text"])
        if (
            low_half(r["id"])
            and r["id"] not in skip
            and CONTINUATION.search(r["text"])
            and FAVOUR.search(r["text"])
            and len(SPEECH["ar"].findall(folded)) >= 3
            and not dev44.retold(dev44.shingles(r["text"]), used)
        ):
            kept.setdefault(r["text"].strip()[:200], r["id"])
    return list(kept.values())[:COUNT]


if __name__ == "__main__":
    print("ar", " ".join(choose_dev47(Path(sys.argv[1]))))
