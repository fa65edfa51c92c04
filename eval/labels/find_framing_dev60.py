"""List the occurrences of the development set framing_dev60.tsv: the framing stage's own finds
(terms it counts as framing) that no framing label file labels yet, in articles of the framing
development sets, drawn at random (seeded).

Made for issue 25's targets (round 60, helper framing60), as find_framing_dev58.py (same pool
and rules, its own seed; dev58's rows are now labelled and so left out). The pools of the
earlier choosers are spent: over the whole archive (/work/archive/s53/look53.db, main's stage) no article that
no framing file, framing test or held-out file names holds a single find (BBC and NTREX
included), and framing56's raw matches in such articles were 73 of 80 not framing. So this
draw keeps the stage's finds (what the target rules act on) and relaxes the article rule
instead: an article is allowed when only framing *development* files name it; it is left out
when a held-out file (HELD_OUT: any task's) or a framing test names it, or when it is flagged
`duplicate_of_earlier`; an occurrence is left out when a framing label file already labels its
(article, field, start). Per corpus the allowed articles in `random.Random("<SEED>-<corpus>")`
order; the stage (the eval's analysed_article) runs on each; at most PER_ARTICLE unlabelled
finds of one article drawn with the same generator, until the language's QUOTA (66 in all;
the counts taken are printed to stderr). Neither the stage's target nor voice is printed: the
rows are labelled by reading the article.

Run from the repository root with the shared folder as argument (PYTHONPATH=src):
    python eval/labels/find_framing_dev60.py ../shared > candidates.tsv

The draw's code is framing_draw.py's, shared by the framing choosers since round 58.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from framing_draw import HELD_OUT, USED_ID, draw  # noqa: E402, F401 (the label tests read both)

SEED = "20261206-dev60"
CORPORA = ("saudinewsnet_ar", "farsnews_fa", "bbc_news_en", "ntrex_ar_fa_en")
QUOTA = {"ar": 48, "fa": 12, "en": 6}
OWN = {"framing_dev60.tsv", "find_framing_dev60.py"}


if __name__ == "__main__":
    draw(Path(sys.argv[1]), SEED, CORPORA, QUOTA, OWN)
