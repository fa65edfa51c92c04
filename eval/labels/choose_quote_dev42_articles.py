"""Print the ids of the ninth development set of quotes (quotes_dev42.tsv, issue 21 point 3).

The same candidate pool and shuffle as choose_heldout_articles.py (seed 20261202). quotes_dev36
… quotes_dev41 took Arabic and Persian articles from position 220 on. This set goes on from
position 220, dropping any id found in any `eval/labels/*` file of main 2e8d7dd (read with
`git show`, so files added later do not change the choice) or named in `src/` or `tests/` at
that commit (`git grep`), and keeps only articles that write a role word (the crude list of
choose_quote_dev41_articles.py) and at least two speech verbs (the crude regex of
choose_heldout_articles.py), since the issue asks for speakers named by roles and carried across
sentences: the first 15 Arabic and 10 Persian. Run from the repository root with the shared
folder as argument: python eval/labels/choose_quote_dev42_articles.py ../shared
"""

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_heldout_articles import ID, ROOT, SPEECH, fold, pool  # noqa: E402
from choose_quote_dev41_articles import ROLE  # noqa: E402

OFFSET = 220
COUNTS = {"ar": 15, "fa": 10}
COMMIT = "2e8d7dd"


def git(*args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout


def used_ids() -> set[str]:
    """Article ids in eval/labels/ or written in src/ or tests/ at main 2e8d7dd."""
    names = git("ls-tree", "--name-only", f"{COMMIT}:eval/labels").split()
    text = "".join(git("show", f"{COMMIT}:eval/labels/{name}") for name in names)
    code = git("grep", "-ohE", "(snn|fars|bbc)-[a-z0-9-]+", COMMIT, "--", "src", "tests")
    return set(ID.findall(text)) | set(ID.findall(code))


def choose_dev42(shared: Path, lang: str) -> list[str]:
    skip = used_ids()
    rows = [
        r
        for r in pool(shared, lang)[OFFSET:]
        if r["id"] not in skip
        and ROLE[lang].search(fold(r["text"]))
        and len(SPEECH[lang].findall(fold(r["text"]))) >= 2
    ]
    return [r["id"] for r in rows[: COUNTS[lang]]]


if __name__ == "__main__":
    for lang in COUNTS:
        print(lang, " ".join(choose_dev42(Path(sys.argv[1]), lang)))
