"""Common words of Arabic, Persian and English that are not names, for the entity linker.

    pip install wordfreq   # into any environment; rasad does not depend on it
    PYTHONPATH=src python train/ner/common_words.py ../shared

Writes src/rasad/data/gazetteers/common_words.tsv: every word wordfreq 3.1 ranks at Zipf
frequency >= 4.0 in the language (about one use per 100,000 words and more), normalized as the
linker matches words, minus the words the language's NER training split (ANERcorp, Arman,
Wikigold under ../shared/train) tags inside a name at least twice and in at least a fifth of
their uses (محمد, ایران and London are frequent but names), and minus every one-word place
or entity name rasad's gazetteers list (places.tsv from CLDR, entities.tsv: طوكيو, Belgium) and
every word of a listed person's or Western given name (سلمان, John). A mention whose whole text is
one of these words is never a variant of a known entity through a stripped article or
proclitic, never joins a name by its consonant skeleton or as a surname, and in English is not a
name at all when written in lower case (IS is Islamic State, "is" a verb).

Writes src/rasad/data/gazetteers/name_heads.tsv too: the classifiers that open longer names
(`name_heads`), alone a common noun (جزیره "island", خلیج "gulf"), though Arman tags them
inside جزیره کیش and خلیج فارس.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from wordfreq import top_n_list, zipf_frequency

from rasad.entities.corpus import TRAIN_SETS, read_conll
from rasad.text.normalize import normalize

OUT = Path(__file__).resolve().parents[2] / "src/rasad/data/gazetteers/common_words.tsv"
HEADS = OUT.with_name("name_heads.tsv")
MIN_ZIPF = 4.0
MIN_HEADED = 3  # longer place names a classifier opens (جزیره …, خلیج …)
PLACE_TAGS = frozenset(["GPE", "LOC"])
NAME_SHARE = 0.2  # tagged inside a name at least this often in training: a name, not common


def name_shares(shared: Path, lang: str) -> tuple[Counter, Counter, Counter, dict[str, Counter]]:
    """(uses, uses inside a name, uses as a one-word name alone or in a person's name, uses as
    the first word of a longer name by kind: "place", "ORG", …) of each normalized word in the
    language's training split."""
    file, scheme = TRAIN_SETS[lang]
    uses, named, alone = Counter(), Counter(), Counter()
    opening: dict[str, Counter] = {"place": Counter(), "ORG": Counter()}
    for sentence in read_conll(shared / "train" / file, scheme):
        tags = [tag for _, tag in sentence] + ["O"]
        for i, (word, tag) in enumerate(sentence):
            key = normalize(word)
            uses[key] += 1
            named[key] += tag != "O"
            # a person's word (طارق of جبل طارق, توماس) is a name alone too
            alone[key] += tag.endswith("-PER") or (
                tag.startswith("B-") and not tags[i + 1].startswith("I-")
            )
            if tag.startswith("B-") and tags[i + 1] == "I-" + tag[2:]:
                kind = "place" if tag[2:] in PLACE_TAGS else tag[2:]
                opening.setdefault(kind, Counter())[key] += 1
    return uses, named, alone, opening


def gazetteer_words() -> tuple[set[str], dict[str, Counter]]:
    """(the words of gazetteer names that are no common word, how many longer place names and
    how many organization names open on each other word). The first: every one-word name of places.tsv
    and entities.tsv, normalized as written (the article kept: الرئيسي is a common word though
    رئيسي is Raisi), every word of a person's name (entities.tsv) or of a listed Western name
    (name_spellings.tsv: سلمان, دونالد, John), capital abbreviations left out (IS is a name,
    "is" a common word). The second counts the first words of longer names (جزیره of جزیره کیش
    and جزیره کریسمس, خلیج of خلیج فارس; مجلس of مجلس شورای اسلامی)."""
    names, heads = set(), {"place": Counter(), "ORG": Counter()}
    for name in ("places.tsv", "entities.tsv", "name_spellings.tsv"):
        for line in (OUT.parent / name).read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):
                continue
            cells = line.split("\t")
            whole_names = name == "name_spellings.tsv" or cells[0] == "PER"
            for cell in cells[0 if name == "name_spellings.tsv" else 1 :]:
                for form in cell.split("|"):
                    if form.isascii() and form.isupper() and len(form) <= 3:
                        continue
                    words = normalize(form).replace("-", " ").split()
                    names.update(words if whole_names or len(words) == 1 else ())
                    if len(words) > 1 and not whole_names:
                        kind = "place" if cells[0] in PLACE_TAGS else "ORG"
                        heads[kind].update(words[:1])
    return names, heads


