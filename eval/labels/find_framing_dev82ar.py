"""List the occurrences of the development set framing_dev82ar.tsv: the framing stage's own finds
(terms it counts as framing) in Arabic articles (NTREX Arabic, then SaudiNewsNet) that no framing
label file labels yet, drawn at random (seeded).

Made for issue 25 point 2 (round 82, helper framing82: targets outside the term's sentence).
The brief asked for Arabic finds in SaudiNewsNet and NTREX Arabic articles no `eval/labels/` file
names; measured again on main 2f931b44, that pool (9 NTREX Arabic and 1,018 SaudiNewsNet
documents, copies left out) holds no find of the stage, so the exclusions are
find_framing_dev78ar.py's, unchanged: an article is allowed when only framing *development* files
name it; it is left out when a held-out file (HELD_OUT: any task's) or a framing test names it,
or when it is flagged `duplicate_of_earlier`; an occurrence is left out when a framing label file
(dev78ar's and dev80fa's included) already labels its (article, field, start). NTREX's Persian and
English documents are not drawn (no quota). Per corpus the allowed articles in
`random.Random("<SEED>-<corpus>")` order; the stage (the eval's analysed_article) runs on each;
at most PER_ARTICLE unlabelled finds of one article drawn with the same generator, until QUOTA
(120; the count taken is printed to stderr); with `top_up` (framing_draw.py, round 76) should the
first pass run short (it did not: all 120 came from it). Neither the stage's target nor voice is
printed: the rows are labelled by reading the article.

Run from the repository root with the shared folder as argument (PYTHONPATH=src):
    python eval/labels/find_framing_dev82ar.py ../shared > candidates.tsv

The draw's code is framing_draw.py's, shared by the framing choosers since round 58.
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
