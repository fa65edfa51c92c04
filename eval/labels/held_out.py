"""The held-out label files every chooser keeps its draws away from, and the article-id pattern
the timeline choosers read label files with: written once here, imported by each chooser.

A held-out file is never tuned on (eval/labels/README.md): a new development set draws no article
any of them names, whatever its task. Choosers written before this module keep their own lists
where those differ (choose_claims62_pairs.py, choose_entity_dev66.py), so their draws stay as
they were.
"""

import re

HELD_OUT = (
    "framing_occurrences.tsv",
    "quotes_ar_fa.tsv",
    "quotes_heldout.tsv",
    "heldout_articles.tsv",
    "entities_ar_fa_en.tsv",
    "claim_pairs_heldout.tsv",
    "claims_facts_heldout37.tsv",
    "claims_heldout.md",
    "numbers_ar.tsv",
    "saudinewsnet_events.tsv",
)

# an article id of any corpus (Saudi News Net, Fars News, BBC, ntrex) or a seed's file name
ARTICLE_ID = re.compile(
    r"snn-\d{4}-\d{2}-\d{2}-\d+|fars-\d+|bbc-[a-z]+-\d+|ntrex-[a-z]{2}-[\w.\-]+\.\d+|\d{3}_[0-9a-f]{16}"
)
