"""Print the ids of the development set quotes_dev44.tsv (issue 21 point 3, session 44).

Arabic only. The same candidate pool and shuffle as choose_heldout_articles.py (seed 20261202),
from position 220 as quotes_dev36 … quotes_dev43c, dropping any id found in any `eval/labels/*`
file of main dfbe810 (read with `git show`, so files added later do not change the choice) or
named in `src/` or `tests/` at that commit (`git grep`), and any article whose first 200
characters repeat an earlier kept one's, or that shares more than 30% of its six-word runs with
a used article of the pool (SaudiNewsNet republishes stories under new ids, rewritten:
snn-2015-08-02-00139 retells snn-2015-08-03-00861 of quotes_dev43). Kept: articles that
write a role word (the crude list of choose_quote_dev41_articles.py), at least three speech verbs
(the crude regex of choose_heldout_articles.py) and one of the source or continuation cues below
(«وفقا لـ», «بحسب», «حسب», «أجاب», «نقلا عن», «مصدر»/«مصادر»), since this round looks for
unnamed sources, «according to» sources and speakers carried across sentences: the first 22.
Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev44_articles.py ../shared
"""

import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_heldout_articles import ID, ROOT, SPEECH, fold, pool  # noqa: E402
from choose_quote_dev41_articles import ROLE  # noqa: E402

OFFSET = 220
COUNT = 22
COMMIT = "dfbe810"
SOURCE = re.compile(r"وفقاً? ?ل|بحسب|(?<!\w)حسب|[أا]جاب|نقلا عن|مصدر|مصادر")


def git(*args: str) -> str:
    # git grep exits 1 when nothing matches: not an error here
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout


def used_ids() -> set[str]:
    """Article ids in eval/labels/ or written in src/ or tests/ at main dfbe810."""
    names = git("ls-tree", "--name-only", f"{COMMIT}:eval/labels").split()
    text = "".join(git("show", f"{COMMIT}:eval/labels/{name}") for name in names)
    code = git("grep", "-ohE", "(snn|fars|bbc)-[a-z0-9-]+", COMMIT, "--", "src", "tests")
    return set(ID.findall(text)) | set(ID.findall(code))


def shingles(text: str) -> set[str]:
    words = text.split()
    return {" ".join(words[i : i + 6]) for i in range(len(words) - 5)}


def retold(runs: set[str], used: list[set[str]]) -> bool:
    """Whether an article shares more than 30% of its six-word runs with a used one."""
    return any(len(runs & u) > 0.3 * len(runs) for u in used) if runs else False


def choose_dev44(shared: Path) -> list[str]:
    skip = used_ids()
    rows = pool(shared, "ar")
    used = [shingles(r["text"]) for r in rows if r["id"] in skip]
    kept: dict[str, str] = {}
    for r in rows[OFFSET:]:
        folded = fold(r["text"])
        if (
            r["id"] not in skip
            and not retold(shingles(r["text"]), used)
            and ROLE["ar"].search(folded)
            and SOURCE.search(folded)
            and len(SPEECH["ar"].findall(folded)) >= 3
        ):
            kept.setdefault(r["text"].strip()[:200], r["id"])
    return list(kept.values())[:COUNT]


if __name__ == "__main__":
    print("ar", " ".join(choose_dev44(Path(sys.argv[1]))))
