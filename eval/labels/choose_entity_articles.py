"""Print the ids of the articles annotated in entities_ar_fa_en.tsv (how they were chosen).

From each corpus, the articles whose `text` has 400–1,800 characters and whose id appears in
none of the label files that existed when the set was made (EARLIER below) are sorted by id and
shuffled with a fixed seed; the first 30 Arabic, 30 Persian and 20 English ones are taken.
Run from the repository root with the shared folder beside it:
python eval/labels/choose_entity_articles.py ../shared
"""

import json
import random
import re
import sys
from pathlib import Path

CORPORA = {"ar": ("saudinewsnet_ar", 30), "fa": ("farsnews_fa", 30), "en": ("bbc_news_en", 20)}
LABELS = Path(__file__).resolve().parent
EARLIER = ("claim_pairs.tsv", "quotes_ar_fa.tsv", "saudinewsnet_events.tsv", "time_ar_fa.tsv")
IDS = re.compile(r"\b(?:snn|fars|bbc|ntrex)-[\w-]+")


def labelled_elsewhere(names: tuple[str, ...] = EARLIER) -> set[str]:
    """Article ids named in these label files (any column)."""
    return {
        match
        for name in names
        for match in IDS.findall((LABELS / name).read_text(encoding="utf-8"))
    }


def choose(
    shared: Path,
    lang: str,
    seed: int = 20261202,
    corpora: dict[str, tuple[str, int]] = CORPORA,
    earlier: tuple[str, ...] = EARLIER,
) -> list[str]:
    """The first `count` ids of the language's corpus folder (400–1,800 characters, named in
    no `earlier` label file), sorted and shuffled with `seed`."""
    folder, count = corpora[lang]
    path = shared / "corpus" / folder / "articles.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    taken = labelled_elsewhere(earlier)
    pool = sorted(r["id"] for r in rows if 400 <= len(r["text"]) <= 1800 and r["id"] not in taken)
    random.Random(seed).shuffle(pool)
    return pool[:count]


if __name__ == "__main__":
    for lang in CORPORA:
        print(lang, " ".join(choose(Path(sys.argv[1]), lang)))
