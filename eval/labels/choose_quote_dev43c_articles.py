"""Print the ids of the twelfth development set of quotes (quotes_dev43c.tsv, issue 21 point 3).

Arabic and Persian, chosen for the leftover patterns named by rounds 13 and 14
(docs/quotes-numbers.md): the candidate pools and shuffle of choose_heldout_articles.py
(seed 20261202; 300–1,800 characters), from position 220, dropping any id found in any
`eval/labels/*` file of main 7a7c137 (read with `git show`, so files added later do not change
the choice) or named in `src/` or `tests/` at that commit (`git grep`), and any article whose
first 200 characters repeat an earlier kept one's. Kept: articles that write one of the cue
strings below (folded as the chooser folds) and at least two speech verbs (the crude regex of
choose_heldout_articles.py); the first 10 Arabic and 8 Persian. Run from the repository root
with the shared folder as argument: python eval/labels/choose_quote_dev43c_articles.py ../shared
"""

import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_heldout_articles import ID, ROOT, SPEECH, fold, pool  # noqa: E402

OFFSET = 220
COUNTS = {"ar": 10, "fa": 8}
COMMIT = "7a7c137"
# The leftover cues: «وفقا لـ», «حسب مصادر», «فأجاب», «وشهود», a description of a person
# («الفنانة», «المخترق», «اللاعب», «المدرب»); «به نقل از», a pronoun subject «وی»/«او»
# before a speech verb, a kinship subject («مادر», «پدر», «همسر»).
CUES = {
    "ar": re.compile(r"وفقاً? ?ل|حسب مصادر|ف[أا]جاب|وشهود|الفنان[ةه]|المخترق|اللاعب|المدرب"),
    "fa": re.compile(r"به نقل از|(?<!\w)(?:وی|او) [^.]{0,60}(?:گفت|نوشت|افزود)|مادر|پدر|همسر"),
}


def git(*args: str) -> str:
    # git grep exits 1 when nothing matches: not an error here
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout


def used_ids() -> set[str]:
    """Article ids in eval/labels/ or written in src/ or tests/ at main 7a7c137."""
    names = git("ls-tree", "--name-only", f"{COMMIT}:eval/labels").split()
    text = "".join(git("show", f"{COMMIT}:eval/labels/{name}") for name in names)
    code = git("grep", "-ohE", "(snn|fars|bbc)-[a-z0-9-]+", COMMIT, "--", "src", "tests")
    return set(ID.findall(text)) | set(ID.findall(code))


def choose(shared: Path, lang: str, skip: set[str]) -> list[str]:
    kept: dict[str, str] = {}
    for r in pool(shared, lang)[OFFSET:]:
        folded = fold(r["text"])
        if (
            r["id"] not in skip
            and CUES[lang].search(folded)
            and len(SPEECH[lang].findall(folded)) >= 2
        ):
            kept.setdefault(r["text"].strip()[:200], r["id"])
    return list(kept.values())[: COUNTS[lang]]


if __name__ == "__main__":
    skip = used_ids()
    for lang in COUNTS:
        print(lang, " ".join(choose(Path(sys.argv[1]), lang, skip)))
