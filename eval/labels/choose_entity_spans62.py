"""List the written forms of two or more words of the top entities a user lists (`rasad entities
--limit 300`, every type, by mentions), each with up to five of its mentions: the candidates of
entities_spans62.tsv, where each form is judged whole or running one word long («ترامب
بإعادة», "Trump given"). Read from the SQL tables directly (no migration runs).

    python eval/labels/choose_entity_spans62.py ARCHIVE.db > candidates.tsv

A form's mentions are sorted by document and offset and, when there are more than five,
five are drawn with random.Random(SEED_62): the rows a judgement of the form is checked on.
Rows in an article an entity label file (`eval/labels/entit*`) or a held-out file of any task
(HELD_OUT_62, as the brief of session 56 lists them) of main COMMIT_62 names are then left out
(read with `git show`, so files added later do not change the choice).
"""

from __future__ import annotations

import hashlib
import random
import re
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_entity_dev52_articles import git  # noqa: E402  (a script beside this one)

COMMIT_62 = "f6044213"
HELD_OUT_62 = (
    "framing_occurrences.tsv",
    "quotes_ar_fa.tsv",
    "quotes_heldout.tsv",
    "heldout_articles.tsv",
    "entities_ar_fa_en.tsv",
    "claim_pairs_heldout.tsv",
    "claims_facts_heldout37.tsv",
    "claims_heldout.md",
    "numbers_ar.tsv",
    "saudinewsnet_events.tsv",
)
TOP_62 = 300
PER_FORM_62 = 5
SEED_62 = 62
COLUMNS_62 = ("entity", "type", "rank", "form", "form_mentions", "doc", "start", "end", "sha1")


def top_entities(db: sqlite3.Connection) -> list[tuple]:
    """The TOP_62 entities of every type by mentions, as the entities listing orders them."""
    return db.execute(
        "SELECT id, type FROM entities ORDER BY mentions DESC, id LIMIT ?", (TOP_62,)
    ).fetchall()


def long_forms(db: sqlite3.Connection, entity: str) -> dict[str, list[tuple]]:
    """The entity's mentions written in two or more words, by written form."""
    rows = db.execute(
        "SELECT m.text, d.id, m.span_start, m.span_end, d.text FROM entity_mentions m"
        " JOIN documents d ON d.seq = m.doc_seq WHERE m.entity = ?"
        " ORDER BY d.id, m.span_start",
        (entity,),
    ).fetchall()
    forms: dict[str, list[tuple]] = {}
    for form, doc, start, end, text in rows:
        if len(form.split()) >= 2 and start is not None:
            forms.setdefault(form, []).append((doc, start, end, text[start:end]))
    return forms


def labelled_articles() -> frozenset[str]:
    """Every id-like word of the entity label files and the held-out files at COMMIT_62
    (article ids among them)."""
    names = git("ls-tree", "--name-only", f"{COMMIT_62}:eval/labels").split()
    names = [n for n in names if n.startswith("entit") or n in HELD_OUT_62]
    text = "".join(git("show", f"{COMMIT_62}:eval/labels/{name}") for name in names)
    return frozenset(re.findall(r"[A-Za-z0-9][\w.\-]*[A-Za-z0-9]", text))


def short_sha1(span: str) -> str:
    """First 10 hex digits of the span's SHA-1, so a changed text is noticed."""
    return hashlib.sha1(span.encode("utf-8")).hexdigest()[:10]


def main(path: str) -> None:
    """Print the candidates as TSV, one header line first."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    labelled = labelled_articles()
    print("\t".join(COLUMNS_62))
    for rank, (eid, kind) in enumerate(top_entities(db), 1):
        for form, mentions in sorted(long_forms(db, eid).items()):
            chosen = mentions
            if len(mentions) > PER_FORM_62:
                chosen = sorted(random.Random(SEED_62).sample(mentions, PER_FORM_62))
            for doc, start, end, span in chosen:
                if doc in labelled:
                    continue
                row = (eid, kind, rank, form, len(mentions), doc, start, end, short_sha1(span))
                print("\t".join(str(c) for c in row))


if __name__ == "__main__":
    main(sys.argv[1])
