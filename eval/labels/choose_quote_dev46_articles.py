"""Print the ids of the development set quotes_dev46.tsv (issue 21 point 3, session 46).

Arabic only, chosen for the constructions session 45 left: speech inside a quote, «according
to» several bodies, a document speaking for its issuer («التقرير», «التعميم», «الإحصائية»), a
role for one named before («النجم», «النادي», «اللاعب»), a body named with its kind in brackets.
The pool of choose_quote_dev45c_articles.py widened (every `saudinewsnet_ar` article of 500–2,600
characters, sorted by id, shuffled with `random.Random(SEED)`, a new seed), keeping only ids
whose sha1 hex digest starts with 0–7 (quotes46b, the same round, is Persian and takes none of
these anyway), dropping any id found in any `eval/labels/*` file of main dde19b9 (read with
`git show`, so files added later do not change the choice) or named in `src/` or `tests/` at
that commit (`git grep`), any article whose first 200 characters repeat an earlier kept one's,
and any that shares more than 30% of its six-word runs with a used article (SaudiNewsNet
republishes stories reworded). Kept: articles with at least three speech verbs (the crude regex
of choose_heldout_articles.py) and one of FAVOUR below: the first COUNT.
Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev46_articles.py ../shared
"""

import hashlib
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev44_articles as dev44  # noqa: E402
from choose_heldout_articles import SPEECH, fold  # noqa: E402

SEED = 20261246
COUNT = 22
COMMIT = "dde19b9"
# the constructions this round looks for (crude regexes for choosing)
FAVOUR = re.compile(
    r"[\"«“][^\"»”\n]{0,200}(?<!\w)(?:قال|يقول|تقول|أكد|أعلن)"  # speech inside a quote
    r"|(?:وفقا?ً?|بحسب) ?ل?(?:بيانات|إحصائيات|تقرير|بيان)"  # according to a document
    r"|(?<!\w)(?:التقرير|التعميم|الإحصائية|الدراسة) (?:أن|إلى أن)"
    r"|(?<!\w)(?:وأوضح|وأشار|وذكر|وأكد|وكشف|وبين)(?:ت)? (?:التقرير|التعميم|الإحصائية|الدراسة)"
    r"|(?<!\w)(?:النجم|النادي|اللاعب|المدرب) \w+ (?:قال|أكد|أن)"
    r"|\((?:البنك|الوزارة|الشركة|الهيئة)"
    r"|(?<!\w)(?:مصرحا|سبقه|باحثا?|وفقا لـ?\w+ و)"  # «X سبقه مصرحاً», «باحثا من», two bodies
    r"|(?<!\w)(?:أشار|أكد|ذكر|أوضح|كشف)(?:ت)? (?:البيان|التقرير|الدراسة|الإحصائية|التعميم)"
)


def pool(shared: Path) -> list[dict]:
    path = shared / "corpus" / "saudinewsnet_ar" / "articles.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    rows = sorted((r for r in rows if 500 <= len(r["text"]) <= 2600), key=lambda r: r["id"])
    random.Random(SEED).shuffle(rows)
    return rows


def low_half(article_id: str) -> bool:
    return hashlib.sha1(article_id.encode()).hexdigest()[0] in "01234567"


def choose_dev46(shared: Path) -> list[str]:
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
            and FAVOUR.search(r["text"])
            and len(SPEECH["ar"].findall(folded)) >= 3
            and not dev44.retold(dev44.shingles(r["text"]), used)
        ):
            kept.setdefault(r["text"].strip()[:200], r["id"])
    return list(kept.values())[:COUNT]


if __name__ == "__main__":
    print("ar", " ".join(choose_dev46(Path(sys.argv[1]))))
