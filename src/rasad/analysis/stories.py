"""Story-level views: title, events, timeline, claims, contradictions and framing.

Everything is computed from a story's documents, so it is always in step with them; every
timeline entry, claim and contradiction points at exact spans of the documents' text.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Iterator
from datetime import date, timedelta
from functools import cache
from typing import Any

import numpy as np

from rasad.analysis.chronology import HistoryLine, chronology_lines, history_lines, outranked
from rasad.analysis.happenings import anchors, fold_across, is_deadline, telling_anchors
from rasad.analysis.statements import (
    Statement,
    comparable,
    story_claims,
    story_contradictions,
    weekdays_named,
)
from rasad.analysis.statives import stative
from rasad.analysis.surnames import surname_dates
from rasad.cluster.embed import centered
from rasad.data import read_table
from rasad.entities.link import (
    NOT_GAZETTEER,
    mention_entities,
    names_person,
    opens_with_title,
)
from rasad.entities.recognise import is_demonym, names_in_language
from rasad.lang import date_words as W
from rasad.model import Document
from rasad.stages.dates import future_words
from rasad.stages.framing import framing_summary
from rasad.stages.langid import function_words
from rasad.stages.outlet import packaged_directory
from rasad.text.days import first_day, last_day, span
from rasad.text.normalize import fold_same_length
from rasad.text.overlap import jaccard
from rasad.text.patterns import alternatives
from rasad.text.sentences import (
    END_MARKS,
    entry_sentence_at,
    iter_sentences,
    sentence_at,
    sentence_spans,
    strip_span,
)
from rasad.text.tokenize import index_terms

TIMELINE_SIMILARITY = 0.1  # Jaccard of search keys for two same-day sentences to be one event
MAX_TIMELINE = 60
BACKGROUND_DAYS = 365  # a happening this long before the story's own time is its background
# ... and, when a report of the story is dated to its day, a happening more than this before the
# first such report: a report tells its own happening within a week of it, so what an August
# report dates to June or to last year is its background (Bahah's arrival in Aden, first
# reported on 1 August 2015, listed his appointment of October 2014 and the air campaign of
# March 2015 as its own happenings: eval/labels/stories84_look.md). Three days (the
# clustering's EVENT_DAYS) also made background an obituary's death and a festival's closing
# told four to seven days later, single reports of the look database.
REPORT_LAG_DAYS = 7


@cache
def concepts() -> dict[str, dict[str, list[str]]]:
    """concept → language → folded words."""
    out: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for concept, lang, words in read_table("claims/concepts.tsv"):
        out[concept][lang] = [fold_same_length(w) for w in words.split("|")]
    return out


def evidence(doc: Document, start: int, end: int) -> dict[str, Any]:
    return {"doc": doc.id, "start": start, "end": end, "text": doc.text[start:end]}


def reported(doc: Document, start: int, end: int) -> dict[str, Any]:
    """A timeline entry's evidence: one outlet's words, with the outlet (None when unknown)."""
    return {**evidence(doc, start, end), "outlet": doc.outlet}


def on_timeline(d: dict[str, Any], published: dict[str, Any] | None) -> bool:
    """Whether a date mention dates a happening at the precision it is shown with: a relative
    date only against a known publication day; a "day" only when its window is that one day
    ("last week", "in the coming days" name no day); a year when the text writes it, or names
    the year before or after the publication's ("last year", «العام المقبل»): "this year" is
    the time the article is written in, not the date of something that happened."""
    day_known = bool(published) and published["precision"] == "day"
    if not d["value"] or (d["relative"] and not day_known):
        return False
    if d["precision"] == "day":
        return not d["window"] or d["window"][0] == d["window"][1]
    if d["precision"] == "year" and d["relative"]:
        return published is not None and d["value"] != published["value"][:4]
    return True


ASIDE_PREFIX = r"(?:^|(?<=[\n.!?؟؛:]))\s*(?:و\s*)?"
COMPARISON_REACH_WORDS = 3  # how many words before a date a comparison cue may stand


@cache
def aside_pattern() -> re.Pattern[str]:
    words = sorted({fold_same_length(w) for w in W.ASIDE_MARKERS}, key=len, reverse=True)
    return re.compile(ASIDE_PREFIX + "(?:" + "|".join(map(re.escape, words)) + r")\b", re.I)


def asides(text: str) -> list[int]:
    """Where the article turns to other news ("على صعيد آخر، …"): each aside runs to the next."""
    return [m.start() for m in aside_pattern().finditer(fold_same_length(text))]


@cache
def comparison_cues() -> frozenset[str]:
    return frozenset(fold_same_length(w).lower() for w in W.COMPARISON_CUES)


def compared_against(text: str, start: int) -> bool:
    """Whether the date at `start` is what something is compared with ("مقارنة بمستويات 2005")."""
    before = fold_same_length(text[max(0, start - 60) : start]).lower().split()
    window = before[-COMPARISON_REACH_WORDS:]
    cues = comparison_cues()
    return any(w.strip('«»"(،,') in cues for w in window) or any(
        " ".join(pair) in cues for pair in zip(window, window[1:], strict=False)
    )


def headline_words(docs: list[Document]) -> set[str] | None:
    """The words two or more of the story's headlines share (function words left out), or None
    when fewer than two documents have a headline (nothing to tell an aside by)."""
    titled = [d for d in docs if d.title]
    if len(titled) < 2:
        return None
    counts: Counter[str] = Counter()
    for d in titled:
        counts.update(set(index_terms(d.title or "", d.lang)))
    common = any_function_word()
    return {w for w, n in counts.items() if n >= 2 and len(w) >= 3 and w not in common}


def stray(doc: Document, story_words: set[str], titled_langs: Counter[str]) -> bool:
    """A document whose headline shares no word with the story's other headlines: placed in
    the story by likeness of text alone, it adds only the dates its sentences tie to the story.
    Only a headline with another in its language is judged: one headline in English among
    Arabic and Persian ones shares no word with them even when it tells the same story."""
    return (
        bool(doc.title)
        and titled_langs[doc.lang] >= 2
        and not shares_word(set(index_terms(doc.title or "", doc.lang)), story_words)
    )


SAME_WORD_PREFIX = 5  # letters two forms of one word share at the least (البريطاني, بريطانيا)


def shares_word(words: set[str], story_words: set[str]) -> bool:
    """Whether `words` hold one of `story_words`, or a form opening on the same five letters."""
    if words & story_words:
        return True
    prefixes = {w[:SAME_WORD_PREFIX] for w in story_words if len(w) >= SAME_WORD_PREFIX}
    return any(w[:SAME_WORD_PREFIX] in prefixes for w in words if len(w) >= SAME_WORD_PREFIX)


def in_aside(starts: list[int], position: int) -> bool:
    return any(s <= position for s in starts)


def timeline(docs: list[Document]) -> list[dict[str, Any]]:
    """Dated happenings, merged across documents by date and wording, then across languages
    by what their sentences name (`happenings.fold_across`), in date order. A date in an aside
    about other news (after "على صعيد آخر"), or in a document whose headline shares nothing
    with the story's other headlines, counts only when its sentence shares a word with the
    story's headlines; a date things are compared with, or that a record or a population
    count is measured at (`statives.stative`), is no happening. A chronology line's date
    outranks the other dates of its line (`chronology`), and the line is a happening of its
    own: it joins no other mention of its document. A weekday word that is a person's family
    name (`surnames`) dates nothing."""
    entries: list[dict[str, Any]] = []
    story_words = headline_words(docs)
    titled_langs = Counter(d.lang for d in docs if d.title)
    named_in: dict[tuple[str, int], set[str]] = {}  # each dated sentence's anchors
    for doc in docs:
        aside_starts = asides(doc.text) if story_words is not None else []
        if story_words is not None and stray(doc, story_words, titled_langs):
            aside_starts = [0]  # the whole document is an aside to this story
        lines = chronology_lines(doc)
        left_off = outranked(doc, lines) | surname_dates(doc)
        line_dates = {line.dating for line in lines}
        for k, d in enumerate(doc.dates):
            if k in left_off:
                continue
            if not on_timeline(d, doc.published) or compared_against(doc.text, d["start"]):
                continue
            if stative(doc.text, d, doc.dates, doc.lang):
                continue
            s, e = sentence_at(doc.text, d["start"], d["end"])
            if (s, e) == (d["start"], d["end"]):  # "Oct. 2, 1968" spans a stop
                s, e = entry_sentence_at(doc.text, d["start"], d["end"])
            dateline = not content_words(
                doc, doc.text[s : d["start"]] + " " + doc.text[d["end"] : e]
            )
            if dateline:
                lead = lead_after(doc, e)  # a bare dateline dates the lead that follows it
                if lead is None:
                    continue
                s, e = lead  # the entry shows the lead's words, not the dateline's
            # the wording that folds mentions is the plain sentence's: a sentence run on past
            # «د.» gains its attribution ("the source told DPA (د.ب.أ)") and would fold two
            # happenings one source told; the entry shows the whole sentence
            keys = set(index_terms(doc.text[s:e], doc.lang))
            if not dateline:
                s, e = entry_sentence_at(doc.text, d["start"], d["end"])
            if in_aside(aside_starts, d["start"]) and not shares_word(keys, story_words or set()):
                continue
            near = near_words(doc, d["start"], d["end"])
            named = anchors(doc, s, e, d["start"], d["end"])
            named_in.setdefault((doc.id, s), set()).update(named)
            deadline = is_deadline(doc.text, d["start"])
            since = d["precision"] == "year" and since_year(doc.text, d)
            own_line = k in line_dates
            same = next(
                (
                    x
                    for x in entries
                    if same_happening(x, d["value"], doc.id, keys, near)
                    and separate_lines_allow(x, doc.id, own_line)
                ),
                None,
            )
            if same:
                if all(ev["doc"] != doc.id for ev in same["evidence"]):
                    same["evidence"].append(reported(doc, s, e))
                    same["_keys"] |= keys
                    same["_near"] |= near
                same["_anchors"] |= named
                same["_langs"].add(doc.lang)
                same["_deadline"] |= deadline
                same["_cued"] |= deadline
                same["_since"] &= since
                if own_line:
                    same["_lines"].add(doc.id)
                continue
            entries.append(
                {
                    "date": d["value"],
                    "precision": d["precision"],
                    "summary": doc.text[s:e],
                    "evidence": [reported(doc, s, e)],
                    "_keys": keys,
                    "_near": near,
                    "_anchors": named,
                    "_deadline": deadline,
                    "_cued": deadline,
                    "_since": since,
                    "_langs": {doc.lang},
                    "_lines": {doc.id} if own_line else set(),
                }
            )
    mark_later(entries, docs)
    entries = fold_across(entries, telling_anchors(named_in.values(), len(docs)))
    mark_background(entries, docs)
    weekday_own = weekday_happening(entries, docs)
    # the story's own happenings lead; what is still to come follows (a day set for later, a
    # deadline or target: not happenings), and its background (a fact box, earlier years) last
    entries.sort(key=lambda x: (x["background"], x["_deadline"], x["date"], -len(x["evidence"])))
    for x in entries:
        x["deadline"] = x["_cued"]  # a date set as a deadline or target ("by", «بحلول», «تا»)
        # a day after every report that no cue sets as a deadline: a meeting set for a date,
        # a match next Wednesday — upcoming, not happened
        x["upcoming"] = x["_deadline"] and not x["_cued"]
        internal = ("_keys", "_near", "_anchors", "_deadline", "_cued", "_since", "_langs")
        for key in (*internal, "_lines"):
            del x[key]
    if weekday_own is not None:
        entries.insert(0, weekday_own)
    return entries[:MAX_TIMELINE]


def weekday_happening(entries: list[dict[str, Any]], docs: list[Document]) -> dict[str, Any] | None:
    """The own event of a story whose reports are all undated and whose timeline has no entry
    of its own (only background, deadlines or nothing), told by a weekday ("an earthquake hit
    the Indonesian island of Sulawesi on Friday", «روز جمعه»): an entry with no date and no
    precision (shown "date unknown"), never a guessed day — a weekday names no week. The
    weekday is the one the leads of the most outlets' original reports name for what they
    tell (`weekday_sentences`; a translation adds its sentence to its original's weekday, no
    weekday of its own), the one named first on a tie; the evidence is each report's first
    sentence naming it, the summary the earliest such sentence of a report in the story's
    reading language."""
    if any(d.published for d in docs) or any(
        not x["background"] and not x["_deadline"] for x in entries
    ):
        return None
    told: dict[int, list[tuple[Document, int, int]]] = defaultdict(list)
    originals = untranslated(docs)
    for doc in [*originals, *(d for d in docs if d not in originals)]:
        for day, s, e in weekday_sentences(doc):
            # a translation only follows its original: a translator's «يوم السبت» for a
            # match the English report dates by no weekday is no evidence
            if doc not in originals and not told[day]:
                continue
            if all(found[0].id != doc.id for found in told[day]):
                told[day].append((doc, s, e))
    told = {day: found for day, found in told.items() if found}
    if not told:
        return None

    def support(day: int) -> tuple[int, int]:
        outlets = {doc.outlet or doc.id for doc, _, _ in told[day]}
        return len(outlets), -min(s for _, s, _ in told[day])

    day = max(told, key=support)
    reading = reading_language(docs)
    # the reading language's first; then the earliest in its report, the id on a tie (the
    # same page whatever order the store gives the documents in)
    sentences = sorted(told[day], key=lambda f: (f[0].lang != reading, f[1], f[0].id))
    doc, s, e = sentences[0]
    return {
        "date": None,
        "precision": None,
        "summary": doc.text[s:e],
        "evidence": [reported(d, ds, de) for d, ds, de in sentences],
        "deadline": False,
        "upcoming": False,
        "background": False,
    }


LEAD_SENTENCES = 3  # a report tells its own happening in its first sentences


def weekday_sentences(doc: Document) -> Iterator[tuple[int, int, int]]:
    """Each weekday an undated document's lead (its first LEAD_SENTENCES sentences) names for
    a happening, with its sentence: a weekday mention («Friday», «روز جمعه») the dates stage
    could not resolve for want of a publication day, not the day of the telling ("said on
    Saturday", "today, Monday"). Later sentences tell the next fixture ("face leaders Hearts
    next Sunday") or an earlier incident ("months after another cyclist died … Saturday's
    crash") as often as the report's own happening."""
    preview = previews(doc)
    lead = [se for se in sentence_spans(doc.text) if content_words(doc, doc.text[slice(*se)])]
    lead_end = lead[LEAD_SENTENCES - 1][1] if len(lead) >= LEAD_SENTENCES else len(doc.text)
    for d in doc.dates:
        if d["value"] or not d.get("relative") or d["precision"] != "day":
            continue
        named = weekdays_named(d["text"])
        if len(named) != 1 or d["end"] > lead_end:
            continue
        (day,) = named
        opening = sentence_at(doc.text, d["start"], d["end"])[0]
        before = fold_same_length(doc.text[opening : d["start"]])
        if future_words()[0].search(before) or intent_pattern().search(before):
            continue  # "Rosa is expected to …", "Scherzer hopes to take the mound on Sunday"
        if preview and not past_pattern().search(before):
            continue  # "Rangers host Rapid Vienna on Thursday", under "ahead of … clash"
        if is_deadline(doc.text, d["start"]):
            continue
        if day in weekdays_named(doc.text[opening : d["end"]]):
            s, e = entry_sentence_at(doc.text, d["start"], d["end"])
            yield day, continued_start(doc.text, s), e


def folded_words_pattern(words: list[str]) -> re.Pattern[str]:
    """Any of these words or phrases, folded, standing as words in a folded text."""
    folded = sorted({fold_same_length(w) for w in words}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, folded)) + r")(?!\w)", re.I)


