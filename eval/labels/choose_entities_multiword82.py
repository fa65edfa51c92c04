"""Print the entity mentions of two or three words of round entities82 (entities_multiword82.tsv)
for judging by hand: a given and a family name, a title's name, a body's name of two or three
words, or common words the recogniser read as a name («فنان قدير») — each with the entity it is
linked to, that entity's commonest forms, the mention in context and the document's longer
mentions holding it.

The database is main COMMIT's 924-document look (/work/look66/sub.db: the seeds, NTREX ar/fa/en,
the first 400 SaudiNewsNet and 150 Fars News articles), read-only through the standard library.
A candidate is a stored mention of two or three words (a ZWNJ joins one word's parts) of an
entity of any type (a person, a body, MISC, a place), in a document no eval/labels file at COMMIT names
(nor an NTREX story one names: so no row of entities_oneword78, entities_short80 or any earlier
sample can be drawn). One candidate per (document, entity, written form); sorted, shuffled with
`random.Random(SEED)`, the first DRAWN printed. Run from the repository root:
python eval/labels/choose_entities_multiword82.py DATABASE.db > candidates.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_entities_oneword78 as oneword78  # noqa: E402

COMMIT = "2f931b44"
SEED = 20262382
CONTEXT = 120
MIN_WORDS = 2
MAX_WORDS = 3
# every type: of people, bodies and MISC alone the look holds 53 such mentions outside the labelled
# documents, fewer than the 60 drawn; places of two or three words («شهر پالو اندونزی») join them
TYPES = ("PER", "ORG", "MISC", "LOC", "GPE")


def two_or_three_words(form: str) -> bool:
    """Whether a written form is two or three words (a ZWNJ joins one word's parts)."""
    return MIN_WORDS <= len(form.split()) <= MAX_WORDS


if __name__ == "__main__":
    oneword78.TYPES = TYPES
    oneword78.main(sys.argv[1], two_or_three_words, COMMIT, SEED, CONTEXT)
