"""Print the ids of the development set quotes_dev44d.tsv (issue 21 point 3, session 44, round d).

Arabic only. The pool, shuffle, offset and republished-copy test of
choose_quote_dev44_articles.py (a retold copy of an article kept here is dropped too: the German
gas explosion came twice), with the used ids read at main bf489da (so quotes_dev44 and
everything before it are skipped). Kept: articles with at least three speech verbs (the crude
regex of choose_heldout_articles.py) that write «نقلا عن», or a body's kind with the article
(«الشرطة», «الوزارة», «النادي», «البلدية», «الهيئة», «الأمانة», «المديرية», «الجمعية»,
«الشركة»), since this round looks for quoted sources and bodies called by their kind: the first
22.
Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev44d_articles.py ../shared
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_heldout_articles import ID, SPEECH, fold, pool  # noqa: E402
from choose_quote_dev44_articles import OFFSET, git, retold, shingles  # noqa: E402

COUNT = 22
COMMIT = "bf489da"
SOURCE = re.compile(
    r"نقلا عن|(?<!\w)[وف]?(?:ل|بال|ال)(?:شرطة|وزارة|نادي|بلدية|هيئة|امانة|مديرية|جمعية|شركة)(?!\w)"
)


def used_ids() -> set[str]:
    """Article ids in eval/labels/ or written in src/ or tests/ at main bf489da."""
    names = git("ls-tree", "--name-only", f"{COMMIT}:eval/labels").split()
    text = "".join(git("show", f"{COMMIT}:eval/labels/{name}") for name in names)
    code = git("grep", "-ohE", "(snn|fars|bbc)-[a-z0-9-]+", COMMIT, "--", "src", "tests")
    return set(ID.findall(text)) | set(ID.findall(code))


def choose_dev44d(shared: Path) -> list[str]:
    skip = used_ids()
    rows = pool(shared, "ar")
    used = [shingles(r["text"]) for r in rows if r["id"] in skip]
    kept: dict[str, str] = {}
    for r in rows[OFFSET:]:
        folded = fold(r["text"])
        if (
            r["id"] not in skip
            and SOURCE.search(folded)
            and len(SPEECH["ar"].findall(folded)) >= 3
            and not retold(shingles(r["text"]), used)
        ):
            kept.setdefault(r["text"].strip()[:200], r["id"])
            used.append(shingles(r["text"]))
            if len(kept) >= COUNT:
                break
    return list(kept.values())[:COUNT]


if __name__ == "__main__":
    print("ar", " ".join(choose_dev44d(Path(sys.argv[1]))))
