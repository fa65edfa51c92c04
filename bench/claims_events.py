"""Contradictions rasad finds in SaudiNewsNet events of two or more outlets: an unlabelled check.

    PYTHONPATH=src python bench/claims_events.py /work/shared [--out items.tsv]

The groups are those the claim-candidate listings read (`eval/labels/find_claim_candidates.py`
`snn_groups`: the multi-article events of `saudinewsnet_events.tsv`, plus lexical groups of
articles from different outlets at most a day apart), kept when two or more outlets wrote in
them. Each group's articles go through the stages statements read (`rasad.eval.claims.
analysed_article`) and `story_contradictions`. Prints the counts and writes every item as ids,
offsets and the slot label only (no article text) for a before/after diff and reading.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from rasad.analysis.statements import story_contradictions
from rasad.eval.claims import analysed_article

LABELS = Path(__file__).resolve().parents[1] / "eval" / "labels"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", type=Path)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    sys.path.insert(0, str(LABELS))
    import find_claim_candidates as f

    articles = f.read(args.shared, "saudinewsnet_ar")
    by_id = {a["id"]: a for a in articles}
    groups = f.snn_groups(articles)
    rows, read = [], 0
    for name, ids in sorted(groups.items()):
        members = [by_id[i] for i in ids if i in by_id]
        if len({a.get("outlet") for a in members}) < 2:
            continue
        read += 1
        for item in story_contradictions([analysed_article(a) for a in members]):
            a, b = item["a"], item["b"]
            rows.append([name, item["kind"], item["about"][:80], a["doc"], a["start"], a["end"],
                         b["doc"], b["start"], b["end"]])  # fmt: skip
    print(f"groups of two or more outlets: {read}; contradictions: {len(rows)}")
    if args.out:
        with args.out.open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out, delimiter="\t", lineterminator="\n")
            writer.writerow(["group", "kind", "about", "doc_a", "start_a", "end_a", "doc_b",
                             "start_b", "end_b"])  # fmt: skip
            writer.writerows(rows)


if __name__ == "__main__":
    main()
