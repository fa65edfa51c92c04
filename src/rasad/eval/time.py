"""`rasad eval time`: date expressions on public test sets, next to dateparser in the same run.

- parstdex-timex-fa: span precision/recall/F1 (a predicted span that overlaps a gold span is
  a hit; the set holds dates, times of day and durations).
- duckling-time-ar: value accuracy against Duckling's fixed reference time (Tuesday
  2013-02-12), for the rows whose grain is a day, week, month or year, and over all rows.
- time-ar-fa: our own hand-annotated expressions in SaudiNewsNet and Fars News articles
  (eval/labels/time_ar_fa.tsv, offsets only; the text is read from shared/corpus): span
  P/R/F1 with overlap and exact matching, and value accuracy, per language.
"""

from __future__ import annotations

import csv
import hashlib
import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from rasad.eval.shared import corpus_articles
from rasad.model import DateMention
from rasad.stages.dates import find_temporal

DUCKLING_REFERENCE = datetime(2013, 2, 12, 4, 30)
DATE_GRAINS = {"Day": 10, "Week": 10, "Month": 7, "Year": 4}
Spans = Callable[[str, str], list[tuple[int, int]]]
Values = Callable[[str, str, datetime], list[str]]


def rasad_spans(text: str, lang: str) -> list[tuple[int, int]]:
    return [(d["start"], d["end"]) for d in find_temporal(text, lang, date(2020, 1, 1))]


def rasad_values(text: str, lang: str, reference: datetime) -> list[str]:
    return [d["value"] for d in find_temporal(text, lang, reference.date()) if d["value"]]


def _dateparser_search(text: str, lang: str, reference: datetime):
    from dateparser.search import search_dates

    try:
        return search_dates(text, languages=[lang], settings={"RELATIVE_BASE": reference}) or []
    except Exception:  # dateparser raises on some inputs; a miss, not a crash
        return []


