"""Print the ids of the development set quotes_dev48.tsv (issue 21 point 3, session 48).

Arabic only, chosen for the speech constructions the quotes stage handles least well (as read
from the README's earlier rounds, not from any output): a speaker referred back to by a role or
description worded unlike its introduction («الوزير السعودي», «المسؤول الأمريكي», `REFERRED`),
a speech verb written after the content («، أبلغ X الصحفيين», «حسبما أفاد», «كما قال», «وفقا
لما», `AFTER`), and a quote whose marks open with a name or a marked phrase (`MARKED`). The pool
of choose_quote_dev47c_articles.py (every `saudinewsnet_ar` article of 500–3,000 characters,
sorted by id) in a new shuffle, `random.Random(SEED)`; dropped: any id found in any
`eval/labels/*` file of main f1373d1 (read with `git show`, so files added later do not change
the choice) or named in `src/` or `tests/` at that commit (`git grep`), any article whose first
200 characters repeat an earlier kept one's, and any that shares more than 30% of its six-word
runs with a used article. Kept: articles with at least three speech verbs (the crude regex of
choose_heldout_articles.py) and at least one of the three constructions; those with two or more
kinds first, then those with one, each in shuffle order; the first COUNT.
Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev48_articles.py ../shared
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev44_articles as dev44  # noqa: E402
import choose_quote_dev47c_articles as dev47c  # noqa: E402
from choose_heldout_articles import SPEECH, fold  # noqa: E402

SEED = 202612548
COUNT = 24
COMMIT = "f1373d1"
# a role noun with a nisba adjective, the usual way a speaker named earlier is referred to (crude)
REFERRED = re.compile(
    r"(?<!\w)(?:الوزير|المسؤول|الرئيس|المتحدث|المدرب|اللاعب|السفير|الدبلوماسي|المسؤولة|الأمير"
    r"|المبعوث|النجم|المهاجم|الزعيم|الخبير|المحلل)\s+ال\w+ي(?:ة)?(?!\w)"
)
# a speech verb after its content (crude)
AFTER = re.compile(
    r"[،,]\s*[وف]?(?:أبلغ|ابلغ|قال|أضاف|اضاف|ذكر|أوضح|اوضح)(?:ت)?\s+\S+(?:\s+\S+)?\s+(?:ال)?صحفيين"
    r"|(?<!\w)(?:حسبما|بحسب ما|حسب ما|كما|وفقا لما|وفقاً لما|طبقا لما)\s+(?:أفاد|افاد|قال|ذكر|أعلن"
    r"|اعلن|صرح|أكد|اكد|أوضح|اوضح|أبلغ|ابلغ)(?:ت)?(?!\w)"
)
# marks opening with a short marked name or phrase after a colon or a speech verb (crude)
MARKED = re.compile(r"(?:[:]|(?:قال|أضاف|اضاف|وقال)(?:ت)?)\s*[\"«“][^\"»”\n]{2,25}[\"»”]")
KINDS = (REFERRED, AFTER, MARKED)


def kinds(text: str) -> int:
    """How many of the favoured constructions the article writes."""
    return sum(bool(k.search(text)) for k in KINDS)


def choose_dev48(shared: Path) -> list[str]:
    dev44.COMMIT = COMMIT
    dev47c.SEED = SEED
    skip = dev44.used_ids()
    rows = dev47c.pool(shared)
    used = [dev44.shingles(r["text"]) for r in rows if r["id"] in skip]
    firsts: set[str] = set()
    several: list[str] = []
    one: list[str] = []
    for r in rows:
        if len(several) >= COUNT:
            break
        found = kinds(r["text"])
        if (
            found
            and r["id"] not in skip
            and len(SPEECH["ar"].findall(fold(r["text"]))) >= 3
            and r["text"].strip()[:200] not in firsts
            and not dev44.retold(dev44.shingles(r["text"]), used)
        ):
            firsts.add(r["text"].strip()[:200])
            (several if found >= 2 else one).append(r["id"])
    return (several + one)[:COUNT]


if __name__ == "__main__":
    print("ar", " ".join(choose_dev48(Path(sys.argv[1]))))
