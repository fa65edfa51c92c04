"""List the framing-term occurrences annotated in framing_occurrences.tsv (how they were chosen).

Every term of framing_terms.tsv (the 61 rows of the framing lexicon plus terms a larger lexicon
would hold) is searched in the titles and texts of saudinewsnet_ar, farsnews_fa and bbc_news_en:
letter variants folded (ي/ی/ى, ك/ک, ة/ه, أ/إ/آ/ا), Arabic clitics (و ف ب ل ك ال لل) and
Arabic/Persian/English suffixes allowed, a ZWNJ or space allowed before Persian suffixes. Where
two terms overlap, the longer term wins. Then, per language, a seeded round-robin over terms
takes title occurrences first (up to TITLE_QUOTA) and then body occurrences, at most PER_TERM
occurrences of one term and PER_ARTICLE of one article, until LANG_QUOTA occurrences (the
"balanced" sample). Then NATURAL more per language are drawn uniformly from all remaining
candidates (the "natural" sample), so that the set also shows the terms as they occur.

Run from the repository root with the shared folder as argument:
    python eval/labels/find_framing_candidates.py ../shared            # the sample
    python eval/labels/find_framing_candidates.py ../shared --counts   # all candidates per term
"""

from __future__ import annotations

import csv
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
CORPORA = {"ar": "saudinewsnet_ar", "fa": "farsnews_fa", "en": "bbc_news_en"}
SEED = 20261202
LANG_QUOTA = {"ar": 110, "fa": 110, "en": 100}
TITLE_QUOTA = 20
PER_TERM = 6
PER_ARTICLE = 2
NATURAL = 30

# One character for one, so offsets in the folded text are offsets in the original.
FOLD = str.maketrans(
    {"ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "ة": "ه", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"}
)
PREFIX = {
    "ar": "(?:[وف]?(?:[بلک]?ال|لل|[بلک])?)",
    "fa": "(?:ب|و)?",
    "en": "",
}
SUFFIX = {
    "ar": "(?:یین|یون|ین|ون|ات|یه|یا|ی|ه|ها|هم|وا|ت|ا)?",
    "fa": "(?:\u200c?(?:هایی|های|ها|ای|ی|ان|ین|ند|یان))?",
    "en": "(?:s|es|'s|s')?",
}
WORD = r"[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]"


class Term(NamedTuple):
    lang: str
    term: str
    category: str
    source: str


class Candidate(NamedTuple):
    article: str
    lang: str
    field: str
    start: int
    end: int
    term: str
    category: str
    source: str


def fold(text: str) -> str:
    """Letter variants unified and Latin lower-cased without changing the length."""
    folded = text.translate(FOLD)
    lowered = folded.lower()
    return lowered if len(lowered) == len(folded) else folded


def read_terms(path: Path = HERE / "framing_terms.tsv") -> list[Term]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [Term(r["lang"], r["term"], r["category"], r["source"]) for r in rows]


def term_pattern(term: Term) -> re.Pattern:
    words = [re.escape(fold(w)) for w in term.term.split()]
    # Arabic: a later word may carry the article the term omits (فصائل مسلحة / الفصائل المسلحة).
    later = "(?:ال)?" if term.lang == "ar" else ""
    body = words[0] + "".join(rf"[\s\u200c]+{later}{w}" for w in words[1:])
    return re.compile(rf"(?<!{WORD}){PREFIX[term.lang]}{body}{SUFFIX[term.lang]}(?!{WORD})")


def occurrences(text: str, terms: list[Term]) -> list[tuple[int, int, Term]]:
    """Every match of every term; where matches overlap, the longest term (then the first) wins."""
    folded = fold(text)
    found = [(m.start(), m.end(), t) for t in terms for m in term_pattern(t).finditer(folded)]
    found.sort(key=lambda f: (-len(f[2].term), f[0]))
    kept: list[tuple[int, int, Term]] = []
    for start, end, term in found:
        if all(end <= s or start >= e for s, e, _ in kept):
            kept.append((start, end, term))
    return sorted(kept, key=lambda f: f[0])


def read_articles(shared: Path, lang: str) -> list[dict]:
    path = shared / "corpus" / CORPORA[lang] / "articles.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    return [r for r in rows if not r.get("duplicate_of_earlier")]


def candidates(shared: Path, lang: str, terms: list[Term]) -> list[Candidate]:
    mine = [t for t in terms if t.lang == lang]
    out = []
    for article in read_articles(shared, lang):
        for field in ("title", "text"):
            for start, end, t in occurrences(article[field] or "", mine):
                out.append(Candidate(article["id"], lang, field, start, end, *t[1:]))
    return out


def sample(
    found: list[Candidate],
    lang: str,
    seed: int | str = SEED,
    quotas: tuple[int, dict[str, int]] = (TITLE_QUOTA, LANG_QUOTA),
    caps: tuple[int, int] = (PER_TERM, PER_ARTICLE),
    sort_pools: bool = False,
) -> list[Candidate]:
    """Seeded round-robin over terms: titles first, then bodies, with per-term/article caps
    (`quotas`: titles, bodies per language; `caps`: per term, per article; `sort_pools`: each
    term's pool sorted before its shuffle, so the draw does not depend on reading order)."""
    rng = random.Random(f"{seed}-{lang}")
    chosen: list[Candidate] = []
    per_term: Counter[str] = Counter()
    per_article: Counter[str] = Counter()
    (title_quota, lang_quota), (term_cap, article_cap) = quotas, caps
    for field, quota in (("title", title_quota), ("text", lang_quota[lang])):
        by_term: dict[str, list[Candidate]] = defaultdict(list)
        for c in found:
            if c.field == field:
                by_term[c.term].append(c)
        for pool in by_term.values():
            if sort_pools:
                pool.sort()
            rng.shuffle(pool)
        order = sorted(by_term)
        rng.shuffle(order)
        while len(chosen) < quota and any(by_term.values()):
            for term in order:
                pool = by_term[term]
                while pool and (
                    per_term[term] >= term_cap or per_article[pool[-1].article] >= article_cap
                ):
                    pool.pop()
                if pool and len(chosen) < quota:
                    c = pool.pop()
                    chosen.append(c)
                    per_term[term] += 1
                    per_article[c.article] += 1
    return sorted(chosen, key=lambda c: (c.article, c.field, c.start))


def sample_natural(found: list[Candidate], taken: list[Candidate], lang: str) -> list[Candidate]:
    """NATURAL further occurrences drawn uniformly (seeded) from all candidates not yet taken."""
    rest = [c for c in found if c not in set(taken)]
    return sorted(random.Random(f"{SEED}-{lang}-natural").sample(rest, NATURAL))


def main(shared: Path, counts: bool = False) -> None:
    terms = read_terms()
    for lang in CORPORA:
        found = candidates(shared, lang, terms)
        if counts:
            by_term = Counter((c.term, c.field) for c in found)
            for t in (t for t in terms if t.lang == lang):
                print(
                    lang,
                    t.source,
                    t.term,
                    by_term[t.term, "title"],
                    by_term[t.term, "text"],
                    sep="\t",
                )
            continue
        balanced = sample(found, lang)
        for c in balanced:
            print(*c, "balanced", sep="\t")
        for c in sample_natural(found, balanced, lang):
            print(*c, "natural", sep="\t")


if __name__ == "__main__":
    main(Path(sys.argv[1]), counts="--counts" in sys.argv[2:])
