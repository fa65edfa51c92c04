"""Choose the incident groups read for claim_pairs_claims58.tsv (places and persons of one incident).

claims56 found that most missed contradictions of one incident are its place or its persons
("Asir / Najran", who was injured), not its figures. This round draws incident groups as
claims56 did (titles or leads with casualty, arrest, fire, crash, attack or denial words):
SaudiNewsNet incidents of different outlets at most a day apart (the held-out's lexical groups,
`find_claim_candidates.snn_groups`) and printed 2 to 14 days apart (claims56's cross-date
groups), BBC and Fars incident lexical groups (any date), ntrex stories. Every group holding an
article (for ntrex: a story, any language) that a claims file of this folder names -- the
`claim_pairs*` sets, the held-out's article-id columns only, facts, archive judgements, finders,
choosers, claims53's and claims56's own files -- is left out; this round's files are not read.
Free groups are shuffled with `random.Random(58)` and printed in that order with every
candidate the held-out's finder lists (`numdiff`, `daydiff`, `denial`, `revise`, `same`,
`near`, `aligned`, `counts`, ntrex `numbers`) PLUS this round's two kinds:
  - `places`: two sentences of two articles sharing >= 2 content words that name different
    places of the gazetteer lists (src/rasad/data/gazetteers cities.tsv, towns_ar.tsv,
    places.tsv, provinces_ir.tsv, the Arabic forms of places_linked_cities.tsv and a handful of
    region words: read as data only, rasad is neither imported nor run);
  - `persons`: two such sentences naming different persons by a crude cue (English: two
    capitalised words; Arabic: a given name of given_names_ar.tsv and the word after it).
Usage (from the repository root):
    python eval/labels/choose_claims58_groups.py /work/shared snn > /tmp/c58/snn.txt
    python eval/labels/choose_claims58_groups.py /work/shared bbc > /tmp/c58/bbc.txt
    python eval/labels/choose_claims58_groups.py /work/shared fars > /tmp/c58/fars.txt
    python eval/labels/choose_claims58_groups.py /work/shared ntrex > /tmp/c58/ntrex.txt
The output holds article text: read it, never commit it.
"""

from __future__ import annotations

import random
import re
import sys
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_claims53_groups as c53  # noqa: E402
import choose_claims56_groups as c56  # noqa: E402
import find_claim_candidates as finder  # noqa: E402

SEED = 58
OWN_FILES_58 = {
    "claim_pairs_claims58.tsv",
    "claims58.md",
    "claims_misses58.md",
    "claims_archive_s58.tsv",
}
GAZETTEERS = Path(__file__).resolve().parents[2] / "src" / "rasad" / "data" / "gazetteers"
PLACE_FILES = ("cities.tsv", "towns_ar.tsv", "places.tsv", "provinces_ir.tsv")
EN_PERSON = re.compile(r"\b([A-Z][a-z]+ [A-Z][a-z]+)\b")


def place_forms() -> set[str]:
    """Folded place names of the gazetteer files (every column but the type, 3+ letters)."""
    forms: set[str] = set()
    for name in (*PLACE_FILES, "places_linked_cities.tsv"):
        for line in (GAZETTEERS / name).read_text("utf-8").splitlines():
            if line.startswith("#") or line.startswith("type"):
                continue
            cells = (
                line.split("\t")[1:4] if name == "places_linked_cities.tsv" else line.split("\t")
            )
            for cell in cells:
                forms |= {finder.fold(f).strip() for f in cell.split("|") if len(f.strip()) >= 3}
    return forms - {"GPE", "LOC"}


def given_names() -> set[str]:
    """Folded Arabic given names (given_names_ar.tsv)."""
    lines = (GAZETTEERS / "given_names_ar.tsv").read_text("utf-8").splitlines()
    return {finder.fold(x.strip()) for x in lines[1:] if x.strip() and not x.startswith("#")}


PLACES = place_forms()
GIVEN = given_names()
TOKEN = re.compile(r"\w+")


