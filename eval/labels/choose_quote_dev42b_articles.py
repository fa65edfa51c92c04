"""Print the ids of the tenth development set of quotes (quotes_dev42b.tsv, issue 21 point 3).

Persian only, from the Persian side of corpus/ntrex_ar_fa_en (professional translations of
English news, used by no quotes label file before). Articles of 300–2,500 characters with at
least two speech verbs (the crude regex of choose_heldout_articles.py), in a seeded shuffle
(seed 20261204), dropping any id found in any `eval/labels/*` file of main 139ae26 (read with
`git show`, so files added later do not change the choice) or named in `src/` or `tests/` at
that commit (`git grep`): the first 12. Run from the repository root with the shared folder as
argument: python eval/labels/choose_quote_dev42b_articles.py ../shared
"""

import json
import random
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_heldout_articles import ROOT, SPEECH, fold  # noqa: E402

COUNT = 12
SEED = 20261204
COMMIT = "139ae26"
NTREX = re.compile(r"ntrex-[a-z]{2}-[A-Za-z0-9._-]+[A-Za-z0-9]")


def git(*args: str) -> str:
    # git grep exits 1 when nothing matches: not an error here
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout


def used_ids() -> set[str]:
    """ntrex document ids (without the language) in eval/labels/ or written in src/ or tests/ at main 139ae26."""
    names = git("ls-tree", "--name-only", f"{COMMIT}:eval/labels").split()
    text = "".join(git("show", f"{COMMIT}:eval/labels/{name}") for name in names)
    code = git("grep", "-ohE", "ntrex-[a-z]{2}-[A-Za-z0-9._-]+", COMMIT, "--", "src", "tests")
    # a story used in any language counts as used (its Persian side is a translation of it)
    return {i.split("-", 2)[2] for i in NTREX.findall(text) + NTREX.findall(code)}


def candidates(shared: Path) -> list[dict]:
    path = shared / "corpus" / "ntrex_ar_fa_en" / "articles.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    rows = [r for r in rows if r["lang"] == "fa" and 300 <= len(r["text"]) <= 2500]
    rows.sort(key=lambda r: r["id"])
    random.Random(SEED).shuffle(rows)
    return rows


def choose_dev42b(shared: Path) -> list[str]:
    skip = used_ids()
    rows = [
        r
        for r in candidates(shared)
        if r["id"].split("-", 2)[2] not in skip and len(SPEECH["fa"].findall(fold(r["text"]))) >= 2
    ]
    return [r["id"] for r in rows[:COUNT]]


if __name__ == "__main__":
    print("fa", " ".join(choose_dev42b(Path(sys.argv[1]))))
