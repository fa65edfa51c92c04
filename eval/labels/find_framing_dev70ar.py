"""List the occurrences of the development set framing_dev70ar.tsv: the framing stage's own finds
(terms it counts as framing) in SaudiNewsNet articles that no framing label file labels yet, drawn
at random (seeded).

Made for issue 25 point 2 (round 70, helper framing70: Arabic framing targets — «الإرهابي» of a
named group, «شهيد/استشهد» of a named side, «الاحتلال الإسرائيلي», «الحوثيين الانقلابيين», «ميليشيا
X» —, which had no fresh development set since round 60). The exclusions are
find_framing_dev68fa.py's, unchanged: the pool of articles that no framing file, framing test or
held-out file names holds no find of the stage (framing58/60/68 measured it over the whole
corpus), so a SaudiNewsNet article is allowed when only framing *development* files name it; it
is left out when a held-out file (HELD_OUT: any task's) or a framing test names it, or when it is
flagged `duplicate_of_earlier`; an occurrence is left out when a framing label file (dev68fa's
included) already labels its (article, field, start). The allowed articles in
`random.Random("<SEED>-saudinewsnet_ar")` order; the stage (the eval's analysed_article) runs on
each; at most PER_ARTICLE unlabelled finds of one article drawn with the same generator, until
QUOTA (120; the count taken is printed to stderr). Neither the stage's target nor voice is
printed: the rows are labelled by reading the article.

Run from the repository root with the shared folder as argument (PYTHONPATH=src):
    python eval/labels/find_framing_dev70ar.py ../shared > candidates.tsv

The draw's code is framing_draw.py's, shared by the framing choosers since round 58.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from framing_draw import HELD_OUT, USED_ID, draw  # noqa: E402, F401 (the label tests read both)

SEED = "20262670"
CORPORA = ("saudinewsnet_ar",)
QUOTA = {"ar": 120}
OWN = {"framing_dev70ar.tsv", "find_framing_dev70ar.py"}


if __name__ == "__main__":
    draw(Path(sys.argv[1]), SEED, CORPORA, QUOTA, OWN)
