"""Print the (entity, variant) pairs of round entities76 (entities_crossscript76.tsv) for judging
by hand: variants of entities the database holds in both scripts (a Latin form and an
Arabic-script form), each with its entity's commonest forms and its mentions in context.

The database is main COMMIT's 924-document look (/work/look63/sub.db: the seeds, NTREX ar/fa/en,
the first 400 SaudiNewsNet and 150 Fars News articles), read-only through the standard library.
An entity is merged across scripts when its mentions hold a Latin and an Arabic-script form.
Its variants are counted and shown in the documents a class may draw from: `listed` pairs from
documents no eval/labels file at COMMIT names (nor an NTREX story one names); `spelling` pairs
from documents no held-out file names (`held_out.HELD_OUT`) — every NTREX story is named by some
development file (entities_translit70, entities_places72 …), and outside NTREX no entity linked
by spelling is written in both scripts, so the stricter rule leaves that class empty. Pairs are
split into those of entities linked by a gazetteer entry (`TYPE:Name`) and those linked by
spelling (`TYPE:=…`, `~…`, `^…`, `%…`: the linking this round changes), each sorted and shuffled
with `random.Random(SEED)`; the first BY_SPELLING and LISTED are printed. Run from the
repository root:
python eval/labels/choose_entities_crossscript76.py DATABASE.db > candidates.txt
"""

from __future__ import annotations

import random
import sqlite3
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_entity_dev52_articles import git  # noqa: E402
from held_out import ARTICLE_ID, HELD_OUT  # noqa: E402

COMMIT = "1e0a61bb"
SEED = 20262376
BY_SPELLING = 40
LISTED = 20
CONTEXTS = 3
CONTEXT = 50
NOT_GAZETTEER = ("=", "~", "^", "%")


def used_ids(held_out_only: bool = False) -> set[str]:
    """Article ids named by every eval/labels file at COMMIT (or every held-out file)."""
    names = git("ls-tree", "--name-only", f"{COMMIT}:eval/labels").split()
    names = [n for n in names if n in HELD_OUT or not held_out_only]
    text = "".join(git("show", f"{COMMIT}:eval/labels/{name}") for name in names)
    return set(ARTICLE_ID.findall(text))


def skipped(docs: Iterable[str], used: set[str]) -> set[str]:
    """The documents `used` names, and every document of an NTREX story it names."""
    stories = {ntrex_story(d) for d in used} - {None}
    return {d for d in docs if d in used or ntrex_story(d) in stories}


def ntrex_story(doc_id: str) -> str | None:
    """The NTREX story of a document id (`ntrex-en-bbc.381790` → `bbc.381790`), else None."""
    return doc_id.split("-", 2)[2] if doc_id.startswith("ntrex-") else None


def latin(form: str) -> bool:
    return any("a" <= ch.lower() <= "z" for ch in form)


def arabic_script(form: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in form)


def main(database: str) -> None:
    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    texts = dict(db.execute("SELECT id, text FROM documents WHERE rejected IS NULL"))
    skip = {"listed": skipped(texts, used_ids()), "spelling": skipped(texts, used_ids(True))}
    keys = dict(db.execute("SELECT id, key FROM entities"))
    forms: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    where: dict[tuple[str, str, str], list[tuple[str, int, int]]] = defaultdict(list)
    every: dict[str, set[str]] = defaultdict(set)
    for entity, doc, text, a, b in db.execute(
        "SELECT entity, doc, text, span_start, span_end FROM entity_mentions ORDER BY doc_seq, position"
    ):
        every[entity].add(text)
        kind = "spelling" if keys[entity].partition(":")[2].startswith(NOT_GAZETTEER) else "listed"
        if doc in skip[kind] or doc not in texts:
            continue
        forms[(kind, entity)][text] += 1
        where[(entity, text, kind)].append((doc, a, b))
    pools: dict[str, list[tuple[str, str]]] = {"spelling": [], "listed": []}
    for (kind, entity), counted in forms.items():
        if any(map(latin, every[entity])) and any(map(arabic_script, every[entity])):
            pools[kind] += [(entity, form) for form in counted]
    rng = random.Random(SEED)
    for kind, count in (("spelling", BY_SPELLING), ("listed", LISTED)):
        pool = sorted(pools[kind])
        rng.shuffle(pool)
        print(f"# {kind}: {len(pool)} pairs, {count} drawn")
        for entity, form in pool[:count]:
            counted = forms[(kind, entity)]
            others = ", ".join(sorted(every[entity])[:10])
            print(f"## {kind}\t{keys[entity]}\t{form}\t{counted[form]}\t[{others}]")
            seen = where[(entity, form, kind)]
            for doc, a, b in rng.sample(seen, min(CONTEXTS, len(seen))):
                text = texts[doc]
                snippet = f"{text[max(0, a - CONTEXT) : a]}[[{text[a:b]}]]{text[b : b + CONTEXT]}"
                print(f"  {doc}\t{a}\t{' '.join(snippet.split())}")


if __name__ == "__main__":
    main(sys.argv[1])
