"""List the occurrences of the development set framing_dev80fa.tsv: the framing stage's own finds
(terms it counts as framing) in Persian articles (NTREX Persian, then Fars News) that no framing
label file labels yet, drawn at random (seeded).

Made for issue 25 point 2 (round 80, helper framing80: framing targets a sentence or a quote
decides). The brief asked for Persian finds in Fars News and NTREX Persian articles no
`eval/labels/` file names; that pool (161 Fars and 2 NTREX Persian articles) holds no find of the
stage (measured again this round, as framing58/60/68/70/74/76/78 found), so the exclusions are
find_framing_dev76fa.py's, unchanged: an article is allowed when only framing *development* files
name it; it is left out when a held-out file (HELD_OUT: any task's) or a framing test names it,
or when it is flagged `duplicate_of_earlier`; an occurrence is left out when a framing label file
(dev76fa's and dev78ar's included) already labels its (article, field, start). NTREX's Arabic and
English documents are not drawn (no quota). Per corpus the allowed articles in
`random.Random("<SEED>-<corpus>")` order; the stage (the eval's analysed_article) runs on each;
at most PER_ARTICLE unlabelled finds of one article drawn with the same generator, until QUOTA
(120; the count taken is printed to stderr), with `top_up` should the first pass run short.
Neither the stage's target nor voice is printed: the rows are labelled by reading the article.

Run from the repository root with the shared folder as argument (PYTHONPATH=src):
    python eval/labels/find_framing_dev80fa.py ../shared > candidates.tsv

The draw's code is framing_draw.py's, shared by the framing choosers since round 58.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from framing_draw import HELD_OUT, USED_ID, draw  # noqa: E402, F401 (the label tests read both)

SEED = "20262280"
CORPORA = ("ntrex_ar_fa_en", "farsnews_fa")
QUOTA = {"fa": 120}
OWN = {"framing_dev80fa.tsv", "find_framing_dev80fa.py"}


if __name__ == "__main__":
    draw(Path(sys.argv[1]), SEED, CORPORA, QUOTA, OWN, top_up=True)
