"""Print the ids of the unlabelled check of round speakers72ar (Arabic speakers).

Ids found in any `eval/labels/*` file or written in `src/` or `tests/` at COMMIT (this round's
label commit, so dev72ar's forty are out) are dropped; of the rest, `saudinewsnet_ar` articles of
300–3,000 characters writing «قال», «أكد», «أوضح» or «أضاف», sorted and shuffled with seed
20262072: the first COUNT (random). With --cued, the next CUED where a sentence opens with a verb,
one word and a word glued to «ب» or «ل», then a speech verb joined by «و» («ورحب سموه بسفراء
الحزم، وقال»), so the round's rule is read where it can fire.
Run from the repository root: .venv/bin/python bench/quotes_check72ar.py /work/shared [--cued]
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quotes_check57ar as check57ar  # noqa: E402
import quotes_check70ar as check70ar  # noqa: E402

COMMIT = "59d7814e"
SEED = 20262072
CUED = 40
JOINED = re.compile(
    r"(?:^|[.\n،])\s*و\S+\s+\S+\s+[بل]\S+[^.\n]{0,100}?\s"
    r"و(?:قال|أكد|اكد|أضاف|اضاف|أوضح|اوضح|أشار|اشار|بين|تابع)"
)


if __name__ == "__main__":
    check57ar.COMMIT = COMMIT
    check70ar.SEED = SEED
    check70ar.TOPIC = JOINED
    randoms, cued = check70ar.check_ids(Path(sys.argv[1]), check57ar.used_ids())
    print("ar", " ".join(cued[:CUED] if "--cued" in sys.argv else randoms))
