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

import json
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

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
    return "\n".join(lines)
