"""List candidate statement pairs for claim_pairs_dev43.tsv (how the round-43 candidates were found).

Only proposes: every pair in the file was read and labelled by hand. It imports nothing from
rasad. Articles named in any label file of this folder (bar saudinewsnet_events.tsv, which
labels no statement) or in tests/ are dropped; ntrex stories are dropped when any label file
or test names one of their three versions.

Listings:
  `snn <mode>`: find_claim_candidates_dev40 / _dev41 listings (`tolls`, `nouns`, `ordinals`,
                `rare`, `aligned`) on the unused SaudiNewsNet articles;
  `bbc aligned` / `bbc counts`, `fars aligned` / `fars counts`: find_claim_candidates.py's
                listings over lexical groups (cosine >= 0.20) of unused articles, BBC duplicates
                kept out;
  `bbc ages`:   one age ("the 24-year-old", "aged 24") per sentence, keyed by each capitalised
                word of the sentence; printed when two articles give one word two ages;
  `ntrex`:      English lines whose Arabic or Persian translation carries other numbers.
The three contradictions of the set came from `bbc ages`; the hard agrees from `snn aligned`,
the `snn` pairs listing of find_claim_candidates.py (`numdiff`, `daydiff`) and `ntrex`.
Usage (from the repository root, shared folder beside it):
    python eval/labels/find_claim_candidates_dev43.py ../shared bbc ages > /tmp/dev43_ages.txt
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
    files = [p for p in files if p.name != "saudinewsnet_events.tsv" and "dev43" not in p.name]
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


def main(shared: Path, which: str, mode: str) -> None:
    if which == "snn":
        articles = unused(shared, "saudinewsnet_ar")
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
