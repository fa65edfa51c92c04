"""Print the mentions of the development set dates_dev55.tsv (round dates55, session 52).

Three kinds of day and time mention the dates stage of main b3ea9056 reads badly or not at all
(claims_misses53.md): «بعد غد» / «بعد الغد» / «پس‌فردا» (the day after tomorrow), a weekday
written after a relative day word («أمس الأحد», «اليوم الثلاثاء», «امروز یکشنبه»), and a clock
time or clock word followed within 30 characters by a time zone («15:00 بتوقيت جرينتش», «ساعت ۱۰ به وقت تهران»). Found by plain
regular expressions below (not by the stage, so the stage's misses are drawn too), in
SaudiNewsNet and Fars News articles with a publication date. Articles whose id is found in any
`eval/labels/*`, `src/` or `tests/` file of main b3ea9056 (read with `git show`) or in a held-out
file of shared/corpus are dropped. The kept articles are shuffled with seed 20261206; from each
in turn one mention is drawn with the same generator, until QUOTA of each kind are taken.
Run from the repository root: python eval/labels/choose_dates_dev55_mentions.py ../shared
It prints kind, article, start, end, published date and the span (the .tsv adds the labels).
"""

import json
import random
import re
import subprocess
import sys
from pathlib import Path

COMMIT = "b3ea9056"
SEED = 20261206
QUOTA = {"after_tomorrow": 10, "word_weekday": 20, "zoned_time": 10}
FOLDERS = ("saudinewsnet_ar", "farsnews_fa")
ID = re.compile(r"(?:snn-\d{4}-\d{2}-\d{2}-\d+|fars-\d+)")
WEEKDAY = (
    r"(?:ال[اإ]ثنين|الثلاثاء|ال[أا]ربعاء|الخميس|الجمعة|السبت|ال[أا]حد"
    r"|دوشنبه|سه[\u200c ]?شنبه|چهار[\u200c ]?شنبه|پنج[\u200c ]?شنبه|جمعه|یک[\u200c ]?شنبه|شنبه)"
)
KINDS = {
    "after_tomorrow": re.compile(r"بعد\s+(?:ال)?غد[اًٍ]*|پس[\u200c ]?فردا"),
    "word_weekday": re.compile(
        rf"(?:أمس|امس|اليوم|غدا|غداً|امروز|دیروز|فردا)\s*[،,(]?\s*(?:(?:يوم|روز)\s+)?{WEEKDAY}"
    ),
    "zoned_time": re.compile(
        r"(?:الساعة|ساعت|[\d۰-۹٠-٩]{1,2}[:.][\d۰-۹٠-٩]{2})[^\n.،]{0,30}?"
        r"(?:(?:بتوقيت|بالتوقيت|به\s+وقت)\s+\S+|GMT|UTC|BST)"
    ),
}


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


def choose(shared: Path) -> list[tuple]:
    skip = set(ID.findall(used_text(shared)))
    rows = []
    for folder in FOLDERS:
        with (shared / "corpus" / folder / "articles.jsonl").open(encoding="utf-8") as f:
            rows += [a for a in map(json.loads, f) if a["id"] not in skip and a.get("published")]
    rows.sort(key=lambda a: a["id"])
    rng = random.Random(SEED)
    rng.shuffle(rows)
    taken: list[tuple] = []
    for a in rows:
        found = [
            (kind, m.start(), m.end())
            for kind, pattern in KINDS.items()
            if sum(t[0] == kind for t in taken) < QUOTA[kind]
            for m in pattern.finditer(a["text"])
        ]
        if found:
            kind, s, e = rng.choice(found)
            taken.append((kind, a["id"], s, e, a["published"][:10], a["text"][s:e]))
    return taken


if __name__ == "__main__":
    for row in choose(Path(sys.argv[1])):
        print("\t".join(map(str, row)))
