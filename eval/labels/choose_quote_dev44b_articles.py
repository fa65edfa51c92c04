"""Print the ids of the fourteenth development set of quotes (quotes_dev44b.tsv, issue 21 point 3).

Persian only, chosen for the kinds of speaker round 15 left wrong: a pronoun («وی», «او»)
continuing a speaker, «به نقل از» sources, and relatives of a named person. Nine articles from
the Persian side of corpus/ntrex_ar_fa_en, chosen as choose_quote_dev43b_articles.py chose its
ten (300–2,500 characters, at least two speech verbs of the crude regex of
`choose_heldout_articles.py`, seeded shuffle) with a new seed (20261206); and seven Fars News
articles, chosen as it chose its six (the held-out pool from position 220, a role word, at
least two speech verbs). Both also need one of FAVOUR (below) in the text. Both drop any story
whose id is found in any `eval/labels/*` file of main dfbe810 (read with `git show`, so files
added later do not change the choice) or written in `src/` or `tests/` at that commit. Run from
the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev44b_articles.py ../shared
"""

import random
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_heldout_articles import ID, ROOT, SPEECH, fold, pool  # noqa: E402
from choose_quote_dev41_articles import ROLE  # noqa: E402
from choose_quote_dev42b_articles import NTREX, candidates  # noqa: E402

COMMIT = "dfbe810"
SEED = 20261206
COUNTS = {"ntrex": 9, "fars": 7}
OFFSET = 220
# a third-person pronoun, an «according to» source, or a relative (a crude regex for choosing)
FAVOUR = re.compile(r"(?<!\w)(?:وی|او|به نقل از|مادر|پدر|همسر|برادر|خواهر|پسر|دختر)(?!\w)")


def git(*args: str) -> str:
    # git grep exits 1 when nothing matches: not an error here
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout


def used_text() -> str:
    """Every eval/labels file and every id-like string in src/ and tests/ at main dfbe810."""
    names = git("ls-tree", "--name-only", f"{COMMIT}:eval/labels").split()
    text = "".join(git("show", f"{COMMIT}:eval/labels/{name}") for name in names)
    pattern = r"(ntrex-[a-z]{2}-[A-Za-z0-9._-]+|fars-[0-9]+)"
    return text + " " + git("grep", "-ohE", pattern, COMMIT, "--", "src", "tests")


def wanted(text: str) -> bool:
    folded = fold(text)
    return len(SPEECH["fa"].findall(folded)) >= 2 and bool(FAVOUR.search(folded))


def choose_ntrex(shared: Path, text: str) -> list[str]:
    # a story used in any language counts as used (its Persian side is a translation of it)
    skip = {i.split("-", 2)[2] for i in NTREX.findall(text)}
    rows = candidates(shared)
    random.Random(SEED).shuffle(rows)
    rows = [r for r in rows if r["id"].split("-", 2)[2] not in skip and wanted(r["text"])]
    return [r["id"] for r in rows[: COUNTS["ntrex"]]]


def choose_fars(shared: Path, text: str) -> list[str]:
    skip = set(ID.findall(text))
    rows = [
        r
        for r in pool(shared, "fa")[OFFSET:]
        if r["id"] not in skip and ROLE["fa"].search(fold(r["text"])) and wanted(r["text"])
    ]
    return [r["id"] for r in rows[: COUNTS["fars"]]]


def choose_dev44b(shared: Path) -> list[str]:
    text = used_text()
    return choose_ntrex(shared, text) + choose_fars(shared, text)


if __name__ == "__main__":
    print("fa", " ".join(choose_dev44b(Path(sys.argv[1]))))
