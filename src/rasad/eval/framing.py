"""`rasad eval framing`: loaded terms by sense, target and voice.

Two hand-labelled sets in `eval/labels/` (see `framing.md` there):

- `framing_occurrences.tsv`: 410 occurrences of framing terms in real articles of
  `../shared/corpus` (ar, fa, en), each labelled framing-sense yes/no, with its target and
  voice. Each article is analysed as it is, title and body together as the pipeline does
  (entities, quotes, framing; the title's terms are `title_terms`), so offsets stay aligned;
  a row counts as predicted framing when a framing occurrence overlaps its span. Precision and
  recall of the framing sense are over the labelled rows, per sample (balanced, natural) and
  language. Target: among rows both gold and predicted framing, the share whose predicted
  target is the gold one (a span that overlaps the gold target's span, or the same group once
  both names are read through the group vocabulary). A generic use is right when nothing is
  predicted; an abstention ("unknown", no target) on a row with a gold target counts as wrong.
  `target_answered` is the share of those rows with a predicted target, `target_precision` the
  share of the answered ones that are right (a predicted name counts as the gold one written
  differently when it holds the words of the gold mention or is held in them, or is a shorter
  span of one of the gold group's names in the group vocabulary: `written_differently`; a
  described group, «جنود سعوديين», is the gold "Saudi soldiers" when the gold name holds its
  head noun's and its nationality's English words: `described_as_gold`), and
  `target_by_source` both by how the target was
  found (`sentence`: beside the term; `convention`, `event`, `inclusion`, `sentence group`, `repeated noun`, `head noun`, `repeated martyr`, `possessor`, `former regime`, `described group`, `war side`, `supporter`, `headline group`, `regime of the article`, `pretext`: the
  stage's `target_from`), and beside
  them the `hint`s (a discourse referent given as `target_hint`, not as the target).
  Voice: the same rows, outlet vs quoted.
- `framing_dev.tsv`: 124 development occurrences from other articles, scored the same way
  (`dev …`); target and voice rules are developed on it, never on the held-out file.
- `framing_dev2.tsv`: 125 more development occurrences (88 framing) of the stage's own lexicon
  terms from articles in neither file, scored as `dev2 …`.
- `framing_dev35.tsv`: 91 development occurrences the stage finds and leaves without a target
  (74 framing), for rules reading beyond the term's sentence, scored as `dev35 …`.
- `framing_dev41.tsv`: 109 development occurrences the stage finds, answered or not (97
  framing), from articles in no label file or test, scored as `dev41 …`.
- `framing_dev42.tsv`: 105 more development occurrences the stage finds, answered or not (87
  framing), from articles in no other label file or test, scored as `dev42 …`.
- `framing_dev43.tsv`: 103 more development occurrences the stage finds (79 framing), favouring
  those it leaves unanswered or answers beyond the term's sentence, scored as `dev43 …`.
- `framing_dev44.tsv`: 105 more (90 framing, all Arabic: the Persian and English articles
  with finds are all in other files), drawn as dev43, scored as `dev44 …`.
- `framing_dev44b.tsv`: 67 more (37 framing, ar, fa and en): every find in the NTREX-128
  documents (`ntrex_ar_fa_en`) no framing file had used, scored as `dev44b …`.
- `framing_dev45.tsv`: 75 matches of ambiguous terms (a sense rule, or martyrdom) in unused
  Fars and NTREX ar/fa documents, kept by the stage or not (1 framing): a sense test, scored
  as `dev45 …`.
- `framing_dev46.tsv`: 85 more (71 framing, ar and fa): the stage's finds in SaudiNewsNet, Fars
  and NTREX documents no framing file or test names, favouring those left unanswered or
  answered beyond the term's neighbourhood, scored as `dev46 …`.
- `framing_dev47b.tsv`: 95 more (85 framing, all Arabic): the stage's finds in SaudiNewsNet
  documents no framing file or test names, favouring martyrdom terms near a count and labels
  after a group noun, scored as `dev47b …`.
- `framing_dev47.tsv`: 116 more (108 framing, 93 with a target; ar and fa): drawn as dev46 from
  the documents whose id's sha1 starts 0-7, scored as `dev47 …`.
- `framing_dev48.tsv`: 91 more (81 framing, 72 with a target; ar): the stage's finds in
  SaudiNewsNet documents no framing file or test names, favouring martyrdom, label and aggression terms beside a described group («جنود
  سعوديين»), scored as `dev48 …`.
- `framing_dev49.tsv`: 107 more (96 framing, 61 with a target; ar): the stage's finds in
  SaudiNewsNet documents no label file or test names, drawn at random (no construction
  favoured), scored as `dev49 …`.
- `framing_dev50.tsv`: 106 more (97 framing, 80 with a target; ar and fa): the stage's finds in
  documents no framing file, framing test or held-out file names, drawn at random per
  language, scored as `dev50 …`.
- `framing_dev56.tsv`: 80 matches of lexicon terms (ar, fa, en; 7 framing) in documents no
  framing file, framing test or held-out file names, drawn at random before any sense rule,
  scored as `dev56 …`.
- `framing_dev58.tsv`, `framing_dev60.tsv`: 60 and 66 of the stage's finds no other framing file
  labels, in documents only framing development files name (held-out and framing-test
  documents left out), drawn at random, scored as `dev58 …` and `dev60 …`.
- `framing_dev68fa.tsv`: 120 Persian finds of the stage no other framing file labels, in Fars
  documents only framing development files name, drawn at random, scored as `dev68fa …`.
- `framing_dev70ar.tsv`: 120 Arabic finds of the stage no other framing file labels, in
  SaudiNewsNet documents only framing development files name, drawn at random, scored as
  `dev70ar …`.
- `framing_dev72.tsv`: 120 Persian finds of the stage no other framing file labels, in Fars
  documents only framing development files name, drawn at random, scored as `dev72 …`.
- `framing_dev74ar.tsv`: 120 Arabic finds of the stage no other framing file labels, in
  SaudiNewsNet documents only framing development files name, drawn at random, scored as
  `dev74ar …`.
- `framing_dev76fa.tsv`: 120 Persian finds of the stage no other framing file labels, in Fars
  documents only framing development files name, drawn at random, scored as `dev76fa …`.
- `framing_dev78ar.tsv`: 120 Arabic finds of the stage no other framing file labels, in
  SaudiNewsNet documents only framing development files name, drawn at random, scored as
  `dev78ar …`.
- `framing_dev80fa.tsv`: 67 Persian finds of the stage no other framing file labels, in Fars
  documents only framing development files name, drawn at random (the pool's every find under
  the draw's caps), scored as `dev80fa …`.
- `framing_dev82ar.tsv`: 120 Arabic finds of the stage no other framing file labels, in
  SaudiNewsNet documents only framing development files name, drawn at random, scored as
  `dev82ar …`.
- `framing_dev84fa.tsv`: 64 Persian finds of the stage no other framing file labels, in Fars
  documents only framing development files name, drawn at random (the pool's every find), scored
  as `dev84fa …`.
- `framing_seeds.tsv`: the seeds' loaded terms. Recall (labelled words a framing occurrence
  overlaps), false alarms (framing occurrences overlapping no labelled word), target accuracy.
"""

