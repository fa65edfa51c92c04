"""Print the ids of the development set quotes_dev45.tsv (issue 21 point 3, session 45).

Arabic only, and only articles whose id ends in an EVEN digit (the other Arabic helper of
session 45, quotes45c, takes odd ones, so the two sets cannot share an article). The pool,
shuffle, offset and republished-copy test of choose_quote_dev44_articles.py, with the used ids
read at main 20bb9cf (so quotes_dev44d and every earlier set are skipped). Kept: articles with
at least three speech verbs (the crude regex of choose_heldout_articles.py) that write a plural
participle cue («مؤكدين», «مشيرين», «موضحين», «مضيفين», «لافتين», «معتبرين») or an «according
to» source («وفقا لـ», «بحسب», «طبقا لـ»), or speech inside speech (a speech verb inside «…»
marks), since this round looks for those constructions: the first 22, reading the pool from
position 220 to its end, then from its start (positions 220 onwards hold only 19 such articles).
Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev45_articles.py ../shared
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_heldout_articles import ID, SPEECH, fold, pool  # noqa: E402
from choose_quote_dev44_articles import OFFSET, git, retold, shingles  # noqa: E402

COUNT = 22
COMMIT = "20bb9cf"
CONSTRUCTION = re.compile(
    r"(?<!\w)(?:مؤكد|مشير|موضح|مضيف|لافت|معتبر)ين(?!\w)|وفقا? ?ل|بحسب|طبقا ل"
    r"|[«\"“][^»\"”]{0,300}(?<!\w)(?:قال|يقول|تقول|اكد|اوضح|ذكر)"
)


def used_ids() -> set[str]:
    """Article ids in eval/labels/ or written in src/ or tests/ at main 20bb9cf."""
    names = git("ls-tree", "--name-only", f"{COMMIT}:eval/labels").split()
    text = "".join(git("show", f"{COMMIT}:eval/labels/{name}") for name in names)
    code = git("grep", "-ohE", "(snn|fars|bbc)-[a-z0-9-]+", COMMIT, "--", "src", "tests")
    return set(ID.findall(text)) | set(ID.findall(code))


def choose_dev45(shared: Path) -> list[str]:
    skip = used_ids()
    rows = pool(shared, "ar")
    used = [shingles(r["text"]) for r in rows if r["id"] in skip]
    kept: dict[str, str] = {}
    for r in rows[OFFSET:] + rows[:OFFSET]:
        folded = fold(r["text"])
        if (
            r["id"] not in skip
            and int(r["id"][-1]) % 2 == 0
            and CONSTRUCTION.search(folded)
            and len(SPEECH["ar"].findall(folded)) >= 3
            and not retold(shingles(r["text"]), used)
        ):
            kept.setdefault(r["text"].strip()[:200], r["id"])
            used.append(shingles(r["text"]))
            if len(kept) >= COUNT:
                break
    return list(kept.values())[:COUNT]


if __name__ == "__main__":
    print("ar", " ".join(choose_dev45(Path(sys.argv[1]))))