def common_words(shared: Path, lang: str) -> list[str]:
    """The frequent words of the language that training does not tag inside names and no
    gazetteer name holds."""
    uses, named, _, _ = name_shares(shared, lang)
    names, _ = gazetteer_words()
    inner = gazetteer_inner_words()
    return [
        key
        for key in frequent_words(lang)
        if not (named[key] >= 2 and named[key] / uses[key] >= NAME_SHARE)
        and key not in names | inner
    ]


def gazetteer_inner_words() -> set[str]:
    """Every word of every longer name of places.tsv and entities.tsv, normalized."""
    words = set()
    for name in ("places.tsv", "entities.tsv"):
        for line in (OUT.parent / name).read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):
                continue
            for cell in line.split("\t")[1:]:
                for form in cell.split("|"):
                    if not (form.isascii() and form.isupper() and len(form) <= 3):
                        words.update(normalize(form).replace("-", " ").split())
    return words


def name_heads(shared: Path, lang: str) -> list[str]:
    """The frequent words that open `MIN_HEADED` longer gazetteer place names or more (جزیره
    "island", شمال "north"), or one and `MIN_HEADED` longer place names in training and, in
    Arabic, are written without the article (خلیج "gulf" of خلیج فارس; not الهلال, a club
    alone); that open no organization's name, since alone they may be one (مجلس, the
    parliament; پارلمان); and that are no name alone in the gazetteers and not tagged alone
    (or in a person's name) as a name by training: a place classifier, alone a common noun."""
    uses, _, alone, opening = name_shares(shared, lang)
    names, heads = gazetteer_words()
    return [
        key
        for key in frequent_words(lang)
        if (
            heads["place"][key] >= MIN_HEADED
            or (
                heads["place"][key] > 0
                and opening["place"][key] >= MIN_HEADED
                and not (lang == "ar" and key.startswith("ال"))
            )
        )
        and not heads["ORG"][key]
        and not opening["ORG"][key]
        and key not in names
        and not (alone[key] >= 2 and alone[key] / uses[key] >= NAME_SHARE)
    ]


def frequent_words(lang: str) -> list[str]:
    """The words wordfreq ranks at `MIN_ZIPF` or more in the language, normalized, in its own
    script only."""
    out = set()
    for word in top_n_list(lang, 100_000):
        if zipf_frequency(word, lang) < MIN_ZIPF:
            break
        key = normalize(word)
        if key and any(ch.isalpha() for ch in key) and key.isascii() == (lang == "en"):
            out.add(key)
    return sorted(out)


def main() -> None:
    shared = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared")
    source = (
        "wordfreq data: CC BY-SA 4.0 (Robyn Speer, wordfreq, https://github.com/rspeer/wordfreq)"
    )
    lines = [
        "# Common words that are not names (wordfreq 3.1 Zipf >= 4.0, minus words the NER "
        "training splits tag inside names in >= 1/5 of their uses and words of gazetteer "
        f"names); train/ner/common_words.py. {source}",
        "lang\tword",
    ]
    heads = [
        "# Words of longer gazetteer names that alone are common nouns (wordfreq 3.1 Zipf >= "
        "4.0, opening 3+ longer place names of places.tsv and entities.tsv, or one and 3+ in the "
        "NER training splits (in Arabic without the article), and no organization's name; no "
        "gazetteer name alone, no person's or Western given name, tagged alone as a name in < 1/5 "
        f"of their uses by the NER training splits): جزیره, خلیج; train/ner/common_words.py. {source}",
        "lang\tword",
    ]
    for lang in ("ar", "fa", "en"):
        words, head_words = common_words(shared, lang), name_heads(shared, lang)
        print(lang, len(words), len(head_words))
        lines += [f"{lang}\t{w}" for w in words]
        heads += [f"{lang}\t{w}" for w in head_words]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    HEADS.write_text("\n".join(heads) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
