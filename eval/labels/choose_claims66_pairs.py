"""Choose the candidate pairs read for claim_pairs_claims66.tsv (Arabic incident figures).

The held-out's contradictions (`claims_heldout.md`) are mostly Arabic–Arabic SaudiNewsNet
pairs about one incident that give a toll, an injured or arrested count, an amount or a day;
the development sets hold few of that kind. This chooser draws more of it, the held-out's way
but from other events: groups of SaudiNewsNet articles about one incident (the finder's
lexical groups of different outlets at most a day apart, and claims56's incident groups
printed 2-14 days apart, and the multi-outlet stories of a copy of the archive database
`look57.db` when given), then sentence pairs of two different articles of a group that:

  - name a slot of the same kind (`SLOTS`: killed, injured, arrested, amount, date), and
  - both give a figure (digits or a number word; for `date` a weekday, a month or a digit),
  - share some words (`MIN_OVERLAP`), so the two tell of one incident.

Few free groups remain (the held-out read every multi-outlet incident group), so a second
listing pairs sentences directly: two free articles of different outlets at most `MAX_DAYS`
apart whose sentences name the same slot (not `date`) with a figure and share words
(`SENTENCE_OVERLAP`: the same place and counted noun), printed after the groups, in an order
drawn with the same seed.

Each candidate is marked with its slot and `same` / `differ` (the digit strings the two give,
as sets). A group is left out when an article of it is named by any claims file of this folder
(`claim*`, `find_claim*`, `choose_claims*`, the held-out's article columns) or by a held-out
file of any task (ids only). Free groups are shuffled with `random.Random(SEED)` and printed in
that order. rasad is neither imported nor run.

    python eval/labels/choose_claims66_pairs.py /work/shared /tmp/claims66/look.db \
        > /tmp/claims66/snn.txt

The output holds article text: read it, never commit it.
"""

from __future__ import annotations

import random
import re
import sqlite3
import sys
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_claims53_groups as c53  # noqa: E402
import choose_claims56_groups as c56  # noqa: E402
import choose_claims62_pairs as c62  # noqa: E402
import find_claim_candidates as finder  # noqa: E402

SEED = 20261666
OWN_FILES_66 = {"claim_pairs_claims66.tsv", "claims66.md", "claims_archive_s66.tsv"}
MIN_OVERLAP = 0.12  # word overlap of the two sentences (folded, stopwords out)
SENTENCE_OVERLAP = 0.25  # the direct listing: sentences of two articles outside any group
MAX_DAYS = 3
DIGITS = re.compile(r"\d+")
# slot cues on folded text (finder.fold: alef, ta marbuta and ya folded, marks dropped)
SLOTS = {
    "killed": re.compile(r"قتل|مقتل|قتيل|وفا|توفي|مصرع|شهيد|شهدا|ضحي|ضحايا|حتفه|حتفهم|جثث|جثه"),
    "injured": re.compile(r"جرح|جريح|اصاب|مصاب"),
    "arrested": re.compile(r"اعتقال|اعتقل|القبض|موقوف|ضبط|احتجاز|توقيف"),
    "amount": re.compile(r"ريال|دولار|يورو|درهم|دينار"),
    "date": re.compile(
        r"السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|\d+ ?هـ|محرم|صفر|ربيع|جماد|رجب"
        r"|شعبان|رمضان|شوال|القعده|الحجه|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس"
        r"|سبتمبر|اكتوبر|نوفمبر|ديسمبر"
    ),
}


def used_ids_66() -> set[str]:
    """Articles any claims file of this folder or any held-out file names (this round's own
    files, written after the draw, left out)."""
    found = c53.held_out_ids()
    names = {
        p.name
        for p in c53.HERE.iterdir()
        if p.name.startswith(("claim", "find_claim", "choose_claims"))
    }
    names |= set(c62.HELD_OUT_FILES) | {p.name for p in c53.HERE.glob("*heldout*")}
    for name in sorted(names - OWN_FILES_66 - {Path(__file__).name}):
        path = c53.HERE / name
        if path.is_file():
            found |= set(c53.ID.findall(path.read_text(encoding="utf-8", errors="ignore")))
    return found


# a counted noun of an incident (or a weekday) within a few words of a figure, on folded text
NEAR = r"[^.،,]{0,30}?"
FIGURE = r"(?:\d+|" + finder.NUMBER_WORDS.pattern.replace("\\b", "") + r")"
INCIDENT_FIGURE = re.compile(
    rf"{FIGURE}{NEAR}(?:قتل|قتيل|قتلي|مصرع|وفا|توفي|شهيد|شهدا|استشهاد|جرحي|جريح|مصاب|اصاب|اشخاص"
    rf"|مسلح|عناصر|جندي|جنود|موقوف|متهم|مطلوب)"
    rf"|(?:مقتل|مصرع|وفاه|اصابه|استشهاد|القبض علي|اعتقال|ضبط){NEAR}{FIGURE}"
    r"|السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه"
)


def incident_figure(tx: str, ty: str) -> bool:
    """Both sentences give an incident's counted noun next to a figure, or name a weekday:
    the kind the held-out's contradictions are (tolls, injured, arrests, days)."""
    return bool(INCIDENT_FIGURE.search(finder.fold(tx)) and INCIDENT_FIGURE.search(finder.fold(ty)))


def figured(sentence: str) -> bool:
    """A digit or a number word in the (folded) sentence."""
    return bool(DIGITS.search(sentence) or finder.NUMBER_WORDS.search(sentence))


