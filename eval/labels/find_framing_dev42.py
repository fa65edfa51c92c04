"""List the candidates of the fifth development set (framing_dev42.tsv): occurrences the
framing stage finds, with or without a target.

Made for issue 25's targets (round 42): unlike dev35 the rows are drawn from everything the
stage finds in its framing sense (at the commit this file was added with), answered or not, so
the set measures both how often a target is given and how often a given one is right. Articles
named anywhere in `eval/labels/` or `tests/` (any label file, any finder's fixed list, any test)
are left out, as are BBC copies flagged `duplicate_of_earlier`. Per language, the corpus's
articles in `random.Random("20261204-dev42-<lang>")` order, each analysed as `rasad eval
framing` analyses it (title and body); one occurrence per article, drawn with the same seeded
generator among the article's finds, at most PER_TERM of one term, until LANG_QUOTA: the
dev41 finder (`find_framing_dev41.main`) with this set's seed, quotas and cap. The
stage's target, hint and voice are not printed: the rows are labelled by reading the article.

Run from the repository root with the shared folder as argument (PYTHONPATH=src):
    python eval/labels/find_framing_dev42.py ../shared > candidates.tsv
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from find_framing_dev41 import main as find  # noqa: E402

SEED = "20261204-dev42"
LANG_QUOTA = {"ar": 66, "fa": 50, "en": 15}
PER_TERM = 8


if __name__ == "__main__":
    find(Path(sys.argv[1]), SEED, LANG_QUOTA, PER_TERM)
