"""Print the ids of the articles annotated in quotes_heldout.tsv and numbers_ar.tsv.

From each corpus, the articles of 300–1,800 characters whose text holds a quote mark or a speech
verb (a crude regex written for this selection, not rasad's cue list) are sorted by id and
shuffled with `random.Random(20261202)`; articles already in the earlier `eval/labels/*.tsv`,
the development articles of quotes_ar_fa.tsv (positions 20–26 of its Arabic shuffle, 17–24 of
its Persian one) and the one article id named in `src/` or `tests/` at the time are dropped,
and the first 30 Arabic, 20 Persian and 10 English ids are taken. Run from the repository root with the shared folder
as argument: python eval/labels/choose_heldout_articles.py ../shared
"""

import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPORA = {"ar": "saudinewsnet_ar", "fa": "farsnews_fa", "en": "bbc_news_en"}
COUNTS = {"ar": 30, "fa": 20, "en": 10}
SEED = 20261202
QUOTE_MARKS = re.compile(r"[«»\"“”]")
SPEECH = {
    "ar": re.compile(
        r"(?<!\w)[وف]?(?:(?:قال|أكد|اكد|أضاف|اضاف|أوضح|اوضح|أشار|اشار|ذكر|صرح|أعلن|اعلن|بين|بيّن"
        r"|لفت|تابع|شدد|أفاد|افاد)(?:ت|وا)?|(?:مؤكد|مضيف|موضح|مشير|لافت|مبين|قائل)[اةًـ]*"
        r"|بحسب|حسب|وفق|وفقا|نقلا عن)(?!\w)"
    ),
    "fa": re.compile(
        r"(?<!\w)(?:گفت|افزود|نوشت|ادامه داد|اعلام کرد|اظهار داشت|اظهار کرد|بیان کرد|بیان داشت"
        r"|تصریح کرد|خاطرنشان کرد|تا[کأ]ید کرد|عنوان کرد|به نقل از|به گفته)(?!\w)"
    ),
    "en": re.compile(r"\b(?:said|says|told|added|stated|announced|claimed|warned|according to)\b"),
}
# A casualty word next to a count ("مقتل 42", "مصرع 7", "12 شخصا ... قتلوا" is not caught: crude).
CASUALTY = re.compile(
    r"(?:مقتل|مصرع|قتلى|قتيل|جرحى|جريح|أصيب|إصابة|وفاة)\s+(?:[0-9٠-٩]|نحو|أكثر|ثلاث|أربع|خمس|ست"
    r"|سبع|ثمان|تسع|عشر)|[0-9٠-٩]+\s+(?:قتيلا|قتلى|جرحى|جريحا|مصابا|مصابين|أشخاص|شخصا)"
)
# quotes_ar_fa.tsv's development articles (README "Development articles": positions 20–26 of
# its Arabic shuffle and 17–24 of its Persian shuffle, reproduced from its selection rule).
DEVELOPMENT = [
    "snn-2015-08-03-00969",
    "snn-2015-08-04-00118",
    "snn-2015-08-04-00842",
    "snn-2015-08-03-00336",
    "snn-2015-08-02-00989",
    "snn-2015-08-01-00147",
    "snn-2015-08-04-00070",
    "fars-13921112000029",
    "fars-8312290022",
    "fars-8408130080",
    "fars-8401070026",
    "fars-13940912000412",
    "fars-8210150078",
    "fars-9002141240",
    "fars-13990227000418",
]
# Ids named in the code and tests when this set was made (2026-12-02).
NAMED_IN_CODE = ["fars-8203150043"]
EARLIER_LABELS = (
    "claim_pairs.tsv",
    "quotes_ar_fa.tsv",
    "saudinewsnet_events.tsv",
    "time_ar_fa.tsv",
)
ID = re.compile(r"(?:snn-2015-08-0\d-\d{5}|fars-\d{8,14}|bbc-[a-z]+-\d{3})")


# The label files of this folder on 2026-12-03 (main e7fc203): the development sets chosen that
# day (choose_entity_dev_articles.py, choose_numbers_dev_articles.py) skip the articles these
# name; files added later must not change those choices.
LABEL_FILES_2026_12_03 = (
    "claim_pairs.tsv",
    "claim_pairs_dev31.tsv",
    "claim_pairs_heldout.tsv",
    "claims_archive_s30.tsv",
    "claims_archive_sample30.tsv",
    "claims_archive_whole.tsv",
    "entities_ar_fa_en.tsv",
    "entity_variants_judged.tsv",
    "framing_dev.tsv",
    "framing_occurrences.tsv",
    "framing_seeds.tsv",
    "framing_terms.tsv",
    "heldout_articles.tsv",
    "numbers_ar.tsv",
    "quotes_ar_fa.tsv",
    "quotes_dev.tsv",
    "quotes_dev_articles.tsv",
    "quotes_heldout.tsv",
    "saudinewsnet_events.tsv",
    "time_ar_fa.tsv",
    "timeline_stories.tsv",
    "timelines.tsv",
)


