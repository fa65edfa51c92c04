"""List the second development set's occurrences of framing terms (framing_dev2.tsv).

Terms: the rows of `src/rasad/data/framing/lexicon.tsv` (the stage's own lexicon, 241 terms at
commit e7fc203), matched with the folding, clitics and suffixes of find_framing_candidates.py.
Articles of the held-out file (framing_occurrences.tsv) and of the first development set
(framing_dev.tsv) are left out. Per language, with `random.Random("20261203-dev2-<lang>")`, a
round-robin over terms takes title occurrences first (up to TITLE_QUOTA) and then body
occurrences, at most PER_TERM of one term and PER_ARTICLE of one article, until LANG_QUOTA.

Run from the repository root with the shared folder as argument:
    python eval/labels/find_framing_dev2.py ../shared
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from find_framing_candidates import CORPORA, HERE, Term, candidates, sample  # noqa: E402
from find_framing_dev import heldout_articles  # noqa: E402

SEED = "20261203-dev2"
LANG_QUOTA = {"ar": 55, "fa": 55, "en": 30}
TITLE_QUOTA = 8
PER_TERM = 2
PER_ARTICLE = 1
LEXICON = HERE.parents[1] / "src" / "rasad" / "data" / "framing" / "lexicon.tsv"


def lexicon_terms(path: Path = LEXICON) -> list[Term]:
    """The stage's lexicon rows as search terms."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    rows = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [Term(r["lang"], r["term"], r["category"], "lexicon") for r in rows]


def main(shared: Path) -> None:
    terms = lexicon_terms()
    left_out = heldout_articles() | heldout_articles(HERE / "framing_dev.tsv")
    for lang in CORPORA:
        found = [c for c in candidates(shared, lang, terms) if c.article not in left_out]
        quotas = (TITLE_QUOTA, LANG_QUOTA)
        for c in sample(found, lang, SEED, quotas, (PER_TERM, PER_ARTICLE), True):
            print(*c, "dev2", sep="\t")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
