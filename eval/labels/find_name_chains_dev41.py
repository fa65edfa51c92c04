"""List the Arabic name chains «X بن Y» that the corpora also write longer («X بن Y بن Z»):
the candidates of name_chains_dev41.tsv (a regex scan of the normalized texts, not rasad's
recognizer). Prints count of the short chain, count of the longer one, short, longer.

    python eval/labels/find_name_chains_dev41.py ../shared/corpus/saudinewsnet_ar/articles.jsonl \
        ../shared/corpus/farsnews_fa/articles.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter

from rasad.text.normalize import normalize

WORD = r"[\u0621-\u064A\u0660-\u06FF]+"
CHAIN = re.compile(rf"({WORD}) (?:بن|ابن) ({WORD})((?: (?:بن|ابن) {WORD}){{0,2}})")


def chain_counts(paths: list[str]) -> Counter[str]:
    """Every «X بن Y» and every longer chain that starts with one, counted."""
    chains: Counter[str] = Counter()
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                for m in CHAIN.finditer(normalize(json.loads(line)["text"])):
                    given, father, rest = m.groups()
                    base = f"{given} بن {father}"
                    chains[base] += 1
                    if rest:
                        chains[base + rest.replace("ابن", "بن")] += 1
    return chains


def main() -> None:
    chains = chain_counts(sys.argv[1:])
    pairs = set()
    for chain, n in chains.items():
        words = chain.split()
        base = " ".join(words[:3])
        if len(words) < 5 or n < 2 or chains[base] < 3 or words[4] == "عبد":
            continue
        if not base.startswith(("و", "ال")):
            pairs.add((chains[base], chains[" ".join(words[:5])], base, " ".join(words[:5])))
    for row in sorted(pairs, reverse=True):
        print(*row, sep="\t")


if __name__ == "__main__":
    main()
