"""Print the ids of the articles annotated in entities_dev35.tsv (how they were chosen).

A third development set for entity recognition (issue 24 point 3), for Arabic recall and English
precision, whose earlier development sets were tuned on until exhausted: from
`saudinewsnet_ar` and `bbc_news_en`, the articles whose `text` has 400–1,800 characters and
whose id appears in no label file of this folder at the time (EARLIER) are sorted by id and
shuffled with a fixed seed; the first 20 Arabic and 15 English are taken.
Run from the repository root with the shared folder:
python eval/labels/choose_entity_dev35_articles.py ../shared
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_entity_articles  # noqa: E402
from choose_heldout_articles import LABEL_FILES_S35  # noqa: E402

CORPORA = {"ar": ("saudinewsnet_ar", 20), "en": ("bbc_news_en", 15)}
# the label files of this folder when the set was chosen (2026-12-03, session 35): later ones
# name other articles and must not change the choice
EARLIER = LABEL_FILES_S35


def choose(shared: Path, lang: str, seed: int = 20261235) -> list[str]:
    return choose_entity_articles.choose(shared, lang, seed, CORPORA, EARLIER)


if __name__ == "__main__":
    for lang in CORPORA:
        print(lang, " ".join(choose(Path(sys.argv[1]), lang)))
