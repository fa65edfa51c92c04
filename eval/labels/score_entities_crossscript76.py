"""Score entities_crossscript76.tsv against a database: the judged (entity, variant) pairs it
still holds, right / (right + wrong), with `rasad.eval.entities.judged_variant_precision` (the
scorer of entity_variants_judged.tsv; a pair the database no longer holds under that entity key
is `absent`, not an error), then each class (`spelling`, `listed`) and every wrong pair present.
Run from the repository root:
python eval/labels/score_entities_crossscript76.py DATABASE.db
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from rasad.eval.entities import judged_variant_precision, stored_variants

LABELS = Path(__file__).resolve().parent / "entities_crossscript76.tsv"


def main(path: str) -> None:
    result = judged_variant_precision(path, LABELS)
    print(
        f"present {result['present']}/{result['judged_pairs']} (absent {result['absent']}):"
        f" right {result['right']}, wrong {result['wrong']}, precision {result['precision']:.4f}"
    )
    present = {(key, text) for key, forms in stored_variants(path).items() for _, text, _ in forms}
    with LABELS.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    for kind in ("spelling", "listed"):
        held = [r for r in rows if r["kind"] == kind and (r["entity_key"], r["variant"]) in present]
        right = sum(r["judgement"] == "right" for r in held)
        print(f"{kind}: present {len(held)}, right {right}")
    for r in rows:
        if (r["entity_key"], r["variant"]) not in present:
            print(f"absent\t{r['judgement']}\t{r['entity_key']}\t{r['variant']}")
    for w in result["wrong_pairs"]:
        print(f"wrong\t{w['entity']}\t{w['variant']}\t{w['mentions']}")


if __name__ == "__main__":
    main(sys.argv[1])