def dateparser_spans(text: str, lang: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for found, _ in _dateparser_search(text, lang, datetime(2020, 1, 1)):
        start = text.find(found, pos)
        if start >= 0:
            spans.append((start, start + len(found)))
            pos = start + len(found)
    return spans


def dateparser_values(text: str, lang: str, reference: datetime) -> list[str]:
    return [value.date().isoformat() for _, value in _dateparser_search(text, lang, reference)]


def score_spans(path: Path, system: Spans) -> dict[str, Any]:
    cases = json.loads(path.read_text("utf-8"))
    tp = fp = fn = 0
    started = time.perf_counter()
    for case in cases:
        gold = [tuple(s) for s in json.loads(case["expected"])]
        pred = system(case["test_input"], "fa")
        hit = [any(s < ge and gs < e for s, e in pred) for gs, ge in gold]
        tp, fn = tp + sum(hit), fn + hit.count(False)
        fp += sum(1 for s, e in pred if not any(s < ge and gs < e for gs, ge in gold))
    p, r = (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0)
    return {
        "cases": len(cases),
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "seconds": time.perf_counter() - started,
    }


def score_values(path: Path, system: Values) -> dict[str, Any]:
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    scored = [r for r in rows if r["type"] == "value"]
    date_rows = [r for r in scored if r.get("grain") in DATE_GRAINS]
    correct_dates = correct_all = 0
    for row in scored:
        cut = DATE_GRAINS.get(row.get("grain"), 10)
        values = system(row["text"], "ar", DUCKLING_REFERENCE)
        ok = bool(values) and values[0][:cut] == row["value"][:cut] and len(values[0]) >= cut
        correct_all += ok
        correct_dates += ok and row.get("grain") in DATE_GRAINS
    negatives = [r for r in rows if r["type"] == "negative"]
    false_alarms = sum(bool(system(r["text"], "ar", DUCKLING_REFERENCE)) for r in negatives)
    return {
        "date_rows": len(date_rows),
        "date_accuracy": correct_dates / len(date_rows) if date_rows else 0.0,
        "value_rows": len(scored),
        "all_accuracy": correct_all / len(scored) if scored else 0.0,
        "negatives_tagged": f"{false_alarms}/{len(negatives)}",
    }


LABELS = Path(__file__).resolve().parents[3] / "eval" / "labels" / "time_ar_fa.tsv"
CORPORA = {"snn-": "saudinewsnet_ar", "fars-": "farsnews_fa"}
VALUED_TYPES = {"date", "relative", "time", "duration"}


@dataclass(frozen=True)
class Gold:
    """One annotated expression: offsets into an article's text, type, normalized value."""

    article: str
    start: int
    end: int
    type: str
    value: str
    check: str


@dataclass(frozen=True)
class Found:
    """One expression a system found, with the value to compare and its window if it has one."""

    start: int
    end: int
    value: str | None
    window: tuple[str, str] | None = None


def read_labels(path: Path = LABELS) -> list[Gold]:
    """The rows of eval/labels/time_ar_fa.tsv."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader(f, delimiter="\t")
        return [
            Gold(r["article"], int(r["start"]), int(r["end"]), r["type"], r["value"], r["check"])
            for r in rows
        ]


def span_check(text: str) -> str:
    """The 8-hex-digit SHA-1 prefix a label row keeps of its span's text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def read_articles(shared: Path, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The annotated articles, by id, from the shared corpus folders that exist."""
    return corpus_articles(shared, ids, CORPORA.values())


def misplaced(labels: list[Gold], articles: dict[str, dict[str, Any]]) -> list[Gold]:
    """Labels whose span text no longer matches its check (a changed corpus copy)."""
    return [
        g
        for g in labels
        if g.article in articles
        and span_check(articles[g.article]["text"][g.start : g.end]) != g.check
    ]


def rasad_found(text: str, lang: str, reference: date) -> list[Found]:
    found = []
    for d in find_temporal(text, lang, reference):
        value = d.get("duration") or d["value"]
        if d.get("time"):
            value = f"{d['value'] or ''}T{d['time']}"
        window = tuple(d["window"]) if d.get("window") else None
        found.append(Found(d["start"], d["end"], value, window))
    return found


def dateparser_found(text: str, lang: str, reference: date) -> list[Found]:
    found, pos = [], 0
    base = datetime(reference.year, reference.month, reference.day)
    for phrase, value in _dateparser_search(text, lang, base):
        start = text.find(phrase, pos)
        if start >= 0:
            found.append(Found(start, start + len(phrase), value.strftime("%Y-%m-%dT%H:%M")))
            pos = start + len(phrase)
    return found


def value_matches(gold: str, found: Found) -> bool:
    """Whether a found value is the annotated one: same length or duration, same time, the
    same interval (or a day inside it), or the same day/month/year at the gold's precision."""
    v = found.value or ""
    if gold.startswith("P"):
        return v == gold
    if gold.startswith("T"):
        return v.endswith(gold)
    if "T" in gold:
        return v[:16] == gold
    if "/" in gold:
        first, last = gold.split("/")
        return found.window == (first, last) or (len(v) >= 10 and first <= v[:10] <= last)
    return len(v) >= len(gold) and v[: len(gold)] == gold


def _prf(tp_gold: int, gold: int, tp_found: int, found: int) -> dict[str, float]:
    p, r = (tp_found / found if found else 0.0), (tp_gold / gold if gold else 0.0)
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def score_labels(
    labels: list[Gold], articles: dict[str, dict[str, Any]], system: Callable
) -> dict[str, Any]:
    """Span P/R/F1 (overlap and exact) and value accuracy of one system on the labels."""
    by_article: dict[str, list[Gold]] = {}
    for g in labels:
        by_article.setdefault(g.article, []).append(g)
    n = {"gold": 0, "found": 0, "hit": 0, "found_hit": 0, "exact": 0, "valued": 0, "right": 0}
    for article, golds in by_article.items():
        row = articles[article]
        found = system(row["text"], row["lang"], date.fromisoformat(row["published"]))
        n["gold"] += len(golds)
        n["found"] += len(found)
        spans = {(f.start, f.end) for f in found}
        n["exact"] += sum((g.start, g.end) in spans for g in golds)
        n["found_hit"] += sum(
            any(f.start < g.end and g.start < f.end for g in golds) for f in found
        )
        for g in golds:
            near = [f for f in found if f.start < g.end and g.start < f.end]
            n["hit"] += bool(near)
            if g.value and g.type in VALUED_TYPES:
                n["valued"] += 1
                n["right"] += any(value_matches(g.value, f) for f in near)
    return {
        "expressions": n["gold"],
        "found": n["found"],
        "overlap": _prf(n["hit"], n["gold"], n["found_hit"], n["found"]),
        "exact": _prf(n["exact"], n["gold"], n["exact"], n["found"]),
        "valued": n["valued"],
        "value_accuracy": n["right"] / n["valued"] if n["valued"] else 0.0,
    }


def evaluate_labels(shared: Path, systems: dict[str, Callable]) -> dict[str, Any] | None:
    """Each system on our annotated Arabic and Persian articles, per language."""
    if not LABELS.exists():
        return None
    labels = read_labels()
    articles = read_articles(shared, {g.article for g in labels})
    labels = [g for g in labels if g.article in articles]
    if not labels:
        return None
    moved = misplaced(labels, articles)
    if moved:
        raise ValueError(f"{len(moved)} labelled spans no longer match the corpus text")
    result: dict[str, Any] = {}
    for lang in ("ar", "fa"):
        subset = [g for g in labels if articles[g.article]["lang"] == lang]
        if subset:
            result[lang] = {name: score_labels(subset, articles, s) for name, s in systems.items()}
    return result


YEAR_DEV = LABELS.with_name("time_dev50.tsv")


def year_outcome(value: str, found: list[DateMention], start: int, end: int) -> str:
    """ "right", "wrong" or "abstained" for one labelled day+month without a year: the values
    of the day mentions overlapping its span against its label ("none": it names no day; a
    month or year read beside it, «نیمه دوم آبان ماه سال جاری», is no day)."""
    values = {
        d["value"]
        for d in found
        if d["value"] and d["precision"] == "day" and d["start"] < end and start < d["end"]
    }
    if value == "none":
        return "wrong" if values else "right"
    if not values:
        return "abstained"
    return "right" if values == {value} else "wrong"


def evaluate_year_dev(shared: Path, path: Path = YEAR_DEV) -> dict[str, Any] | None:
    """The year choice on days and months written without one (eval/labels/time_dev50.tsv)."""
    if not path.exists():
        return None
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    articles = read_articles(shared, {r["article"] for r in rows})
    counts: dict[str, dict[str, int]] = {}
    for r in rows:
        if r["article"] not in articles:
            continue
        a, start, end = articles[r["article"]], int(r["start"]), int(r["end"])
        if span_check(a["text"][start:end]) != r["check"]:
            raise ValueError(f"{r['article']}: labelled span no longer matches the corpus text")
        found = find_temporal(a["text"], a["lang"], date.fromisoformat(r["published"]))
        outcome = year_outcome(r["value"], found, start, end)
        for key in (a["lang"], "all"):
            row = counts.setdefault(key, {"right": 0, "wrong": 0, "abstained": 0})
            row[outcome] += 1
    return {k: {**c, "accuracy": c["right"] / sum(c.values())} for k, c in counts.items()}


def evaluate_time(shared: Path) -> dict[str, Any]:
    """Both sets, rasad and dateparser (when installed)."""
    systems: dict[str, tuple[Spans, Values]] = {"rasad": (rasad_spans, rasad_values)}
    try:
        import dateparser  # noqa: F401

        systems["dateparser"] = (dateparser_spans, dateparser_values)
    except ImportError:
        pass
    result: dict[str, Any] = {}
    parstdex = shared / "eval" / "parstdex-timex-fa" / "data.json"
    if parstdex.exists():
        result["parstdex-timex-fa"] = {n: score_spans(parstdex, s) for n, (s, _) in systems.items()}
    duckling = shared / "eval" / "duckling-time-ar" / "cases.jsonl"
    if duckling.exists():
        result["duckling-time-ar"] = {n: score_values(duckling, v) for n, (_, v) in systems.items()}
    finders = {"rasad": rasad_found}
    if "dateparser" in systems:
        finders["dateparser"] = dateparser_found
    labelled = evaluate_labels(shared, finders)
    if labelled:
        result["time-ar-fa"] = labelled
    year_dev = evaluate_year_dev(shared)
    if year_dev:
        result["time-dev50"] = year_dev
    return result


def format_time_report(result: dict[str, Any]) -> str:
    lines = []
    if "parstdex-timex-fa" in result:
        lines.append("parstdex-timex-fa (Persian spans, overlap match)")
        lines.append(f"  {'system':<12} {'P':>6} {'R':>6} {'F1':>6}")
        for name, s in result["parstdex-timex-fa"].items():
            lines.append(f"  {name:<12} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f}")
    if "duckling-time-ar" in result:
        lines.append("duckling-time-ar (Arabic values vs reference 2013-02-12)")
        lines.append(
            f"  {'system':<12} {'date-grain acc':>15} {'all-value acc':>14} {'negatives tagged':>17}"
        )
        for name, s in result["duckling-time-ar"].items():
            lines.append(
                f"  {name:<12} {s['date_accuracy']:>8.3f} (n={s['date_rows']:<3}) "
                f"{s['all_accuracy']:>7.3f} (n={s['value_rows']}) {s['negatives_tagged']:>12}"
            )
    for lang, by_system in result.get("time-ar-fa", {}).items():
        first = next(iter(by_system.values()))
        lines.append(
            f"time-ar-fa {lang} (our annotation: {first['expressions']} expressions, "
            f"{first['valued']} with a value)"
        )
        lines.append(
            f"  {'system':<12} {'overlap P':>9} {'R':>6} {'F1':>6} {'exact P':>8} {'R':>6} "
            f"{'F1':>6} {'value acc':>9}"
        )
        for name, s in by_system.items():
            o, x = s["overlap"], s["exact"]
            lines.append(
                f"  {name:<12} {o['precision']:>9.3f} {o['recall']:>6.3f} {o['f1']:>6.3f} "
                f"{x['precision']:>8.3f} {x['recall']:>6.3f} {x['f1']:>6.3f} "
                f"{s['value_accuracy']:>9.3f}"
            )
    for key, c in result.get("time-dev50", {}).items():
        lines.append(
            f"time-dev50 {key} (days+months without a year): right {c['right']}, wrong "
            f"{c['wrong']}, abstained {c['abstained']}, accuracy {c['accuracy']:.3f}"
        )
    return "\n".join(lines)
