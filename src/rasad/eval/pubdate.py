"""`rasad eval pubdate`: publication dates of real articles given without their dates.

Dated articles from shared/corpus (Fars News 2003–2021, SaudiNewsNet 2015-08-01…04) go
through the pipeline stages that set a publication date (extract, clean, pubdate) with their
`published` and `url` withheld (a Fars url encodes the date in its id), with their own language
forced and "today" the day of the run, as at ingest. Reported per corpus and overall:

- dated: share of articles that get a publication date;
- contains: share of dated articles whose window contains the true day (also of all articles);
- median width: median window width in days (inclusive) of the dated articles, and of the dated
  articles whose text holds a day-level cue (a full date or a "today <weekday>" our date finder
  sees);
- wrong year: share of ALL articles given a value whose year differs from the truth's, or a
  window that excludes the truth's year.

With `--grouped DB` (an archive database holding the corpus articles and their vectors, as
`rasad eval archive` leaves), a second system, rasad+grouped, dates what the text leaves
undated from the documents the article is grouped with: the withheld articles stand among the
dated rest of the archive, and an article's neighbours are the archive documents (all corpora,
never a withheld one) whose title-and-lead vector lies within NEIGHBOUR_COSINE of its own (a
near-duplicate without a vector takes its original's). The grouping is date-blind on purpose:
the archive's stories were formed with every article's true date, so they would leak it. The
neighbours' days give a window only when they agree (rasad.stages.pubdate.from_neighbours).
A third, rasad+ingest, measures what ingest itself does: the archive's documents are placed
again in their ingest order with this code's story index (as bench/archive_replay.py does),
the withheld ones without their date, and each is dated from the event it joins
(rasad.services.assign.story_grouped_date: the event's days, else the story's; a copy as its
original's event) when two of those days are of reports in its own language
(rasad.services.assign.own_language_support, the one guard ingest and the backfill use). An
undated document is offered the stories live at the latest day seen and the expired stories
filed under the entity names it shares with them (when those names say much:
rasad.services.assign.place_document), so in an archive ingested out of date order it can still find
its own. After every INGEST_BATCH documents, as ingest after
each batch, the still undated ones of the stories dated documents joined are dated again by the
same rule (rasad.services.assign.redated_window): their story's dated reports often come later.

The same articles go to dateparser's date search (`search_dates`, the first date it finds,
taken as the day) as a public baseline.

Samples. Each dated article falls in one half by the first hex digit of
sha1("rasad-pubdate:" + id): even → evaluation, odd → development (look at errors there, never
in the evaluation half). Each half holds every Fars News article of its side (all years) and
the SNN_PER_SAMPLE SaudiNewsNet articles of its side with the smallest hashes.
"""

from __future__ import annotations

import hashlib
import json
import statistics
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import numpy as np

from rasad.cluster.embed import centered
from rasad.cluster.index import StoryIndex
from rasad.config import Settings
from rasad.model import Document, Published
from rasad.pipeline import build_pipeline
from rasad.services.analyze import forced_language
from rasad.services.assign import (
    doc_day,
    doc_known,
    place_stored,
    published_day,
    redated_window,
    story_dated,
)
from rasad.stages.pubdate import from_neighbours
from rasad.stages.readers import document_from_item
from rasad.store import open_store

CORPORA = ("farsnews_fa", "saudinewsnet_ar")
SNN_PER_SAMPLE = 500
SALT = "rasad-pubdate:"
WITHHELD = ("published", "url")
System = Callable[[dict[str, Any]], Published | None]
# Two language-centred title-and-lead vectors this close are taken as grouped (one story);
# set on the development half, where it keeps a topic's articles of other years apart.
NEIGHBOUR_COSINE = 0.5
INGEST_BATCH = 50  # documents per batch of `rasad ingest` (its --batch-size default)


def article_hash(article_id: str) -> str:
    return hashlib.sha1((SALT + article_id).encode("utf-8")).hexdigest()


