"""Print the one-word entity mentions of round entities78 (entities_oneword78.tsv) for judging by
hand: mentions a user meets as a single word — a surname alone, a short form, an acronym — each
with the entity it is linked to, that entity's commonest forms, the mention in context and the
document's longer mentions holding the word.

The database is main COMMIT's 924-document look (/work/look64/sub.db: the seeds, NTREX ar/fa/en,
the first 400 SaudiNewsNet and 150 Fars News articles), read-only through the standard library.
A candidate is a stored mention of one word (no space, no ZWNJ-joined second word counted apart)
whose entity is a person, an organization or MISC (places are mostly one word by nature), in a
document no eval/labels file at COMMIT names (nor an NTREX story one names: that leaves the
seeds, SaudiNewsNet and Fars News). One candidate per (document, entity, written form); sorted,
shuffled with `random.Random(SEED)`, the first DRAWN printed. Run from the repository root:
python eval/labels/choose_entities_oneword78.py DATABASE.db > candidates.txt
"""

from __future__ import annotations

import random
import sqlite3
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_entities_crossscript76 import skipped  # noqa: E402
from choose_entity_dev52_articles import git  # noqa: E402
from held_out import ARTICLE_ID  # noqa: E402

COMMIT = "80393285"
SEED = 20262378
DRAWN = 60
CONTEXT = 60
TYPES = ("PER", "ORG", "MISC")


def used_ids(commit: str = COMMIT) -> set[str]:
    """Article ids named by every eval/labels file at `commit`."""
    names = git("ls-tree", "--name-only", f"{commit}:eval/labels").split()
    text = "".join(git("show", f"{commit}:eval/labels/{name}") for name in names)
    return set(ARTICLE_ID.findall(text))


def one_word(form: str) -> bool:
    """Whether a written form is a single word (a ZWNJ joins one word's parts)."""
    return len(form.split()) == 1


def main(
    database: str,
    candidate: Callable[[str], bool] = one_word,
    commit: str = COMMIT,
    seed: int = SEED,
    context: int = CONTEXT,
    kept_entities: Callable[[sqlite3.Connection], set[str]] | None = None,
) -> None:
    """Print the draw: mentions whose written form is a `candidate`, outside every document the
    eval/labels files at `commit` name, shuffled with `seed`, each with `context` characters;
    with `kept_entities`, only mentions of the entity ids it gives for the database."""
    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    kept = kept_entities(db) if kept_entities else None
    texts = dict(db.execute("SELECT id, text FROM documents WHERE rejected IS NULL"))
    skip = skipped(texts, used_ids(commit))
    keys = dict(db.execute("SELECT id, key FROM entities"))
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    longer: dict[str, list[str]] = defaultdict(list)
    first: dict[tuple[str, str, str], tuple[int, int]] = {}
    for entity, doc, text, a, b in db.execute(
        "SELECT entity, doc, text, span_start, span_end FROM entity_mentions ORDER BY doc_seq, position"
    ):
        forms[entity][text] += 1
        if doc in skip or doc not in texts:
            continue
        if not candidate(text):
            longer[doc].append(f"{text} ({keys[entity]})")
        elif keys[entity].split(":", 1)[0] in TYPES and (kept is None or entity in kept):
            first.setdefault((doc, entity, text), (a, b))
    pool = sorted(first)
    rng = random.Random(seed)
    rng.shuffle(pool)
    print(f"# {len(pool)} candidates, {DRAWN} drawn")
    for doc, entity, text in pool[:DRAWN]:
        a, b = first[(doc, entity, text)]
        body = texts[doc]
        snippet = f"{body[max(0, a - context) : a]}[[{body[a:b]}]]{body[b : b + context]}"
        common = ", ".join(f for f, _ in forms[entity].most_common(6))
        print(f"## {doc}\t{a}\t{b}\t{text}\t{keys[entity]}\t[{common}]")
        print(f"  {' '.join(snippet.split())}")
        holding = sorted({m for m in longer[doc] if text in m})
        if holding:
            print(f"  longer: {'; '.join(holding[:6])}")


if __name__ == "__main__":
    main(sys.argv[1])
