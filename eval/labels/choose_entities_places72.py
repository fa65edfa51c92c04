"""Print the candidate cross-script PLACE pairs of round entities72 (entities_places72.tsv):
an English place name of an NTREX translation triple beside the same sentence of its Arabic
and Persian translations, for labelling by hand which words of the translation render it.

NTREX (`../shared/corpus/ntrex_ar_fa_en`) holds each English document with its Arabic and
Persian translations under one `story` id (`ntrex-<lang>-<story>`), sentence-aligned: line i of
each `text` is one sentence. Stories named by any entities label file (`eval/labels/entit*`,
entities_translit70 among them) or any held-out file of any task at main COMMIT are skipped;
the others are sorted and shuffled with `random.Random(SEED)`. In each story in that order the
recogniser (`stages.entities.find_entities`, main COMMIT) reads the English text; of its GPE/LOC
mentions one whose key is no gazetteer entry's (`=`, `~`, `^`) is drawn with the same
generator, until PLACES names. For every name the aligned Arabic and Persian lines are printed
with their recognised mentions, and one other GPE/LOC mention of the Arabic or Persian document
(alternately), drawn with the generator, as a candidate *different* pair: a place of the same
story, the pair a same-story rule must keep apart. Run from the repository root:
python eval/labels/choose_entities_places72.py ../shared > candidates.txt
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_entities_translit70 import line_of, line_span, triples  # noqa: E402
from choose_entity_dev52_articles import git  # noqa: E402
from choose_entity_dev66 import HELDOUT  # noqa: E402

COMMIT = "c34c740a"
SEED = 20262372
PLACES = 30
KINDS = frozenset(["GPE", "LOC"])
NOT_GAZETTEER = ("=", "~", "^")


def used_text() -> str:
    """Every entities label file and every held-out file of any task at COMMIT."""
    names = git("ls-tree", "--name-only", f"{COMMIT}:eval/labels").split()
    names = [n for n in names if n.startswith("entit") or n in HELDOUT]
    return "".join(git("show", f"{COMMIT}:eval/labels/{name}") for name in names)


def main(shared: Path) -> None:
    from rasad.stages.entities import find_entities

    used = used_text()
    docs = triples(shared)
    stories = sorted(s for s in docs if s not in used and {"en", "ar", "fa"} <= set(docs[s]))
    rng = random.Random(SEED)
    rng.shuffle(stories)
    drawn = 0
    for story in stories:
        if drawn == PLACES:
            break
        en = docs[story]["en"]
        mentions = [m for m in find_entities(en["text"], "en") if m["type"] in KINDS]
        pool = [m for m in mentions if m["entity"].partition(":")[2].startswith(NOT_GAZETTEER)]
        if not pool:
            continue
        name = rng.choice(pool)
        index = line_of(en["text"], name["start"])
        print(f"## {en['id']}\t{name['start']}\t{name['end']}\t{name['text']}\t{name['entity']}")
        for lang in ("ar", "fa"):
            record = docs[story][lang]
            start, end = line_span(record["text"], index)
            print(f"  {lang} line {index} [{start}:{end}]: {record['text'][start:end]}")
            found = find_entities(record["text"], lang)
            for m in found:
                if start <= m["start"] < end:
                    print(f"    {m['start']}\t{m['end']}\t{m['text']}\t{m['entity']}")
            if lang == ("ar", "fa")[drawn % 2]:
                others = [m for m in found if m["type"] in KINDS]
                if others:
                    other = rng.choice(others)
                    print(f"  other {lang}\t{other['start']}\t{other['end']}\t{other['text']}")
        drawn += 1


if __name__ == "__main__":
    main(Path(sys.argv[1]))
