"""List candidate statement pairs for claim_pairs_dev44b.tsv (non-numeric slots, round 44).

Only proposes: every pair in the file was read and labelled by hand. It imports nothing from
rasad. Articles named in any label file of this folder (bar saudinewsnet_events.tsv) or in
tests/ are dropped (find_claim_candidates_dev43.unused, with dev43 files now counted as used).

Listing: find_claim_candidates.py's pairs over the groups of unused SaudiNewsNet articles
(`snn`) or lexical groups of unused BBC / Fars articles, keeping only the kinds named on the
command line (`denial`, `daydiff`, `same`, ...).
Usage (from the repository root, shared folder beside it):
    python eval/labels/find_claim_candidates_dev44b.py ../shared snn denial,daydiff > /tmp/x.txt
The output holds article text: read it, never commit it.
"""

from __future__ import annotations

import sys
from itertools import combinations
from pathlib import Path

import find_claim_candidates as f
import find_claim_candidates_dev43 as d43


def label_texts() -> list[str]:
    files = [p for p in d43.HERE.iterdir() if p.suffix in {".tsv", ".md", ".json", ".csv"}]
    files = [p for p in files if p.name != "saudinewsnet_events.tsv" and "dev44b" not in p.name]
    files += list((d43.HERE.parents[1] / "tests").rglob("*.py"))
    files += list((d43.HERE.parents[1] / "tests").rglob("*.tsv"))
    return [p.read_text(encoding="utf-8", errors="ignore") for p in files]


def main(shared: Path, which: str, kinds: set[str]) -> None:
    d43.label_texts = label_texts
    articles = d43.unused(shared, f.FOLDERS[which])
    articles = [a for a in articles if not a.get("duplicate_of_earlier")]
    by_id = {a["id"]: a for a in articles}
    if which == "snn":
        groups = f.snn_groups(articles)
    else:
        groups = {"lex-" + min(ids): ids for ids in f.lexical_groups(articles, 0.2, False)}
    for name, ids in sorted(groups.items()):
        ids = sorted(set(ids) & set(by_id))
        spans = {i: f.sentences(by_id[i]["text"]) for i in ids}
        for x, y in combinations(ids, 2):
            if which == "snn" and by_id[x].get("outlet") == by_id[y].get("outlet"):
                continue
            tx, ty = by_id[x]["text"], by_id[y]["text"]
            for sx, ex in spans[x]:
                for sy, ey in spans[y]:
                    kind = f.candidate_kind(tx[sx:ex], ty[sy:ey])
                    if kind in kinds:
                        print(f"[{kind}] {name} {x} {sx} {ex} || {y} {sy} {ey}")
                        print(f"   A ({by_id[x].get('published')}): {tx[sx:ex]}")
                        print(f"   B ({by_id[y].get('published')}): {ty[sy:ey]}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], set(sys.argv[3].split(",")))
