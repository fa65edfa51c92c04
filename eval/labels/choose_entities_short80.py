"""Print the short entity mentions of round entities80 (entities_short80.tsv) for judging by
hand: mentions a user meets as one or two words — a surname alone, a given and a family name, a
short form, an acronym, a body's two-word name — each with the entity it is linked to, that
entity's commonest forms, the mention in context and the document's longer mentions holding it.

The database is main COMMIT's 924-document look (/work/look65/sub.db: the seeds, NTREX ar/fa/en,
the first 400 SaudiNewsNet and 150 Fars News articles), read-only through the standard library.
A candidate is a stored mention of one or two words (a ZWNJ joins one word's parts) whose entity
is a person, an organization or MISC, in a document no eval/labels file at COMMIT names (nor an
NTREX story one names: that leaves the seeds, SaudiNewsNet and Fars News; so no row of an
earlier sample, entities_oneword78 included, can be drawn). One candidate per (document, entity,
written form); sorted, shuffled with `random.Random(SEED)`, the first DRAWN printed. Run from the
repository root:
python eval/labels/choose_entities_short80.py DATABASE.db > candidates.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_entities_oneword78 import main  # noqa: E402

COMMIT = "36393559"
SEED = 20262380
CONTEXT = 120
MAX_WORDS = 2


def short(form: str) -> bool:
    """Whether a written form is one or two words (a ZWNJ joins one word's parts)."""
    return len(form.split()) <= MAX_WORDS


if __name__ == "__main__":
    main(sys.argv[1], short, COMMIT, SEED, CONTEXT)
