"""Dump every quote's speaker of 300 unlabelled English articles, to diff rasad's output before
and after a change (round speakers70en).

The articles: every `bbc_news_en` and English `ntrex_ar_fa_en` article with a quote mark or a
speech verb (the pool of `eval/labels/choose_quote_dev70en_articles.py`, without its length
limit) that no `eval/labels/*` file names and no `src/`/`tests/` file writes at HEAD, and whose
translated story no held-out or quotes file names, in a seeded shuffle (SEED), the first 300.
One line per quote: article, start, end, speaker as written, entity key.
Run from the repository root: PYTHONPATH=src:bench python bench/quotes_check70en.py /work/shared > new.tsv
(and with PYTHONPATH=/work/main/src:bench for the old code's output).
"""

import random
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval" / "labels"))
from choose_heldout_articles import QUOTE_MARKS, SPEECH  # noqa: E402
from quotes_check66fa import git, rows  # noqa: E402

from rasad.eval.quotes import analysed_document  # noqa: E402

SEED = 20262370
TOTAL = 300
ID = re.compile(r"(?:ntrex-(?:ar|fa|en)-[A-Za-z0-9._-]+|bbc-[a-z]+-[0-9]+)")


def named() -> tuple[set[str], set[str]]:
    """Ids written in eval/labels, src/ or tests/ at HEAD; translated stories named by held-out
    or quotes label files."""
    names = git("ls-tree", "--name-only", "HEAD:eval/labels").split()
    texts = {n: git("show", f"HEAD:eval/labels/{n}") for n in names}
    pattern = ID.pattern.replace("?:", "")  # git grep's extended regex has no (?:…)
    grep = ["git", "grep", "-ohE", pattern, "HEAD", "--", "src", "tests"]
    code = subprocess.run(grep, capture_output=True, text=True).stdout  # none: exit status 1
    ids = set(ID.findall("\n".join(texts.values()) + code))
    close = "".join(t for n, t in texts.items() if "heldout" in n or n.startswith("quotes"))
    return ids, {i[9:] for i in ID.findall(close) if i.startswith("ntrex-")}


def chosen(shared: Path) -> list[dict]:
    """The unlabelled English articles with speech, shuffled, the first TOTAL."""
    ids, stories = named()
    pool = sorted(
        (
            r
            for corpus in ("bbc_news_en", "ntrex_ar_fa_en")
            for r in rows(shared, corpus)
            if r.get("lang", "en") == "en"
            and r["id"] not in ids
            and r["id"][9:] not in stories
            and (QUOTE_MARKS.search(r["text"]) or SPEECH["en"].search(r["text"]))
        ),
        key=lambda r: r["id"],
    )
    random.Random(SEED).shuffle(pool)
    return pool[:TOTAL]


if __name__ == "__main__":
    for r in chosen(Path(sys.argv[1])):
        doc = analysed_document(r["id"], r["text"], "en")
        for q in doc.quotes:
            print(
                r["id"], q["start"], q["end"], q["speaker_text"] or "", q["speaker"] or "", sep="\t"
            )
