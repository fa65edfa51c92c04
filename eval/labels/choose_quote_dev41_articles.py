"""Print the ids of the eighth development set of quotes (quotes_dev41.tsv, issue 21 point 3).

The same candidate pool and shuffle as choose_heldout_articles.py (seed 20261202). quotes_dev36
… quotes_dev40 took Arabic and Persian articles from position 220 on. This set goes on from
position 220, dropping any id found in an `eval/labels/*.tsv` file there was then (EARLIER,
frozen below; it holds quotes_dev40.tsv, so it starts after that set) or named in `src/` or
`tests/` at main 919fb92 (read with `git grep`, so later tests do not change the choice), and
keeps only articles that write a role word (a crude list written for this selection, not
rasad's: spokesman, minister, director, head, official …), since the issue asks for speakers
named by roles and titles: the first 15 Arabic and 10 Persian. Run from the repository root
with the shared folder as argument: python eval/labels/choose_quote_dev41_articles.py ../shared
"""

import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_heldout_articles import ID, LABEL_FILES_S41, ROOT, fold, ids_in, pool  # noqa: E402

OFFSET = 220
COUNTS = {"ar": 15, "fa": 10}
COMMIT = "919fb92"
ROLE = {
    "ar": re.compile(r"(?:المتحدث|الناطق|وزير|مدير|رئيس|مسؤول|مسئول|أمين|محافظ|أمير|سفير)"),
    "fa": re.compile(r"(?:سخنگو|وزیر|مدیر|رئیس|مسئول|معاون|استاندار|فرماندار|نماینده|دبیر)"),
}

# The label files of this folder when this set was chosen (2026-12-04, main 919fb92); files
# added later must not change the choice.
EARLIER = LABEL_FILES_S41


def named_in_code() -> set[str]:
    """Article ids written in src/ or tests/ at main 919fb92."""
    out = subprocess.run(
        ["git", "grep", "-ohE", "(snn|fars|bbc)-[a-z0-9-]+", COMMIT, "--", "src", "tests"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return set(ID.findall(out))


def choose_dev41(shared: Path, lang: str) -> list[str]:
    skip = ids_in(EARLIER) | named_in_code()
    rows = [
        r
        for r in pool(shared, lang)[OFFSET:]
        if r["id"] not in skip and ROLE[lang].search(fold(r["text"]))
    ]
    return [r["id"] for r in rows[: COUNTS[lang]]]


if __name__ == "__main__":
    for lang in COUNTS:
        print(lang, " ".join(choose_dev41(Path(sys.argv[1]), lang)))
