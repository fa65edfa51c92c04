"""Print the ids of the third development set of quotes (quotes_dev35.tsv, issue 21 point 3).

The same candidate pool and shuffle as choose_heldout_articles.py (seed 20261202), so the
articles can never be held-out ones (positions 1–146 at most), quotes_dev.tsv ones (positions
200–213) nor quotes_dev33.tsv ones (positions 300 onward, the first 10 Arabic and 10 Persian
unlabelled ones): positions 400 onward of each shuffled pool, dropping any id found in an
`eval/labels/*.tsv` file; the first 20 Arabic and 20 Persian. Run from the repository root with
the shared folder as argument:
python eval/labels/choose_quote_dev35_articles.py ../shared
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_heldout_articles import ID, pool  # noqa: E402

OFFSET = 400
COUNTS = {"ar": 20, "fa": 20}
LABELS = Path(__file__).resolve().parent
OWN = {"quotes_dev35.tsv", "quotes_dev35_articles.tsv"}


# the label files there were when this set was chosen (a later set must not change the choice)
EARLIER = (
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


def labelled() -> set[str]:
    """Ids in the label files there were when this set was chosen, but this set's own two."""
    ids: set[str] = set()
    for name in EARLIER:
        ids |= set(ID.findall((LABELS / name).read_text(encoding="utf-8")))
    return ids


def choose_dev35(shared: Path, lang: str) -> list[str]:
    skip = labelled()
    rows = [r for r in pool(shared, lang)[OFFSET:] if r["id"] not in skip]
    return [r["id"] for r in rows[: COUNTS[lang]]]


if __name__ == "__main__":
    for lang in COUNTS:
        print(lang, " ".join(choose_dev35(Path(sys.argv[1]), lang)))
