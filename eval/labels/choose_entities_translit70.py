"""Print the candidate cross-script name pairs of round entities70 (entities_translit70.tsv):
an English name of an NTREX translation triple beside the same sentence of its Arabic and
Persian translations, for labelling by hand which words of the translation render the name.

NTREX (`../shared/corpus/ntrex_ar_fa_en`) holds each English document with its Arabic and
Persian translations under one `story` id (`ntrex-<lang>-<story>`), sentence-aligned: line i of
each `text` is one sentence. Stories named by any entities label file (`eval/labels/entit*`)
or any held-out file of any task at main COMMIT are skipped; the others are sorted and shuffled
with `random.Random(SEED)`. In each story in that order the current recogniser
(`stages.entities.find_entities`, main COMMIT) reads the English text; of its PER/ORG/GPE/LOC
mentions one whose key is no gazetteer entry's (`=`, `~`, `^`: the names this round is about)
is drawn with the same generator, until UNLISTED names; then, from the stories after them, one
gazetteer name each until LISTED names (the joins today's code already makes). For every name
the aligned Arabic and Persian lines are printed with their recognised mentions, and one
other mention of the Arabic or Persian document (alternately), drawn with the generator, as a
candidate *different* pair. Run from the repository root:
python eval/labels/choose_entities_translit70.py ../shared > candidates.txt
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_entity_dev52_articles import git  # noqa: E402
from choose_entity_dev66 import HELDOUT  # noqa: E402

COMMIT = "0748e294"
SEED = 20262370
UNLISTED, LISTED = 16, 6
KINDS = frozenset(["PER", "ORG", "GPE", "LOC"])
NOT_GAZETTEER = ("=", "~", "^")


def used_text() -> str:
    """Every entities label file and every held-out file of any task at COMMIT."""
    names = git("ls-tree", "--name-only", f"{COMMIT}:eval/labels").split()
    names = [n for n in names if n.startswith("entit") or n in HELDOUT]
    return "".join(git("show", f"{COMMIT}:eval/labels/{name}") for name in names)


def triples(shared: Path) -> dict[str, dict[str, dict]]:
    """Story id → language → the NTREX record."""
    out: dict[str, dict[str, dict]] = {}
    path = shared / "corpus" / "ntrex_ar_fa_en" / "articles.jsonl"
    for record in map(json.loads, path.open(encoding="utf-8")):
        out.setdefault(record["story"], {})[record["lang"]] = record
    return out


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset)


def line_span(text: str, index: int) -> tuple[int, int]:
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    start = starts[index]
    end = text.find("\n", start)
    return start, len(text) if end < 0 else end


def main(shared: Path) -> None:
    from rasad.stages.entities import find_entities

    used = used_text()
    stories = sorted(s for s in triples(shared) if s not in used)
    rng = random.Random(SEED)
    rng.shuffle(stories)
    docs = triples(shared)
    want = {"unlisted": UNLISTED, "listed": LISTED}
    drawn = 0
    for story in stories:
        kind = "unlisted" if want["unlisted"] else "listed" if want["listed"] else None
        if kind is None:
            break
        en = docs[story]["en"]
        mentions = [m for m in find_entities(en["text"], "en") if m["type"] in KINDS]
        rests = [m["entity"].partition(":")[2] for m in mentions]
        pool = [
            m
            for m, rest in zip(mentions, rests, strict=True)
            if rest.startswith(NOT_GAZETTEER) == (kind == "unlisted")
        ]
        if not pool:
            continue
        name = rng.choice(pool)
        want[kind] -= 1
        index = line_of(en["text"], name["start"])
        print(
            f"## {kind}\t{en['id']}\t{name['start']}\t{name['end']}\t{name['text']}\t{name['entity']}"
        )
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
