"""Why the framing stage misses a development row's target, and where the gold target is.

For every row of the framing development sets (`eval/labels/framing_dev*.tsv`) that is framing
in both the labels and the stage and whose gold target is a name (generic uses aside) the
stage does not give, print the cause and where the article names the gold target:

- cause: `answered wrong (<target_from>)`; or, when the stage abstains, `read as generic`,
  `gold named in the sentence, not taken`, `other candidate in the sentence` (an entity or a
  group of the group vocabulary in the term's sentence, none the gold one), `no candidate in
  the sentence`;
- where: the nearest mention of the gold target (an entity or group whose name, or group, is
  the gold one; or the gold span) at or before the term: `same sentence`, `previous
  sentence`, `2-3 sentences back`, `4+ sentences back`, `only later`, `headline` (for a body
  row named only in the title; `body` for a title row named only in the body), `not named`.

Run from the repository root (PYTHONPATH=src): python bench/framing_targets.py ../shared
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from rasad.config import Settings
from rasad.eval.framing import (
    CORPORA,
    LABELS,
    analysed_article,
    name_words,
    overlapping,
    read_labels,
    same_target,
)
from rasad.eval.shared import corpus_articles
from rasad.stages.entities import find_entities
from rasad.stages.framing import (
    folded,
    generic_use,
    group_mentions,
    group_name,
    lexicon,
    make_framing,
    practice_generic,
)
from rasad.text.sentences import sentence_end, sentence_start

ENTITY_KINDS_47 = ("PER", "ORG", "GPE", "GROUP")


def mentions_of(text: str, lang: str) -> list[dict]:
    """Entities and group-vocabulary mentions of a text, with a name to compare."""
    out = [m for m in find_entities(text, lang) if m.get("type") in ENTITY_KINDS_47]
    return out + group_mentions(text, lang)


def is_gold(m: dict, gold: dict[str, str], field_is_gold_field: bool) -> bool:
    """Whether a mention names the gold target (span, words or group)."""
    spans = field_is_gold_field and gold["target_start"]
    if spans and m["start"] < int(gold["target_end"]) and int(gold["target_start"]) < m["end"]:
        return True
    name = m.get("canonical") or m["text"]
    if name_words(name) and name_words(name) == name_words(gold["target"]):
        return True
    return group_name(name) == group_name(gold["target"]) or group_name(m["text"]) == group_name(
        gold["target"]
    )


def sentence_index(text: str, at: int) -> int:
    """How many sentences start before `at`."""
    n, i = 0, sentence_start(text, at)
    while i > 0:
        i = sentence_start(text, max(0, i - 1))
        n += 1
        if n > 400:
            break
    return n


def where(row: dict, article: dict, lang: str) -> str:
    """Where the article names the gold target, nearest first."""
    field = row["field"]
    text = (article.get("text") if field == "text" else article.get("title")) or ""
    other = (article.get("title") if field == "text" else article.get("text")) or ""
    start, end = int(row["start"]), int(row["end"])
    gold = [m for m in mentions_of(text, lang) if is_gold(m, row, True)]
    lo, hi = sentence_start(text, start), sentence_end(text, end)
    if any(lo <= m["start"] and m["end"] <= hi for m in gold):
        return "same sentence"
    before = [m for m in gold if m["end"] <= lo]
    if before:
        gap = sentence_index(text, start) - sentence_index(text, before[-1]["start"])
        return (
            "previous sentence"
            if gap <= 1
            else "2-3 sentences back"
            if gap <= 3
            else "4+ sentences back"
        )
    if any(is_gold(m, row, False) for m in mentions_of(other, lang)):
        return "headline" if field == "text" else "body"
    if gold:
        return "only later"
    return "not named"


def cause(row: dict, predicted: dict, article: dict, lang: str) -> str:
    """Why the stage's target is not the gold one."""
    if predicted.get("target"):
        return f"answered wrong ({predicted.get('target_from') or 'sentence'})"
    text = (article.get("text") if row["field"] == "text" else article.get("title")) or ""
    start, end = int(row["start"]), int(row["end"])
    term = next((t for t in lexicon()[lang] if t.term == predicted["term"]), None)
    if generic_use(folded(text), start, end, lang) or (
        term and practice_generic(text, start, term)
    ):
        return "read as generic"
    lo, hi = sentence_start(text, start), sentence_end(text, end)
    inside = [
        m
        for m in mentions_of(text, lang)
        if lo <= m["start"] and m["end"] <= hi and not (m["start"] < end and start < m["end"])
    ]
    if any(is_gold(m, row, True) for m in inside):
        return "gold named in the sentence, not taken"
    return "other candidate in the sentence" if inside else "no candidate in the sentence"


def main(shared: Path) -> None:
    """Print one line per missed row, then the table of cause by place."""
    framing = make_framing(Settings())
    table: Counter = Counter()
    for path in sorted(LABELS.glob("framing_dev*.tsv")):
        rows = read_labels(path)
        articles = corpus_articles(shared, {r["article"] for r in rows}, CORPORA)
        found: dict[str, dict] = {}
        for row in rows:
            article = articles.get(row["article"])
            if article is None or row["framing"] != "yes" or not row["target"]:
                continue
            if row["article"] not in found:
                found[row["article"]] = analysed_article(
                    row["article"],
                    article.get("text") or "",
                    article.get("title") or "",
                    row["lang"],
                    framing,
                )
            predicted = overlapping(
                found[row["article"]][row["field"]], int(row["start"]), int(row["end"])
            )
            if predicted is None or same_target(predicted, row):
                continue
            why, place = (
                cause(row, predicted, article, row["lang"]),
                where(row, article, row["lang"]),
            )
            table[why, place] += 1
            print(path.stem, row["article"], row["term"], row["target"], why, place, sep="\t")
    places = sorted({p for _, p in table})
    causes = sorted({c for c, _ in table})
    print("\n| cause | " + " | ".join(places) + " | all |")
    print("|---|" + "---|" * (len(places) + 1))
    for c in causes:
        cells = [table[c, p] for p in places]
        print(f"| {c} | " + " | ".join(str(n) for n in cells) + f" | {sum(cells)} |")
    totals = [sum(table[c, p] for c in causes) for p in places]
    print("| all | " + " | ".join(str(n) for n in totals) + f" | {sum(totals)} |")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