# The label files of this folder when session 35's development sets were chosen (2026-12-03,
# main 80efb17: choose_entity_dev35_articles.py, choose_quote_dev35_articles.py).
LABEL_FILES_S35 = (
    "claim_pairs.tsv",
    "claim_pairs_dev31.tsv",
    "claim_pairs_dev33.tsv",
    "claim_pairs_heldout.tsv",
    "claims_archive_s30.tsv",
    "claims_archive_s32.tsv",
    "claims_archive_s33.tsv",
    "claims_archive_sample30.tsv",
    "claims_archive_whole.tsv",
    "entities_ar_fa_en.tsv",
    "entities_dev.tsv",
    "entities_dev34.tsv",
    "entity_variants_judged.tsv",
    "framing_dev.tsv",
    "framing_dev2.tsv",
    "framing_occurrences.tsv",
    "framing_seeds.tsv",
    "framing_terms.tsv",
    "heldout_articles.tsv",
    "numbers_ar.tsv",
    "numbers_dev.tsv",
    "numbers_dev_articles.tsv",
    "quotes_ar_fa.tsv",
    "quotes_dev.tsv",
    "quotes_dev33.tsv",
    "quotes_dev33_articles.tsv",
    "quotes_dev_articles.tsv",
    "quotes_heldout.tsv",
    "saudinewsnet_events.tsv",
    "time_ar_fa.tsv",
    "timeline_stories.tsv",
    "timeline_stories_dev.tsv",
    "timeline_stories_dev34.tsv",
    "timelines.tsv",
    "timelines_dev.tsv",
    "timelines_dev34.tsv",
)

# The label files of this folder when session 36's development sets were chosen (2026-12-04,
# main f07b8c5: choose_entity_dev36_articles.py, choose_quote_dev36_articles.py).
LABEL_FILES_S36 = (
    *LABEL_FILES_S35,
    "claims_archive_s35.tsv",
    "entities_dev35.tsv",
    "framing_dev35.tsv",
    "quotes_dev35.tsv",
    "quotes_dev35_articles.tsv",
)

# The label files of this folder when session 37's development sets were chosen (2026-12-04,
# main fde3f71: choose_quote_dev37_articles.py and choose_entity_dev37_articles.py).
LABEL_FILES_S37 = (
    *LABEL_FILES_S36,
    "claim_pairs_dev36.tsv",
    "claims_archive_s36.tsv",
    "claims_facts_dev37.tsv",
    "claims_facts_heldout37.tsv",
    "entities_dev36.tsv",
    "quotes_dev36.tsv",
    "quotes_dev36_articles.tsv",
    "timeline_stories_dev36.tsv",
    "timelines_dev36.tsv",
)

# The label files of this folder when session 39's quote and entity development sets were
# chosen (2026-12-04, main 7e5aea6: choose_quote_dev39_articles.py,
# choose_entity_dev39_articles.py; chosen side by side, so neither excludes the other).
LABEL_FILES_S39 = (
    *LABEL_FILES_S37,
    "entities_dev37.tsv",
    "quotes_dev37.tsv",
    "quotes_dev37_articles.tsv",
)

# The label files of this folder when session 40's quote and entity development sets were
# chosen (2026-12-04, main f885fd1: choose_quote_dev40_articles.py,
# choose_entity_dev40_articles.py; chosen side by side, so neither excludes the other).
LABEL_FILES_S40 = (
    *LABEL_FILES_S39,
    "entities_dev39.tsv",
    "quotes_dev39.tsv",
    "quotes_dev39_articles.tsv",
)


# The label files of this folder when session 40's claim development pairs were chosen (2026-12-04,
# main f885fd1: claim_pairs_dev40.tsv, claims_dev40.md). Every file of the folder then; the pairs'
# articles are in none of them except saudinewsnet_events.tsv, which groups articles into events
# (the grouping the pairs were mined from) and labels no statement.
LABEL_FILES_S40_CLAIMS = LABEL_FILES_S40  # the same 56 files

# The label files of this folder when session 41's quote development set was chosen (2026-12-04,
# main 919fb92: choose_quote_dev41_articles.py).
LABEL_FILES_S41 = (
    *LABEL_FILES_S40,
    "claim_pairs_dev40.tsv",
    "claims_archive_s40.tsv",
    "entities_dev40.tsv",
    "promises_archive_s39.tsv",
    "promises_archive_s39_after.tsv",
    "quotes_dev40.tsv",
    "quotes_dev40_articles.tsv",
)


def ids_in(names: tuple[str, ...], root: Path = ROOT) -> set[str]:
    """Article ids named in these label files of eval/labels (any column)."""
    folder = root / "eval" / "labels"
    return {i for name in names for i in ID.findall((folder / name).read_text(encoding="utf-8"))}


def fold(text: str) -> str:
    return text.replace("ي", "ی").replace("ك", "ک").replace("\u200c", " ")


def excluded(root: Path = ROOT) -> set[str]:
    """Ids already labelled, used for development, or named in the code and tests."""
    return set(DEVELOPMENT) | set(NAMED_IN_CODE) | ids_in(EARLIER_LABELS, root)


def pool(shared: Path, lang: str) -> list[dict]:
    """The candidate articles of one corpus in their shuffled order, earlier ones dropped."""
    path = shared / "corpus" / CORPORA[lang] / "articles.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    candidates = [
        r
        for r in rows
        if 300 <= len(r["text"]) <= 1800
        and (QUOTE_MARKS.search(r["text"]) or SPEECH[lang].search(fold(r["text"])))
    ]
    candidates.sort(key=lambda r: r["id"])
    random.Random(SEED).shuffle(candidates)
    skip = excluded()
    return [r for r in candidates if r["id"] not in skip]


def choose(shared: Path, lang: str) -> list[str]:
    return [r["id"] for r in pool(shared, lang)][: COUNTS[lang]]


def choose_casualty(shared: Path, count: int = 5) -> list[str]:
    """The casualty supplement: the next Arabic articles of the same order that count dead or
    wounded, so that numbers_ar.tsv has enough killed/injured counts."""
    rest = pool(shared, "ar")[COUNTS["ar"] :]
    return [r["id"] for r in rest if CASUALTY.search(r["text"])][:count]


if __name__ == "__main__":
    for lang in CORPORA:
        print(lang, " ".join(choose(Path(sys.argv[1]), lang)))
    print("ar-casualty", " ".join(choose_casualty(Path(sys.argv[1]))))
