"""List candidate statement pairs for claim_pairs_heldout.tsv (how the candidates were found).

Only proposes: every pair in the file was read and labelled by hand. Nothing from rasad is
imported or run (it is the system being scored); tokenising, digit folding and the article
grouping below are deliberately crude and self-contained.

1. Groups of articles about one happening:
   - saudinewsnet_ar: the multi-article events of saudinewsnet_events.tsv, plus groups of
     articles from *different outlets* published at most one day apart whose title+lead term
     vectors (TF-IDF, terms in 2..40 articles) have cosine >= 0.30, joined into connected
     components of at most 12 articles (incidents the events file does not cover);
   - bbc_news_en and farsnews_fa: the same lexical link (cosine >= 0.30, any date; BBC
     duplicates flagged `duplicate_of_earlier` dropped);
   - ntrex_ar_fa_en: the three language versions of one story.
2. Sentences (split at . ! ? ؟ ؛ newlines and runs of 3+ spaces; offsets are Python string
   indices into `text`) that hold a number (any digit script, or a number word), a weekday,
   or a casualty, denial or revision cue.
3. Sentence pairs from two different articles of one group, printed with a kind:
   - `numdiff`: the sentences share >= 25 % of their words (numbers aside) and some number of
     one is missing from the other  -> contradiction or update candidates;
   - `daydiff`: they share words and name different weekdays -> date contradictions;
   - `denial`: one holds a denial cue, the other shares >= 3 words with it;
   - `revise`: one holds a revision cue ("ارتفع عدد", "حصيلة أولية", "rose to" …);
   - `same`: word overlap >= 25 % and the same numbers -> agree candidates;
   - `near`: a shared number but little else in common -> unrelated candidates.

Two more listings were read the same way:
4. `aligned` (snn, bbc): for each sentence of one article, the most similar sentence of the other
   article of the group (word overlap >= 0.3) when each holds a number the other lacks -- the
   near-copies of one wire story that disagree on a figure.
   `counts` (snn) is the same with a looser overlap (0.25), different outlets only, integer counts
   (2-5000, not years) on both sides, and no money, percent, price or score words.
5. `titles` (snn): titles holding a casualty, arrest, fire or denial word, sorted, so that
   incidents covered by several outlets stand next to each other; for those incidents every
   sentence of every article naming the place was read.
For ntrex the `aligned` listing compares each English line with its Arabic and Persian
translation and prints the lines whose numbers differ.

Usage (from the repository root, shared folder beside it):
    python eval/labels/find_claim_candidates.py ../shared snn > /tmp/snn_candidates.txt
    python eval/labels/find_claim_candidates.py ../shared snn aligned > /tmp/snn_aligned.txt
    python eval/labels/find_claim_candidates.py ../shared snn counts > /tmp/snn_counts.txt
    python eval/labels/find_claim_candidates.py ../shared snn titles > /tmp/snn_titles.txt
The output holds article text: read it, never commit it.
"""

from __future__ import annotations

import csv
import json
import math
import re
import sys
from collections import defaultdict
from datetime import date
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
FOLDERS = {
    "snn": "saudinewsnet_ar",
    "bbc": "bbc_news_en",
    "fars": "farsnews_fa",
    "ntrex": "ntrex_ar_fa_en",
}
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه", "ي": "ي", "ك": "ك",
                      "ی": "ي", "ک": "ك", "ۀ": "ه", "ؤ": "و", "ئ": "ي"})  # fmt: skip
