"""Common words of Arabic, Persian and English that are not names, for the entity linker.

    pip install wordfreq   # into any environment; rasad does not depend on it
    PYTHONPATH=src python train/ner/common_words.py ../shared

Writes src/rasad/data/gazetteers/common_words.tsv: every word wordfreq 3.1 ranks at Zipf
frequency >= 4.0 in the language (about one use per 100,000 words and more), normalized as the
linker matches words, minus the words the language's NER training split (ANERcorp, Arman,
Wikigold under ../shared/train) tags inside a name at least twice and in at least a fifth of
their uses (محمد, ایران and London are frequent but names), and minus every word of a place
or entity name rasad's gazetteers list (places.tsv from CLDR, entities.tsv: طوكيو, Belgium). A mention whose whole text is
one of these words is never a variant of a known entity through a stripped article or
proclitic, never joins a name by its consonant skeleton or as a surname, and in English is not a
name at all when written in lower case (IS is Islamic State, "is" a verb).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from wordfreq import top_n_list, zipf_frequency

from rasad.entities.corpus import TRAIN_SETS, read_conll
from rasad.text.normalize import normalize

OUT = Path(__file__).resolve().parents[2] / "src/rasad/data/gazetteers/common_words.tsv"
MIN_ZIPF = 4.0
NAME_SHARE = 0.2  # tagged inside a name at least this often in training: a name, not common


def name_shares(shared: Path, lang: str) -> tuple[Counter, Counter]:
    """(uses, uses inside a name) of each normalized word in the language's training split."""
    file, scheme = TRAIN_SETS[lang]
    uses, named = Counter(), Counter()
    for sentence in read_conll(shared / "train" / file, scheme):
        for word, tag in sentence:
            key = normalize(word)
            uses[key] += 1
            named[key] += tag != "O"
    return uses, named


def gazetteer_words() -> set[str]:
    """Every word of every name in places.tsv and entities.tsv, normalized as written (the
    article kept: الرئيسي is a common word though رئيسي is Raisi), capital abbreviations left out
    (IS is a name, "is" a common word)."""
    words = set()
    for name in ("places.tsv", "entities.tsv"):
        for line in (OUT.parent / name).read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):
                continue
            for cell in line.split("\t")[1:]:
                for form in cell.split("|"):
                    if form.isascii() and form.isupper() and len(form) <= 3:
                        continue
                    words.update(normalize(form).replace("-", " ").split())
    return words


def common_words(shared: Path, lang: str) -> list[str]:
    uses, named = name_shares(shared, lang)
    names = gazetteer_words()
    out = set()
    for word in top_n_list(lang, 100_000):
        if zipf_frequency(word, lang) < MIN_ZIPF:
            break
        key = normalize(word)
        if not key or not any(ch.isalpha() for ch in key) or key.isascii() != (lang == "en"):
            continue  # the language's own script only
        if named[key] >= 2 and named[key] / uses[key] >= NAME_SHARE:
            continue
        if key in names:
            continue
        out.add(key)
    return sorted(out)


def main() -> None:
    shared = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared")
    lines = [
        "# Common words that are not names (wordfreq 3.1 Zipf >= 4.0, minus words the NER "
        "training splits tag inside names in >= 1/5 of their uses and words of gazetteer "
        "names); train/ner/common_words.py. "
        "wordfreq data: CC BY-SA 4.0 (Robyn Speer, wordfreq, https://github.com/rspeer/wordfreq)",
        "lang\tword",
    ]
    for lang in ("ar", "fa", "en"):
        words = common_words(shared, lang)
        print(lang, len(words))
        lines += [f"{lang}\t{w}" for w in words]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