@cache
def intent_pattern() -> re.Pattern[str]:
    """A word of intention or hope (`date_words.INTENT_CUES`: "hopes to", «يأمل»)."""
    return folded_words_pattern(W.INTENT_CUES)


@cache
def preview_pattern() -> re.Pattern[str]:
    """An English headline's words announcing a coming event (`date_words.PREVIEW_TITLE_CUES`)."""
    return folded_words_pattern(W.PREVIEW_TITLE_CUES)


@cache
def past_pattern() -> re.Pattern[str]:
    """An English past verb: `date_words.PAST_WORDS` or a word ending in "-ed"."""
    words = "|".join(map(re.escape, W.PAST_WORDS))
    return re.compile(rf"(?<!\w)(?:{words}|[a-z]{{2,}}ed)(?!\w)", re.I)


def previews(doc: Document) -> bool:
    """Whether an English report's headline announces an event still to come ("Dorrans
    optimistic ahead of Rapid Vienna clash")."""
    return doc.lang == "en" and bool(doc.title) and bool(preview_pattern().search(doc.title))


def continued_start(text: str, start: int) -> int:
    """Where a sentence begins that a stop after an abbreviation cut ("Police in Baton Rouge,
    La., announced Saturday …" split after "La."): the previous sentence's start when the
    sentence opens on a comma or a lower-case letter."""
    opening = text[start : start + 1]
    if start == 0 or not (opening in ",،;" or opening.islower()):
        return start
    return sentence_at(text, start - 2, start - 1)[0]


