"""Print the ids of the development set quotes_dev68en.tsv (issue 21 point 3, session 68, English).

Drawn at random among English articles with a quote mark or a speech verb, from BBC News and the
English side of the translated news (ntrex), so that it holds the speakers rasad gets wrong in
the proportions the corpus has: every `bbc_news_en` and `ntrex_ar_fa_en` (lang en) article of
300–2,500 characters whose text holds a quote mark or a speech verb of the held-out chooser's
crude regex, sorted by id and shuffled with `random.Random(SEED)`; dropped, as
choose_quote_dev50en_articles.py drops them: any id found in any `eval/labels/*` file of main
16454ddd (read with `git show`, so files added later do not change the choice; every kind of set)
or written in `src/` or `tests/` at that commit (`git grep`), any article whose first 200
characters repeat an earlier kept one's, and any that shares more than 30% of its six-word runs
with a used article. A translated English article is dropped when its own id is named there,
and when its Arabic or Persian side is named in a held-out file (HELDOUT) or a quotes file (the
same story: a held-out translated article must not be read in English). Sides named only by other
development sets (story moves, claim pairs) do not drop it: they name every one of the 123
translated stories.
Only 7 translated articles survive (322 translated ids are named in label files and 55 stories
by held-out or quotes files), so a plain draw of 20 holds none: the set is every surviving
translated article (NTREX_COUNT, in shuffle order) and the first BBC_COUNT BBC ones, 20 in all.
`--check N` prints the next N BBC ids instead.
Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev68en_articles.py ../shared [--check 100]
"""

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev44_articles as dev44  # noqa: E402
from choose_heldout_articles import QUOTE_MARKS, SPEECH  # noqa: E402
from held_out import HELD_OUT as HELDOUT  # noqa: E402

SEED = 20261568
NTREX_COUNT = 7
BBC_COUNT = 13
COMMIT = "16454ddd"
FOLDERS = ("bbc_news_en", "ntrex_ar_fa_en")


# The held-out label files named by the session's common rules.
NTREX_ID = re.compile(r"ntrex-(?:ar|fa|en)-[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*")


def ntrex_used() -> tuple[set[str], set[str]]:
    """The translated ids named in eval/labels/, src/ or tests/ at COMMIT, and the stories (any
    side) named in a held-out or quotes label file there."""
    names = dev44.git("ls-tree", "--name-only", f"{COMMIT}:eval/labels").split()
    texts = {name: dev44.git("show", f"{COMMIT}:eval/labels/{name}") for name in names}
    code = dev44.git(
        "grep", "-ohE", r"ntrex-(ar|fa|en)-[A-Za-z0-9._-]+", COMMIT, "--", "src", "tests"
    )
    ids = set(NTREX_ID.findall("\n".join(texts.values()) + "\n" + code))
    close = "\n".join(t for n, t in texts.items() if n in HELDOUT or n.startswith("quotes"))
    return ids, {story(i) for i in NTREX_ID.findall(close)}


def story(article_id: str) -> str:
    """The story part of a translated article's id ("" for others)."""
    # "ntrex-fa-bbc.381790" → "bbc.381790": the story the three sides of a translated article share
    return article_id[9:] if article_id.startswith("ntrex-") else ""


def pool68en(shared: Path) -> list[dict]:
    """The English articles with a quote mark or a speech verb, in this round's shuffle."""
    rows = []
    for folder in FOLDERS:
        path = shared / "corpus" / folder / "articles.jsonl"
        rows += [json.loads(line) for line in path.open(encoding="utf-8")]
    rows = sorted(
        (
            r
            for r in rows
            if r.get("lang", "en") == "en"
            and 300 <= len(r["text"]) <= 2500
            and (QUOTE_MARKS.search(r["text"]) or SPEECH["en"].search(r["text"]))
        ),
        key=lambda r: r["id"],
    )
    random.Random(SEED).shuffle(rows)
    return rows


def unused68en(shared: Path) -> list[str]:
    """The pool's unused articles in shuffle order, retellings and repeats dropped."""
    dev44.COMMIT = COMMIT
    named, stories = ntrex_used()
    skip = dev44.used_ids() | named
    rows = pool68en(shared)
    used = [dev44.shingles(r["text"]) for r in rows if r["id"] in skip or story(r["id"]) in stories]
    firsts: set[str] = set()
    kept: list[str] = []
    for r in rows:
        first = r["text"].strip()[:200]
        if (
            r["id"] not in skip
            and story(r["id"]) not in stories
            and first not in firsts
            and not dev44.retold(dev44.shingles(r["text"]), used)
        ):
            firsts.add(first)
            kept.append(r["id"])
    return kept


def choose68en(shared: Path) -> tuple[list[str], list[str]]:
    """The set (translated first, then BBC) and the BBC ids left after it, in shuffle order."""
    ids = unused68en(shared)
    translated = [i for i in ids if i.startswith("ntrex-")][:NTREX_COUNT]
    bbc = [i for i in ids if not i.startswith("ntrex-")]
    return translated + bbc[:BBC_COUNT], bbc[BBC_COUNT:]


if __name__ == "__main__":
    chosen, rest = choose68en(Path(sys.argv[1]))
    if "--check" in sys.argv:
        print("en", " ".join(rest[: int(sys.argv[sys.argv.index("--check") + 1])]))
    else:
        print("en", " ".join(chosen))