MARKS = re.compile(r"[\u064B-\u0652\u0640\u200c\u200f\u200e]")
SENT = re.compile(r"(?:[^.!?؟؛\n]|\.(?=[\u200e\u200f]?\d))+(?:[.!?؟؛]|\n|$)|[.!?؟؛]")
BLANK = " \t\n\r\u00a0\u200e\u200f\ufeff"
SPLIT3 = re.compile(r" {3,}")
NUMBER = re.compile(r"\d+(?:[.,٫٬]\d+)*")
NUMBER_WORDS = re.compile(
    r"\b(?:وا?حد|اثن|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|عشر|مئ|ماي|الف|الاف|مليون|ملايين|مليار"
    r"|يك|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|صد|هزار|ميليون|ميليارد"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion)\w*"
)
WEEKDAYS = re.compile(
    r"(?:السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه"
    r"|شنبه|يكشنبه|دوشنبه|سه ?شنبه|چهارشنبه|پنجشنبه|جمعه"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
)
CASUALTY = re.compile(
    r"قتل|مقتل|قتيل|وفا|متوف|مصاب|اصاب|جرح|جريح|شهيد|ضحي|غرق|حصيل|كشته|زخمي|مجروح|جان باخت"
    r"|dead|died|killed|injur|wounded|toll|victim"
)
DENIAL = re.compile(
    r"(?<!\w)[وف]?(?:نفى|نفت|ينفي|تنفي|نفي|نفيا|تكذيب|كذب|كذبت|تكذيب|ترديد)(?!\w)"
    r"|عار عن الصح|عاريه? من الصح|غير صحيح|لا صحه|رد كرد"
    r"|\b(?:denied|denies|deny|untrue|not true)\b"
)
REVISE = re.compile(
    r"ارتفع (?:عدد|حصيله)|ارتفاع (?:عدد|حصيله)|حصيله (?:اوليه|مبدئيه|جديده)|افزايش (?:تعداد|شمار)"
    r"|toll (?:rose|has risen|climbed)|rose to|risen to|revised|preliminary"
)
WORD = re.compile(r"\w+")
STOPWORDS = (
    "في من على الى ان عن مع هذا هذه التي الذي ما او ثم قد كان كانت و ب ل ك اي بين بعد قبل حتى كل"
    " لا لم لن به بها له لها منذ عند ذلك تلك هو هي هم اليوم امس خلال حيث انه الا"
    " در از به با كه اين آن را تا بر براي هم يا اما شد شده است بود مي كرد كند"
    " the a an of to in on for and or with by at from that this is was were be as it its has have"
    " had he she they said"
)
STOP = set(STOPWORDS.split())


def fold(text: str) -> str:
    return MARKS.sub("", text.translate(DIGITS)).translate(FOLD)


def words(text: str) -> set[str]:
    out = set()
    for w in WORD.findall(fold(text).lower()):
        if w.isdigit() or w in STOP:
            continue
        for prefix in ("وال", "بال", "لل", "فال", "كال", "ال"):
            if w.startswith(prefix) and len(w) - len(prefix) >= 3:
                w = w[len(prefix) :]
                break
        if len(w) >= 3:
            out.add(w[:6])
    return out


def number_value(token: str) -> str:
    """`33,288` -> 33288 (a thousands separator: three digits follow), `436,4` -> 436.4."""
    token = token.replace("٬", ",").replace("٫", ".")
    token = re.sub(r",(?=\d{3}(?!\d))", "", token).replace(",", ".")
    return token.rstrip("0").rstrip(".") if "." in token else token


