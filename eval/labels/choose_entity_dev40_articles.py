"""Print the ids of the articles annotated in entities_dev40.tsv (how they were chosen).

A seventh development set for entity recognition (issue 24 point 3), for Arabic recall on
real news, the one held-out figure still short. From `saudinewsnet_ar`, the articles whose
`text` has 400–1,400 characters, writes at least three head words of an organization (ORG_HEADS
of the dev36 chooser) and whose id appears in no label file of this folder at the time
(EARLIER) are sorted by id and shuffled with a fixed seed. Each is given a section by the
section words its text writes most (SECTION_WORDS; none: local), and the articles are taken in
the shuffled order, at most PER_SECTION of a section and PER_OUTLET of an outlet, until 20 are
taken, so that local news, economy, regional politics, sport and courts/police are all in it.
Run from the repository root with the shared folder:
python eval/labels/choose_entity_dev40_articles.py ../shared
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_entity_dev39_articles import choose as choose_by_topic  # noqa: E402
from choose_heldout_articles import LABEL_FILES_S40  # noqa: E402

PER_SECTION = 4
# the label files of this folder when the set was chosen (2026-12-04, session 40, main
# f885fd1): later ones name other articles and must not change the choice
EARLIER = LABEL_FILES_S40
SECTION_WORDS = {
    "sport": r"مبارا[ةه]|الدوري|منتخب|لاعب|بطول[ةه]|نادي",
    "economy": r"اقتصاد|أسهم|ريال|استثمار|السوق|أسعار|مليار|شركات|تجار[ةه]",
    "courts": r"محكم[ةه]|قاض[يى]?|النياب[ةه]|شرط[ةه]|القبض|متهم|جريم[ةه]|سجن|حكم",
    "regional": r"اليمن|سوري[اة]|العراق|إيران|مصر|لبنان|الحوثي|التحالف|الأمم المتحدة",
    "local": r"أمان[ةه]|بلدي[ةه]|محافظ[ةه]|مدارس|المواطنين|مشروع|الأهالي",
}


def choose(shared: Path, seed: int = 20261240) -> list[str]:
    """The dev39 choice with this set's sections: at most PER_SECTION a section (local news
    when no section's words are written) and three articles an outlet."""
    return choose_by_topic(shared, seed, EARLIER, SECTION_WORDS, "local", PER_SECTION)


if __name__ == "__main__":
    print("ar", " ".join(choose(Path(sys.argv[1]))))
