"""List the occurrences of the development set framing_dev84fa.tsv (issue 25 point 2, round 84,
helper framing84: targets of quoted labels): the framing stage's own finds in Persian articles
(NTREX Persian, then Fars News) that no framing label file labels yet, drawn at random with seed
20262284.

The brief asked for finds in Fars News and NTREX Persian articles no `eval/labels/` file names.
Measured again on main bd64d3c1, that pool (143 Fars and 2 NTREX Persian documents, copies left
out) holds **no** find of the stage, nor do the 1,006 Fars documents that only other tasks'
files name (held-out files of any task and framing tests left out); the articles only framing
development files name (281 Fars, 19 NTREX Persian) hold 64 unlabelled finds in 11 Fars
documents. So the exclusions are find_framing_dev80fa.py's, unchanged (framing_draw.py's draw,
dev80fa's and dev82ar's rows now counted as labelled), and the draw runs `until_spent`: after the
first pass (at most 2 finds of a document) passes of 2 more follow until the quota (120) or the
pool is spent; every one of the 64 finds is taken. Run from the repository root (PYTHONPATH=src):
    python eval/labels/find_framing_dev84fa.py ../shared > candidates.tsv
Neither the stage's target nor voice is printed: the rows are labelled by reading the article.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from framing_draw import HELD_OUT, USED_ID, draw  # noqa: E402, F401 (the label tests read both)

SEED = "20262284"
CORPORA = ("ntrex_ar_fa_en", "farsnews_fa")
QUOTA = {"fa": 120}
OWN = {"framing_dev84fa.tsv", "find_framing_dev84fa.py"}


if __name__ == "__main__":
    draw(Path(sys.argv[1]), SEED, CORPORA, QUOTA, OWN, top_up=True, until_spent=True)
