"""List the candidates of the eighth development set (framing_dev44b.tsv): every occurrence the
framing stage finds in the NTREX-128 news documents (`ntrex_ar_fa_en`: English news and its
professional Arabic and Persian translations) named in no file under `eval/labels/` or
`tests/`.

Made for issue 25's targets (round 44b): every SaudiNewsNet, Fars and BBC article with a find
is in a label file already, so this set takes the one corpus folder no framing file has used,
all its finds (not one per article: the folder holds few). The stage's target, hint and voice
are not printed: the rows are labelled by reading the article (the English original beside a
translation).

Run from the repository root with the shared folder as argument (PYTHONPATH=src):
    python eval/labels/find_framing_dev44b.py ../shared > candidates.tsv
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

from rasad.config import Settings
from rasad.eval.framing import analysed_article
from rasad.stages.framing import make_framing

HERE = Path(__file__).resolve().parent
NTREX_ID = re.compile(r"ntrex-(?:ar|fa|en)-[A-Za-z0-9.]+\.\d+")


def used_ntrex(folders: tuple[Path, ...] = (HERE, HERE.parents[1] / "tests")) -> set[str]:
    """Every NTREX document id a file under the label folder or the tests names."""
    used: set[str] = set()
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and path.suffix in {".tsv", ".py", ".md", ".json", ".txt"}:
                used |= set(NTREX_ID.findall(path.read_text("utf-8", errors="replace")))
    return used


def main(shared: Path) -> None:
    """Print every find of the unused NTREX documents, in id order."""
    framing = make_framing(Settings())
    left_out = used_ntrex()
    lines = (shared / "corpus" / "ntrex_ar_fa_en" / "articles.jsonl").read_text("utf-8")
    articles = sorted((json.loads(line) for line in lines.splitlines()), key=lambda a: a["id"])
    for a in articles:
        if a["id"] in left_out:
            continue
        found = analysed_article(
            a["id"], a.get("text") or "", a.get("title") or "", a["lang"], framing
        )
        for field in ("title", "text"):
            for t in found[field]:
                sha1 = hashlib.sha1(t["text"].encode("utf-8")).hexdigest()[:10]
                print(
                    a["id"],
                    a["lang"],
                    field,
                    t["start"],
                    t["end"],
                    sha1,
                    t["term"],
                    t["category"],
                    sep="\t",
                )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