def mark_background(entries: list[dict[str, Any]], docs: list[Document]) -> None:
    """Mark each entry that is background to the story rather than its own happening
    (`background`): told only in a fact box of earlier years (`history_lines`: the Reuters
    quake report's "major quakes and tsunamis in recent years", 2004-2018) or in a document
    holding one, dated before the box's last line ("In 1938, a tsunami killed more than 200
    people", above the box); or ending before the story's own time, less the days a report
    lags behind its happening (`background_before`); or a year only ever written as the start of a state that lasts ("since
    2006", «منذ عام 1994», «از سال ۱۹۹۴»: `since_year`) before the story's own year, or in a
    story nothing else dates."""
    boxes = {d.id: history_lines(d) for d in docs}
    own = own_time(entries, docs)
    before = background_before(own, docs)
    for x in entries:
        last = span(x["date"])[1]
        boxed = all(_recalled(ev, boxes.get(ev["doc"], []), last) for ev in x["evidence"])
        earlier = before is not None and last < before and not x["_deadline"]
        started = x["_since"] and (own is None or last.year < own.year)
        x["background"] = boxed or earlier or started


@cache
def since_pattern() -> re.Pattern[str]:
    """ "since", «منذ», «از سال», with a year word after them, at the end of a text."""
    years = alternatives(["عام", "العام", "سنة", "year"])
    return re.compile(rf"(?:^|[\s«\"'(])(?:{alternatives(W.SINCE)})(?:\s+(?:{years}))?\s*$", re.I)


