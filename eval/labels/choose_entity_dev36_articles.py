"""Print the ids of the articles annotated in entities_dev36.tsv (how they were chosen).

A fourth development set for entity recognition (issue 24 point 3), for the two figures still
short on the held-out set: Arabic recall, whose misses are mostly organizations, and English
precision. From `saudinewsnet_ar` and `bbc_news_en`, the articles whose `text` has 400–1,400
characters and whose id appears in no label file of this folder at the time (EARLIER) are
sorted by id and shuffled with a fixed seed. Arabic articles are kept only when their text
writes at least three head words of an organization (ORG_HEADS: ministry, authority, company,
club, party, agency, council, university, bank, league, association, committee); the first 20
Arabic and 10 English are taken. Run from the repository root with the shared folder:
python eval/labels/choose_entity_dev36_articles.py ../shared
"""

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_entity_articles  # noqa: E402
from choose_heldout_articles import LABEL_FILES_S36  # noqa: E402

CORPORA = {"ar": ("saudinewsnet_ar", 20), "en": ("bbc_news_en", 10)}
# the label files of this folder when the set was chosen (2026-12-04, session 36, main
# f07b8c5): later ones name other articles and must not change the choice
EARLIER = LABEL_FILES_S36
ORG_HEADS = re.compile(
    r"(?:^|[\s«\"(])[وفبلك]?(?:ال|لل)?"
    r"(?:وزار[ةه]|هيئ[ةه]|شرك[ةه]|ناد[يى]|حزب|وكال[ةه]|مجلس|جامع[ةه]|بنك|مصرف|رابط[ةه]|جمعي[ةه]|لجن[ةه])"
)


def org_heads(text: str) -> int:
    """How many organization head words the text writes."""
    return len(ORG_HEADS.findall(text))


def shuffled_pool(
    shared: Path, folder: str, lang: str, earlier: tuple[str, ...], seed: int
) -> list[str]:
    """The ids of a corpus folder's articles of 400–1,400 characters named in no `earlier`
    label file (Arabic: with three organization head words or more), sorted and shuffled."""
    path = shared / "corpus" / folder / "articles.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    taken = choose_entity_articles.labelled_elsewhere(earlier)
    pool = sorted(
        r["id"]
        for r in rows
        if 400 <= len(r["text"]) <= 1400
        and r["id"] not in taken
        and (lang != "ar" or org_heads(r["text"]) >= 3)
    )
    random.Random(seed).shuffle(pool)
    return pool


def choose(shared: Path, lang: str, seed: int = 20261236) -> list[str]:
    """The first ids of the language's shuffled pool."""
    folder, count = CORPORA[lang]
    return shuffled_pool(shared, folder, lang, EARLIER, seed)[:count]


if __name__ == "__main__":
    for lang in CORPORA:
        print(lang, " ".join(choose(Path(sys.argv[1]), lang)))
