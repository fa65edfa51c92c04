"""Print the ids of pubdate60's unlabelled check: 400 Saudi News Net articles made undated in an
ingest replay, their true dates (the corpus's `published`) the truth (issue 21, point 1).

From the Saudi News Net articles with a date that neither half of `rasad eval pubdate` holds
(not among the 500 smallest sha1("rasad-pubdate:" + id) of either side, `rasad.eval.pubdate`),
dropping any id found in any `eval/labels/*` file of main cb59c01 (read with `git show`, so
files added later do not change the choice) or named in `src/` or `tests/` at that commit
(`git grep`): random.Random(60).sample of 400, in sample order. Run from the repository root
with the shared folder as argument:
python eval/labels/choose_pubdate60_unlabelled.py ../shared
"""

import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_heldout_articles import ID, ROOT  # noqa: E402

COMMIT = "cb59c01"
COUNT = 400
SEED = 60
SALT = "rasad-pubdate:"  # rasad.eval.pubdate.SALT
PER_HALF = 500  # rasad.eval.pubdate.SNN_PER_SAMPLE


def git(*args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout


def used_ids() -> set[str]:
    """Article ids in eval/labels/ or written in src/ or tests/ at main cb59c01."""
    names = git("ls-tree", "--name-only", f"{COMMIT}:eval/labels").split()
    text = "".join(git("show", f"{COMMIT}:eval/labels/{name}") for name in names)
    code = git("grep", "-ohE", "(snn|fars|bbc)-[a-z0-9-]+", COMMIT, "--", "src", "tests")
    return set(ID.findall(text)) | set(ID.findall(code))


def digest(article_id: str) -> str:
    return hashlib.sha1((SALT + article_id).encode("utf-8")).hexdigest()


def choose(shared: Path) -> list[str]:
    path = shared / "corpus" / "saudinewsnet_ar" / "articles.jsonl"
    ids = [r["id"] for r in map(json.loads, path.open(encoding="utf-8")) if r.get("published")]
    halves = set()
    for side in (0, 1):
        mine = sorted((i for i in ids if int(digest(i)[0], 16) % 2 == side), key=digest)
        halves.update(mine[:PER_HALF])
    skip = used_ids() | halves
    rest = sorted(i for i in ids if i not in skip)
    return random.Random(SEED).sample(rest, COUNT)


if __name__ == "__main__":
    print(" ".join(choose(Path(sys.argv[1]))))
