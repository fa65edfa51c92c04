"""Print the ids of the articles annotated in entities_dev37.tsv (how they were chosen).

A fifth development set for entity recognition (issue 24 point 3), for the two figures still
short on the held-out set: English precision and Arabic recall, whose misses are mostly
organizations. From `saudinewsnet_ar` and `bbc_news_en`, the articles whose `text` has
400–1,400 characters and whose id appears in no label file of this folder at the time (EARLIER)
are sorted by id and shuffled with a fixed seed. Arabic articles are kept only when their text
writes at least three head words of an organization (ORG_HEADS of the dev36 chooser); the first
15 Arabic are taken. English articles are taken by BBC section, the first three of each of
business, politics, sport, tech and entertainment, so that no section's kind of name dominates.
Run from the repository root with the shared folder:
python eval/labels/choose_entity_dev37_articles.py ../shared
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_entity_dev36_articles import shuffled_pool  # noqa: E402
from choose_heldout_articles import LABEL_FILES_S37  # noqa: E402

CORPORA = {"ar": ("saudinewsnet_ar", 15), "en": ("bbc_news_en", 15)}
SECTIONS = ("business", "politics", "sport", "tech", "entertainment")
PER_SECTION = 3
# the label files of this folder when the set was chosen (2026-12-04, session 37, main
# fde3f71): later ones name other articles and must not change the choice
EARLIER = LABEL_FILES_S37


def candidates(shared: Path, lang: str, seed: int = 20261237) -> list[str]:
    """The language's ids (400–1,400 characters, named in no EARLIER label file, Arabic with
    three organization head words or more), sorted and shuffled."""
    return shuffled_pool(shared, CORPORA[lang][0], lang, EARLIER, seed)


def choose(shared: Path, lang: str) -> list[str]:
    """The Arabic ids first in the shuffled order, or the first English ids of each section."""
    pool = candidates(shared, lang)
    if lang == "ar":
        return pool[: CORPORA["ar"][1]]
    return [
        i
        for section in SECTIONS
        for i in [j for j in pool if j.split("-")[1] == section][:PER_SECTION]
    ]


if __name__ == "__main__":
    for lang in CORPORA:
        print(lang, " ".join(choose(Path(sys.argv[1]), lang)))
