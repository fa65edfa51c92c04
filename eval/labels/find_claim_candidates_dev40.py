"""List candidate statement pairs for claim_pairs_dev40.tsv (how the round-40 candidates were found).

Only proposes: every pair in the file was read and labelled by hand. Like find_claim_candidates.py
(whose tokenising, folding, sentence splitting and grouping it reuses) it imports nothing from
rasad. Articles named in any label file of LABEL_FILES_S40_CLAIMS are dropped, except that
saudinewsnet_events.tsv (a grouping of articles into events, no statement labels) is not a
reason to drop one.

Three listings, over groups of SaudiNewsNet articles from different outlets at most a day apart
(lexical groups at title+lead cosine 0.12, 0.16, 0.20 and 0.30, and the events file):
  `tolls`:  per article pair, the dead / injured / arrested counts next to a casualty or arrest
            cue, printed when the two articles give different sets for one kind;
  `nouns`:  per article pair, a number (digits or a number word) and the noun right after it;
            printed when both articles count the same noun (its first four letters) with no
            value in common;
  `ages`:   a two-word name before "(NN عاما)" given two different ages by two outlets.
Usage (from the repository root, shared folder beside it):
    python eval/labels/find_claim_candidates_dev40.py ../shared nouns > /tmp/dev40_nouns.txt
The output holds article text: read it, never commit it.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from datetime import date
from itertools import combinations
from pathlib import Path

import find_claim_candidates as f
from choose_heldout_articles import LABEL_FILES_S40_CLAIMS, ids_in

WORDS = {"واحد": 1, "ثلاثه": 3, "ثلاث": 3, "اربعه": 4, "اربع": 4, "خمسه": 5, "خمس": 5,
         "سته": 6, "ست": 6, "سبعه": 7, "سبع": 7, "ثمانيه": 8, "ثماني": 8, "تسعه": 9, "تسع": 9,
         "عشره": 10, "عشر": 10, "عشرين": 20, "ثلاثين": 30, "اربعين": 40, "خمسين": 50}  # fmt: skip
NUM = r"(?<![\w.,])(\d+|" + "|".join(sorted(WORDS, key=len, reverse=True)) + r")(?![\d.,])"
KINDS = {
    "dead": r"(?:مقتل|مصرع|وفاه|قتل|قتلي|قتيلا|قتيل|شهيدا|ضحيه|ضحايا|جثث|جثه|حتفهم)",
    "injured": r"(?:اصابه|اصيب|جرحي|جريحا|مصابا|مصابين)",
    "arrest": r"(?:القبض علي|اعتقال|توقيف|ضبط)",
}
SKIP = frozenset(
    [
        "في",
        "من",
        "الي",
        "علي",
        "عن",
        "مع",
        "او",
        "و",
        "ان",
        "الف",
        "الاف",
        "مليون",
        "مليار",
        "ملايين",
        "%",
        "ريال",
        "دولار",
        "يورو",
    ]
)  # noqa: SIM905


def value(token: str) -> int:
    return WORDS.get(token) or int(token)


def plausible(v: int) -> bool:
    return 1 <= v <= 100000 and not (1400 <= v <= 1440 or 1900 <= v <= 2100)


def tolls(text: str) -> list[tuple[str, int, int, int]]:
    out = []
    for s, e in f.sentences(text):
        t = f.fold(text[s:e])
        for kind, cue in KINDS.items():
            for pattern in (cue + r"\s+(?:نحو\s+|اكثر من\s+|حوالي\s+)?(?:ال)?" + NUM,
                            NUM + r"\s+(?:\w+\s+)?" + cue):  # fmt: skip
                out += [(kind, value(m.group(1)), s, e) for m in re.finditer(pattern, t)]
    return [x for x in out if plausible(x[1])]


def nouns(text: str) -> list[tuple[str, int, int, int]]:
    out = []
    for s, e in f.sentences(text):
        for m in re.finditer(NUM + r"\s+([^\s\d]{3,})", f.fold(text[s:e])):
            noun = m.group(2)
            if noun in SKIP or noun.startswith(("الف", "مليو", "مليا", "بالم", "في")):
                continue
            key = noun[2:6] if noun.startswith("ال") else noun[:4]
            out.append((key, value(m.group(1)), s, e))
    return [x for x in out if plausible(x[1])]


def pairs(articles: list[dict]):
    by_id = {a["id"]: a for a in articles}
    groups = {
        frozenset(ids) for th in (0.12, 0.16, 0.2, 0.3) for ids in f.lexical_groups(articles, th)
    }
    groups |= {frozenset(i for i in ids if i in by_id) for ids in f.snn_groups(articles).values()}
    seen = set()
    for ids in groups:
        for x, y in combinations(sorted(ids), 2):
            a, b = by_id[x], by_id[y]
            gap = date.fromisoformat(a["published"]) - date.fromisoformat(b["published"])
            if (x, y) in seen or a["outlet"] == b["outlet"] or abs(gap.days) > 1:
                continue
            seen.add((x, y))
            yield a, b


def differing(mode: str, articles: list[dict]) -> None:
    read = tolls if mode == "tolls" else nouns
    for a, b in pairs(articles):
        fa, fb = defaultdict(dict), defaultdict(dict)
        for k, v, s, e in read(a["text"]):
            fa[k].setdefault(v, (s, e))
        for k, v, s, e in read(b["text"]):
            fb[k].setdefault(v, (s, e))
        for k in set(fa) & set(fb):
            if set(fa[k]) & set(fb[k]) or len(fa[k]) > 2 or len(fb[k]) > 2:
                continue
            (s1, e1), (s2, e2) = next(iter(fa[k].values())), next(iter(fb[k].values()))
            print(
                f"[{mode} {k}] {a['id']} {s1} {e1} {sorted(fa[k])} || {b['id']} {s2} {e2} {sorted(fb[k])}"
            )
            print("   A:", a["text"][s1:e1])
            print("   B:", b["text"][s2:e2])


def ages(articles: list[dict]) -> None:
    pattern = re.compile(r"((?:\w+\s+){2})[\(\-،,\s]*(\d{1,3})\s*/?\s*(?:عاما|عامًا|عاماً|سنه)")
    seen = defaultdict(list)
    for a in articles:
        for s, e in f.sentences(a["text"]):
            for m in pattern.finditer(f.fold(a["text"][s:e])):
                seen[" ".join(m.group(1).split())].append(
                    (a["id"], a["outlet"], int(m.group(2)), s, e)
                )
    for name, found in seen.items():
        if len({x[2] for x in found}) > 1 and len({x[1] for x in found}) > 1:
            print("==", name, *found, sep="\n   ")


def main(shared: Path, mode: str) -> None:
    used = ids_in(tuple(n for n in LABEL_FILES_S40_CLAIMS if n != "saudinewsnet_events.tsv"))
    articles = [a for a in f.read(shared, "saudinewsnet_ar") if a["id"] not in used]
    ages(articles) if mode == "ages" else differing(mode, articles)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
