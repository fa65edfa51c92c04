"""Choose the incident groups read for claim_pairs_claims56.tsv (other outlets, across dates).

claims53 drew SaudiNewsNet groups of different outlets at most a day apart: mostly wire copies.
This round draws **incidents** (titles or leads with casualty, arrest, fire, crash or denial
words) where figures are revised: BBC and Fars lexical groups of one incident (any date, one
outlet: follow-ups), ntrex stories, and SaudiNewsNet articles on one incident printed **two to
fourteen days apart** (title+lead TF-IDF cosine >= 0.25, connected components of <= 12
articles). Every group holding an article any claims file of this folder names (the
`claim_pairs*.tsv` sets, the held-out's article-id columns only, claims facts, archive
judgements, finders, choosers and claims53's own files; `used_ids_56`; for ntrex a story
used in any language, `uses_any`) is left out; this round's files are not read. The free
groups are shuffled with `random.Random(56)` and printed in that order with every candidate
`find_claim_candidates.py` lists for them (the held-out's kinds). rasad is neither imported nor
run. Usage (from the repository root):
    python eval/labels/choose_claims56_groups.py /work/shared snn > /tmp/c56/snn.txt
    python eval/labels/choose_claims56_groups.py /work/shared bbc > /tmp/c56/bbc.txt
    python eval/labels/choose_claims56_groups.py /work/shared fars > /tmp/c56/fars.txt
    python eval/labels/choose_claims56_groups.py /work/shared ntrex > /tmp/c56/ntrex.txt
The output holds article text: read it, never commit it.
"""

from __future__ import annotations

import random
import re
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_claims53_groups as c53  # noqa: E402
import find_claim_candidates as finder  # noqa: E402

SEED = 56
# this round's files, written after the draw
OWN_FILES_56 = {
    "claim_pairs_claims56.tsv",
    "claims56.md",
    "claims_misses56.md",
    "claims_archive_s56.tsv",
}
INCIDENT = re.compile(
    r"قتل|مقتل|قتيل|وفا|مصرع|مصاب|اصاب|جرح|جريح|شهيد|ضحي|غرق|حصيل|حريق|انفجار|تفجير|هجوم"
    r"|اعتقال|القبض|ضبط|اصطدام|سقوط|تحطم|نفى|نفت|ينفي|تنفي"
    r"|كشته|زخمي|مجروح|جان باخت|انفجار|حادثه|دستگير|آتش|سقوط|تكذيب|حمله"
    r"|\b(?:dead|died|dies|death|killed|kills|injur\w*|wounded|toll|victims?|crash\w*|fire|blast"
    r"|attack\w*|arrest\w*|charged|bomb\w*|shot|shooting|murder\w*|denie[sd]|deny)\b",
    re.IGNORECASE,
)


def incident(article: dict) -> bool:
    """A title or lead naming a casualty, arrest, fire, crash, attack or denial."""
    lead = " ".join(article["text"].split()[:40])
    return bool(INCIDENT.search(finder.fold(article["title"] + " " + lead)))


def days_apart(a: dict, b: dict) -> int | None:
    """Days between two articles' publication days (None when one is undated)."""
    if not (a.get("published") and b.get("published")):
        return None
    return abs((date.fromisoformat(a["published"]) - date.fromisoformat(b["published"])).days)


def snn_cross_date_groups(articles: list[dict], threshold: float = 0.25) -> dict[str, list[str]]:
    """SaudiNewsNet incident articles printed 2-14 days apart, joined by lexical similarity."""
    pool = [a for a in articles if incident(a)]
    vectors, index = finder.tfidf(pool), defaultdict(list)
    for i, vec in enumerate(vectors):
        for w in vec:
            index[w].append(i)
    parent = list(range(len(pool)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, vec in enumerate(vectors):
        scores: dict[int, float] = defaultdict(float)
        for w, v in vec.items():
            for j in index[w]:
                if j > i:
                    scores[j] += v * vectors[j][w]
        for j, s in scores.items():
            gap = days_apart(pool[i], pool[j])
            if s >= threshold and gap is not None and 2 <= gap <= 14:
                parent[root(i)] = root(j)
    comps = defaultdict(list)
    for i, a in enumerate(pool):
        comps[root(i)].append(a["id"])
    return {"days-" + min(g): g for g in comps.values() if 2 <= len(g) <= 12}


def groups_56(which: str, articles: list[dict]) -> dict[str, list[str]]:
    """This round's groups: cross-date incidents (snn), incident groups (bbc, fars), ntrex."""
    if which == "snn":
        return snn_cross_date_groups(articles)
    groups = c53.groups_of(which, articles)
    if which == "ntrex":
        return groups
    by_id = {a["id"]: a for a in articles}
    return {n: g for n, g in groups.items() if any(incident(by_id[i]) for i in g)}


def main(shared: Path, which: str) -> None:
    """Print the free groups in the seeded order with their candidates."""
    articles = finder.read(shared, finder.FOLDERS[which])
    if which == "bbc":
        articles = [a for a in articles if not a.get("duplicate_of_earlier")]
    by_id = {a["id"]: a for a in articles}
    used = used_ids_56()
    groups = groups_56(which, articles)
    used |= {story_of(i) for i in used}  # ntrex: a story used in any language is used
    free = {n: sorted(set(g) & set(by_id)) for n, g in groups.items()}
    free = {n: g for n, g in free.items() if len(g) >= 2 and not uses_any(g, used)}
    order = random.Random(SEED).sample(sorted(free), len(free))
    print(f"# {len(free)} free groups of {len(groups)}; order drawn with seed {SEED}")
    for rank, name in enumerate(order, 1):
        c53.print_candidates(f"{rank}:{name}", free[name], by_id)


def story_of(article_id: str) -> str:
    """An ntrex article's story (`ntrex-ar-bbc.381760` -> `bbc.381760`); others unchanged."""
    return (
        re.sub(r"^ntrex-(?:(?:ar|fa|en)-)?", "", article_id)
        if article_id.startswith("ntrex-")
        else article_id
    )


def uses_any(group: list[str], used: set[str]) -> bool:
    """True when an article of the group, or its ntrex story, is named by a claims file."""
    return any(i in used or story_of(i) in used for i in group)


def used_ids_56() -> set[str]:
    """Articles the held-out (article-id columns only) or any claims file of this folder names,
    claims53's own files included and this round's files (written after the draw) left out."""
    found = c53.held_out_ids()
    names = {p.name for p in c53.claims_files()} | c53.OWN_FILES
    for name in sorted(names - OWN_FILES_56 - {Path(__file__).name}):
        text = (c53.HERE / name).read_text(encoding="utf-8", errors="ignore")
        found |= set(c53.ID.findall(text))
    return found


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