def numbers(text: str) -> set[str]:
    text = re.sub(r"(?<=[\d.])[\u200e\u200f]", "", text.translate(DIGITS))
    return {number_value(n) for n in NUMBER.findall(text)}


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, stripped of surrounding blanks."""
    spans = []
    for m in SENT.finditer(text):
        piece_start = m.start()
        for part in SPLIT3.split(m.group()):
            start = text.index(part, piece_start) if part else piece_start
            piece_start = start + len(part)
            stripped = part.strip(BLANK)
            if len(stripped) < 12:
                continue
            lead = len(part) - len(part.lstrip(BLANK))
            spans.append((start + lead, start + lead + len(stripped)))
    return spans


def read(shared: Path, folder: str) -> list[dict]:
    with (shared / "corpus" / folder / "articles.jsonl").open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def tfidf(articles: list[dict], lead_words: int = 60) -> list[dict[str, float]]:
    bags = [words(a["title"] + " " + " ".join(a["text"].split()[:lead_words])) for a in articles]
    df = defaultdict(int)
    for bag in bags:
        for w in bag:
            df[w] += 1
    n, vectors = len(bags), []
    for bag in bags:
        vec = {w: math.log(n / df[w]) for w in bag if 2 <= df[w] <= 40}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors.append({w: v / norm for w, v in vec.items()})
    return vectors


def lexical_groups(articles: list[dict], threshold: float = 0.30, cross_outlet: bool = True):
    vectors, index = tfidf(articles), defaultdict(list)
    for i, vec in enumerate(vectors):
        for w in vec:
            index[w].append(i)
    parent = list(range(len(articles)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, vec in enumerate(vectors):
        scores = defaultdict(float)
        for w, v in vec.items():
            for j in index[w]:
                if j > i:
                    scores[j] += v * vectors[j][w]
        for j, s in scores.items():
            a, b = articles[i], articles[j]
            if s < threshold:
                continue
            if cross_outlet and a.get("outlet") == b.get("outlet"):
                continue
            if a.get("published") and b.get("published"):
                gap = date.fromisoformat(a["published"]) - date.fromisoformat(b["published"])
                if cross_outlet and abs(gap.days) > 1:
                    continue
            parent[root(i)] = root(j)
    comps = defaultdict(list)
    for i in range(len(articles)):
        comps[root(i)].append(articles[i]["id"])
    return [ids for ids in comps.values() if 2 <= len(ids) <= 12]


def snn_groups(articles: list[dict]) -> dict[str, list[str]]:
    groups = defaultdict(list)
    path = HERE / "saudinewsnet_events.tsv"
    lines = [line for line in path.read_text("utf-8").splitlines() if not line.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t"):
        if not row["event"].startswith("single-"):
            groups[row["event"]].append(row["id"])
    for ids in lexical_groups(articles):
        if not any(set(ids) <= set(members) for members in groups.values()):
            groups["lex-" + min(ids)] = ids
    return groups


def candidate_kind(ta: str, tb: str) -> str | None:
    wa, wb = words(ta), words(tb)
    na, nb = numbers(ta), numbers(tb)
    shared = len(wa & wb)
    overlap = shared / (len(wa | wb) or 1)
    fa, fb = fold(ta), fold(tb)
    revised = REVISE.search(fa.lower()) or REVISE.search(fb.lower())
    if revised and shared >= 3 and (na or nb):
        return "revise"
    if (DENIAL.search(fa.lower()) or DENIAL.search(fb.lower())) and shared >= 3:
        return "denial"
    da, db = set(WEEKDAYS.findall(fa)), set(WEEKDAYS.findall(fb))
    if da and db and da != db and shared >= 3:
        return "daydiff"
    if overlap >= 0.25 and na and nb and na != nb:
        return "numdiff"
    if overlap >= 0.2 and CASUALTY.search(fa) and CASUALTY.search(fb) and (na or nb):
        return "numdiff"
    if overlap >= 0.25 and (na or nb or NUMBER_WORDS.search(fa)):
        return "same"
    if na & nb and overlap < 0.1:
        return "near"
    return None


TITLE_CUES = re.compile(
    r"مقتل|مصرع|وفاة|إصابة|قتلى|قتيل|جرحى|مصاب|غرق|حريق|انفجار|هجوم|اعتقال|القبض|ضبط|تفجير|ضحايا"
    r"|حصيلة|نفى|تنفي|ينفي"
)


def aligned(by_id: dict, groups: dict, min_overlap: float = 0.3) -> None:
    for name, ids in sorted(groups.items()):
        ids = sorted(set(ids) & set(by_id))
        feats = {}
        for i in ids:
            text = by_id[i]["text"]
            feats[i] = [(s, e, words(text[s:e]), numbers(text[s:e])) for s, e in sentences(text)]
        for x, y in combinations(ids, 2):
            for s1, e1, w1, n1 in feats[x]:
                best = max(
                    (
                        (len(w1 & w2) / (len(w1 | w2) or 1), s2, e2, n2)
                        for s2, e2, w2, n2 in feats[y]
                    ),
                    default=None,
                )
                if not best or best[0] < min_overlap or not (n1 - best[3] and best[3] - n1):
                    continue
                ov, s2, e2, n2 = best
                print(f"[aligned {ov:.2f}] {name} {x} {s1} {e1} || {y} {s2} {e2}")
                print(f"   A: {by_id[x]['text'][s1:e1]}")
                print(f"   B: {by_id[y]['text'][s2:e2]}")


MONEY = re.compile(
    r"دولار|ريال|يورو|جنيه|درهم|نقطة|%|المائة|المئة|بالمئة|برميل|سهم|أسهم|مليار|مليون|الساعة"
    r"|الدقيقة|هدف|كم|متر"
)


def small_counts(text: str) -> set[str]:
    found = set()
    for n in numbers(text):
        if "." in n or not 2 <= int(n) <= 5000 or 1400 <= int(n) <= 1440 or 1900 <= int(n) <= 2100:
            continue
        found.add(n)
    return found


def counts(by_id: dict, groups: dict, min_overlap: float = 0.25) -> None:
    for name, ids in sorted(groups.items()):
        ids = sorted(set(ids) & set(by_id))
        feats = {}
        for i in ids:
            text = by_id[i]["text"]
            feats[i] = [
                (s, e, words(text[s:e]), small_counts(text[s:e]))
                for s, e in sentences(text)
                if not MONEY.search(text[s:e])
            ]
        for x, y in combinations(ids, 2):
            if by_id[x].get("outlet") == by_id[y].get("outlet"):
                continue
            for s1, e1, w1, c1 in feats[x]:
                for s2, e2, w2, c2 in feats[y]:
                    if not (c1 - c2 and c2 - c1):
                        continue
                    overlap = len(w1 & w2) / (len(w1 | w2) or 1)
                    if overlap >= min_overlap:
                        print(f"[counts {overlap:.2f}] {name} {x} {s1} {e1} || {y} {s2} {e2}")
                        print(f"   A: {by_id[x]['text'][s1:e1]}")
                        print(f"   B: {by_id[y]['text'][s2:e2]}")


def ntrex_numbers(articles: list[dict]) -> None:
    by_id = {a["id"]: a for a in articles}
    for a in articles:
        if a["lang"] != "en":
            continue
        for lang in ("ar", "fa"):
            b = by_id[f"ntrex-{lang}-{a['story']}"]
            start_a = start_b = 0
            for line_a, line_b in zip(a["text"].split("\n"), b["text"].split("\n"), strict=False):
                na, nb = numbers(line_a), numbers(line_b)
                if na and nb and na != nb:
                    print(f"[numbers] {a['id']} {start_a} || {b['id']} {start_b}")
                    print(f"   A: {line_a}")
                    print(f"   B: {line_b}")
                start_a, start_b = start_a + len(line_a) + 1, start_b + len(line_b) + 1


def main(shared: Path, which: str, mode: str = "pairs") -> None:
    articles = read(shared, FOLDERS[which])
    if which == "bbc":
        articles = [a for a in articles if not a.get("duplicate_of_earlier")]
    by_id = {a["id"]: a for a in articles}
    if mode == "titles":
        for a in sorted(articles, key=lambda a: a["title"]):
            if TITLE_CUES.search(a["title"]):
                print(a["id"], a.get("outlet"), a.get("published"), a["title"])
        return
    if which == "snn":
        groups = snn_groups(articles)
    elif which == "ntrex":
        if mode == "aligned":
            ntrex_numbers(articles)
            return
        groups = defaultdict(list)
        for a in articles:
            groups[a["story"]].append(a["id"])
    else:
        groups = {"lex-" + min(ids): ids for ids in lexical_groups(articles, cross_outlet=False)}
    if mode == "aligned":
        aligned(by_id, groups)
        return
    if mode == "counts":
        counts(by_id, groups)
        return
    for name, ids in sorted(groups.items()):
        ids = sorted(set(ids) & set(by_id))
        print(f"\n######## {name}: {len(ids)} articles")
        spans = {}
        for i in ids:
            a = by_id[i]
            print(f"# {i} | {a.get('outlet')} | {a.get('published')} | {a['title']}")
            spans[i] = sentences(a["text"])
        for x, y in combinations(ids, 2):
            tx, ty = by_id[x]["text"], by_id[y]["text"]
            for sx, ex in spans[x]:
                for sy, ey in spans[y]:
                    kind = candidate_kind(tx[sx:ex], ty[sy:ey])
                    if kind:
                        print(f"[{kind}] {x} {sx} {ex} || {y} {sy} {ey}")
                        print(f"   A: {tx[sx:ex]}")
                        print(f"   B: {ty[sy:ey]}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], *sys.argv[3:4])