def kinds(tx: str, ty: str) -> list[str]:
    """`slot:same` / `slot:differ` for every slot both sentences name with a figure."""
    fx, fy = finder.fold(tx), finder.fold(ty)
    if not (figured(fx) and figured(fy)):
        return []
    wx, wy = finder.words(tx), finder.words(ty)
    if len(wx & wy) / (len(wx | wy) or 1) < MIN_OVERLAP:
        return []
    found = []
    for slot, cue in SLOTS.items():
        if cue.search(fx) and cue.search(fy):
            same = set(DIGITS.findall(fx)) == set(DIGITS.findall(fy))
            found.append(f"{slot}:{'same' if same else 'differ'}")
    return found


def stored_stories(db: Path) -> list[list[str]]:
    """SaudiNewsNet stories of two or more outlets in a copy of the archive (read only)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = conn.execute(
        "SELECT story, id, outlet FROM documents WHERE story IS NOT NULL AND rejected IS NULL"
        " AND id LIKE 'snn-%'"
    ).fetchall()
    conn.close()
    stories: dict[str, list[tuple[str, str]]] = {}
    for story, doc, outlet in rows:
        stories.setdefault(story, []).append((doc, outlet))
    return [
        sorted(d for d, _ in members)
        for members in stories.values()
        if len({o for _, o in members}) >= 2 and len(members) <= 12
    ]


def groups_66(articles: list[dict], db: Path | None) -> dict[str, list[str]]:
    """Incident groups: the finder's same-day lexical groups, claims56's 2-14-day groups and
    the archive's multi-outlet stories (when a copy is given)."""
    by_id = {a["id"]: a for a in articles}
    found = finder.lexical_groups(articles) + (stored_stories(db) if db else [])
    groups = {
        "lex-" + min(g): g for g in found if any(c56.incident(by_id[i]) for i in g if i in by_id)
    }
    groups.update(c56.snn_cross_date_groups(articles))
    return groups


def direct_pairs(articles: list[dict], used: set[str]) -> list[tuple]:
    """Sentence pairs of two free articles (other outlets, at most MAX_DAYS apart) naming the
    same slot with a figure and sharing words, found through an index of their words."""
    rows = []
    for a in articles:
        if a["id"] in used:
            continue
        text = a["text"]
        for s, e in finder.sentences(text):
            folded = finder.fold(text[s:e])
            slots = {k for k, cue in SLOTS.items() if k != "date" and cue.search(folded)}
            if slots and figured(folded):
                rows.append((a, s, e, slots, finder.words(text[s:e])))
    index: dict[str, list[int]] = {}
    for n, row in enumerate(rows):
        for w in row[4]:
            index.setdefault(w, []).append(n)
    found = []
    for n, (a, s, e, slots, ws) in enumerate(rows):
        shared: dict[int, int] = {}
        for w in ws:
            if len(index[w]) <= 200:
                for m in index[w]:
                    if m > n:
                        shared[m] = shared.get(m, 0) + 1
        for m, k in shared.items():
            b, sb, eb, slots_b, wb = rows[m]
            gap = c56.days_apart(a, b)
            if (
                b["id"] == a["id"]
                or b.get("outlet") == a.get("outlet")
                or gap is None
                or gap > MAX_DAYS
                or not slots & slots_b
                or k / (len(ws | wb) or 1) < SENTENCE_OVERLAP
            ):
                continue
            found.append((a, s, e, b, sb, eb))
    return found


def main(shared: Path, db: Path | None) -> None:
    """Print the free groups' candidates in the seeded order."""
    articles = finder.read(shared, finder.FOLDERS["snn"])
    by_id = {a["id"]: a for a in articles}
    used = used_ids_66()
    groups = groups_66(articles, db)
    free = {n: sorted(set(g) & set(by_id)) for n, g in groups.items()}
    free = {n: g for n, g in free.items() if len(g) >= 2 and not c56.uses_any(g, used)}
    order = random.Random(SEED).sample(sorted(free), len(free))
    print(f"# {len(free)} free groups of {len(groups)}; order drawn with seed {SEED}")
    for rank, name in enumerate(order, 1):
        print(f"\n######## {rank}:{name}")
        for i in free[name]:
            a = by_id[i]
            print(f"# {i} | {a.get('outlet')} | {a.get('published')} | {a['title']}")
        for x, y in combinations(free[name], 2):
            tx, ty = by_id[x]["text"], by_id[y]["text"]
            for sx, ex in finder.sentences(tx):
                for sy, ey in finder.sentences(ty):
                    found = kinds(tx[sx:ex], ty[sy:ey])
                    if found and incident_figure(tx[sx:ex], ty[sy:ey]):
                        found.append("incident")
                    if found:
                        print(
                            f"\n[{rank}:{name}] [{' '.join(found)}] {x} {sx} {ex} || {y} {sy} {ey}"
                        )
                        print(f"   A: {tx[sx:ex]}")
                        print(f"   B: {ty[sy:ey]}")
    in_groups = {i for g in free.values() for i in g}
    direct = [p for p in direct_pairs(articles, used) if not {p[0]["id"], p[3]["id"]} <= in_groups]
    direct = random.Random(SEED).sample(direct, len(direct))
    print(f"\n######## direct: {len(direct)} sentence pairs outside the groups")
    for a, s, e, b, sb, eb in direct:
        tx, ty = a["text"], b["text"]
        found = kinds(tx[s:e], ty[sb:eb]) or ["figure"]
        if incident_figure(tx[s:e], ty[sb:eb]):
            found.append("incident")
        print(f"\n[direct] [{' '.join(found)}] {a['id']} {s} {e} || {b['id']} {sb} {eb}")
        print(f"   A: {tx[s:e]}")
        print(f"   B: {ty[sb:eb]}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None)
