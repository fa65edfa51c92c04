"""List the candidates of the twelfth development set (framing_dev47b.tsv): occurrences the
framing stage finds in SaudiNewsNet, Fars News and NTREX documents that no *framing* label file
or test names, favouring martyrdom and victim terms near a casualty count and labels right after
a group noun («جماعة», «حركة», «تنظيم», «گروه», «گروهک»).

Made for issue 25's targets (round 47, helper framing47b). Ids named in `eval/labels/framing*`,
`eval/labels/find_framing*` or anywhere under `tests/` are left out, as are copies flagged
`duplicate_of_earlier`; so are articles whose sha1(id) hex starts with 0–7 (the other helper of
the round, framing47, draws from those). Per corpus the articles in
`random.Random("20261205-dev47b-<corpus>")` order, each analysed as `rasad eval framing` analyses
it (title and body); at most PER_ARTICLE occurrences of one article, drawn with the same seeded
generator among its favoured finds (a martyrdom term with a digit or a number word within
WINDOW characters, or another term within WINDOW characters after a group noun); an article
without such finds gives its first find with probability OTHER_SHARE; at most PER_TERM of one term,
until QUOTA. The whole pool gave 55 SaudiNewsNet rows and none from Fars or NTREX: no unused
Fars or NTREX article of this half has a find any more (earlier sets took them). So a second
draw follows (`extra_draw`): one find of each SaudiNewsNet article the first gave nothing, in
another seeded order, until EXTRA. The stage's target and voice are not printed: the rows are labelled by reading the
article.

Run from the repository root with the shared folder as argument (PYTHONPATH=src):
    python eval/labels/find_framing_dev47b.py ../shared [corpus …] > candidates.tsv
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from rasad.config import Settings
from rasad.eval.framing import analysed_article
from rasad.stages.framing import make_framing

HERE = Path(__file__).resolve().parent
SEED = "20261205-dev47b"
QUOTA = {"saudinewsnet_ar": 62, "farsnews_fa": 24, "ntrex_ar_fa_en": 4}
EXTRA = {"saudinewsnet_ar": 40}
PER_ARTICLE, PER_TERM, WINDOW, OTHER_SHARE = 2, 10, 60, 0.2
USED_ID = re.compile(r"fars-\d+|ntrex-(?:ar|fa|en)-[A-Za-z0-9.-]+\.\d+|snn-[\d-]+")
OWN_HALF = "89abcdef"
COUNT_NEAR = re.compile(
    r"[0-9٠-٩۰-۹]|\b(?:ثلاث|أربع|خمس|ست|سبع|ثمان|تسع|عشر|عشرات|مئات|دو|سه|چهار|پنج|شش|هفت|هشت|"
    r"نه|ده|صدها|ده‌ها|دهها)\w*"
)
GROUP_NOUN = re.compile(
    r"(?:جماعة|حركة|تنظيم|ميليشيا|ميليشيات|گروه|گروهک|سازمان)\s+\S+(?:\s+\S+)?\s*$"
)


def framing_ids() -> set[str]:
    """Every id a framing label file, a framing finder or a test names (this set's own files
    aside)."""
    own = {"framing_dev47b.tsv", "find_framing_dev47b.py", "framing.md"}
    paths = [p for p in HERE.glob("*framing*") if p.name not in own]
    paths += [p for p in (HERE.parents[1] / "tests").rglob("*") if p.is_file()]
    used: set[str] = set()
    for path in paths:
        if path.suffix in {".tsv", ".py", ".md", ".json", ".txt"}:
            used |= set(USED_ID.findall(path.read_text("utf-8", errors="replace")))
    return used


def favoured(text: str, term: dict) -> bool:
    """A martyrdom term near a casualty count, or a term right after a group noun and a name."""
    before = text[max(0, term["start"] - WINDOW) : term["start"]]
    after = text[term["end"] : term["end"] + WINDOW]
    if term["category"] == "martyrdom":
        return bool(COUNT_NEAR.search(before) or COUNT_NEAR.search(after))
    return bool(GROUP_NOUN.search(before))


def own_half(doc_id: str) -> bool:
    """Articles of this helper's half of the id space (sha1 hex 8–f)."""
    return hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[0] in OWN_HALF


def main(shared: Path, only: list[str]) -> None:
    """Print the candidates the seed, quotas and caps choose (of the named corpora, if any)."""
    framing = make_framing(Settings())
    left_out = framing_ids()
    per_term: Counter = Counter()
    for folder, quota in QUOTA.items():
        if only and folder not in only:
            continue
        lines = (shared / "corpus" / folder / "articles.jsonl").read_text("utf-8").splitlines()
        articles = [json.loads(line) for line in lines]
        articles = [
            a
            for a in articles
            if a["id"] not in left_out and not a.get("duplicate_of_earlier") and own_half(a["id"])
        ]
        articles.sort(key=lambda a: a["id"])
        rng = random.Random(f"{SEED}-{folder}")
        rng.shuffle(articles)
        taken = 0
        leftovers: list[tuple[str, str, dict]] = []  # (article, field, find) not drawn
        for a in articles:
            if taken >= quota:
                break
            found = analysed_article(
                a["id"], a.get("text") or "", a.get("title") or "", a["lang"], framing
            )
            finds = [(f, t) for f in ("title", "text") for t in found[f]]
            finds = [(f, t) for f, t in finds if per_term[t["term"]] < PER_TERM]
            chosen = [(f, t) for f, t in finds if favoured(a.get(f) or "", t)]
            if not chosen and rng.random() < OTHER_SHARE:
                chosen = finds[:1]
            every = finds
            finds = chosen
            rng.shuffle(finds)
            picked = finds[: min(PER_ARTICLE, quota - taken)]
            for field, t in picked:
                print_row(a, field, t)
                per_term[t["term"]] += 1
                taken += 1
            if not picked:
                leftovers += [(a, f, t) for f, t in every]
        extra_draw(leftovers, per_term, folder)


def print_row(a: dict, field: str, t: dict) -> None:
    """One candidate row: where the find is, its text's hash, its term and category."""
    sha1 = hashlib.sha1(t["text"].encode("utf-8")).hexdigest()[:10]
    row = (a["id"], a["lang"], field, t["start"], t["end"], sha1, t["term"])
    print(*row, t["category"], sep="\t")


def extra_draw(leftovers: list, per_term: Counter, folder: str) -> None:
    """The second draw: one find of each article that gave none, in a second seeded order,
    at most PER_TERM of one term, until EXTRA."""
    rng = random.Random(f"{SEED}-extra-{folder}")
    rng.shuffle(leftovers)
    seen: set[str] = set()
    taken = 0
    for a, field, t in leftovers:
        if taken >= EXTRA.get(folder, 0):
            break
        if a["id"] in seen or per_term[t["term"]] >= PER_TERM:
            continue
        print_row(a, field, t)
        seen.add(a["id"])
        per_term[t["term"]] += 1
        taken += 1


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2:])