def since_year(text: str, mention: dict[str, Any]) -> bool:
    """Whether a year mention is written as the start of a state that lasts ("active since
    1994", «منذ عام 2011»; the cue before the mention or opening it), not as the time of a
    happening."""
    start = mention["start"]
    head = re.split(r"\d", text[start : mention["end"]], maxsplit=1)[0]  # "since " of "since 2006"
    return bool(since_pattern().search(fold_same_length(text[max(0, start - 30) : start] + head)))


def mark_later(entries: list[dict[str, Any]], docs: list[Document]) -> None:
    """Mark as not a happening (`_deadline`; shown as upcoming unless a cue makes it a
    deadline) each entry dated after the last day its reports were written: a day no report
    could have seen happen is one set for later (Al-Jazirah's 1 August report of the Cairo
    talks "on the 27th"). Reports dated only to the year are too wide to tell; an entry of
    undated reports is compared with the story's latest dated report."""
    written = {d.id: last_written(d) for d in docs}
    story_last = max((day for day in written.values() if day), default=None)
    for x in entries:
        days = [written.get(ev["doc"]) for ev in x["evidence"]]
        last = max((day for day in days if day), default=None) or story_last
        if last is not None and span(x["date"])[0] > date.fromisoformat(last):
            x["_deadline"] = True


def last_written(doc: Document) -> str | None:
    """The last ISO day a document can have been written on, when its publication date is
    known to the month or the day (None for a year or no date)."""
    if not doc.published or doc.published.get("precision") not in ("day", "month"):
        return None
    return last_day(doc.published)


def background_before(own: date | None, docs: list[Document]) -> date | None:
    """The day before which a timeline entry is background to a story whose own time begins on
    `own` (`own_time`): REPORT_LAG_DAYS before it when the story's first report is dated to its
    day (what happened earlier is what the reports recall, not what they report: the Athens
    bourse's closure on 29 June in the reports of its reopening on 3 August), BACKGROUND_DAYS
    before it otherwise (a report dated only to its month or year, or a story of undated reports
    whose own time is its latest entry's, cannot tell its happening's day). None when nothing
    dates the story."""
    if own is None:
        return None
    first = min(
        (d.published for d in docs if d.published and first_day(d.published)),
        key=lambda p: (first_day(p), p.get("precision") != "day"),
        default=None,
    )
    if (
        first is not None
        and first.get("precision") == "day"
        and first_day(first) == own.isoformat()
    ):
        return own - timedelta(days=REPORT_LAG_DAYS)
    return own - timedelta(days=BACKGROUND_DAYS)


def own_time(entries: list[dict[str, Any]], docs: list[Document]) -> date | None:
    """The earliest day a story's own happenings may fall on: its first publication day (a
    report dated only to its month or year counts from the first day it allows: Newsweek's
    2018 preview of the Wheeling rally makes 2016 background); for a story of undated
    reports, the first day of the latest of its entries that is no deadline, no fact box's
    line and no start of a state ("since 2006") (an undated Ryder Cup report's 2018 makes 1979, 1993 and 1999 background; the
    Macedonian referendum's 2018-09-30 makes the 2016 election background). None when
    nothing dates the story."""
    published = [first_day(d.published) for d in docs if d.published]
    if any(published):
        return date.fromisoformat(min(day for day in published if day))
    boxes = {d.id: history_lines(d) for d in docs}
    own = [
        span(x["date"])[0]
        for x in entries
        if not x["_deadline"]
        and not x["_since"]
        and not all(
            _recalled(ev, boxes.get(ev["doc"], []), span(x["date"])[1]) for ev in x["evidence"]
        )
    ]
    return max(own, default=None)


def _recalled(evidence: dict[str, Any], box: list[HistoryLine], last: date) -> bool:
    """Whether a piece of evidence is a fact box's line, or a sentence of the box's document
    dated before the box's last line."""
    if not box:
        return False
    in_line = any(line.start <= evidence["start"] < line.end for line in box)
    return in_line or last < max(line.day for line in box)


