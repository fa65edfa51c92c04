"""Print the ids of the eleventh development set of quotes (quotes_dev43.tsv, issue 21 point 3).

Arabic only. The same candidate pool and shuffle as choose_heldout_articles.py (seed 20261202),
from position 220 as quotes_dev36 … quotes_dev42, dropping any id found in any `eval/labels/*`
file of main c65e2a9 (read with `git show`, so files added later do not change the choice) or
named in `src/` or `tests/` at that commit (`git grep`). Kept: articles that write a role word
(the crude list of choose_quote_dev41_articles.py) and at least three speech verbs (the crude
regex of choose_heldout_articles.py; dev42 asked two), since this round looks for several
speakers, unnamed sources and speakers carried across sentences; an article whose first 200
characters repeat an earlier kept one's (SaudiNewsNet republishes stories) is dropped: the first
24. Run from the
repository root with the shared folder as argument:
python eval/labels/choose_quote_dev43_articles.py ../shared
"""

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_heldout_articles import ID, ROOT, SPEECH, fold, pool  # noqa: E402
from choose_quote_dev41_articles import ROLE  # noqa: E402

OFFSET = 220
COUNT = 24
COMMIT = "c65e2a9"


def git(*args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout


def used_ids() -> set[str]:
    """Article ids in eval/labels/ or written in src/ or tests/ at main c65e2a9."""
    names = git("ls-tree", "--name-only", f"{COMMIT}:eval/labels").split()
    text = "".join(git("show", f"{COMMIT}:eval/labels/{name}") for name in names)
    code = git("grep", "-ohE", "(snn|fars|bbc)-[a-z0-9-]+", COMMIT, "--", "src", "tests")
    return set(ID.findall(text)) | set(ID.findall(code))


def choose_dev43(shared: Path) -> list[str]:
    skip = used_ids()
    rows = [
        r
        for r in pool(shared, "ar")[OFFSET:]
        if r["id"] not in skip
        and ROLE["ar"].search(fold(r["text"]))
        and len(SPEECH["ar"].findall(fold(r["text"]))) >= 3
    ]
    kept: dict[str, str] = {}
    for r in rows:
        kept.setdefault(r["text"].strip()[:200], r["id"])
    return list(kept.values())[:COUNT]


if __name__ == "__main__":
    print("ar", " ".join(choose_dev43(Path(sys.argv[1]))))
