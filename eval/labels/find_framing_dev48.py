"""List the candidates of the fourteenth development set (framing_dev48.tsv): occurrences the
framing stage finds in SaudiNewsNet and Fars News documents that no *framing* label file or test
names, favouring martyrdom, victim and label terms beside a described group — a plural group
noun and a nationality or affiliation adjective («جنود سعوديين», «شهداء الجيش اليمني»,
«رزمندگان ایرانی») — within WINDOW characters.

Made for issue 25's targets (round 48, helper framing48: descriptive group targets). Ids named in
`eval/labels/framing*`, `eval/labels/find_framing*` or anywhere under `tests/` are left out, as
are copies flagged `duplicate_of_earlier`; both halves of the id space (rounds 47 and 47b split
it) are drawn. Per corpus the articles in `random.Random("20261205-dev48-<corpus>")` order, each
analysed as `rasad eval framing` analyses it (title and body); at most PER_ARTICLE occurrences of
one article, drawn with the same seeded generator among its favoured finds (a martyrdom or label
term with a described group within WINDOW characters); an article without such finds gives its
first find with probability OTHER_SHARE; at most PER_TERM of one term, until QUOTA. The whole
pool gave 51 SaudiNewsNet rows and none from Fars (no unused Fars article has a find left), so
a second draw follows (`extra_draw`): one martyrdom, label or aggression find of each article
the first gave nothing, in another seeded order, until EXTRA. The stage's target and voice are
not printed: the rows are labelled by reading the article.

Run from the repository root with the shared folder as argument (PYTHONPATH=src):
    python eval/labels/find_framing_dev48.py ../shared [corpus …] > candidates.tsv
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
from rasad.stages.framing import folded, make_framing

HERE = Path(__file__).resolve().parent
SEED = "20261205-dev48"
QUOTA = {"saudinewsnet_ar": 90, "farsnews_fa": 20}
EXTRA = {"saudinewsnet_ar": 40, "farsnews_fa": 20}
PER_ARTICLE, PER_TERM, WINDOW, OTHER_SHARE = 2, 10, 80, 0.15
USED_ID = re.compile(r"fars-\d+|ntrex-(?:ar|fa|en)-[A-Za-z0-9.-]+\.\d+|snn-[\d-]+")
# a plural group noun, then within two words an adjective of nationality or affiliation (folded
# text: ي/ى/ئ→ی, ة→ه, أ/إ/آ→ا)
DESCRIBED_GROUP = re.compile(
    r"(?:جنود|عناصر|افراد|مقاتلین|مقاتلی|رجال|ضباط|قوات|شهداء|شهدای|مدنیین|مواطنین|ابناء|"
    r"متظاهرین|محتجین|مسلحین|مسلحی|اسری|قتلی|جرحی|ضحایا|طلاب|معتقلین|سجناء|حجاج|لاجئین|"
    r"رزمندگان|سربازان|نیروهای|نظامیان|شهدای|مدافعان|مردم|شیعیان|معترضان|زائران|اسرای)"
    r"\s+(?:\S+\s+){0,2}?(?:ال)?\S{3,}(?:یین|یون|یه|ی)(?![\w\u200c])"
)
FAVOURED_CATEGORIES = {"martyrdom", "label", "aggression"}


def framing_ids() -> set[str]:
    """Every id a framing label file, a framing finder or a test names (this set's own files
    aside)."""
    own = {"framing_dev48.tsv", "find_framing_dev48.py", "framing.md"}
    paths = [p for p in HERE.glob("*framing*") if p.name not in own]
    paths += [p for p in (HERE.parents[1] / "tests").rglob("*") if p.is_file()]
    used: set[str] = set()
    for path in paths:
        if path.suffix in {".tsv", ".py", ".md", ".json", ".txt"}:
            used |= set(USED_ID.findall(path.read_text("utf-8", errors="replace")))
    return used


def favoured(text: str, term: dict) -> bool:
    """A martyrdom, label or aggression term with a described group within WINDOW characters."""
    if term["category"] not in FAVOURED_CATEGORIES:
        return False
    lo, hi = max(0, term["start"] - WINDOW), term["end"] + WINDOW
    return bool(DESCRIBED_GROUP.search(folded(text[lo:hi])))


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
            a for a in articles if a["id"] not in left_out and not a.get("duplicate_of_earlier")
        ]
        articles.sort(key=lambda a: a["id"])
        rng = random.Random(f"{SEED}-{folder}")
        rng.shuffle(articles)
        taken = 0
        leftovers: list[tuple[dict, str, dict]] = []  # (article, field, find) not drawn
        for a in articles:
            if taken >= quota:
                break
            found = analysed_article(
                a["id"], a.get("text") or "", a.get("title") or "", a["lang"], framing
            )
            finds = [(f, t) for f in ("title", "text") for t in found[f]]
            finds = [(f, t) for f, t in finds if per_term[t["term"]] < PER_TERM]
            chosen = [(f, t) for f, t in finds if favoured(a.get(f) or "", t)]
            if not chosen and finds and rng.random() < OTHER_SHARE:
                chosen = finds[:1]
            rng.shuffle(chosen)
            picked = chosen[: min(PER_ARTICLE, quota - taken)]
            for field, t in picked:
                print_row(a, field, t)
                per_term[t["term"]] += 1
                taken += 1
            if not picked:
                leftovers += [(a, f, t) for f, t in finds if t["category"] in FAVOURED_CATEGORIES]
        extra_draw(leftovers, per_term, folder)


def print_row(a: dict, field: str, t: dict) -> None:
    """One candidate row: where the find is, its text's hash, its term and category."""
    sha1 = hashlib.sha1(t["text"].encode("utf-8")).hexdigest()[:10]
    row = (a["id"], a["lang"], field, t["start"], t["end"], sha1, t["term"])
    print(*row, t["category"], sep="\t")


def extra_draw(leftovers: list, per_term: Counter, folder: str) -> None:
    """The second draw: one martyrdom, label or aggression find of each article that gave none,
    in a second seeded order, at most PER_TERM of one term, until EXTRA."""
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
