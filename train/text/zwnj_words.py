"""Build rasad's Persian ZWNJ word list from the MIT-licensed lexicon in the hazm wheel.

    pip download --no-deps hazm==0.10.0 -d /tmp/hazm
    .venv/bin/python train/text/zwnj_words.py /tmp/hazm/hazm-0.10.0-py3-none-any.whl

Reads `hazm/data/words.dat` (words with their corpus frequency) and `hazm/data/verbs.dat`
(past#present stems) from the wheel without installing it, and writes
src/rasad/data/text/zwnj_words.txt (every word written with a ZWNJ) and
src/rasad/data/text/verb_stems.txt (present and past stems) and src/rasad/data/text/nouns.txt
(the frequent nouns and adjectives). No hazm code is used.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

COMMON_WORDS = 40_000  # the most frequent words of the lexicon
OUT = Path(__file__).resolve().parents[2] / "src" / "rasad" / "data" / "text"


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as z:
        words = z.read("hazm/data/words.dat").decode("utf-8").splitlines()
        verbs = z.read("hazm/data/verbs.dat").decode("utf-8").splitlines()
    zwnj = sorted({w.split("\t")[0] for w in words if "\u200c" in w.split("\t")[0]})
    stems = sorted({s for line in verbs for s in line.split("#") if len(s) >= 2})
    frequent = sorted(
        (
            w.split("\t")
            for w in words
            if len(w.split("\t")) >= 3 and "\u200c" not in w.split("\t")[0]
        ),
        key=lambda row: -int(row[1] or 0),
    )
    nouns = sorted(
        {row[0] for row in frequent[:COMMON_WORDS] if {"N", "AJ"} & set(row[2].split(","))}
    )
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "zwnj_words.txt").write_text("\n".join(zwnj) + "\n", encoding="utf-8")
    (OUT / "verb_stems.txt").write_text("\n".join(stems) + "\n", encoding="utf-8")
    (OUT / "nouns.txt").write_text("\n".join(nouns) + "\n", encoding="utf-8")
    print(f"{len(zwnj)} ZWNJ words, {len(stems)} verb stems, {len(nouns)} nouns/adjectives → {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
