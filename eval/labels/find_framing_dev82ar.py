"""List the occurrences of the development set framing_dev82ar.tsv (issue 25 point 2, round 82,
helper framing82): the framing stage's own finds in Arabic articles (NTREX Arabic, then
SaudiNewsNet) that no framing label file labels yet, drawn at random with seed 20262282.

Measured again on main 2f931b44, the articles no `eval/labels/` file names (9 NTREX Arabic, 1,018
SaudiNewsNet, copies left out) hold no find of the stage, so the pool and exclusions are
find_framing_dev78ar.py's (framing_draw.py's draw, dev78ar's and dev80fa's rows now counted as
labelled); the first pass gave all 120. Run from the repository root (PYTHONPATH=src), at the
set's commit c2c8e466 to print its rows again (framing tests written later name some allowed
articles, which the draw then leaves out, so the shuffle differs):
    python eval/labels/find_framing_dev82ar.py ../shared > candidates.tsv
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from framing_draw import HELD_OUT, USED_ID, draw  # noqa: E402, F401 (the label tests read both)

SEED = "20262282"
CORPORA = ("ntrex_ar_fa_en", "saudinewsnet_ar")
QUOTA = {"ar": 120}
OWN = {"framing_dev82ar.tsv", "find_framing_dev82ar.py"}


if __name__ == "__main__":
    draw(Path(sys.argv[1]), SEED, CORPORA, QUOTA, OWN, top_up=True)
