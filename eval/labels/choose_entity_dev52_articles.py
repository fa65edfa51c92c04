"""Print the ids of the small Arabic country-name development set of entities
(entities_dev52.tsv, session 51, branch entities52).

Drawn at random from SaudiNewsNet articles of 300–700 characters named in no `eval/labels/*`
file and in no `src/` or `tests/` file of main 7d2af061 (read with `git show` / `git grep`, so
files added later do not change the choice). The round finds CLDR country names the Arabic
recogniser misses, so the pool is split into articles that write one of CLDR's one-word Arabic
country names (places.tsv, bracketed other names included, behind a proclitic too) and the
rest. Each pool is sorted by id and shuffled with `random.Random(SEED)`, the first
COUNTRY_COUNT and OTHER_COUNT taken. Run from the repository root with the shared folder as
argument:
python eval/labels/choose_entity_dev52_articles.py ../shared
"""

import json
import random
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_heldout_articles import ID, ROOT  # noqa: E402

COMMIT = "7d2af061"
COUNTRY_COUNT = 5
OTHER_COUNT = 3
SEED = 20261252
PROCLITICS = "وفبل"


def git(*args: str) -> str:
    # git grep exits 1 when nothing matches: not an error here
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout


def used_text() -> str:
    """Every eval/labels file and every article id written in src/ and tests/ at COMMIT."""
    names = git("ls-tree", "--name-only", f"{COMMIT}:eval/labels").split()
    text = "".join(git("show", f"{COMMIT}:eval/labels/{name}") for name in names)
    pattern = r"(snn-2015-[0-9-]+|fars-[0-9]+)"
    return text + " " + git("grep", "-ohE", pattern, COMMIT, "--", "src", "tests")


def country_words() -> set[str]:
    """CLDR's one-word Arabic country names (places.tsv at COMMIT, bracketed names split)."""
    table = git("show", f"{COMMIT}:src/rasad/data/gazetteers/places.tsv")
    countries = set(git("show", f"{COMMIT}:src/rasad/data/gazetteers/countries.txt").split("\n"))
    words = set()
    for line in table.splitlines():
        cells = line.split("\t")
        if len(cells) < 3 or cells[0] != "LOC" or cells[1] not in countries:
            continue
        words.update(w for w in re.split(r"[()]", cells[2]) if w.strip() and " " not in w.strip())
    return {w.strip() for w in words}


def writes_a_country(text: str, words: set[str]) -> bool:
    """Whether an Arabic article writes a CLDR one-word country name (behind a proclitic too)."""
    for word in re.findall(r"[\u0621-\u064a]+", text):
        if word in words or (word[:1] in PROCLITICS and word[1:] in words):
            return True
    return False


def _first(rows: list[dict], count: int) -> list[str]:
    random.Random(SEED).shuffle(rows)
    return [r["id"] for r in rows[:count]]


def choose_dev52(shared: Path) -> list[str]:
    skip = set(ID.findall(used_text()))
    path = shared / "corpus" / "saudinewsnet_ar" / "articles.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    rows = sorted(
        (r for r in rows if 300 <= len(r["text"]) <= 700 and r["id"] not in skip),
        key=lambda r: r["id"],
    )
    words = country_words()
    named = [r for r in rows if writes_a_country(r["text"], words)]
    other = [r for r in rows if not writes_a_country(r["text"], words)]
    return _first(named, COUNTRY_COUNT) + _first(other, OTHER_COUNT)


if __name__ == "__main__":
    print(" ".join(choose_dev52(Path(sys.argv[1]))))