def separate_lines_allow(entry: dict[str, Any], doc_id: str, own_line: bool) -> bool:
    """Whether a mention may join an entry as far as chronology lines go: a line's date is a
    happening of its own in its document (two lines of 2 August 1990 are two happenings), so
    it joins only another document's entry, and no other mention of a document joins the
    entry one of its lines opened."""
    if own_line:
        return all(ev["doc"] != doc_id for ev in entry["evidence"])
    return doc_id not in entry["_lines"]


NEAR_WORDS = 6  # the words either side of a date that say what happened on it
NEAR_SHARED = 2  # two outlets' sentences naming a date with this many of them in common


def near_words(doc: Document, start: int, end: int) -> set[str]:
    """The content words (no function words, numbers or the date itself) written within
    NEAR_WORDS words of a date: "فيديو نشر في ساعة مبكرة الاحد" → فيديو, نشر, ساعة, مبكرة."""
    s, e = sentence_at(doc.text, start, end)
    before = index_terms(doc.text[s:start], doc.lang)[-NEAR_WORDS:]
    after = index_terms(doc.text[end:e], doc.lang)[:NEAR_WORDS]
    return content_words(doc, before + after)


HEADLINE_LINE_WORDS = 14  # a line this short without a closing stop is a headline or kicker


def lead_after(doc: Document, end: int) -> tuple[int, int] | None:
    """The first sentence after `end` that says something (has content words) and is no
    headline line (`headline_line`), or None: the lead a bare dateline («الأربعاء 2020/11/18»)
    dates, not the headline printed under it («الكاظمي: انسحاب القوات الأميركية مطلب الجميع»).
    When every sentence after it is such a line, the first of them."""
    said = [
        strip_span(doc.text, s, e)
        for s, e in iter_sentences(doc.text)
        if s >= end and content_words(doc, doc.text[s:e])
    ]
    return next((se for se in said if not headline_line(doc.text, *se)), None) or next(
        iter(said), None
    )


def headline_line(text: str, start: int, end: int) -> bool:
    """Whether a sentence is a line of its own, short and without a closing stop: a headline
    or a kicker between a dateline and the lead, not running text."""
    own_line = text[:start].rstrip(" \t").endswith("\n") and text[end:].lstrip(" \t")[:1] in (
        "\n",
        "",
    )
    closed = text[start:end].rstrip(" \"'»”)").endswith(tuple(END_MARKS))
    return own_line and not closed and len(text[start:end].split()) <= HEADLINE_LINE_WORDS


def content_words(doc: Document, words: str | list[str]) -> set[str]:
    """The content words among `words` (or of a text): three letters or more, no number, no
    function word of any language."""
    if isinstance(words, str):
        words = index_terms(words, doc.lang)
    common = any_function_word()
    return {w for w in words if len(w) >= 3 and not w.isdigit() and w not in common}


@cache
def any_function_word() -> frozenset[str]:
    """The function words of every language, one set (read once, not per date mention)."""
    return frozenset().union(*function_words().values())


def same_happening(
    entry: dict[str, Any], value: str, doc_id: str, keys: set[str], near: set[str]
) -> bool:
    """Whether a date mention is an entry's happening: the same date, and sentences sharing
    wording, or (another outlet's) words around the date in common: one outlet's long sentence
    and another's short one about the same video, the same ceremony."""
    if entry["date"] != value:
        return False
    if jaccard(keys, entry["_keys"]) >= TIMELINE_SIMILARITY:
        return True
    other_doc = all(ev["doc"] != doc_id for ev in entry["evidence"])
    return other_doc and len(near & entry["_near"]) >= NEAR_SHARED


def claims(docs: list[Document], said: list[Statement] | None = None) -> list[dict[str, Any]]:
    """The facts the story's documents give as figures, one item per fact and value, from
    the statements and their alignment (`rasad.analysis.statements.story_claims`)."""
    return story_claims(docs, said)


def central_title(docs: list[Document], vectors: dict[str, np.ndarray]) -> str | None:
    """The headline of the story's most central document (the first titled one if no
    vectors), never one of a minority that joined late: the story's core is the half of its
    titled documents nearest the centroid of the first half to arrive (`docs` in ingest
    order), and the title is that of the core document nearest the core's centroid.

    Only a title that reads as a headline counts (`is_headline`, round stories68): a
    document whose title is a piece of a sentence (its first line, «وللنساء الحق في
    استخدامه.») gives no story its title, and a story none of whose documents has a headline
    has no title (shown as untitled) rather than a fragment.

    A translation's title is no candidate beside its original's (`untranslated`, round
    stories74): a story of CNN's report and its Arabic and Persian translations is titled by
    CNN's headline, not by a translation's loose rendering of it. The core is found among all
    the headlines as before, and the title is the original nearest its centroid (a core
    original first), so a story without translations keeps the title it had."""
    titled = headlines(docs)
    if not titled:
        return None if any(d.title for d in docs) else (docs[0].text[:80] if docs else None)
    return central_headline(titled, vectors)[0].title


def headlines(docs: list[Document]) -> list[Document]:
    """The documents whose title reads as a headline (`is_headline`), in their order."""
    return [d for d in docs if d.title and is_headline(d.title, d.lang)]


