"""Print the occurrences of the development set time_dev50.tsv (round dates50, session 50).

A day and month written without a year («26 اكتوبر», «۱۵ مهر»): the `day_month` pattern of
the dates stage of main 8c0e478 (src/rasad/stages/dates.py) with an empty year group, in
SaudiNewsNet and Fars News articles that carry a publication date. Articles whose id is found
in any `eval/labels/*` file of main 8c0e478 (read with `git show`, so files added later do not
change the choice), in `src/` or `tests/` at that commit, or in a held-out file of
shared/corpus, are dropped — stricter than the session's rule (no article of any earlier set).
The kept articles are shuffled with seed 20261205; from each in turn one occurrence is drawn
with the same random generator, until 24 Arabic and 24 Persian occurrences are taken.
Run from the repository root: python eval/labels/choose_time_dev50_articles.py ../shared
It prints article, start, end, published date and the span (the .tsv adds the labels).
"""

import json
import random
import re
import subprocess
import sys
from pathlib import Path

COMMIT = "8c0e478"
SEED = 20261205
PER_LANGUAGE = 24
FOLDERS = {"ar": "saudinewsnet_ar", "fa": "farsnews_fa"}
ID = re.compile(r"(?:snn-\d{4}-\d{2}-\d{2}-\d+|fars-\d+)")


def used_text(shared: Path) -> str:
    """Every label, source and test file of main at COMMIT, and the shared held-out files."""
    names = subprocess.run(
        ["git", "ls-tree", "-r", "--name-only", COMMIT, "eval/labels", "src", "tests"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    parts = [
        subprocess.run(["git", "show", f"{COMMIT}:{n}"], capture_output=True, check=True).stdout
        for n in names
    ]
    text = b"\n".join(parts).decode("utf-8", "replace")
    for f in (shared / "corpus").glob("*/*"):
        if f.name != "articles.jsonl" and f.is_file():
            text += f.read_text("utf-8", "replace")
    return text


def occurrences(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of day+month expressions without a year."""
    from rasad.stages.dates import patterns
    from rasad.text.normalize import fold_same_length

    day_month = dict(patterns())["day_month"]
    found = []
    for m in day_month.finditer(fold_same_length(text)):
        if not m.group("year"):
            # a two-digit year read later (round dates50) is left out, as at 8c0e478
            short = m.groupdict().get("short")
            found.append((m.start(), m.start("short") if short else m.end()))
    return found


def choose(shared: Path) -> list[tuple[str, int, int, str, str]]:
    skip = set(ID.findall(used_text(shared)))
    rows = []
    for lang, folder in FOLDERS.items():
        with (shared / "corpus" / folder / "articles.jsonl").open(encoding="utf-8") as f:
            rows += [
                a
                for a in map(json.loads, f)
                if a["id"] not in skip and a.get("published") and a["lang"] == lang
            ]
    rows.sort(key=lambda a: a["id"])
    rng = random.Random(SEED)
    rng.shuffle(rows)
    taken: dict[str, list] = {"ar": [], "fa": []}
    for a in rows:
        if len(taken[a["lang"]]) >= PER_LANGUAGE:
            continue
        spans = occurrences(a["text"], a["lang"])
        if spans:
            s, e = rng.choice(spans)
            text = a["text"][s:e].strip()
            taken[a["lang"]].append((a["id"], s, s + len(text), a["published"], text))
    return taken["ar"] + taken["fa"]


if __name__ == "__main__":
    for row in choose(Path(sys.argv[1])):
        print("\t".join(map(str, row)))
