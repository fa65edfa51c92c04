"""Print the ids of the articles annotated in entities_dev.tsv (how they were chosen).

The development set for entity tuning (issue 24 point 3): from each corpus, the articles whose
`text` has 400–1,800 characters and whose id appears in no label file of this folder at the
time (EARLIER; the held-out entity set included) are sorted by id and shuffled with a fixed seed; the first 15
Arabic and 10 English ones are taken. Run from the repository root with the shared folder:
python eval/labels/choose_entity_dev_articles.py ../shared
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_entity_articles  # noqa: E402
from choose_heldout_articles import LABEL_FILES_2026_12_03  # noqa: E402

CORPORA = {"ar": ("saudinewsnet_ar", 15), "en": ("bbc_news_en", 10)}
# the label files of this folder when the set was chosen (2026-12-03): later ones name other
# articles and must not change the choice
EARLIER = LABEL_FILES_2026_12_03


def choose(shared: Path, lang: str, seed: int = 20261203) -> list[str]:
    return choose_entity_articles.choose(shared, lang, seed, CORPORA, EARLIER)


if __name__ == "__main__":
    for lang in CORPORA:
        print(lang, " ".join(choose(Path(sys.argv[1]), lang)))