def places_in(sentence: str) -> set[str]:
    """Gazetteer places a sentence names (whole words, a proclitic و/ب/ل/ف allowed)."""
    tokens = TOKEN.findall(finder.fold(sentence))
    found = set()
    for n in (3, 2, 1):
        for i in range(len(tokens) - n + 1):
            phrase = " ".join(tokens[i : i + n])
            for cand in (phrase, phrase[1:] if phrase[:1] in "وبلف" else ""):
                if cand in PLACES:
                    found.add(cand)
    return found


def persons_in(sentence: str) -> set[str]:
    """Crude person names: two capitalised English words, or an Arabic given name + next word."""
    found = set(EN_PERSON.findall(sentence))
    tokens = TOKEN.findall(finder.fold(sentence))
    for a, b in zip(tokens, tokens[1:], strict=False):
        if a in GIVEN:
            found.add(f"{a} {b}")
    return found


def slot_kind(ta: str, tb: str) -> str | None:
    """`places` / `persons` when two sentences share words and name different places/persons."""
    if len(finder.words(ta) & finder.words(tb)) < 2:
        return None
    pa, pb = places_in(ta), places_in(tb)
    if pa and pb and pa != pb:
        return f"places {sorted(pa)} / {sorted(pb)}"
    qa, qb = persons_in(ta), persons_in(tb)
    if qa and qb and not qa & qb:
        return f"persons {sorted(qa)} / {sorted(qb)}"
    return None


def print_slot_pairs(ids: list[str], by_id: dict[str, dict]) -> None:
    """This round's `places` and `persons` candidates of one group."""
    for x, y in combinations(ids, 2):
        tx, ty = by_id[x]["text"], by_id[y]["text"]
        for sx, ex in finder.sentences(tx):
            for sy, ey in finder.sentences(ty):
                kind = slot_kind(tx[sx:ex], ty[sy:ey])
                if kind:
                    print(f"[{kind}] {x} {sx} {ex} || {y} {sy} {ey}")
                    print(f"   A: {tx[sx:ex]}")
                    print(f"   B: {ty[sy:ey]}")


def groups_58(which: str, articles: list[dict]) -> dict[str, list[str]]:
    """Incident groups: snn same-day cross-outlet and cross-date; bbc, fars incidents; ntrex."""
    if which != "snn":
        return c56.groups_56(which, articles)
    by_id = {a["id"]: a for a in articles}
    same_day = {
        n: g
        for n, g in finder.snn_groups(articles).items()
        if any(c56.incident(by_id[i]) for i in g if i in by_id)
    }
    return {**same_day, **c56.snn_cross_date_groups(articles)}


def used_ids_58() -> set[str]:
    """Articles the held-out (article-id columns only) or any claims file of this folder names,
    claims53's and claims56's files included, this round's (written after the draw) left out."""
    found = c53.held_out_ids()
    names = {p.name for p in c53.claims_files()} | c53.OWN_FILES | c56.OWN_FILES_56
    for name in sorted(names - OWN_FILES_58 - {Path(__file__).name}):
        path = c53.HERE / name
        if path.exists():
            found |= set(c53.ID.findall(path.read_text(encoding="utf-8", errors="ignore")))
    return found


def main(shared: Path, which: str) -> None:
    """Print the free groups in the seeded order with their candidates."""
    articles = finder.read(shared, finder.FOLDERS[which])
    if which == "bbc":
        articles = [a for a in articles if not a.get("duplicate_of_earlier")]
    by_id = {a["id"]: a for a in articles}
    used = used_ids_58()
    used |= {c56.story_of(i) for i in used}
    groups = groups_58(which, articles)
    free = {n: sorted(set(g) & set(by_id)) for n, g in groups.items()}
    free = {n: g for n, g in free.items() if len(g) >= 2 and not c56.uses_any(g, used)}
    order = random.Random(SEED).sample(sorted(free), len(free))
    print(f"# {len(free)} free groups of {len(groups)}; order drawn with seed {SEED}")
    for rank, name in enumerate(order, 1):
        c53.print_candidates(f"{rank}:{name}", free[name], by_id)
        print_slot_pairs(free[name], by_id)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
