"""List every labelled contradiction of the development sets that rasad misses, with the step
that stopped it (`rasad.eval.claims.miss_class`) and what the alignment saw.

Development sets only: the held-out set (`claim_pairs_heldout.tsv`) is never listed, it is read
as counts by `rasad eval claims`. For each miss: the set and pair, the class, the wording
overlap of the two sentences (one language), the days between them, the places and agents
each names, the verdict were the two taken as one fact, the stems they share, the figures with their counted nouns, and both sentences.
Usage (from the repository root):
    PYTHONPATH=src python eval/labels/list_claim_misses.py /work/shared > /tmp/misses.txt
    ... --class "not aligned (one language"   (only the classes starting so)
The output holds article text: read it, never commit it.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from rasad.analysis import statements as S
from rasad.eval import claims as C


def dev_pairs(shared: Path):
    """(set, pair id, gold label, (a, b)) for every pair of every development set."""
    for name, file in C.SETS.items():
        if "heldout" in name:
            continue
        rows = C.read_pairs(C.LABELS / file)
        articles = C.corpus_articles(
            shared, {r[k] for r in rows for k in ("article_a", "article_b")}
        )
        pairs, gold = C.labelled_statements(rows, articles)
        kept = [r for r in rows if r["article_a"] in articles and r["article_b"] in articles]
        for row, pair, label in zip(kept, pairs, gold, strict=True):
            yield name, row["pair"], label, pair


def figures(st: S.Statement) -> str:
    return "; ".join(f"{v.text}={v.value:g} {v.noun or ''}".strip() for v in st.values) or "-"


def main(shared: Path, wanted: str = "") -> None:
    classes: Counter = Counter()
    found = total = 0
    for name, pair, label, (a, b) in dev_pairs(shared):
        if label != "contradict":
            continue
        total += 1
        rel = S.relate(a, b)
        if rel.verdict == "contradict":
            found += 1
            continue
        why = C.miss_class(a, b, rel.reason)
        classes[why] += 1
        if not why.startswith(wanted):
            continue
        overlap = f"{S.jaccard(a.keys, b.keys):.3f}" if a.lang == b.lang else "-"
        print(
            f"== {name} {pair}: {why} (verdict {rel.verdict}; overlap {overlap};"
            f" days apart {S.days_apart(a, b)})"
        )
        if why.startswith("not aligned"):
            forced = S.relate_as_one_fact(a, b)
            print(f"   if aligned: {forced.verdict} ({forced.reason})")
        print(f"   places {sorted(a.places)} | {sorted(b.places)}")
        print(f"   agents {sorted(a.agents)} | {sorted(b.agents)}")
        print(f"   shared stems {sorted(a.keys & b.keys)}")
        print(f"   figures {figures(a)} | {figures(b)}")
        print(f"   A: {a.text}\n   B: {b.text}")
    print(f"\n{total} contradictions, {found} found; missed by class:")
    for why, n in classes.most_common():
        print(f"  {n:3} {why}")


if __name__ == "__main__":
    args = sys.argv[1:]
    wanted = args[args.index("--class") + 1] if "--class" in args else ""
    main(Path(args[0]), wanted)
