"""List the occurrences of the development set framing_dev72.tsv: the framing stage's own finds
(terms it counts as framing) in Fars News articles that no framing label file labels yet, drawn at
random (seeded).

Made for issue 25 point 2 (round 72, helper framing72: more framing targets answered). The brief
asked for the language with the most unanswered targets per find: counted over the pooled
development sets on main c34c740a (bench/framing_targets.py), English leaves the most gold targets
unanswered per labelled target (12 of 25) but its pool is empty — BBC and NTREX English articles
that no framing file, framing test or held-out file names hold 4 raw lexicon matches, and the
English articles only framing development files name hold 9 unlabelled finds of the stage — so the
brief's fallback, the weaker of Arabic and Persian, applies: Persian (target 0.760 of 341 framing
rows against Arabic's 0.781 of 1,121; 69 unanswered of 307 gold targets against 198 of 924).
The exclusions are find_framing_dev70ar.py's, unchanged: an article is allowed when only framing
*development* files name it; it is left out when a held-out file (HELD_OUT: any task's) or a
framing test names it, or when it is flagged `duplicate_of_earlier`; an occurrence is left out
when a framing label file (dev68fa's and dev70ar's included) already labels its (article, field,
start). The allowed articles in `random.Random("<SEED>-farsnews_fa")` order; the stage (the eval's
analysed_article) runs on each; at most PER_ARTICLE unlabelled finds of one article drawn with the
same generator, until QUOTA (120; the count taken is printed to stderr). Neither the stage's target
nor voice is printed: the rows are labelled by reading the article.

Run from the repository root with the shared folder as argument (PYTHONPATH=src):
    python eval/labels/find_framing_dev72.py ../shared > candidates.tsv

The draw's code is framing_draw.py's, shared by the framing choosers since round 58.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from framing_draw import HELD_OUT, USED_ID, draw  # noqa: E402, F401 (the label tests read both)

SEED = "20262672"
CORPORA = ("farsnews_fa",)
QUOTA = {"fa": 120}
OWN = {"framing_dev72.tsv", "find_framing_dev72.py"}


if __name__ == "__main__":
    draw(Path(sys.argv[1]), SEED, CORPORA, QUOTA, OWN)