def sample(shared: Path, half: str = "eval") -> list[dict[str, Any]]:
    """The dated articles of one half ("eval" or "dev"), in a fixed order."""
    side = 0 if half == "eval" else 1
    chosen: list[dict[str, Any]] = []
    for folder in CORPORA:
        path = shared / "corpus" / folder / "articles.jsonl"
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as lines:
            articles = [json.loads(line) for line in lines]
        mine = [
            a
            for a in articles
            if a.get("published") and int(article_hash(a["id"])[0], 16) % 2 == side
        ]
        mine.sort(key=lambda a: article_hash(a["id"]))
        if folder == "saudinewsnet_ar":
            mine = mine[:SNN_PER_SAMPLE]
        chosen += [dict(a, corpus=folder) for a in mine]
    return chosen


def withheld(article: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in article.items() if k not in WITHHELD}


def rasad_system(settings: Settings) -> System:
    """The pipeline's own publication date for an article without its date."""
    base = build_pipeline(settings, ["extract", "clean", "langid", "pubdate"])
    pipelines = {lang: forced_language(base, lang) for lang in ("ar", "fa")}

    def run(article: dict[str, Any]) -> Published | None:
        doc = document_from_item(withheld(article), "eval", article["id"])
        return pipelines[article["lang"]](doc).published

    return run


class Neighbours:
    """The dated documents of an archive database, with their vectors, standing as the rest
    an article is grouped among; `held` (the withheld articles) are never neighbours."""

    def __init__(self, store_url: str, held: set[str]) -> None:
        if not store_url.startswith(("file:", "postgres")):
            store_url = f"file:{Path(store_url).resolve()}?mode=ro"  # read it, never migrate
        store = open_store(store_url)
        docs = {d.id: d for d in store.iter_documents()}
        self.original = {i: d.duplicate_of for i, d in docs.items() if d.duplicate_of}
        ids, vectors, days = [], [], []
        for doc_id, vector in store.iter_vectors():
            doc = docs.get(doc_id)
            if doc is None or not doc.lang:
                continue
            ids.append(doc_id)
            vectors.append(centered(vector, doc.lang))
            day = None
            if doc_id not in held and doc.published and doc.published["source"] != "inferred":
                day = date.fromisoformat(doc.published["window"][0])
            days.append(day)
        self.row = {doc_id: k for k, doc_id in enumerate(ids)}
        self.vectors = np.array(vectors, dtype=np.float32)
        self.days = days

    def days_near(self, article_id: str) -> list[date]:
        """The days of the dated documents grouped with an article (none when the archive
        has no vector for it or its original)."""
        row = self.row.get(article_id, self.row.get(self.original.get(article_id) or ""))
        if row is None:
            return []
        cosines = self.vectors @ self.vectors[row]
        near = np.flatnonzero(cosines >= NEIGHBOUR_COSINE)
        return [day for k in near if (day := self.days[k]) is not None]


def replayed_ingest(
    store_url: str,
    held: set[str],
    redate: bool = True,
    placed: dict[str, tuple[str, str]] | None = None,
) -> dict[str, Published | None]:
    """The dates ingest gives the withheld articles from the events they join: the archive's
    documents placed again in their ingest order with this code's story index (as
    bench/archive_replay.py does, same vectors and keys), the withheld ones without their
    date (nor the date keys their text resolved against it), each dated as it is placed
    (`rasad.services.assign.story_grouped_date`); an undated one also reaches quiet stories by its
    names (`rasad.services.assign.place_document`). With `redate`, after each INGEST_BATCH documents
    the still undated ones of the stories dated documents joined are dated again, as ingest
    does after each batch (`rasad.services.assign.redated_window`). `placed`, when given, is
    filled with each replayed document's (story, event)."""
    if not store_url.startswith(("file:", "postgres")):
        store_url = f"file:{Path(store_url).resolve()}?mode=ro"
    store = open_store(store_url)
    vectors = dict(store.iter_vectors())
    index, found = StoryIndex(), {}
    placed = {} if placed is None else placed
    undated: dict[str, list[Document]] = defaultdict(list)  # replayed story → its undated
    dated_joined: set[str] = set()
    for n, doc in enumerate(store.iter_documents(), 1):
        if doc.rejected:
            continue
        if doc.id in held:
            doc.published = None
            doc.dates = [d for d in doc.dates if not d.get("relative")]
        a = place_stored(index, placed, doc, vectors)
        if a is not None and doc_known(doc) and doc_day(doc) is not None:
            dated_joined.add(a.story)
        if doc.id in held and doc.id in placed:  # a copy is dated as its original's event
            story_id, event_id = placed[doc.id]
            dated = story_dated(index, story_id, event_id, doc.lang)  # as ingest dates it
            found[doc.id] = dated[0] if dated else None
            _learn(index, placed[doc.id][0], doc.id, found[doc.id])
            if found[doc.id] is None:
                doc.story, doc.event = placed[doc.id]
                undated[doc.story].append(doc)
        if redate and n % INGEST_BATCH == 0:
            found.update(_redated(index, undated, dated_joined))
            dated_joined = set()
    if redate:
        found.update(_redated(index, undated, dated_joined))
    return found


