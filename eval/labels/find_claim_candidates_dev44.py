"""List candidate statement pairs for claim_pairs_dev44.tsv (how the round-44 candidates were found).

Only proposes: every pair in the file was read and labelled by hand. It imports nothing from
rasad. Articles named in any label file of this folder (bar saudinewsnet_events.tsv, which
labels no statement) or in tests/ are dropped; ntrex stories are dropped when any label file
or test names one of their three versions. The round-43 listings (see
find_claim_candidates_dev43.py) plus:
  `snn mixed`: close sentences of two outlets (pairs of find_claim_candidates_dev40) that give
               one counted noun two different figures, printed when they also share a figure
               or differ in that one noun only (the "agrees on one, differs on another" case);
  `snn ages`:  find_claim_candidates_dev40's ages listing on the unused articles.
The one contradiction of the set came from `snn mixed`; the hard agrees from `snn mixed`,
`snn tolls`, `snn nouns`, `bbc ages`, `bbc counts` and `bbc aligned`.
Usage (from eval/labels, shared folder given):
    python find_claim_candidates_dev44.py /work/shared snn mixed > /tmp/dev44_mixed.txt
The output holds article text: read it, never commit it.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

import find_claim_candidates as f
import find_claim_candidates_dev40 as d40
import find_claim_candidates_dev41 as d41
from choose_heldout_articles import ID

HERE = Path(__file__).resolve().parent
AGE = re.compile(r"(\d{2})-year-old|aged (\d{2})")
CAPITALISED = re.compile(r"\b([A-Z][a-z]{3,})\b")


def label_texts() -> list[str]:
    files = [p for p in HERE.iterdir() if p.suffix in {".tsv", ".md", ".json", ".csv"}]
    files = [p for p in files if p.name != "saudinewsnet_events.tsv" and "dev44" not in p.name]
    files += list((HERE.parents[1] / "tests").rglob("*.py"))
    files += list((HERE.parents[1] / "tests").rglob("*.tsv"))
    return [p.read_text(encoding="utf-8", errors="ignore") for p in files]


def unused(shared: Path, folder: str) -> list[dict]:
    texts = label_texts()
    used = {i for t in texts for i in ID.findall(t)}
    articles = [a for a in f.read(shared, folder) if a["id"] not in used]
    if folder == "ntrex_ar_fa_en":
        stories = {a["story"] for a in articles if any(a["id"] in t for t in texts)}
        articles = [a for a in articles if a["story"] not in stories]
    return articles


def ages(articles: list[dict]) -> None:
    seen = defaultdict(list)
    for a in articles:
        for s, e in f.sentences(a["text"]):
            found = [int(x or y) for x, y in AGE.findall(a["text"][s:e])]
            if len(found) == 1:
                for word in set(CAPITALISED.findall(a["text"][s:e])):
                    seen[word].append((a["id"], found[0], s, e))
    for word, told in seen.items():
        if len({t[1] for t in told}) > 1 and len({t[0] for t in told}) > 1 and len(told) <= 6:
            print("==", word)
            for aid, age, s, e in told:
                print(
                    "  ", aid, age, s, e, next(a for a in articles if a["id"] == aid)["text"][s:e]
                )


def mixed(articles: list[dict]) -> None:
    """Close sentences of two outlets that share one figure and give one counted noun two others."""
    for a, b in d40.pairs(articles):
        for s1, e1 in f.sentences(a["text"]):
            na = d40.nouns(a["text"][s1:e1])
            if not na:
                continue
            for s2, e2 in f.sentences(b["text"]):
                nb = d40.nouns(b["text"][s2:e2])
                wa, wb = f.words(a["text"][s1:e1]), f.words(b["text"][s2:e2])
                if not nb or len(wa & wb) < 0.25 * min(len(wa), len(wb)):
                    continue
                va, vb = {x[1] for x in na}, {x[1] for x in nb}
                ka, kb = defaultdict(set), defaultdict(set)
                for k, v, *_ in na:
                    ka[k].add(v)
                for k, v, *_ in nb:
                    kb[k].add(v)
                differ = [k for k in set(ka) & set(kb) if not ka[k] & kb[k]]
                if differ and (va & vb or len(differ) == 1):
                    print(
                        f"[mixed {differ}] {a['id']} {s1} {e1} || {b['id']} {s2} {e2} shared={sorted(va & vb)}"
                    )
                    print("   A:", a["text"][s1:e1])
                    print("   B:", b["text"][s2:e2])


def main(shared: Path, which: str, mode: str) -> None:
    if which == "snn":
        articles = unused(shared, "saudinewsnet_ar")
        if mode == "mixed":
            mixed(articles)
            return
        if mode == "ages":
            d40.ages(articles)
            return
        if mode == "ordinals":
            d40.nouns = d41.ordinals
            d40.differing("nouns", articles)
        elif mode in ("rare", "aligned"):
            getattr(d41, mode)(articles)
        else:
            d40.differing(mode, articles)
        return
    if which == "ntrex":
        f.ntrex_numbers(unused(shared, "ntrex_ar_fa_en"))
        return
    articles = [a for a in unused(shared, f.FOLDERS[which]) if not a.get("duplicate_of_earlier")]
    if mode == "ages":
        ages(articles)
        return
    by_id = {a["id"]: a for a in articles}
    groups = {"lex-" + min(ids): ids for ids in f.lexical_groups(articles, 0.2, cross_outlet=False)}
    if mode == "aligned":
        f.aligned(by_id, groups, 0.3)
    else:
        for a in articles:
            a["outlet"] = a["id"]  # one outlet spread over years: every article its own
        f.counts(by_id, groups, 0.2)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], sys.argv[3])
