"""Build the common-word list that keeps spelling-variant search to names.

    .venv/bin/python train/text/common_words.py [--shared ../shared] [--top 3000]

Counts, for each of Arabic and Persian, in how many articles of ../shared/corpus each search
key (`rasad.text.tokenize.index_terms`) occurs, and writes the `--top` most widespread keys of
each language to src/rasad/data/text/common_words.txt, less every word of a gazetteer name
(data/gazetteers/entities.tsv and places.tsv): a vocabulary table of short strings, not text.
`rasad.text.translit` gives spelling variants only to keys that are not on it. Deterministic.
"""

from __future__ import annotations

import argparse
import csv
import json
from collections import Counter
from importlib import resources
from pathlib import Path

from rasad.eval.shared import find_shared
from rasad.text.tokenize import index_terms

OUT = Path(__file__).resolve().parents[2] / "src/rasad/data/text/common_words.txt"
CORPORA = {"ar": ("saudinewsnet_ar", "ntrex_ar_fa_en"), "fa": ("farsnews_fa", "ntrex_ar_fa_en")}


def gazetteer_words() -> set[str]:
    """Every search key of every word of a gazetteer name."""
    words = set()
    for name in ("entities.tsv", "places.tsv"):
        table = resources.files("rasad.data").joinpath(f"gazetteers/{name}").read_text("utf-8")
        for row in csv.reader(table.splitlines(), delimiter="\t"):
            if row and not row[0].startswith("#"):
                for cell in row[1:]:
                    for form in cell.split("|"):
                        words.update(index_terms(form))
    return words


def document_frequency(shared: Path, lang: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for corpus in CORPORA[lang]:
        with (shared / "corpus" / corpus / "articles.jsonl").open(encoding="utf-8") as f:
            for line in f:
                item = json.loads(line)
                if item.get("lang") == lang:
                    text = f"{item.get('title') or ''}\n{item.get('text') or ''}"
                    counts.update(set(index_terms(text, lang)))
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=None)
    parser.add_argument("--top", type=int, default=3000)
    args = parser.parse_args()
    shared = find_shared(args.shared)
    if shared is None:
        raise SystemExit("no shared folder: pass --shared or set RASAD_SHARED")
    names = gazetteer_words()
    common: set[str] = set()
    for lang in CORPORA:
        counts = document_frequency(shared, lang)
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        common |= {k for k, _ in ranked[: args.top] if not k.isascii() and not k.isdigit()}
    kept = sorted(common - names)
    header = (
        f"# The {args.top} most widespread Arabic and Persian search keys of ../shared/corpus "
        "(train/text/common_words.py), less gazetteer names\n"
    )
    OUT.write_text(header + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} common words ({len(common & names)} gazetteer words left out) → {OUT}")


if __name__ == "__main__":
    main()
