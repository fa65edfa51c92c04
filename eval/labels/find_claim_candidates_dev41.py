"""List candidate statement pairs for claim_pairs_dev41.tsv (how the round-41 candidates were found).

Only proposes: every pair in the file was read and labelled by hand. It imports nothing from
rasad. Articles named in any label file of this folder (every file on main 919fb92, i.e. the
files of LABEL_FILES_S40_CLAIMS plus claim_pairs_dev40.tsv and whatever was added since) or in
tests/ are dropped, except that saudinewsnet_events.tsv (a grouping of articles into events, no
statement labels) is not a reason to drop one.

Listings over groups of SaudiNewsNet articles from different outlets at most a day apart
(find_claim_candidates_dev40.pairs: lexical groups and the events file):
  `nouns`, `tolls`: find_claim_candidates_dev40's listings, on the articles still unused;
  `ordinals`: an Arabic ordinal word (السادس, الرابعة عشرة ...) and the noun after it, printed
              when both articles give the same noun different ordinals;
  `aligned`:  the closest sentence of the other article (word overlap >= 0.35) when the two hold
              different numbers -- near-copies of one wire text that disagree on a figure;
  `rare`:     two sentences of two articles sharing at least three rare words (in at most 25
              unused articles) whose integer figures (1-5000, no years) have none in common;
  `minutes`:  over every two articles of different outlets at most a day apart that give a match
              minute («الدقيقة 74», «الدقيقة العاشرة»): two sentences sharing two rare words (at
              most 30 articles) with minutes at most 12 apart that the other article does not give.
The contradictions of the set came from `minutes` (two friendlies, read whole in every outlet);
the hard agrees from `aligned`, `rare`, `nouns` and the ntrex / BBC `aligned` listings of
find_claim_candidates.py (pairs of unused articles only).
Usage (from the repository root, shared folder beside it):
    python eval/labels/find_claim_candidates_dev41.py ../shared nouns > /tmp/dev41_nouns.txt
The output holds article text: read it, never commit it.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from datetime import date
from itertools import combinations
from pathlib import Path

import find_claim_candidates as f
import find_claim_candidates_dev40 as d40
from choose_heldout_articles import ID

HERE = Path(__file__).resolve().parent
ORDINALS = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6,
            "السابع": 7, "الثامن": 8, "التاسع": 9, "العاشر": 10, "الحادي عشر": 11,
            "الثاني عشر": 12, "الثالث عشر": 13, "الرابع عشر": 14, "الخامس عشر": 15}  # fmt: skip
ORDINAL = re.compile(
    r"(?<!\w)("
    + "|".join(sorted(ORDINALS, key=len, reverse=True))
    + r")(?:ه)?(?: عشره?)?\s+(\w{3,})"
)


def used_ids() -> set[str]:
    """Article ids named in any label file of this folder (bar the events grouping) or in tests/."""
    files = [p for p in HERE.iterdir() if p.suffix in {".tsv", ".md", ".json", ".csv"}]
    # the events grouping labels no statement; this round's own files are what the listing feeds
    files = [p for p in files if p.name != "saudinewsnet_events.tsv" and "dev41" not in p.name]
    files += list((HERE.parents[1] / "tests").rglob("*.py"))
    files += list((HERE.parents[1] / "tests").rglob("*.tsv"))
    return {i for p in files for i in ID.findall(p.read_text(encoding="utf-8", errors="ignore"))}


def ordinals(text: str) -> list[tuple[str, int, int, int]]:
    out = []
    for s, e in f.sentences(text):
        for m in ORDINAL.finditer(f.fold(text[s:e])):
            value = ORDINALS[m.group(1)] + (10 if "عشر" in m.group(0).split()[1:2] else 0)
            out.append((m.group(2)[:5], value, s, e))
    return out


def aligned(articles: list[dict]) -> None:
    for a, b in d40.pairs(articles):
        sa = [
            (s, e, f.words(a["text"][s:e]), f.numbers(a["text"][s:e]))
            for s, e in f.sentences(a["text"])
        ]
        sb = [
            (s, e, f.words(b["text"][s:e]), f.numbers(b["text"][s:e]))
            for s, e in f.sentences(b["text"])
        ]
        for s1, e1, w1, n1 in sa:
            if not n1 or len(w1) < 4:
                continue
            best = max(sb, key=lambda x: len(w1 & x[2]) / max(1, len(w1 | x[2])), default=None)
            if best is None:
                continue
            s2, e2, w2, n2 = best
            if len(w1 & w2) / max(1, len(w1 | w2)) < 0.35 or not n2 or n1 == n2:
                continue
            print(f"[aligned] {a['id']} {s1} {e1} {sorted(n1)} || {b['id']} {s2} {e2} {sorted(n2)}")
            print("   A:", a["text"][s1:e1])
            print("   B:", b["text"][s2:e2])


def rare_counts(articles: list[dict], most: int) -> Counter:
    counts: Counter = Counter(w for a in articles for w in f.words(a["text"]))
    return Counter({w: n for w, n in counts.items() if n <= most})


def small_figures(text: str) -> set[str]:
    figures = {v for v in f.numbers(text) if v.isdigit()}
    return {v for v in figures if 1 <= int(v) <= 5000 and d40.plausible(int(v))}


def rare(articles: list[dict]) -> None:
    df = rare_counts(articles, 25)

    def sentences(a: dict) -> list[tuple[int, int, set[str], set[str]]]:
        out = []
        for s, e in f.sentences(a["text"]):
            figures = small_figures(a["text"][s:e])
            if figures:
                out.append((s, e, {w for w in f.words(a["text"][s:e]) if w in df}, figures))
        return out

    for a, b in d40.pairs(articles):
        for s1, e1, r1, n1 in sentences(a):
            for s2, e2, r2, n2 in sentences(b):
                if len(r1 & r2) >= 3 and n1 - n2 and n2 - n1 and not n1 & n2:
                    print(
                        f"[rare] {a['id']} {s1} {e1} {sorted(n1)} || {b['id']} {s2} {e2} {sorted(n2)}"
                    )
                    print("   A:", a["text"][s1:e1])
                    print("   B:", b["text"][s2:e2])


MINUTE_WORDS = {"العاشره": 10, "الاولي": 1, "الثانيه": 2, "الثالثه": 3, "الرابعه": 4,
                "الخامسه": 5, "السادسه": 6, "السابعه": 7, "الثامنه": 8, "التاسعه": 9}  # fmt: skip
MINUTE = re.compile(
    r"(?:الدقيقه|دقيقه)\s*(?:ال\s*)?\(?\s*«?(\d{1,3}|" + "|".join(MINUTE_WORDS) + ")"
)


def minutes(articles: list[dict]) -> None:
    df = rare_counts(articles, 30)

    def found(a: dict) -> list[tuple[int, int, int, set[str]]]:
        out = []
        for s, e in f.sentences(a["text"]):
            words = {w for w in f.words(a["text"][s:e]) if w in df}
            for m in MINUTE.finditer(f.fold(a["text"][s:e])):
                out.append((MINUTE_WORDS.get(m.group(1)) or int(m.group(1)), s, e, words))
        return out

    told = [(a, x) for a in articles if (x := found(a))]
    for (a, ma), (b, mb) in combinations(told, 2):
        gap = date.fromisoformat(a["published"]) - date.fromisoformat(b["published"])
        if a["outlet"] == b["outlet"] or abs(gap.days) > 1:
            continue
        va, vb = {x[0] for x in ma}, {x[0] for x in mb}
        for v, s1, e1, r1 in ma:
            for u, s2, e2, r2 in mb:
                if v in vb or u in va or abs(u - v) > 12 or len(r1 & r2) < 2:
                    continue
                print(f"[minutes] {a['id']} {s1} {e1} {v} || {b['id']} {s2} {e2} {u}")
                print("   A:", a["text"][s1:e1])
                print("   B:", b["text"][s2:e2])


def main(shared: Path, mode: str) -> None:
    used = used_ids()
    articles = [a for a in f.read(shared, "saudinewsnet_ar") if a["id"] not in used]
    print(f"# {len(articles)} unused articles", file=sys.stderr)
    if mode == "ordinals":
        d40.nouns = ordinals  # the same pairwise comparison, ordinals instead of counts
        d40.differing("nouns", articles)
    elif mode == "aligned":
        aligned(articles)
    elif mode == "rare":
        rare(articles)
    elif mode == "minutes":
        minutes(articles)
    else:
        d40.differing(mode, articles)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