def _redated(
    index: StoryIndex, undated: dict[str, list[Document]], stories: set[str]
) -> dict[str, Published]:
    """The replayed undated documents of these stories that their dated reports now date
    (taken out of `undated`)."""
    dated, stories_of = {}, {}
    for story in sorted(stories):
        for doc in undated.pop(story, []):
            if (published := redated_window(index, doc)) is not None:
                dated[doc.id], stories_of[doc.id] = published, story
            else:
                undated[story].append(doc)
    for doc_id, published in dated.items():  # after all are dated, as ingest's `redate`
        _learn(index, stories_of[doc_id], doc_id, published)
    return dated


def _learn(index: StoryIndex, story: str, doc_id: str, published: Published | None) -> None:
    """Tell the replayed index the day a document dated by its story now has, as ingest does
    (`StoryAssigner.learn_day`)."""
    day = published_day(published)
    if day is not None:
        index.learn_inferred_day(story, doc_id, day)


def remembered(system: System) -> System:
    """A system that answers each article once (rasad's text evidence, shared by the grouped
    systems)."""
    answers: dict[str, Published | None] = {}

    def run(article: dict[str, Any]) -> Published | None:
        if article["id"] not in answers:
            answers[article["id"]] = system(article)
        return answers[article["id"]]

    return run


def grouped_system(own: System, neighbours: Neighbours | dict[str, Published | None]) -> System:
    """rasad's date from the text; where it has none, the window its neighbours give (the
    date-blind vector neighbours, or the event a replayed ingest placed it in)."""
    today = datetime.now().date()

    def run(article: dict[str, Any]) -> Published | None:
        result = own(article)
        if result is not None:
            return result
        if isinstance(neighbours, Neighbours):
            found = from_neighbours(neighbours.days_near(article["id"]), today)
        else:
            found = neighbours.get(article["id"])
        return None if found is None else dict(found, evidence="grouped")  # type: ignore[return-value]

    return run


def dateparser_system(article: dict[str, Any]) -> Published | None:
    """The first date dateparser's search finds in the title and text, as that day."""
    from dateparser.search import search_dates

    text = "\n".join(t for t in (article.get("title"), article["text"]) if t)
    settings = {"RELATIVE_BASE": datetime.now(), "PREFER_DATES_FROM": "past"}
    try:
        found = search_dates(text, languages=[article["lang"]], settings=settings) or []
    except Exception:  # dateparser raises on some inputs; a miss, not a crash
        found = []
    if not found:
        return None
    day = found[0][1].date().isoformat()
    return {"value": day, "precision": "day", "window": [day, day], "source": "inferred"}


def has_day_cue(article: dict[str, Any]) -> bool:
    """Whether the text holds a full date or a "today <weekday>" cue our finder sees."""
    from rasad.stages.dates import find_dates
    from rasad.stages.pubdate import today_weekday

    text, lang = article["text"], article["lang"]
    full = any(
        d["value"] and not d["relative"] and d["precision"] == "day"
        for d in find_dates(text, lang, None)
    )
    return full or today_weekday(text) is not None


def judge(result: Published | None, truth: date) -> dict[str, Any]:
    """One article's outcome: dated, window contains the truth, width, wrong year."""
    if result is None:
        return {"dated": False, "contains": False, "width": None, "wrong_year": False}
    first, last = (date.fromisoformat(d) for d in result["window"])
    value_year = int(result["value"][:4])
    return {
        "dated": True,
        "contains": first <= truth <= last,
        "width": (last - first).days + 1,
        "wrong_year": value_year != truth.year or not (first.year <= truth.year <= last.year),
        "source": dict(result).get("evidence", result["source"]),
    }