def central_headline(
    titled: list[Document], vectors: dict[str, np.ndarray]
) -> tuple[Document, dict[str, float]]:
    """(the document whose headline titles a story (`central_title`), each headline's
    closeness to the story's core by document id, empty without vectors), among its documents
    with a headline (`titled`, in ingest order, at least one)."""
    originals = {d.id for d in untranslated(titled)}
    with_vec = [d for d in titled if d.id in vectors]
    if not with_vec:
        return next(d for d in titled if d.id in originals), {}
    vecs, core, centroid = headline_core(with_vec, vectors)
    pool = np.array([i for i in core if with_vec[i].id in originals], dtype=int)
    if not pool.size:  # the core all translations: the originals with a vector, else the core
        pool = np.array([i for i, d in enumerate(with_vec) if d.id in originals], dtype=int)
    if len(pool) == len(core) or not pool.size:
        pool = core
    near = {d.id: float(v @ centroid) for d, v in zip(with_vec, vecs, strict=True)}
    return with_vec[int(pool[np.argmax(vecs[pool] @ centroid)])], near


def headline_core(
    with_vec: list[Document], vectors: dict[str, np.ndarray]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(the documents' centred vectors, the indices of the story's core, the core's
    centroid): the core is the half of the documents nearest the centroid of the first half to
    arrive (`central_title`)."""
    vecs = np.vstack([centered(vectors[d.id], d.lang) for d in with_vec])
    founding = vecs[: (len(vecs) + 1) // 2].mean(axis=0)
    closeness = vecs @ founding
    core = np.flatnonzero(closeness >= np.median(closeness))
    return vecs, core, vecs[core].mean(axis=0)


def language_titles(docs: list[Document], vectors: dict[str, np.ndarray]) -> dict[str, str]:
    """The story's title in each other language its documents have a headline in: that
    language's headline nearest the story's core (`headline_core`), so that a reader of the
    web page in Persian sees a Persian headline of the story rather than its English one. The
    language of the document `central_title` takes the title from is left out (its title is
    the story's), as is a story with no headline."""
    titled = headlines(docs)
    if not titled:
        return {}
    central, near = central_headline(titled, vectors)
    others = [d for d in titled if d.lang and d.lang != central.lang]
    if not near:  # no vectors: each language's first headline
        return {d.lang: d.title for d in reversed(others)}
    out: dict[str, str] = {}
    for lang in sorted({d.lang for d in others}):
        pool = [d for d in others if d.lang == lang]
        best = max(pool, key=lambda d: near.get(d.id, -np.inf))  # first of equals: ingest order
        out[lang] = best.title
    return out


def untranslated(docs: list[Document]) -> list[Document]:
    """The documents less those that translate another of them: a document in another
    language than its outlet's (its profile's, data/outlets/outlets.csv) where a document of
    that outlet in the outlet's language is there too (Newsweek's English article beside its
    Arabic rendering under Newsweek's name). A translation's headline renders the original's
    loosely («زنان باید گریه‌هایشان را مدیریت کنند.» for a Newsweek headline)."""
    directory = packaged_directory()
    own: dict[str, str] = {}  # outlet → its language, where a document of the list has it
    for d in docs:
        profile = directory.get(d.outlet)
        if profile is not None and profile.lang and profile.lang == d.lang and d.outlet:
            own[d.outlet] = d.lang
    return [d for d in docs if not d.outlet or own.get(d.outlet, d.lang) == d.lang]


# a title ending so stops mid-thought: a sentence cut at a comma (a colon may end a
# column's headline: «… (2 ـ 5):»)
FRAGMENT_ENDS = (",", "،")
SENTENCE_END = "."
ARTICLE_AFTER_CONJUNCTION = ("ال", "لل")  # «والحكومة», «وللنساء»: «و»/«ف» on a definite noun
ARTICLE_NOUN_LETTERS = 5  # … with at least this many letters left («والي», «والدة» are nouns)


def is_headline(title: str, lang: str | None) -> bool:
    """Whether a document's title reads as a headline, not a piece of running text (the
    first line of an untitled document, or a headline's second half): a sentence that opens
    with a conjunction continuing an earlier one (`opens_with_conjunction`) and ends with a
    full stop, or a line that stops at a comma. A headline opening with «و» and no full stop
    is a column's («والكهرباء أهم من الحب أحيانا»), one with a full stop and no conjunction a
    translated headline («حزب العمال لم يعد حزبًا ذو آراء متنوعة بعد الآن.»)."""
    words, ending = title.split(), title.rstrip()
    if not words:
        return False
    if ending.endswith(FRAGMENT_ENDS):
        return False
    return not (opens_with_conjunction(words[0], lang) and ending.endswith(SENTENCE_END))


def opens_with_conjunction(word: str, lang: str | None) -> bool:
    """Whether a title's first word is a conjunction continuing an earlier sentence
    (data/text/title_openers.tsv), or, in Arabic, «و» or «ف» written onto a definite noun
    («وللنساء»; not «والي» "governor" nor «وزير», whose «و» is no conjunction)."""
    key = word.strip("\"'«»“”‘’(").lower()
    openers = title_openers().get(lang or "", frozenset())
    if key in openers:
        return True
    if lang != "ar" or key[:1] not in ("و", "ف"):
        return False
    rest = key[1:]
    return rest.startswith(ARTICLE_AFTER_CONJUNCTION) and len(rest) >= ARTICLE_NOUN_LETTERS


@cache
def title_openers() -> dict[str, frozenset[str]]:
    """language → the conjunctions that open no headline (data/text/title_openers.tsv)."""
    words: dict[str, set[str]] = defaultdict(set)
    for lang, word in read_table("text/title_openers.tsv"):
        words[lang].add(word.lower())
    return {lang: frozenset(found) for lang, found in words.items()}


WHY_ENTITIES = 8  # entities a why-line names
MIN_NAME_LETTERS = 3  # a shorter name ("r", "km", an initial) tells a reader nothing


def story_language(docs: list[Document]) -> str | None:
    """The language most of a story's documents are in (ties: the first in name order)."""
    counts = Counter(d.lang for d in docs if d.lang)
    return min(counts, key=lambda lang: (-counts[lang], lang)) if counts else None


def is_gazetteer_key(key: str) -> bool:
    """Whether an entity key names a gazetteer entry ("GPE:Palu"), not a skeleton ("~pl"), a
    written form ("=بالو") or an id."""
    canonical = key.partition(":")[2]
    return bool(canonical) and not canonical.startswith(NOT_GAZETTEER)


def entity_display_names(docs: list[Document], lang: str | None) -> dict[str, str]:
    """A readable name for each entity key the documents mention: the form the documents in
    `lang` write most (an English story names a gazetteer entity by its canonical name), else
    the gazetteer name, else the form written most in any language. A place's adjective
    («الأمريكية») names it only when nothing else does: a gazetteer place written only so is
    shown by the hand list's own form in `lang` (الولايات المتحدة), and so is a hand-list person
    whose documents name him mostly by an epithet or with a title before his name."""
    written: dict[str, Counter[str]] = defaultdict(Counter)
    own: dict[str, Counter[str]] = defaultdict(Counter)
    for d in docs:
        for m in d.entities:
            text = " ".join(m["text"].split())
            written[m["entity"]][text] += 1
            if d.lang == lang:
                own[m["entity"]][text] += 1
    names = {}
    for key, forms in written.items():
        canonical = key.partition(":")[2]  # an entity id (no type) is not a name
        # nor a skeleton (~sntn) or a written-form key (=scotland): only a gazetteer name is
        known = canonical if canonical and not canonical.startswith(NOT_GAZETTEER) else None
        if known and (lang == "en" or not own[key]) and not surname_only(key, forms):
            names[key] = known
            continue
        counted = _without_clitics(own[key] or forms, forms)
        named = Counter({form: n for form, n in counted.items() if not is_demonym(form)})
        listed = names_in_language(lang or "").get(known) if known else None
        if listed and not named:
            names[key] = listed
        elif listed and key.startswith("PER:") and not names_person(_most(named), known):
            names[key] = listed  # «مقام معظم رهبری» "the Supreme Leader": Khamenei by his name
        elif listed and key.startswith("PER:") and opens_with_title(_most(named)):
            names[key] = listed  # «امام خمینی», «آیت الله سیستانی»: the name without the title
        else:
            names[key] = (named or counted).most_common(1)[0][0]
    return names


def surname_only(key: str, forms: Counter[str]) -> bool:
    """Whether a gazetteer person is written only by one word that is not their whole listed
    name: the linker's reading of a lone surname is no ground to print a full name ("Austin,
    Texas" read as `PER:Lloyd Austin` in CBS's Pelosi report is shown "Austin")."""
    return key.startswith("PER:") and all(len(form.split()) == 1 for form in forms)


def _most(forms: Counter[str]) -> str:
    return forms.most_common(1)[0][0]


PROCLITICS = "وفلبك"  # and, so, for, with, as: written joined to the next word


def without_clitic(form: str, written: Collection[str]) -> str:
    """A name's form without a joined proclitic when that bare form is `written` too
    ("وواشنطن" → "واشنطن"); else the form as it is."""
    return form[1:] if form[:1] in PROCLITICS and form[1:] in written else form


def _without_clitics(forms: Counter[str], written: Counter[str]) -> Counter[str]:
    """Forms counted with the forms they are once a joined proclitic is off ("وواشنطن" counts
    as "واشنطن" when that is `written` too, in any language)."""
    merged: Counter[str] = Counter()
    for form, n in forms.items():
        merged[without_clitic(form, written)] += n
    return merged


def _letters(name: str) -> int:
    return sum(ch.isalpha() for ch in name)


def reading_language(docs: list[Document]) -> str | None:
    """The language a story is read in: that of most of its original documents (a
    translation's language counts only where no original is there, `untranslated`), so a
    story of English reports and their Arabic and Persian translations reads in English, as
    its title does."""
    return story_language(untranslated(docs) or docs)


def one_entity_keys(docs: list[Document]) -> dict[str, str]:
    """Each entity key of the documents → one key standing for every key of its entity: keys
    the entity linker reads as one entity anywhere in the story (`mention_entities`: Palu's
    `GPE:Palu`, `GPE:=بالو`, `GPE:=پالو`) are one, and a key is one entity wherever it is
    written (the linker may keep a one-word name's two languages apart)."""
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        while parent.setdefault(key, key) != key:
            key = parent[key]
        return key

    first_key: dict[str, str] = {}  # linked id → the first key read as it
    linked = mention_entities(docs)
    for d in docs:
        for m, eid in zip(d.entities, linked.get(d.id, []), strict=True):
            a, b = root(m["entity"]), root(first_key.setdefault(eid, m["entity"]))
            if a != b:
                parent[max(a, b)] = min(a, b)
    return {key: root(key) for key in list(parent)}


def why(docs: list[Document]) -> list[str]:
    """The reasons documents were grouped: the entities most of them share, each named once
    however many scripts write it (the entity linker's ids across the story,
    `mention_entities`: Palu, «بالو» and «پالو» are one city) and named as the story's reading
    language writes it where it does (`reading_language`; never an internal key; names
    shorter than `MIN_NAME_LETTERS` letters left out), and the similarity scores seen."""
    lang = reading_language(docs)
    display = entity_display_names(docs, lang)
    entity_of = one_entity_keys(docs)
    keys_of: dict[str, set[str]] = defaultdict(set)  # entity → the keys it was read from
    used, used_in_lang = Counter[str](), Counter[str]()  # mentions of each key
    in_docs: Counter[str] = Counter()
    for d in docs:
        for m in d.entities:
            keys_of[entity_of[m["entity"]]].add(m["entity"])
            used[m["entity"]] += 1
            used_in_lang[m["entity"]] += d.lang == lang
        in_docs.update({entity_of[m["entity"]] for m in d.entities})

    def naming_key(eid: str) -> str:
        """The key whose name a reader of `lang` reads: one its documents write, else a
        gazetteer entry (named by its listed form in `lang`), else the most written."""
        return max(
            sorted(keys_of[eid]),
            key=lambda k: (used_in_lang[k], is_gazetteer_key(k), used[k]),
        )

    shared: list[str] = []
    order = sorted(in_docs.items(), key=lambda kn: (-kn[1], min(keys_of[kn[0]])))  # ties by key
    for eid, n in order:
        if n < 2 or len(shared) == WHY_ENTITIES:
            break
        name = display[naming_key(eid)]
        if _letters(name) >= MIN_NAME_LETTERS and name not in shared:
            shared.append(name)
    scores = [
        float(w.split()[-1]) for d in docs for w in d.why if w.startswith("embedding similarity")
    ]
    reasons = []
    if shared:
        reasons.append(f"shared entities: {', '.join(shared)}")
    if scores:
        reasons.append(
            f"embedding similarity {min(scores):.2f}–{max(scores):.2f} (language-centred e5)"
        )
    return reasons or ["a single document"]


def events(docs: list[Document]) -> list[dict[str, Any]]:
    grouped: dict[str, list[Document]] = defaultdict(list)
    for d in docs:
        grouped[d.event or f"{d.story}.e0"].append(d)
    out = []
    for event_id, members in grouped.items():
        dates = sorted(p["value"] for p in (m.published for m in members) if p)
        out.append(
            {
                "id": event_id,
                "title": next((m.title for m in members if m.title), members[0].text[:80]),
                "date": dates[0] if dates else None,
                "documents": [m.id for m in members],
            }
        )
    return sorted(out, key=lambda e: (e["date"] or "", e["id"]))


def original_of(doc: Document, by_id: dict[str, Document]) -> str:
    """The document a copy was taken from, following copies of copies, within `by_id`
    (a copy whose original is elsewhere stands for itself)."""
    seen = {doc.id}
    while doc.duplicate_of in by_id and doc.duplicate_of not in seen:
        doc = by_id[doc.duplicate_of]
        seen.add(doc.id)
    return doc.id


def members(docs: list[Document]) -> list[dict[str, Any]]:
    """Each distinct article once, in the documents' order, with the ids of its near-duplicate
    copies (syndicated or lightly edited) in the same story."""
    by_id = {d.id: d for d in docs}
    copies: dict[str, list[str]] = {}
    for doc in docs:
        root = original_of(doc, by_id)
        copies.setdefault(root, [])
        if root != doc.id:
            copies[root].append(doc.id)
    return [{"id": root, "copies": ids} for root, ids in copies.items()]


def coverage(docs: list[Document]) -> dict[str, Any]:
    """A story's languages, outlets and first and last publication dates (the story list's
    summary row and the full story share them)."""
    dates = sorted(d.published["value"] for d in docs if d.published)
    return {
        "languages": sorted({d.lang for d in docs}),
        "outlets": sorted({d.outlet for d in docs if d.outlet}),
        "first_seen": dates[0] if dates else None,
        "last_seen": dates[-1] if dates else None,
    }


def build_story(
    story_id: str, docs: list[Document], vectors: dict[str, np.ndarray]
) -> dict[str, Any]:
    """The export Story object (`documents` lists copies too; `members` groups them)."""
    grouped = members(docs)
    return {
        "id": story_id,
        "title": central_title(docs, vectors),
        "documents": [d.id for d in docs],
        "members": grouped,
        "copies": len(docs) - len(grouped),
        **coverage(docs),
        "why": why(docs),
        "events": events(docs),
        "timeline": timeline(docs),
        # one reading of the statements serves the claims and the contradictions
        "claims": claims(docs, said := comparable(docs)),
        "contradictions": story_contradictions(docs, said),
        "framing": framing_summary(docs),
    }


def build_stories(docs: Iterable[Document], vectors: dict[str, np.ndarray]) -> list[dict[str, Any]]:
    """Every story of the corpus, largest first."""
    members: dict[str, list[Document]] = defaultdict(list)
    for d in docs:
        if d.story:
            members[d.story].append(d)
    stories = [build_story(sid, ds, vectors) for sid, ds in members.items()]
    return sorted(stories, key=lambda s: (-len(s["documents"]), s["id"]))


def reported_by(story: dict[str, Any], docs: dict[str, Document]) -> dict[str, Any]:
    """Which outlet reports which fact of a story (its numbers and dated happenings), and which
    leave it out: a row per fact, a column per outlet (a document without an outlet counts as
    its own source, named by its file name)."""

    def source(doc_id: str) -> str:
        doc = docs[doc_id]
        return doc.outlet or doc.source.replace("\\", "/").rsplit("/", 1)[-1]

    sources = sorted({source(i) for i in story["documents"]})
    facts = [
        {"kind": "number", "label": f"{c['about']}: {c['value']:g}", "evidence": c["evidence"]}
        for c in story["claims"]
    ] + [
        {
            "kind": "event",
            "label": f"{t['date'] or 'date unknown'}: {t['summary'][:90]}",
            "evidence": t["evidence"],
        }
        for t in story["timeline"]
    ]
    rows = []
    for fact in facts:
        first: dict[str, dict[str, Any]] = {}
        for e in fact["evidence"]:
            first.setdefault(source(e["doc"]), e)
        rows.append(
            {
                "kind": fact["kind"],
                "label": fact["label"],
                "reported": [s for s in sources if s in first],
                "omitted": [s for s in sources if s not in first],
                "cells": [first.get(s) for s in sources],  # evidence per source, None if left out
            }
        )
    rows.sort(key=lambda r: (-len(r["reported"]), r["kind"], r["label"]))
    return {"sources": sources, "facts": rows}
