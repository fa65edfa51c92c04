"""Whether a quoted terror label's speaker's state tells whom the label is applied to (issue 25
point 2, round framing84): measured on the framing development sets only, not a stage rule.

For every development row the stage finds as a terror label (family `terror-label`) and leaves
without a target, inside a quote of the quotes stage: the speaker's state is the one country its
words name or qualify (a country's name or a nationality adjective of the gazetteer: «المتحدث
العسكري المصري» → Egypt, «مصادر أمنية إسرائيلية» → Israel); a speaker naming none or two is
skipped (a person's name gives no state: the gazetteer keeps no person's country). The candidates
are the groups `bench/data/state_adversaries.tsv` lists for that state at the article's date; the
label would be answered only when exactly one fits. Prints each answered row (right or wrong
against the labels, a generic or non-framing row counting wrong), then the counts of rows by why
none was answered.

Run from the repository root (PYTHONPATH=src): python bench/framing_state_adversaries.py ../shared
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

from rasad.config import Settings
from rasad.entities.recognise import demonym_of, lookup
from rasad.eval.framing import CORPORA, LABELS, overlapping, read_labels, same_target
from rasad.eval.shared import corpus_articles
from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.framing import make_framing
from rasad.stages.quotes import find_quotes

ADVERSARIES = Path(__file__).resolve().parent / "data" / "state_adversaries.tsv"


def adversaries() -> list[dict[str, str]]:
    """The rows of state_adversaries.tsv."""
    lines = [x for x in ADVERSARIES.read_text("utf-8").splitlines() if not x.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def speaker_states(speaker: str | None) -> set[str]:
    """The countries a speaker's words name or qualify (names and nationality adjectives)."""
    out: set[str] = set()
    for word in (speaker or "").split():
        entry = lookup(word)
        entry = entry if entry is not None and entry.type == "GPE" else demonym_of(word)
        if entry is not None:
            out.add(entry.name)
    return out


def groups_at(state: str, date: str, rows: list[dict[str, str]]) -> list[str]:
    """The groups the table lists for a state on a date (YYYY-MM-DD)."""
    return [
        r["group"]
        for r in rows
        if r["state"] == state and r["from"] <= date and (not r["to"] or date <= r["to"])
    ]


def analysed(article: dict, lang: str, framing) -> Document:
    """The article through entities, quotes and framing, as the eval runs them."""
    doc = Document(
        id=article["id"],
        source=article["id"],
        text=article.get("text") or "",
        title=article.get("title") or None,
        lang=lang,
    )
    doc.entities = find_entities(doc.text, lang)  # type: ignore[assignment]
    doc.quotes = find_quotes(doc)
    return framing(doc)


def main(shared: Path) -> None:
    framing, table = make_framing(Settings()), adversaries()
    why: Counter[str] = Counter()
    right = wrong = 0
    for path in sorted(LABELS.glob("framing_dev*.tsv")):
        rows = [r for r in read_labels(path) if r["field"] == "text"]
        articles = corpus_articles(shared, {r["article"] for r in rows}, CORPORA)
        docs: dict[str, Document] = {}
        for row in rows:
            article = articles.get(row["article"])
            if article is None:
                continue
            if row["article"] not in docs:
                docs[row["article"]] = analysed(article, row["lang"], framing)
            doc = docs[row["article"]]
            term = overlapping(list(doc.loaded_terms), int(row["start"]), int(row["end"]))
            if term is None or term.get("target") or term.get("family") != "terror-label":
                continue
            quote = next((q for q in doc.quotes if q["start"] <= term["start"] < q["end"]), None)
            if quote is None:
                why["not in a quote"] += 1
                continue
            states = speaker_states(quote["speaker_text"])
            if len(states) != 1:
                why[f"speaker names {len(states)} states"] += 1
                continue
            state = states.pop()
            date = (article.get("published") or "")[:10]
            groups = groups_at(state, date, table) if date else []
            if len(groups) != 1:
                why[f"{len(groups)} groups fit ({state})"] += 1
                continue
            ok = row["framing"] == "yes" and same_target({"target": groups[0]}, row)
            right, wrong = right + ok, wrong + (not ok)
            print(
                path.stem,
                row["article"],
                row["term"],
                quote["speaker_text"],
                state,
                date,
                groups[0],
                "| gold:",
                row["target"] or "(generic)",
                "RIGHT" if ok else "WRONG",
            )
    print(f"answered {right + wrong}: right {right}, wrong {wrong}")
    for reason, n in why.most_common():
        print(f"  {n:4}  {reason}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