def summarize(outcomes: list[dict[str, Any]]) -> dict[str, Any]:
    n = len(outcomes)
    dated = [o for o in outcomes if o["dated"]]
    cued = [o for o in dated if o["day_cue"]]
    contains = sum(o["contains"] for o in dated)
    return {
        "articles": n,
        "dated": len(dated) / n if n else 0.0,
        "contains_of_dated": contains / len(dated) if dated else 0.0,
        "contains_of_all": contains / n if n else 0.0,
        "median_width_days": statistics.median(o["width"] for o in dated) if dated else None,
        "day_cue_dated": len(cued),
        "median_width_day_cue": statistics.median(o["width"] for o in cued) if cued else None,
        "wrong_year": sum(o["wrong_year"] for o in outcomes) / n if n else 0.0,
        "by_source": _count(o.get("source") for o in dated),
    }


def _count(values: Iterable[str | None]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for v in values:
        counts[str(v)] = counts.get(str(v), 0) + 1
    return dict(sorted(counts.items()))


def score(articles: list[dict[str, Any]], system: System) -> dict[str, Any]:
    """Per-corpus and overall figures of one system, with its running time."""
    started = time.perf_counter()
    outcomes = []
    for article in articles:
        outcome = judge(system(article), date.fromisoformat(article["published"]))
        outcomes.append(dict(outcome, corpus=article["corpus"], day_cue=article["day_cue"]))
    result = {
        c: summarize([o for o in outcomes if o["corpus"] == c])
        for c in CORPORA
        if any(o["corpus"] == c for o in outcomes)
    }
    result["all"] = summarize(outcomes)
    result["seconds"] = time.perf_counter() - started
    return result


def evaluate_pubdate(
    shared: Path,
    settings: Settings,
    half: str = "eval",
    baseline: bool = True,
    grouped: str | None = None,
) -> dict[str, Any]:
    """rasad (with `grouped`, also rasad+grouped among that archive database's documents;
    and dateparser) on one sample half; see the module docstring."""
    articles = [dict(a, day_cue=has_day_cue(a)) for a in sample(shared, half)]
    own = remembered(rasad_system(settings))
    systems: dict[str, System] = {"rasad": own}
    if grouped:
        held = {a["id"] for a in articles}
        systems["rasad+grouped"] = grouped_system(own, Neighbours(grouped, held))
        systems["rasad+ingest"] = grouped_system(own, replayed_ingest(grouped, held))
    if baseline:
        systems["dateparser"] = dateparser_system
    return {
        "sample": {
            "half": half,
            "articles": len(articles),
            "by_corpus": _count(a["corpus"] for a in articles),
            "rule": f"sha1('{SALT}' + id)[0] {'even' if half == 'eval' else 'odd'}; "
            f"SaudiNewsNet: the {SNN_PER_SAMPLE} smallest hashes",
            "withheld": list(WITHHELD),
        },
        "systems": {name: score(articles, system) for name, system in systems.items()},
    }


def format_pubdate_report(result: dict[str, Any]) -> str:
    s = result["sample"]
    lines = [
        f"publication dates withheld: {s['half']} sample, {s['articles']} articles "
        f"({', '.join(f'{k} {v}' for k, v in s['by_corpus'].items())}); {s['rule']}",
        f"  {'system':<13} {'corpus':<16} {'n':>5} {'dated':>6} {'contains':>8} {'(of all)':>8} "
        f"{'med.width':>9} {'w/ day cue':>10} {'wrong yr':>8}",
    ]
    for name, by_corpus in result["systems"].items():
        for corpus, f in by_corpus.items():
            if corpus == "seconds":
                continue
            width = _days(f["median_width_days"])
            cue = _days(f["median_width_day_cue"])
            lines.append(
                f"  {name:<13} {corpus:<16} {f['articles']:>5} {f['dated']:>6.3f} "
                f"{f['contains_of_dated']:>8.3f} {f['contains_of_all']:>8.3f} {width:>9} "
                f"{cue:>10} {f['wrong_year']:>8.3f}"
            )
    return "\n".join(lines)


def _days(value: float | None) -> str:
    return "-" if value is None else f"{value:g}"
