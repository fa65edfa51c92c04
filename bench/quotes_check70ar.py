"""Print the ids of the unlabelled check of round speakers70ar (Arabic speakers).

Ids found in any `eval/labels/*` file or written in `src/` or `tests/` at COMMIT (this round's
label commit, so dev70ar's forty are out) are dropped; of the rest, `saudinewsnet_ar` articles of
300–3,000 characters writing «قال», «أكد», «أوضح» or «أضاف», sorted and shuffled with seed
20262070: the first COUNT (random). With --cued, the further ones where a clause opens with a
topic phrase before a speech verb («وعن …، قال», «وحول … قال»), so the round's rule is read
where it can fire (the random ones rarely hold one).
Run from the repository root: .venv/bin/python bench/quotes_check70ar.py /work/shared [--cued]
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quotes_check57ar as check57ar  # noqa: E402

COMMIT = "79c12468"
SEED = 20262070
COUNT = 400
SPEECH = re.compile(r"(?<!\w)و?(?:قال|أكد|اكد|أوضح|اوضح|أضاف|اضاف)")
TOPIC = re.compile(
    r"[.،,:»”\"]\s*و?(?:عن|عما|حول|بشأن|بخصوص|فيما يخص)\s[^.،,:]{0,120}?(?:قال|أوضح|اوضح|أكد|اكد|أضاف|اضاف)"
)


def check_ids(shared: Path, skip: set[str]) -> tuple[list[str], list[str]]:
    """The random ids and the further ids holding a topic phrase before a speech verb."""
    rows = check57ar.shuffled_rows(shared, skip, SEED)
    randoms = [i for i, t in rows if 300 <= len(t) <= 3000 and SPEECH.search(t)][:COUNT]
    chosen = set(randoms)
    cued = [i for i, t in rows if i not in chosen and TOPIC.search(t)]
    return randoms, cued


if __name__ == "__main__":
    check57ar.COMMIT = COMMIT
    randoms, cued = check_ids(Path(sys.argv[1]), check57ar.used_ids())
    print("ar", " ".join(cued if "--cued" in sys.argv else randoms))
