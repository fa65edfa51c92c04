"""Score the chain rule on name_chains_dev41.tsv: how many judged pairs linking merges.

Recognises (`find_entities`) every article of the Arabic-script corpora that writes a pair's
short chain, links them with one `EntityIndex` in id order (and in reverse order, the rule
being order-dependent like the surname rule), and counts a pair **merged** when a mention
written exactly as its short chain has the entity of a mention that opens with its longer
chain. Prints merged right (judged same) / merged wrong (judged different) per order.

    RASAD_SHARED=/work/shared python eval/labels/score_name_chains_dev41.py
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

from rasad.entities.link import EntityIndex, written_form
from rasad.stages.entities import find_entities
from rasad.text.normalize import normalize

HERE = Path(__file__).resolve().parent
CORPORA = ("saudinewsnet_ar", "farsnews_fa")


def articles(shared: Path, shorts: set[str]) -> list[dict]:
    """The corpus articles whose normalized text writes one of the short chains, by id."""
    found = []
    for name in CORPORA:
        with (shared / "corpus" / name / "articles.jsonl").open(encoding="utf-8") as f:
            for line in f:
                article = json.loads(line)
                if any(s in normalize(article["text"]) for s in shorts):
                    found.append(article)
    return sorted(found, key=lambda a: a["id"])


def linked_forms(docs: list[tuple[str, str, list[dict]]]) -> dict[str, set[str]]:
    """Written form of each person mention → the entity ids it was given."""
    index, ids = EntityIndex(), defaultdict(set)
    for doc_id, lang, mentions in docs:
        for m, eid in zip(mentions, index.add(doc_id, lang, mentions), strict=True):
            if m["type"] == "PER":
                ids[written_form(m["text"])].add(eid)
    return ids


def merged(ids: dict[str, set[str]], short: str, long: str) -> bool:
    """Whether a mention written as `short` shares an entity with one opening with `long`."""
    long_ids = set().union(*(v for k, v in ids.items() if k.startswith(written_form(long))))
    return bool(ids.get(written_form(short), set()) & long_ids)


def main() -> None:
    shared = Path(os.environ.get("RASAD_SHARED", "../shared"))
    with (HERE / "name_chains_dev41.tsv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    found = articles(shared, {r["short"] for r in rows})
    docs = [(a["id"], a["lang"], find_entities(a["text"], a["lang"])) for a in found]
    for order, seq in (("id order", docs), ("reverse", docs[::-1])):
        ids = linked_forms(seq)
        right = [r for r in rows if r["judgement"] == "same" and merged(ids, r["short"], r["long"])]
        wrong = [r for r in rows if r["judgement"] != "same" and merged(ids, r["short"], r["long"])]
        same = sum(r["judgement"] == "same" for r in rows)
        print(f"{order}: merged right {len(right)}/{same}, merged wrong {len(wrong)}")
        for r in wrong:
            print("  wrong:", r["short"], "|", r["long"], file=sys.stderr)


if __name__ == "__main__":
    main()
