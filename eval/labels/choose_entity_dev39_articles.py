"""Print the ids of the articles annotated in entities_dev39.tsv (how they were chosen).

A sixth development set for entity recognition (issue 24 point 3), for the one figure still
short on the held-out set: Arabic recall, whose misses are mostly organizations. From
`saudinewsnet_ar`, the articles whose `text` has 400–1,400 characters, writes at least three
head words of an organization (ORG_HEADS of the dev36 chooser) and whose id appears in no label
file of this folder at the time (EARLIER) are sorted by id and shuffled with a fixed seed. Each
is given a topic by the topic words its text writes most (TOPIC_WORDS; none: politics), and the
articles are taken in the shuffled order, at most PER_TOPIC of a topic and PER_OUTLET of an
outlet, until 20 are taken, so that several outlets and topics are in the set.
Run from the repository root with the shared folder:
python eval/labels/choose_entity_dev39_articles.py ../shared
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_entity_dev36_articles import shuffled_pool  # noqa: E402
from choose_heldout_articles import LABEL_FILES_S39  # noqa: E402

FOLDER = "saudinewsnet_ar"
COUNT = 20
PER_TOPIC = 4
PER_OUTLET = 3
# the label files of this folder when the set was chosen (2026-12-04, session 39, main
# 7e5aea6): later ones name other articles and must not change the choice
EARLIER = LABEL_FILES_S39
TOPIC_WORDS = {
    "sport": r"مبارا[ةه]|الدوري|منتخب|لاعب|هدف|بطول[ةه]",
    "economy": r"اقتصاد|أسهم|الأسهم|ريال|استثمار|السوق|أسعار|مليار|شركات",
    "security": r"أمن|الأمن|شرط[ةه]|إرهاب|القبض|الجيش|هجوم|قتل|مسلح",
    "health": r"صح[ةه]|الصحي|مستشف|مرض|طبي|المرضى|فيروس|علاج",
    "politics": r"الرئيس|وزير|حكوم[ةه]|سياس|الأمم المتحدة|مجلس|انتخاب",
}


def topic(text: str, words: dict[str, str] = TOPIC_WORDS, default: str = "politics") -> str:
    """The topic whose words the text writes most (`default` when none)."""
    counts = Counter({name: len(re.findall(w, text)) for name, w in words.items()})
    name, count = counts.most_common(1)[0]
    return name if count else default


def choose(
    shared: Path,
    seed: int = 20261239,
    earlier: tuple[str, ...] = EARLIER,
    words: dict[str, str] = TOPIC_WORDS,
    default: str = "politics",
    per_topic: int = PER_TOPIC,
) -> list[str]:
    """The first ids of the shuffled pool, at most `per_topic` a topic and PER_OUTLET an
    outlet (the dev40 chooser asks the same with its own sections)."""
    path = shared / "corpus" / FOLDER / "articles.jsonl"
    rows = {r["id"]: r for r in map(json.loads, path.open(encoding="utf-8"))}
    topics: Counter[str] = Counter()
    outlets: Counter[str] = Counter()
    chosen: list[str] = []
    for i in shuffled_pool(shared, FOLDER, "ar", earlier, seed):
        row = rows[i]
        kind = topic(row["text"], words, default)
        if topics[kind] >= per_topic or outlets[row["outlet"]] >= PER_OUTLET:
            continue
        topics[kind] += 1
        outlets[row["outlet"]] += 1
        chosen.append(i)
        if len(chosen) == COUNT:
            break
    return chosen


if __name__ == "__main__":
    print("ar", " ".join(choose(Path(sys.argv[1]))))