from __future__ import annotations

import csv
import re
import time
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any

from rasad.config import Settings
from rasad.data import read_table
from rasad.eval.shared import corpus_articles
from rasad.model import Document
from rasad.pipeline import Pipeline, build_pipeline
from rasad.services.analyze import documents_for_bytes
from rasad.stages.entities import find_entities
from rasad.stages.framing import (
    described_head,
    group_name,
    make_framing,
    name_key,
    nationality_of,
)
from rasad.stages.quotes import find_quotes

LABELS = Path(__file__).resolve().parents[3] / "eval" / "labels"
CORPORA = ("saudinewsnet_ar", "farsnews_fa", "bbc_news_en", "ntrex_ar_fa_en")
_WORD = re.compile(r"\w+")


def read_labels(path: Path) -> list[dict[str, str]]:
    """Rows of a tab-separated label file, comment lines skipped."""
    lines = [line for line in path.read_text("utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def analysed_terms(doc_id: str, text: str, lang: str, framing, title: str = "") -> list[dict]:
    """The framing stage's body occurrences in a text taken as it is (entities and quotes
    first), the article's title beside it."""
    return analysed_article(doc_id, text, title, lang, framing)["text"]


def analysed_article(doc_id: str, text: str, title: str, lang: str, framing) -> dict[str, list]:
    """The framing stage's occurrences in an article's body and title, each field taken as it
    is (so the labels' offsets hold), analysed together as the pipeline does: a headline's
    voice and target may rest on the body."""
    doc = Document(id=doc_id, source=doc_id, text=text, title=title or None, lang=lang)
    doc.entities = find_entities(text, lang)  # type: ignore[assignment]
    doc.quotes = find_quotes(doc)
    doc = framing(doc)
    return {"text": list(doc.loaded_terms), "title": list(doc.title_terms)}


def name_words(name: str | None) -> set[str]:
    """Lower-cased words of a target name without a parenthesis ("Iraq (Saddam Hussein)")."""
    return {w.lower() for w in _WORD.findall(re.sub(r"\(.*?\)", "", name or ""))}


def same_target(predicted: dict, gold: dict[str, str]) -> bool:
    """Whether a predicted occurrence names the gold target: an overlapping span, or the same
    group once both names are read through the group vocabulary (targets.tsv, the entity
    gazetteer), so «داعش» or "Islamic State" is the gold "ISIS"."""
    name = predicted.get("target")
    if not gold["target"]:
        return not name
    if not name:
        return False
    start, end = predicted.get("target_start"), predicted.get("target_end")
    spans_known = gold["target_start"] and start is not None and end is not None
    if spans_known and start < int(gold["target_end"]) and int(gold["target_start"]) < end:
        return True
    if name_words(name) == name_words(gold["target"]):
        return True
    if group_name(name) == group_name(gold["target"]):
        return True
    return written_differently(name, gold) or described_as_gold(name, gold)


def folded_words(name: str | None) -> frozenset[str]:
    """A name's words compared without letter variants, case or a parenthesis."""
    return frozenset(name_key(w) for w in name_words(name)) - {""}


@cache
def group_aliases() -> dict[str, list[frozenset[str]]]:
    """Group (targets.tsv's English name) → the folded words of each of its names."""
    out: dict[str, list[frozenset[str]]] = defaultdict(list)
    for _, words, target, *_ in read_table("framing/targets.tsv"):
        out[target] += [folded_words(w) for w in words.split("|")]
    return out


def part_of(shorter: frozenset[str], longer: frozenset[str]) -> bool:
    """Whether one name is a shorter span of the other: all its words, one of them a word of
    at least three letters."""
    return bool(shorter) and shorter <= longer and any(len(w) >= 3 for w in shorter)


def written_differently(name: str, gold: dict[str, str]) -> bool:
    """The gold target written another way (round 47's match, the same for every set): the
    predicted name holds the words of the gold target's mention or is held in it («مفرح بن محمد
    الحامدي» for the gold span «الحامدي»), or is a shorter span of one of the gold group's
    names in the group vocabulary («صالح» of «علي عبدالله صالح», "Ali Abdullah Saleh")."""
    words = folded_words(name)
    mention = folded_words(gold.get("target_text"))
    if part_of(mention, words) or part_of(words, mention):
        return True
    aliases = group_aliases().get(group_name(gold["target"]), [])
    return any(part_of(words, alias) and len(alias) > len(words) for alias in aliases)


def described_as_gold(name: str, gold: dict[str, str]) -> bool:
    """A described group the stage recorded as written («جنود سعوديين», «رزمندگان ایرانی») is
    the gold group when the gold name holds an English word of its head noun and one of its
    nationality or affiliation ("Saudi soldiers"; round 48, described_groups.tsv)."""
    words = name.split()
    lang = gold.get("lang", "")
    head = next((e for w in words[:-1] if (e := described_head(w, lang))), None)
    nation = next((e for w in words[1:] if (e := nationality_of(w, lang))), None)
    gold_words = {w.lower() for w in _WORD.findall(gold["target"])}
    return bool(head and nation) and all(
        any(set(e.split()) <= gold_words for e in english) for english in (head, nation)
    )


class SenseScore:
    """Counts for framing-sense precision/recall, target and voice agreement."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = self.tn = 0
        self.target_right = self.voice_right = 0
        self.answered = self.answered_right = 0  # rows with a predicted target, and right ones
        # the same by how the target was found: beside the term, by convention, from discourse
        self.by_source: dict[str, list[int]] = defaultdict(lambda: [0, 0])

    def add(self, gold: dict[str, str], predicted: dict | None) -> None:
        yes = gold["framing"] == "yes"
        if predicted is None:
            self.fn += yes
            self.tn += not yes
            return
        if not yes:
            self.fp += 1
            return
        self.tp += 1
        right = same_target(predicted, gold)
        self.target_right += right
        if predicted.get("target"):
            self.answered += 1
            self.answered_right += right
            counts = self.by_source[predicted.get("target_from") or "sentence"]
            counts[0] += 1
            counts[1] += right
        elif hint := predicted.get("target_hint"):  # not an answer: scored apart
            counts = self.by_source["hint"]
            counts[0] += 1
            counts[1] += same_target({"target": hint}, gold)
        self.voice_right += predicted.get("voice") == gold["voice"]

    def result(self) -> dict[str, Any]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return {
            "rows": self.tp + self.fp + self.fn + self.tn,
            "framing": self.tp + self.fn,
            "precision": p,
            "recall": r,
            "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "target_accuracy": self.target_right / self.tp if self.tp else 0.0,
            "target_answered": self.answered / self.tp if self.tp else 0.0,
            "target_precision": self.answered_right / self.answered if self.answered else 0.0,
            "voice_accuracy": self.voice_right / self.tp if self.tp else 0.0,
            "both_framing": self.tp,
            "target_by_source": {
                source: {"answered": n, "precision": right / n}
                for source, (n, right) in sorted(self.by_source.items())
            },
        }


def overlapping(terms: list[dict], start: int, end: int) -> dict | None:
    """The first occurrence overlapping [start, end), if any."""
    return next((t for t in terms if t["start"] < end and start < t["end"]), None)


def evaluate_occurrences(
    shared: Path, framing, labels: Path, prefix: str = "occurrences"
) -> dict[str, Any]:
    """Sense, target and voice scores on the labelled occurrences, by sample and language."""
    rows = read_labels(labels)
    articles = corpus_articles(shared, {r["article"] for r in rows}, CORPORA)
    found: dict[str, dict[str, list]] = {}
    scores: dict[str, SenseScore] = defaultdict(SenseScore)
    for row in rows:
        article = articles.get(row["article"])
        if article is None:
            continue
        if row["article"] not in found:
            found[row["article"]] = analysed_article(
                row["article"],
                article.get("text") or "",
                article.get("title") or "",
                row["lang"],
                framing,
            )
        terms = found[row["article"]][row["field"]]
        predicted = overlapping(terms, int(row["start"]), int(row["end"]))
        if row["target_start"]:  # the gold mention's words, for a target written differently
            field_text = article.get(row["field"]) or ""
            row = {
                **row,
                "target_text": field_text[int(row["target_start"]) : int(row["target_end"])],
            }
        names = ["all", f"all ({row['lang']})"]
        if prefix == "occurrences":
            names += [row["sample"], f"{row['sample']} ({row['lang']})"]
        for name in names:
            scores[name].add(row, predicted)
    return {f"{prefix} {k}": s.result() for k, s in sorted(scores.items())}


def seed_path(shared: Path, seed: str) -> Path:
    return shared / "seeds" / f"{seed}.txt"


def text_pipeline(settings: Settings) -> Pipeline:
    """The analysis pipeline without the embedding stage (framing does not need vectors)."""
    full = build_pipeline(settings)
    kept = [(s, f) for s, f in zip(full.specs, full.fns, strict=True) if s.name != "embed"]
    return Pipeline([s for s, _ in kept], [f for _, f in kept], full.strict)


def analyze_seed(path: Path, pipeline: Pipeline) -> Document:
    """A seed file read as `rasad analyze` reads it, then analysed."""
    (doc,) = documents_for_bytes(path.read_bytes(), path.name, str(path))
    return pipeline(doc)


def nth_span(text: str, match: str, nth: int) -> tuple[int, int] | None:
    """The span of the nth occurrence of a string, 1-based."""
    at = -1
    for _ in range(nth):
        at = text.find(match, at + 1)
        if at < 0:
            return None
    return at, at + len(match)


def evaluate_seeds(shared: Path, settings: Settings, labels: Path) -> dict[str, Any]:
    """Recall, false alarms and target accuracy on the seeds' labelled loaded terms."""
    pipeline = text_pipeline(settings)
    rows = read_labels(labels)
    by_seed: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        by_seed[row["seed"]].append(row)
    labelled = hit = target_right = voice_right = alarms = predicted_n = 0
    false_alarms: list[str] = []
    for seed, gold in sorted(by_seed.items()):
        path = seed_path(shared, seed)
        if not path.exists():
            continue
        doc = analyze_seed(path, pipeline)
        spans = [nth_span(doc.text, g["match"], int(g["nth"])) for g in gold]
        for g, span in zip(gold, spans, strict=True):
            labelled += 1
            predicted = overlapping(doc.loaded_terms, *span) if span else None
            if predicted is not None:
                hit += 1
                target_right += same_target(predicted, {**g, "target_start": "", "target_end": ""})
                voice_right += predicted.get("voice") == g["voice"]
        for t in doc.loaded_terms:
            predicted_n += 1
            if not any(s and t["start"] < s[1] and s[0] < t["end"] for s in spans):
                alarms += 1
                false_alarms.append(f"{seed[:3]}:{t['text']}")
    return {
        "seeds": {
            "labelled": labelled,
            "found": hit,
            "recall": hit / labelled if labelled else 0.0,
            "flagged": predicted_n,
            "false_alarms": alarms,
            "false_alarm_terms": false_alarms,
            "target_accuracy": target_right / hit if hit else 0.0,
            "voice_accuracy": voice_right / hit if hit else 0.0,
        }
    }


def evaluate_framing(shared: Path, settings: Settings, labels: Path = LABELS) -> dict[str, Any]:
    """Both label sets, whichever are present; seconds for the whole run."""
    started = time.perf_counter()
    framing = make_framing(settings)
    out: dict[str, Any] = {}
    if (labels / "framing_occurrences.tsv").exists():
        out.update(evaluate_occurrences(shared, framing, labels / "framing_occurrences.tsv"))
    for dev in (
        "dev",
        "dev2",
        "dev35",
        "dev41",
        "dev42",
        "dev43",
        "dev44",
        "dev44b",
        "dev45",
        "dev46",
        "dev47b",
        "dev47",
        "dev48",
        "dev49",
        "dev50",
        "dev51",
        "dev56",
        "dev58",
        "dev60",
        "dev68fa",
        "dev70ar",
        "dev72",
        "dev74ar",
        "dev76fa",
        "dev78ar",
        "dev80fa",
        "dev82ar",
        "dev84fa",
    ):  # development sets: rules are read against these only
        if (labels / f"framing_{dev}.tsv").exists():
            out.update(evaluate_occurrences(shared, framing, labels / f"framing_{dev}.tsv", dev))
    if (labels / "framing_seeds.tsv").exists() and (shared / "seeds").is_dir():
        out.update(evaluate_seeds(shared, settings, labels / "framing_seeds.tsv"))
    out["seconds"] = time.perf_counter() - started
    return out


def format_framing_report(result: dict[str, Any]) -> str:
    lines = [
        f"{'set':<32} {'rows':>5} {'P':>6} {'R':>6} {'F1':>6} {'target':>7} {'answ':>5} "
        f"{'t.prec':>6} {'voice':>6} (n)"
    ]
    for name, r in result.items():
        if not name.startswith(("occurrences", "dev")):
            continue
        label = name[12:] if name.startswith("occurrences") else name
        lines.append(
            f"{label:<32} {r['rows']:>5} {r['precision']:>6.3f} {r['recall']:>6.3f} "
            f"{r['f1']:>6.3f} {r['target_accuracy']:>7.3f} {r['target_answered']:>5.2f} "
            f"{r['target_precision']:>6.3f} {r['voice_accuracy']:>6.3f} ({r['both_framing']})"
        )
    for name in (
        "occurrences all",
        "dev all",
        "dev2 all",
        "dev35 all",
        "dev41 all",
        "dev42 all",
        "dev43 all",
        "dev44 all",
        "dev44b all",
        "dev45 all",
        "dev46 all",
        "dev47 all",
        "dev47b all",
        "dev48 all",
        "dev49 all",
    ):
        if sources := result.get(name, {}).get("target_by_source"):
            parts = [f"{k} {v['answered']} ({v['precision']:.3f})" for k, v in sources.items()]
            lines.append(f"{name}: target answers by source (precision): " + ", ".join(parts))
    if s := result.get("seeds"):
        lines.append(
            f"seeds: {s['found']}/{s['labelled']} labelled loaded terms found "
            f"(recall {s['recall']:.3f}); {s['false_alarms']} false alarms of {s['flagged']} "
            f"flagged; target {s['target_accuracy']:.3f}, voice {s['voice_accuracy']:.3f}"
        )
        if s["false_alarm_terms"]:
            lines.append("  false alarms: " + ", ".join(s["false_alarm_terms"]))
    return "\n".join(lines)
