"""The online story index: each new document joins its best story or starts one.

Stories are found by an exact search over a matrix of live story centroids (with a random
projection shortlist once there are many stories). A candidate's score is the cosine of the
document's language-centred vector to the story centroid (or to the story's closest event, less
a margin, when the story has several), raised in proportion to the story's share of other
languages (a translation scores lower than a same-language report), more when they share rare
names and figures, plus bonuses for shared entity names and shared numbers and dates (each as
specific as it is rare in the archive), minus a penalty for time distance and minus the
document's mean cosine to its candidates (local scaling: e5's band is narrow, so a match must
stand out from its neighbourhood). Inside a story, documents that are close in content and date
form events. Same input order, same stories.

Thresholds and weights were chosen on development data: the dev half of ntrex_ar_fa_en (stories
split by a hash of their id) and the dev third of the Saudi News Net events.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import numpy as np

from rasad.cluster.columns import ColumnReport, learn_columns, split_by_names
from rasad.cluster.live import LIVE_DAYS, LiveCentroids
from rasad.cluster.series import (
    SPLIT_EVERY_DAY,
    SeriesReport,
    learn_series,
    split_by_report_day,
)
from rasad.cluster.sounds import is_sound, shown
from rasad.text.translit import letters_correspond

CANDIDATES = 8
ENTITY_WEIGHT = 0.15  # per shared-entity Jaccard unit
FACT = "#"  # prefix of number and date keys ("#2500", "#2019-03-01") beside entity keys
LANGUAGE = "@"  # prefix of a document's language key ("@fa")
# Added to the cosine in proportion to a story's other-language share. In a whole archive a
# document's neighbourhood (the local-scaling background) is mostly stories of its own language,
# so a translation stands out less from it than when a multilingual set is clustered alone:
# 0.1 left 33 of ntrex's 123 articles split from a translation among the whole archive
# (bench/archive_replay.py); 0.15 joins most of them, 0.2 joins rival articles too.
CROSS_LANGUAGE_SHIFT = 0.15
# The same for joining an event of the story (round stories62): the Indonesian quake's English
# originals were one event, their Arabic and Persian translations another.
EVENT_LANGUAGE_SHIFT = CROSS_LANGUAGE_SHIFT
# A translation, or another outlet's report of the same event, repeats the event's rare names
# and figures whatever its language; a rival article of the same topic shares its common ones.
# A candidate in other languages gets up to KEY_EVIDENCE_SHIFT more, in proportion to its
# other-language share and to the evidence of the names and figures it shares with the document
# (each as specific as it is rare; counted from KEY_EVIDENCE_FLOOR, fully at KEY_EVIDENCE_FULL).
# In a whole archive the document's own-language neighbourhood (the local-scaling background)
# otherwise leaves a translation below the bar: on the s36 archive (bench/archive_replay.py) 8
# stories of the ntrex dev half kept one translation apart, its match to the others at 0.23-0.34 with
# shared names of specificity 1.3-5. Names count at half a figure's weight: the articles of one
# topic share its names (a nominee, a senator) more often than its figures (weighted fully,
# they joined a rally report with a hearing report of the same week).
KEY_EVIDENCE_SHIFT = 0.15
KEY_EVIDENCE_FULL = 1.5
KEY_EVIDENCE_NAMES = 0.5  # a shared name's weight in that evidence, a figure's being 1
# Evidence up to this counts nothing: one name of middling rarity (a country in a small stream)
# is not a translation's evidence (without it, 6 ntrex and Saudi News Net groups of the mixed
# stream of `rasad eval clustering` took a BBC business article; with it 3; ntrex dev the same).
KEY_EVIDENCE_FLOOR = 0.5
FACT_WEIGHT = 0.15  # for FACT_CAP shared numbers or dates
FACT_CAP = 2
TOP_FACTS = 24
SMALL_NUMBER = 10  # whole numbers below this are too common to tell stories apart
EVENT_MARGIN = 0.1  # an event of the story counts at its cosine minus this
TIME_SCALE_DAYS = 365.0
TIME_WEIGHT = 0.1  # per year beyond the window
EVENT_DAYS = 3
TOP_KEYS = 12
# How much a shared name counts, by the share of documents that carry it (document frequency
# kept as the stream arrives): a name on 1 document in COMMON_RATIO or more counts nothing
# (United States, Washington), one on 1 in SPECIFIC_RATIO or fewer counts fully (a minister, a
# village), log-linear between. Until PRIOR_DOCUMENTS have arrived they count as that many.
COMMON_RATIO = 20
SPECIFIC_RATIO = 1000
PRIOR_DOCUMENTS = 2000
INFERRED_TIME_SHARE = 0.5  # a date only inferred from the text weighs this much of a known one
MERGE_EVENT_COSINE = 0.6  # two stories merge only when their closest events are this close
MERGE_ROUNDS = 4
# Two stories' centroids agree when the smaller one's score to the other, less its mean cosine
# to its neighbouring stories (local scaling, as a document is scored), passes this. Without
# the neighbourhood, stories of one dense region (a market's daily closes, oil prices, the
# region's bourses in the same days) all agree with each other and merge into one topic.
MERGE_THRESHOLD = 0.3
# Two stories that each carry specific figures of their own (a market session's close and
# points, a day's oil price, a month's trade gap) and share none of them count different
# things: the same kind of news on two days, not one event. The session-48 archive's
# consolidation joined the Saudi market's sessions of 1–4 August and July's close, and oil
# prices of three days, that way (eval/labels/stories49.md). A figure is a story's own when
# it is among its most frequent numbers and dates and this specific; the stories must each
# have COUNTED_FIGURES of them, so that a report without figures, or with one or two details
# of its own, can still join its event.
COUNTED_SPECIFICITY = 0.5
COUNTED_FIGURES = 3
# Two stories of SUBJECT_DOCUMENTS documents or more in the same languages are two happenings
# of a kind, not one event, when each has a subject the other never names (a name in every one
# of its documents: Jordan in the eight reports of Mohammed bin Salman's visit there, Egypt in
# the six on his visit to Egypt), or when their known days are SEPARATE_DAYS apart or more, no
# day in common (the King's national-day greetings to Benin on 1 August, to Niger on 2-3
# August, to Jamaica on 3-4 August: each step a day's overlap, the greetings of four countries
# one story by the rounds' re-visits): the whole archive's consolidation joined them so
# (eval/labels/stories78_moves.md). A single report's follow-up, or reports of one day naming
# a detail of their own, can still join their event.
SUBJECT_DOCUMENTS = 2
SEPARATE_DAYS = 1
MAX_SPAN_DAYS = 5 * 365  # a story's known dates (metadata, dateline) never spread further
# A document dated more than REACH_DAYS outside a story's span (a story that went quiet weeks
# before, or that starts weeks later) joins it only on names that say much: shared names whose
# specificities add up to REACH_EVIDENCE (one rare name, or two of middling rarity). Likeness of
# text and common names (a country, a news agency) tie a topic, not a story, across months.
REACH_DAYS = 30
REACH_EVIDENCE = 0.6
# A document in another language than a story joins it under the bar when it stands out from
# its other candidates (`StoryIndex.standing_out`, rounds stories68 and stories72): at most
# STANDING_SLACK under `story_threshold`, STANDING_MARGIN over the runner-up, the story wholly
# in other languages than the document, and sharing with it a name at least STANDING_RARE
# specific (rare in the archive, counted as the stream arrives) or a figure or date; an
# undated document joins an undated story only on such a name, a dated one a story within
# EVENT_DAYS of its day.
STANDING_SLACK = 0.08
STANDING_MARGIN = 0.06
STANDING_SHARE = 1.0
STANDING_RARE = 0.8
# A rare name meets its spelling in another script by its sound key (`rasad.cluster.sounds`,
# round stories74): among a story's TOP_SOUNDS most frequent ones.
TOP_SOUNDS = 2 * TOP_KEYS
# ... and a name written alone in Arabic script meets a Latin one of at least SPELT_LETTERS
# letters that it spells letter for letter (`spelt_across`).
SPELT_LETTERS = 5
WRITTEN_FORM = "="  # opens an untyped entity key that is a name's written form
# The cross-language shift and evidence stand for a translation, or another outlet's report of
# one event, and such reports come out around the same time. When one of a document and a story
# has a date and the other none, their times cannot be compared, and likeness of text with a
# few shared figures ties a topic across years: on the session-48 archive, Saudi News Net's 2015
# reports of euro-zone inflation and Japan's jobless rate joined undated BBC stories of 2004
# (the dollar's lows, Japan's recession) through percentages such as 0.1 and 0.7, gave them
# their title and dated them 2015 (bench/story_intruders.py). Then only names that say much
# (REACH_EVIDENCE, as for a document far outside a story's span) earn the shift.


@dataclass
class Event:
    id: str
    vector_sum: np.ndarray
    members: list[str] = field(default_factory=list)
    dates: list[date] = field(default_factory=list)
    # its documents' language keys, counted (round stories64): the event bar is lowered for a
    # translation only as far as the event is in other languages (some member uncounted: not)
    languages: Counter[str] = field(default_factory=Counter)

    def centroid(self) -> np.ndarray:
        return _unit(self.vector_sum)


@dataclass
class Story:
    id: str
    vector_sum: np.ndarray
    members: list[str] = field(default_factory=list)
    keys: Counter[str] = field(default_factory=Counter)
    first: date | None = None
    last: date | None = None
    events: list[Event] = field(default_factory=list)
    known: tuple[date, date] | None = None  # span of the dates known from metadata or dateline
    # (language key, day) → its documents of that language dated to that day by metadata or a
    # dateline: what dates an undated document by its story (`own_language_days`)
    known_days: Counter[tuple[str, date]] = field(default_factory=Counter)
    cached: dict[str, Any] = field(default_factory=dict)  # centroid and top keys until a join

    def centroid(self) -> np.ndarray:
        if "centroid" not in self.cached:
            self.cached["centroid"] = _unit(self.vector_sum)
        return self.cached["centroid"]

    def top_keys(self) -> set[str]:
        """The story's most frequent entity keys."""
        return self._key_views()[0]

    def top_facts(self) -> set[str]:
        """The story's most frequent number and date keys."""
        return self._key_views()[1]

    def top_sounds(self) -> set[str]:
        """The story's most frequent sound keys (`rasad.cluster.sounds`)."""
        return self._key_views()[3]

    def languages(self) -> Counter[str]:
        """How many of the story's documents are in each language (by language key)."""
        return self._key_views()[2]

    def own_language_days(self, lang: str) -> Counter[date]:
        """The days of the story's documents in language `lang` dated by their publisher or a
        dateline (each day as often as such documents have it)."""
        key = language_key(lang)
        return Counter({day: n for (k, day), n in self.known_days.items() if k == key})

    def _key_views(self) -> tuple[set[str], set[str], Counter[str], set[str]]:
        """Top entity keys, top fact keys, language counts and top sound keys, in one pass
        over the keys."""
        if "key_views" not in self.cached:
            entities, facts, languages, sounds = [], [], Counter(), []
            for item in self.keys.items():
                if item[0].startswith(FACT):
                    facts.append(item)
                elif item[0].startswith(LANGUAGE):
                    languages[item[0]] = item[1]
                elif is_sound(item[0]):
                    sounds.append(item)
                else:
                    entities.append(item)
            self.cached["key_views"] = (
                {k for k, _ in heapq.nlargest(TOP_KEYS, entities, key=_count_then_key)},
                {k for k, _ in heapq.nlargest(TOP_FACTS, facts, key=_count_then_key)},
                languages,
                {k for k, _ in heapq.nlargest(TOP_SOUNDS, sounds, key=_count_then_key)},
            )
        return self.cached["key_views"]

    def event_cosine(self, vector: np.ndarray) -> float:
        """The cosine of a vector to the story's closest event (a finer look than the
        centroid, which a story of many related documents pulls towards their average)."""
        if "events" not in self.cached:
            self.cached["events"] = np.vstack([e.centroid() for e in self.events])
        return float(np.max(self.cached["events"] @ vector))


@dataclass(frozen=True)
class Assignment:
    story: str
    event: str
    score: float
    why: list[str]


def _unit(v: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(v))
    return v / norm if norm else v


def _count_then_key(item: tuple[str, int]) -> tuple[int, str]:
    """Ties in frequency broken by the key itself, not by arrival order inside a set (which
    changes with the interpreter's hash seed, and with it the stories)."""
    return item[1], item[0]


def key_overlap(
    keys: set[str], story_keys: set[str], weight: Callable[[str], float] | None = None
) -> float:
    """Overlap of a document's entity keys with a story's most frequent ones, by name whatever
    the type (taggers of different languages type one name differently): the weight of the
    shared names over the weight of all (at least 1), each name weighted by how specific it
    is (`weight`, default 1: plain Jaccard)."""
    names, story_names = untyped(keys), untyped(story_keys)
    if not names or not story_names:
        return 0.0
    if weight is None:
        return len(names & story_names) / len(names | story_names)
    shared = sum(weight(n) for n in names & story_names)
    return shared / max(sum(weight(n) for n in names | story_names), 1.0) if shared else 0.0


def story_cosine(vector: np.ndarray, story: Story) -> float:
    """A vector's cosine to a story: to its centroid, or to its closest event less
    EVENT_MARGIN when that is higher (a story of several events)."""
    cosine = float(vector @ story.centroid())
    if EVENT_MARGIN is not None and len(story.events) > 1:
        cosine = max(cosine, story.event_cosine(vector) - EVENT_MARGIN)
    return cosine


def shares_key(keys: set[str], story: Story) -> bool:
    """Whether a document names a name, number or date among a story's most frequent ones."""
    facts = {k for k in keys if k.startswith(FACT)} & story.top_facts()
    return bool(facts or untyped(keys) & untyped(story.top_keys()))


def untyped(keys: set[str]) -> set[str]:
    """The entity names among keys, without their types ("ORG:Aramco" → "Aramco")."""
    return {k.split(":", 1)[-1] for k in keys if _is_entity(k)}


def spelt_across(names: set[str], others: set[str]) -> list[tuple[str, str]]:
    """The pairs of written-form names (`=form`, one from each set) of which one is in Latin
    letters, at least SPELT_LETTERS long, and the other in Arabic script spelling it letter for
    letter (`letters_correspond`): a surname written alone in a translation and its original
    («=کافانو», "=kavanaugh"), which neither skeleton nor sound key can join (three letters
    meet too many names). Each pair as (Latin name, other name), untyped."""
    pairs = []
    written = sorted(o for o in others if o.startswith(WRITTEN_FORM))
    for name in sorted(n for n in names if n.startswith(WRITTEN_FORM)):
        for other in written:
            latin, arabic = (name, other) if name.isascii() else (other, name)
            if not latin.isascii() or arabic.isascii() or len(latin) - 1 < SPELT_LETTERS:
                continue
            if letters_correspond(latin[1:], arabic[1:]):
                pairs.append((latin, arabic))
    return pairs


def counted_keys(keys: set[str]) -> set[str]:
    """The keys whose document frequency the index keeps: entity names (untyped), number
    and date keys, and sound keys."""
    return untyped(keys) | {k for k in keys if k.startswith(FACT) or is_sound(k)}


def _is_entity(key: str) -> bool:
    return not key.startswith((FACT, LANGUAGE)) and not is_sound(key)


def language_key(lang: str) -> str:
    """The key that records a document's language among its keys ("@ar")."""
    return f"{LANGUAGE}{lang}"


def language_of(keys: set[str]) -> str | None:
    """The language key among a document's keys (None: keys that record none)."""
    return next((k for k in keys if k.startswith(LANGUAGE)), None)


def other_language_share(keys: set[str], story: Story) -> float:
    """The share of a story's documents in languages other than the document's: e5 scores a
    translation lower than a same-language report of the same event, and a centred vector
    keeps some of its language (more on a stream unlike the text the means came from)."""
    own = [k for k in keys if k.startswith(LANGUAGE)]
    languages = story.languages()
    if not own or not languages:
        return 0.0
    return 1 - languages[own[0]] / sum(languages.values())


def event_language_share(keys: set[str], story: Story, event: Event) -> float:
    """How far the bar to join `event` is lowered for a document, as a share: the story's
    share of other languages than the document's, but no more than the event's own (round
    stories64). The story's share alone lowered the bar between two reports of one language in
    a story of three (the Arabic reports of two arrests of one man, 2016 and 2018, joined); an
    event of the document's language alone keeps the plain bar."""
    own = language_of(keys)
    total = sum(event.languages.values())
    if own is None or not total or total != len(event.members):
        return 0.0  # languages not counted for every member (a state stored before stories64)
    return min(other_language_share(keys, story), 1 - event.languages[own] / total)


def language_difference(a: Story, b: Story) -> float:
    """The chance that a document of one story and a document of the other are in different
    languages (0 for two stories of one language, 1 for two stories of two), from their
    language keys; 0 when either has none."""
    return counts_difference(a.languages(), b.languages())


def counts_difference(left: Counter[str], right: Counter[str]) -> float:
    """`language_difference` from two counts of language keys (two stories', two events')."""
    total_left, total_right = sum(left.values()), sum(right.values())
    if not total_left or not total_right:
        return 0.0
    same = sum(n * right[k] for k, n in left.items()) / (total_left * total_right)
    return 1 - same


def fact_overlap(
    keys: set[str], story_facts: set[str], weight: Callable[[str], float] | None = None
) -> float:
    """How many numbers and dates a document shares with a story, up to FACT_CAP, as a share
    of FACT_CAP: translations and reports of one event repeat the same figures exactly. With
    `weight`, each shared figure counts as much as it is specific (10 or 100 are on many
    documents of an archive, 832 dead or a score of 38–17 on few)."""
    shared = {k for k in keys if k.startswith(FACT)} & story_facts
    counted = sum(map(weight, shared)) if weight is not None else len(shared)
    return min(counted, FACT_CAP) / FACT_CAP


def fact_keys(numbers: list[dict], dates: list[dict]) -> set[str]:
    """Keys of a document's numbers and dates as normalised values ("#2500", "#2019-03").

    Only dates written out to the month or day count: a bare year, or "today" resolved to the
    publication day, is shared by most documents of the same time."""
    keys = {
        f"{FACT}{d['value']}"
        for d in dates
        if d.get("value")
        and d.get("type", "date") == "date"
        and d["precision"] != "year"
        and not d["relative"]
    }
    for n in numbers:
        value = float(n["value"])
        if value.is_integer() and abs(value) < SMALL_NUMBER:
            continue
        keys.add(f"{FACT}{int(value) if value.is_integer() else round(value, 3)}")
    return keys


def span_with(span: tuple[date, date] | None, day: date | None) -> tuple[date, date] | None:
    """A span of dates widened to take a day."""
    if day is None:
        return span
    return (min(span[0], day), max(span[1], day)) if span else (day, day)


def days_outside(day: date | None, story: Story) -> int:
    """How many days a day lies outside a story's date span (0 inside it, or undated)."""
    if day is None or story.first is None or story.last is None:
        return 0
    return max((story.first - day).days, (day - story.last).days, 0)


def spans_apart(a: Story, b: Story) -> int:
    """How many days lie between two stories' date spans (0 when they overlap, or undated)."""
    if a.first is None or a.last is None or b.first is None or b.last is None:
        return 0
    return max((a.first - b.last).days, (b.first - a.last).days, 0)


def years_apart(day: date | None, story: Story, window_days: int) -> float:
    """How far (in years beyond the window) a day lies outside a story's date span."""
    if day is None or story.first is None or story.last is None:
        return 0.0
    gap = max((story.first - day).days, (day - story.last).days, 0)
    return max(gap - window_days, 0) / TIME_SCALE_DAYS


class StoryIndex:
    """Stories and their events, with an ANN index over story centroids."""

    def __init__(
        self,
        dim: int = 384,
        story_threshold: float = 0.34,
        event_threshold: float = 0.6,
        window_days: int = 365,
        local_scaling: float = 0.8,
        live_days: int = LIVE_DAYS,
        merge_event_cosine: float = MERGE_EVENT_COSINE,
        max_span_days: int = MAX_SPAN_DAYS,
        merge_threshold: float = MERGE_THRESHOLD,
    ) -> None:
        self.dim = dim
        self.story_threshold = story_threshold
        self.event_threshold = event_threshold
        self.window_days = window_days
        self.local_scaling = local_scaling
        self.merge_event_cosine = merge_event_cosine
        self.max_span_days = max_span_days
        self.merge_threshold = merge_threshold
        self.reasons: dict[str, str] = {}  # merged story → why, from the last consolidation
        self.frequency: Counter[str] = Counter()  # entity name → documents carrying it
        self.documents = 0  # documents placed (the frequencies' total)
        self.counted: set[str] = set()  # names whose frequency changed since `take_counted`
        self.stories: dict[str, Story] = {}
        self.table = LiveCentroids(dim, live_days, self._names_of)
        self.touched: set[str] = set()  # stories joined since the last consolidation
        self.own_events: dict[str, int] = {}  # kept story → its events before this pass's merges
        self.highest = 0  # the highest story number stored, loaded or not
        # round stories58: the reports filed for the series split, what placed each of them
        # (vector, day, keys, known) to move it again, and the moves of the last pass
        self.series_reports: dict[str, SeriesReport] = {}
        self.placed_documents: dict[str, tuple[np.ndarray, date | None, set[str], bool]] = {}
        self.moved_by_split: dict[str, str] = {}  # document → the story a series split moved it to
        self.split_from: dict[str, str] = {}  # story a split made → the story it left
        self.split_every_day = SPLIT_EVERY_DAY
        # round stories62: what the column split reads of each report filed, and the
        # documents of the last pass it moved (the others in `moved_by_split` moved by their day)
        self.column_reports: dict[str, ColumnReport] = {}
        self.split_by_names: set[str] = set()
        # round stories76: the stories whose events the last pass folded (a report and its
        # translations, `fold_translations`), their documents' events to rewrite
        self.folded: set[str] = set()

    def new_id(self) -> str:
        """The next free story id (s1, s2, …), past every stored one."""
        n = max(len(self.stories), self.highest) + 1
        while f"s{n}" in self.stories:
            n += 1
        return f"s{n}"

    def _index(self, story: Story) -> None:
        """Write the story's current centroid and date span to the candidate search."""
        self.table.put(story.id, story.centroid(), story.first, story.last)
        self.touched.add(story.id)

    def _names_of(self, story_id: str) -> set[str]:
        """The entity names an expired story is filed under for reach-back: its top entity
        keys by name (not its numbers, dates or languages)."""
        return untyped(self.stories[story_id].top_keys())

    def candidates(
        self, vector: np.ndarray, day: date | None = None, keys: set[str] = frozenset()
    ) -> list[Story]:
        """Stories a document of this day can join whose centroids are nearest to the vector,
        nearest first (live stories, expired ones for a day before the live window, and
        expired ones sharing an entity name with `keys`)."""
        found = self.table.nearest(vector, CANDIDATES, day, untyped(keys))
        return [self.stories[i] for i in found]

    def score(
        self,
        vector: np.ndarray,
        keys: set[str],
        day: date | None,
        story: Story,
        background: float = 0.0,
        known: bool = True,
    ) -> tuple[float, list[str]]:
        """How well a document fits a story: cosine, plus shared entities (each as specific as
        it is rare in the archive), minus time distance (less for a date only inferred, not
        `known`) and (with local scaling) the document's mean cosine to its candidate
        stories."""
        cosine = story_cosine(vector, story)
        other_languages = other_language_share(keys, story)
        if other_languages and not self.translation_allows(day, keys, story):
            other_languages = 0.0
        cosine += CROSS_LANGUAGE_SHIFT * other_languages
        evidence = 0.0
        # reports of one event come out around the same time: a document further than
        # REACH_DAYS outside the story's span gets no translation's benefit
        if other_languages and KEY_EVIDENCE_SHIFT and days_outside(day, story) <= REACH_DAYS:
            evidence = self.shared_evidence(keys, story) - KEY_EVIDENCE_FLOOR
            evidence = min(max(evidence / (KEY_EVIDENCE_FULL - KEY_EVIDENCE_FLOOR), 0.0), 1.0)
            cosine += KEY_EVIDENCE_SHIFT * other_languages * evidence
        overlap = key_overlap(keys, story.top_keys(), self.specificity)
        facts = fact_overlap(keys, story.top_facts(), self.specificity)
        apart = years_apart(day, story, self.window_days)
        if not known:
            apart *= INFERRED_TIME_SHARE
        shared = sorted(
            untyped(keys) & untyped(story.top_keys()), key=lambda n: (-self.specificity(n), n)
        )
        why = [f"embedding similarity {cosine:.2f}"]
        if shared:
            why.append(f"shared entities: {', '.join(shared[:6])}")
        if facts:
            figures = sorted(k[len(FACT) :] for k in keys & story.top_facts())
            why.append(f"shared numbers and dates: {', '.join(figures[:6])}")
        if other_languages:
            why.append(f"{other_languages:.0%} of the story in other languages")
        if evidence:
            why.append(f"rare names and figures shared across languages ({evidence:.0%})")
        if apart:
            why.append(f"{apart:.1f} years outside the story's span")
        total = cosine + ENTITY_WEIGHT * overlap + FACT_WEIGHT * facts - TIME_WEIGHT * apart
        if self.local_scaling and background:
            why.append(f"neighbourhood similarity {background:.2f}")
        return total - self.local_scaling * background, why

    def specificity(self, name: str) -> float:
        """How much a shared entity name says (0–1): little for a name many documents of the
        archive carry, much for a rare one."""
        ratio = max(self.documents, PRIOR_DOCUMENTS) / (self.frequency[name] + 1)
        scaled = math.log(ratio / COMMON_RATIO) / math.log(SPECIFIC_RATIO / COMMON_RATIO)
        return min(max(scaled, 0.0), 1.0)

    def count(self, keys: set[str]) -> None:
        """Count a placed document's entity names, numbers and dates into the document
        frequencies."""
        self.documents += 1
        for name in counted_keys(keys):
            self.frequency[name] += 1
            self.counted.add(name)

    def take_counted(self) -> dict[str, int]:
        """The frequencies changed since the last call (to store them)."""
        out = {n: self.frequency[n] for n in sorted(self.counted)}
        self.counted = set()
        return out

    def shared_specificity(self, keys: set[str], story: Story) -> float:
        """How much the names shared by keys and a story's top keys say, added up."""
        return sum(self.specificity(n) for n in untyped(keys) & untyped(story.top_keys()))

    def shared_evidence(self, keys: set[str], story: Story) -> float:
        """How much the names and the numbers and dates shared by keys and a story's top keys
        say, added up (each as specific as it is rare in the archive)."""
        facts = {k for k in keys if k.startswith(FACT)} & story.top_facts()
        names = KEY_EVIDENCE_NAMES * self.shared_specificity(keys, story)
        return names + sum(map(self.specificity, facts))

    def reach_allows(self, gap_days: int, keys: set[str], story: Story) -> bool:
        """Whether a document (or story) `gap_days` outside a story's span may join it: within
        REACH_DAYS always, further only on shared names that add up to REACH_EVIDENCE."""
        return gap_days <= REACH_DAYS or self.shared_specificity(keys, story) >= REACH_EVIDENCE

    def translation_allows(self, day: date | None, keys: set[str], story: Story) -> bool:
        """Whether a document in another language than (some of) a story may count as its
        translation: always when both or neither have a date, else only on shared names that
        add up to REACH_EVIDENCE (their times cannot be compared)."""
        if (day is None) == (story.first is None):
            return True
        return self.shared_specificity(keys, story) >= REACH_EVIDENCE

    def span_allows(
        self, story: Story, other: Story | None = None, day: date | None = None
    ) -> bool:
        """Whether a story's known dates stay within `max_span_days` with another story's or a
        known day added."""
        span = story.known
        if other is not None and other.known:
            span = span_with(span_with(span, other.known[0]), other.known[1])
        span = span_with(span, day)
        return span is None or (span[1] - span[0]).days <= self.max_span_days

    def background(self, vector: np.ndarray, stories: list[Story]) -> float:
        """The document's mean cosine to its candidate stories: e5's band is narrow and dense
        regions (one language, one topic) score everything high, so a match must stand out
        from its neighbourhood rather than pass a fixed bar (CSLS-style local scaling).

        While the index holds fewer than CANDIDATES stories, the missing neighbours count as
        unrelated (cosine 0, the centred vectors' mean): otherwise the first documents' only
        neighbour is their own story and the mean cancels the match it should measure."""
        if not self.local_scaling or not stories:
            return 0.0
        return float(sum(vector @ s.centroid() for s in stories)) / max(len(stories), CANDIDATES)

    def add(
        self,
        doc_id: str,
        vector: np.ndarray,
        day: date | None,
        keys: set[str],
        known: bool = True,
        within: tuple[date, date] | None = None,
    ) -> Assignment:
        """Put a document in its best story (or a new one) and in an event inside it. A story
        whose known dates would spread over more than `max_span_days` with this document's
        (`known`: from metadata or a dateline, not inferred) is not a candidate, nor one whose
        span lies more than REACH_DAYS from the document's day unless they share names that
        say much (`reach_allows`). A document dated only to a year (`within`: its window, no
        `day`) joins no event dated outside that year."""
        best, best_score, best_why = self.best(vector, day, keys, known)
        if best is None:
            best = Story(self.new_id(), np.zeros(self.dim, dtype=np.float32))
            self.stories[best.id] = best
            best_score = 1.0
        event = self.join(best, doc_id, vector, day, keys, known=known, within=within)
        self.keep_placed(doc_id, vector, day, keys, known)
        return Assignment(best.id, event.id, round(best_score, 4), best_why)

    def best(
        self, vector: np.ndarray, day: date | None, keys: set[str], known: bool = True
    ) -> tuple[Story | None, float, list[str]]:
        """The story `add` would put a document in, its score and why (None: a new story),
        without adding it."""
        return self.choose(vector, day, keys, self.candidates(vector, day, keys), known)

    def choose(
        self,
        vector: np.ndarray,
        day: date | None,
        keys: set[str],
        found: list[Story],
        known: bool = True,
    ) -> tuple[Story | None, float, list[str]]:
        """The best of these candidate stories for a document (those its known day's span or
        reach rules out left aside), scored against their own neighbourhood, its score and why
        (None: none passes `story_threshold`, a new story).

        Among fewer than CANDIDATES candidates (a new archive's first stories, a quiet
        stretch of days) the neighbourhood counts its missing stories as unrelated, so it
        measures little: a story there must share a name or a figure with the document
        (round stories68: in a new archive of ntrex's articles, the second English article,
        Macedonia's referendum on the country's name, joined the first, the Welsh Assembly's
        row over its members' name, at cosine 0.41 against a neighbourhood of 0.07, sharing no
        name; their translations followed). Two reports as close as two reports of one event
        (`merge_event_cosine`) need no shared name."""
        best, best_score, best_why = (
            None,
            self.story_threshold,
            ["no story close enough: new story"],
        )
        background = self.background(vector, found)
        scored: list[tuple[float, Story, list[str]]] = []
        for story in found:
            if known and not self.span_allows(story, day=day):
                continue
            if not self.reach_allows(days_outside(day, story), keys, story):
                continue
            if len(found) < CANDIDATES and not self.thin_allows(vector, keys, story):
                continue
            score, why = self.score(vector, keys, day, story, background, known)
            scored.append((score, story, why))
            if score > best_score or (score == best_score and best and story.id < best.id):
                best, best_score, best_why = story, score, why
        if best is None and (standing := self.standing_out(day, keys, scored)) is not None:
            best, best_score, best_why = standing
        return best, best_score, best_why

    def thin_allows(self, vector: np.ndarray, keys: set[str], story: Story) -> bool:
        """Whether a document may join a story of a neighbourhood too thin to measure (fewer
        than CANDIDATES candidates): on a shared name or figure, or a cosine of one event's
        reports."""
        return shares_key(keys, story) or story_cosine(vector, story) >= self.merge_event_cosine

    def standing_out(
        self, day: date | None, keys: set[str], scored: list[tuple[float, Story, list[str]]]
    ) -> tuple[Story, float, list[str]] | None:
        """The candidate a document in another language than a story joins below the bar
        when it stands out from every other candidate (rounds stories68, stories72): a
        translation's neighbourhood is mostly its own language's stories, whose cosines its
        language raises, so its original's story scores just under `story_threshold`
        (ntrex's Arabic translations of US politics: 0.27-0.34 against their originals,
        0.03-0.2 for the runner-up), while a rival article of the topic does not stand out
        from the others.

        Only a story with no document in the document's language yet (the translation
        arriving first), at most STANDING_SLACK under the bar and STANDING_MARGIN over the
        runner-up, and carrying the event's own evidence (`standing_evidence`): a
        translation arriving before its original's language in a small stream otherwise
        meets an unrelated story of the topic's common names (round stories68: Arabic
        translations joined undated BBC business stories sharing only "Europe" or
        "Mexico")."""
        found = standing_first(scored, self.story_threshold)
        if found is None:
            return None
        (score, story, why), runner_up = found
        if other_language_share(keys, story) < STANDING_SHARE:
            return None
        evidence = self.standing_evidence(day, keys, story)
        if evidence is None:
            return None
        return (
            story,
            score,
            [*why, f"stands out from the next candidate ({runner_up:.2f})", evidence],
        )

    def standing_evidence(self, day: date | None, keys: set[str], story: Story) -> str | None:
        """Why a document standing out may join a story in other languages (None: it may
        not), round stories72: a rare name (STANDING_RARE specific: a translation repeats its
        original's player or economist; the articles of a topic share its country, and in
        `rasad eval clustering`'s mixed stream "Europe" joined an Arabic Ryder Cup report to
        a BBC story of the weak dollar) or a shared figure or date, and their times
        comparable: both dated within EVENT_DAYS (a translation comes out within days of its
        original; on the session-61 archive an August Yemen aid report shares a rare Aden
        district with April's Yemen border story), or both undated with a rare name shared
        (a small figure says nothing of undated documents' event)."""
        rare = self.rare_shared(keys, story)
        facts = sorted(k[len(FACT) :] for k in keys & story.top_facts())
        if (day is None) != (story.first is None):
            return None
        if day is None and not rare:
            return None
        if day is not None and days_outside(day, story) > EVENT_DAYS:
            return None
        if rare:
            return f"a rare name shared: {', '.join(rare[:3])}"
        if facts:
            return f"a figure or date shared: {', '.join(facts[:3])}"
        return None

    def rare_shared(self, keys: set[str], story: Story) -> list[str]:
        """The names a document shares with a story's top ones that are at least STANDING_RARE
        specific, as the reasons show them: by entity name, by sound key across scripts (round
        stories74: «بريت كافانو» and Brett Kavanaugh, whose skeletons differ), or a written
        form spelling the other script's letter for letter (`spelt_across`: «كافانو» and
        Kavanaugh, each written alone)."""
        names = untyped(keys) & untyped(story.top_keys())
        sounds = {k for k in keys if is_sound(k)} & story.top_sounds()
        rare = {n for n in names if self.specificity(n) >= STANDING_RARE}
        rare |= {shown(k) for k in sounds if self.specificity(k) >= STANDING_RARE}
        rare |= {
            latin
            for latin, other in spelt_across(untyped(keys), untyped(story.top_keys()))
            if min(self.specificity(latin), self.specificity(other)) >= STANDING_RARE
        }
        return sorted(rare)

    def restore(
        self,
        doc_id: str,
        vector: np.ndarray,
        day: date | None,
        keys: set[str],
        story_id: str,
        event_id: str | None,
        known: bool = True,
    ) -> None:
        """Re-add a stored document to the story and event it was assigned before."""
        story = self.stories.get(story_id)
        if story is None:
            story = self.stories[story_id] = Story(story_id, np.zeros(self.dim, dtype=np.float32))
        self.join(story, doc_id, vector, day, keys, event_id, known)
        self.keep_placed(doc_id, vector, day, keys, known)

    def learn_inferred_day(self, story_id: str, doc_id: str, day: date) -> None:
        """Give a placed document the day inferred for it after its placement (its story's
        dated reports date it later): its event's days and the story's span take it, as a
        rebuild from the stored documents gives them (never the known span: it is inferred)."""
        story = self.stories.get(story_id)
        event = next((e for e in story.events if doc_id in e.members), None) if story else None
        if story is None or event is None:
            return  # a copy, placed with its original, adds no day (nor in a rebuild)
        story.first = min(story.first or day, day)
        story.last = max(story.last or day, day)
        event.dates.append(day)
        self._index(story)
        if doc_id in self.placed_documents:
            vector, _, keys, known = self.placed_documents[doc_id]
            self.placed_documents[doc_id] = (vector, day, keys, known)

    def keep_placed(
        self, doc_id: str, vector: np.ndarray, day: date | None, keys: set[str], known: bool
    ) -> None:
        """Keep what placed a report filed for the series or the column split (to move it
        again at consolidation)."""
        if doc_id in self.series_reports or doc_id in self.column_reports:
            self.placed_documents[doc_id] = (vector, day, keys, known)

    def join(
        self,
        story: Story,
        doc_id: str,
        vector: np.ndarray,
        day: date | None,
        keys: set[str],
        event_id: str | None = None,
        known: bool = True,
        within: tuple[date, date] | None = None,
    ) -> Event:
        self.count(keys)
        return self._place_in(story, doc_id, vector, day, keys, event_id, known, within)

    def _place_in(
        self,
        story: Story,
        doc_id: str,
        vector: np.ndarray,
        day: date | None,
        keys: set[str],
        event_id: str | None = None,
        known: bool = True,
        within: tuple[date, date] | None = None,
    ) -> Event:
        """Put a document in a story and an event of it, its names already counted."""
        story.vector_sum = story.vector_sum + vector
        story.cached.clear()
        story.members.append(doc_id)
        story.keys.update(keys)
        if day:
            story.first = min(story.first or day, day)
            story.last = max(story.last or day, day)
            if known:
                story.known = span_with(story.known, day)
                if (lang := language_of(keys)) is not None:
                    story.known_days[lang, day] += 1
        if event_id:
            event = next((e for e in story.events if e.id == event_id), None)
        else:
            # a translation scores lower against its event's other-language reports than a
            # report in their language: the bar to join an event is lowered as the event's
            # share of other languages is high (rounds stories62, stories64)
            event = self.best_event(story, vector, day, within, keys)
        if event is None:
            event = Event(
                event_id or f"{story.id}.e{len(story.events) + 1}",
                np.zeros(self.dim, dtype=np.float32),
            )
            story.events.append(event)
        event.vector_sum = event.vector_sum + vector
        event.members.append(doc_id)
        if (lang := language_of(keys)) is not None:
            event.languages[lang] += 1
        if day:
            event.dates.append(day)
        self._index(story)
        return event

    def best_event(
        self,
        story: Story,
        vector: np.ndarray,
        day: date | None,
        within: tuple[date, date] | None = None,
        keys: set[str] | None = None,
    ) -> Event | None:
        """The event of the story this document reports, if any: close in content and date
        (a document known only to `within`, a year, joins no event dated outside it), over
        the event threshold, lowered for a document of `keys` by the event's other languages."""
        return self.matching_event(story, vector, [day] if day else [], within, keys)

    def matching_event(
        self,
        story: Story,
        vector: np.ndarray,
        days: list[date],
        within: tuple[date, date] | None = None,
        keys: set[str] | None = None,
        languages: Counter[str] | None = None,
    ) -> Event | None:
        """The story's event closest to a vector (a document's, or another event's centroid)
        over `event_threshold`, among those with a day within EVENT_DAYS of one of `days`
        (any, when either side is undated) and, with no `days`, a day within EVENT_DAYS of
        the span `within` when one is given. For a document's `keys`, each event's bar is
        lowered by EVENT_LANGUAGE_SHIFT times `event_language_share`; for another event's
        `languages`, by EVENT_LANGUAGE_SHIFT times how far their languages differ when either
        of the two events holds more than one language. The events are ranked by how far they
        pass their bar."""
        best, best_margin = None, 0.0
        for event in story.events:
            if days and event.dates and _days_between(days, event.dates) > EVENT_DAYS:
                continue
            if not days and within and event.dates and not _near_span(event.dates, within):
                continue
            bar = self.event_threshold
            if keys:
                bar -= EVENT_LANGUAGE_SHIFT * event_language_share(keys, story, event)
            elif languages and max(len(languages), len(event.languages)) > 1:
                bar -= EVENT_LANGUAGE_SHIFT * counts_difference(languages, event.languages)
            margin = float(vector @ event.centroid()) - bar
            if margin > best_margin:
                best, best_margin = event, margin
        return best

    def consolidate(self) -> dict[str, str]:
        """Merge stories that became close as they grew; returns {merged story: kept story}.

        Two stories merge only when both their centroids agree (the pair scores over
        `merge_threshold`, against the smaller story's neighbourhood as a document's score is) and
        their closest events agree (the nearest pair of events is as close as two reports of
        one event, `merge_event_cosine`, with the cross-language shift in proportion to how far
        apart their languages are), and their known dates stay within `max_span_days`.
        No chains: a story merged in a round (kept or merged away) takes part in no other merge
        in that round, so A–B and B–C never join A with C through B; the next round (at most
        MERGE_ROUNDS) visits the merged stories again with their new centroid and events, so
        C joins A+B only if it agrees with A+B itself. The reason is kept in
        `reasons` (merged story → text). Smaller stories are visited first, each with its best
        partner; the kept story is the older one (lower number). Once the merges are done, an
        event a merged story brought joins the kept story's event it reports (`fold_events`),
        else stays its own. Only
        live stories and those joined since the last pass are visited, each against the
        stories live around its last day: an expired story that took nothing new was visited
        before, and visiting it again would cost the whole archive."""
        merged: dict[str, str] = {}
        visited = [
            s for s in self.stories.values() if s.id in self.touched or s.id in self.table.live
        ]
        touched_before_split = set(self.touched)
        self.touched = set()
        for _ in range(MERGE_ROUNDS):
            kept = self._consolidation_round(visited, merged)
            # the stories that grew are visited again, with their new centroid and events
            visited = [self.stories[k] for k in sorted(kept, key=_number)]
            if not visited:
                break
        for story_id in sorted(self.own_events, key=_number):
            if story_id in self.stories:
                self.fold_events(self.stories[story_id], self.own_events[story_id])
        self.own_events = {}
        final = {gone: _final(merged, kept) for gone, kept in merged.items()}
        visit = sorted(touched_before_split | set(final.values()), key=_number)
        self.folded = {
            s for s in visit if s in self.stories and self.fold_translations(self.stories[s])
        }
        self.split_series(visit, set(merged))
        self.split_columns([*visit, *sorted(self.split_from, key=_number)], set(merged))
        return final

    def fold_events(self, story: Story, own: int) -> None:
        """After the merges of a pass, each event a merged story brought (those past the kept
        story's `own` first events) joins the earlier event of the story it reports
        (`matching_event`, as its documents would have joined it at placement had the stories
        been one), else stays an event of its own; the brought events are numbered again after
        the kept story's own. Done once the merges are decided, so the merges compare the
        events as placement left them (folded events, closer to each other as averages, would
        draw further merges)."""
        events = story.events[:own]
        for event in story.events[own:]:
            host = Story(story.id, story.vector_sum, events=events)
            # an event of a translation and its original, its centroid averaged across
            # scripts, is as far from an event of either language as a translation is, and an
            # event of one language as far from such an event (round stories64: the NYT's toll
            # report and its Persian translation, one event, met the quake's English and
            # translated events at consolidation and joined neither). Two events of one
            # language each have no such average: they meet the plain bar (round stories65:
            # the seeds' Persian look back at the withdrawal joined the Arabic reports of the
            # agreement with the shift; shared names and figures cannot part them, as both
            # name the deadline)
            same = self.matching_event(
                host, event.centroid(), event.dates, languages=event.languages
            )
            if same is None:
                event.id = f"{story.id}.e{len(events) + 1}"
                events.append(event)
                continue
            same.vector_sum = same.vector_sum + event.vector_sum
            same.members += event.members
            same.dates += event.dates
            same.languages += event.languages
        story.events = events
        story.cached.clear()

    def fold_translations(self, story: Story) -> bool:
        """Fold each pair of the story's events that are a report and its translations (round
        stories76): events of no common language, each the other's nearest among the story's
        events of other languages by STANDING_MARGIN over its rival (`translated_events`: as a
        translation stands out from its other candidates), their centroids over the event bar
        less the cross-language shift (`matching_event` for two events of different
        languages), and their times comparable (both undated, or dated within EVENT_DAYS);
        again over the folded events, up to MERGE_ROUNDS times. Whether any folded; the events
        are numbered again in order.

        At placement a translation meets its original's event under the lowered bar (its
        cosine to one report, 0.27-0.75 for ntrex's pairs) and starts an event its other
        translations join: the Indonesian quake's story held its six English reports in one
        event and their Arabic and Persian translations in another, whose centroids (averages,
        closer than any two documents) meet at 0.54. The seeds' story shows the guard: its
        Persian look back at the withdrawal (003, undated) and the Arabic report of the
        agreement (001, dated) are each other's nearest at 0.47, by 0.04 over its rival (the
        Arabic 002)."""
        events = story.events
        if len(events) < 2 or any(sum(e.languages.values()) != len(e.members) for e in events):
            return False  # languages not counted for every member (a state from before stories64)
        folded = False
        for _ in range(MERGE_ROUNDS):  # a folded pair meets the story's third language next
            gone = self._fold_pairs(self.translated_events(story.events))
            if not gone:
                break
            story.events = [e for e in story.events if e.id not in gone]
            folded = True
        if folded:
            for n, event in enumerate(story.events, 1):
                event.id = f"{story.id}.e{n}"
            story.cached.clear()
        return folded

    @staticmethod
    def _fold_pairs(pairs: list[tuple[float, Event, Event]]) -> set[str]:
        """Fold each pair's later event into its earlier one, closest pair first, each event
        once; the ids of the events folded away."""
        taken: set[str] = set()
        gone: set[str] = set()
        for _, host, brought in pairs:
            if host.id in taken or brought.id in taken:
                continue
            taken |= {host.id, brought.id}
            host.vector_sum = host.vector_sum + brought.vector_sum
            host.members += brought.members
            host.dates += brought.dates
            host.languages += brought.languages
            gone.add(brought.id)
        return gone

    def translated_events(self, events: list[Event]) -> list[tuple[float, Event, Event]]:
        """The pairs of events `fold_translations` folds, as (cosine, earlier, later), the
        closest first. Each pair's rival is the next event, of the language of either side,
        that the other side is nearest to: which of two Arabic reports a Persian event
        translates must be told by STANDING_MARGIN, while an event in a third language is
        no rival (an English original, its Arabic and its Persian each in an event of their
        own are three candidates for each other: the Arabic and the Persian fold first, then
        the English with them)."""
        centroids = np.vstack([e.centroid() for e in events])
        cosines = centroids @ centroids.T
        ranked = [  # each event's events of other languages, nearest first
            sorted(
                (
                    j
                    for j, other in enumerate(events)
                    if not set(event.languages) & set(other.languages)
                ),
                key=lambda j: -cosines[i, j],
            )
            for i, event in enumerate(events)
        ]

        def rival(k: int, partner: int) -> float:
            """The cosine of event k to the next event of its partner's languages."""
            languages = set(events[partner].languages)
            same = [m for m in ranked[k][1:] if set(events[m].languages) & languages]
            return float(cosines[k, same[0]]) if same else 0.0

        bar = self.event_threshold - EVENT_LANGUAGE_SHIFT
        pairs = []
        for i, nearest in enumerate(ranked):
            if not nearest or (j := nearest[0]) < i or ranked[j][0] != i:
                continue  # each mutual pair once, from its earlier event
            cosine = float(cosines[i, j])
            if cosine < bar or cosine - max(rival(i, j), rival(j, i)) < STANDING_MARGIN:
                continue
            a, b = events[i], events[j]
            if bool(a.dates) != bool(b.dates):
                continue
            if a.dates and _days_between(a.dates, b.dates) > EVENT_DAYS:
                continue
            pairs.append((cosine, a, b))
        return sorted(pairs, key=lambda p: -p[0])

    def _consolidation_round(self, visited: list[Story], merged: dict[str, str]) -> set[str]:
        """One pass of `consolidate` over these stories; returns the stories that took one."""
        involved: set[str] = set()
        kept: set[str] = set()
        order = sorted(visited, key=lambda s: (len(s.members), _number(s.id)))
        for story in order:
            if story.id in involved or story.id not in self.stories:
                continue
            vector = story.centroid()
            found = [o for o in self.candidates(vector, story.last) if o.id != story.id]
            background = self.background(vector, found)
            best, best_score, best_why = None, self.merge_threshold, ""
            scored: list[tuple[float, Story, list[str]]] = []
            for other in found:
                if other.id in involved or not self.span_allows(story, other):
                    continue
                if not self.reach_allows(spans_apart(story, other), story.top_keys(), other):
                    continue
                if self.figures_differ(story, other) or self.happenings_differ(story, other):
                    continue
                if self.subject_unshown(story, other):
                    continue
                score, why = self.score(vector, story.top_keys(), story.first, other, background)
                scored.append((score, other, why))
                if score <= best_score:
                    continue
                agreed = self.events_agree(story, other)
                if agreed is None:
                    continue
                best, best_score = other, score
                best_why = (
                    f"centroids agree ({score:.2f}, neighbourhood similarity {background:.2f}), "
                    f"{agreed}"
                )
                if shared := [w for w in why if w.startswith("shared")]:
                    best_why += "; " + "; ".join(shared)
            if best is None and (standing := self.standing_merge(story, scored)) is not None:
                best, best_why = standing
            if best is not None:
                keep, gone = sorted((story, best), key=lambda s: _number(s.id))
                self._merge(keep, gone)
                merged[gone.id] = keep.id
                self.reasons[gone.id] = best_why
                involved |= {keep.id, gone.id}
                kept.add(keep.id)
        return kept

    def events_agree(self, story: Story, other: Story) -> str | None:
        """Why two stories' closest events agree as two reports of one event do (None: they
        do not). e5 scores two reports of one event lower across languages than within one:
        the closest events count the cross-language shift a translation gets at placement,
        in proportion to how far apart the stories' languages are; and, as at placement, the
        numbers and dates the stories share (reports of one event repeat its figures exactly,
        each counted as it is rare). Shared names are left out: a topic's stories share its
        names (a minister, a country) without reporting one event."""
        closest = closest_events(story, other)
        closest += CROSS_LANGUAGE_SHIFT * language_difference(story, other)
        figures = story.top_facts() & other.top_facts()
        closest += FACT_WEIGHT * fact_overlap(figures, figures, self.specificity)
        if closest < self.merge_event_cosine:
            return None
        why = f"closest events {closest:.2f}"
        if figures:
            why += f" with shared figures {', '.join(sorted(k[len(FACT) :] for k in figures)[:6])}"
        return why

    def standing_merge(
        self, story: Story, scored: list[tuple[float, Story, list[str]]]
    ) -> tuple[Story, str] | None:
        """The story a story merges with below `merge_threshold` when it stands out from the
        story's other candidates as a translation stands out from a document's (round
        stories76, `standing_out` at consolidation), and why (None: none does).

        A report and its translations can be two stories when the translations joined
        another article's translations at placement (in their own language, before any rare
        name was asked for): CNN's report of Trump's Wheeling rally in English, with
        Newsweek's preview, and its Arabic and Persian with CNN's report of what Trump said
        of Kavanaugh at that rally. Their centroids agree just under the bar (0.297 against
        0.3, the runner-up 0.14), because a story's centroid score gets no cross-language
        shift (round stories68: giving it one merged whole topics). So the pair must also
        stand out: the best candidate, at most STANDING_SLACK under the bar and
        STANDING_MARGIN over the runner-up, in part in other languages than the story,
        sharing a name at least STANDING_RARE specific (by sound key across scripts: West
        Virginia), their times comparable (both undated, or both dated within EVENT_DAYS),
        and their closest events agreeing as a merge's must (`events_agree`)."""
        found = standing_first(scored, self.merge_threshold)
        if found is None:
            return None
        (score, other, _), runner_up = found
        if not language_difference(story, other):
            return None
        if (story.first is None) != (other.first is None) or spans_apart(story, other) > EVENT_DAYS:
            return None
        rare = self.rare_shared(story.top_keys() | story.top_sounds(), other)
        agreed = self.events_agree(story, other) if rare else None
        if agreed is None:
            return None
        return other, (
            f"centroids stand out under the bar ({score:.2f}, the next candidate "
            f"{runner_up:.2f}), "
            f"{agreed}; a rare name shared: {', '.join(rare[:3])}"
        )

    def split_series(self, story_ids: list[str], merged_away: set[str]) -> None:
        """Split each of these stories holding a series' reports about different days by the
        day each report is about (`split_by_report_day`): each further day's reports start a
        story of their own, numbered past every story and those `merged_away` in this pass
        (the store still files documents under them until it moves them). The moves are kept
        in `moved_by_split` for the store."""
        self.moved_by_split, self.split_from = {}, {}
        series = learn_series(self.series_reports.values())
        if not series:
            return

        def by_day(filed: list) -> list[list[str]]:
            groups = split_by_report_day(filed, series, self.split_every_day)
            return self.undated_to_their_day(groups)

        self._split_stories(story_ids, merged_away, self.series_reports, by_day)

    def split_columns(self, story_ids: list[str], merged_away: set[str]) -> None:
        """Split each of these stories holding a column's reports about different names
        (`split_by_names`: Al-Jazirah's wedding notices of a dozen families, one template,
        one story at placement): each further group of names starts a story of its own, as
        the series split does (`_split_off`, numbered past every story and those
        `merged_away`); the moves join `moved_by_split` for the store."""
        self.split_by_names = set()
        columns = learn_columns(self.column_reports.values())
        if not columns:
            return
        moved = self._split_stories(
            story_ids,
            merged_away,
            self.column_reports,
            lambda filed: split_by_names(filed, columns),
        )
        self.split_by_names.update(moved)

    def _split_stories(
        self,
        story_ids: list[str],
        merged_away: set[str],
        reports: dict,
        grouping: Callable[[list], list[list[str]]],
    ) -> list[str]:
        """Split each of these stories by `grouping` of its placed members' `reports`: the
        first group keeps the story, each further group starts a story of its own, numbered
        past every story and those `merged_away` in this pass. The documents moved."""
        numbers = [self.highest, *map(_number, self.stories), *map(_number, merged_away)]
        next_number = max(numbers) + 1
        moved: list[str] = []
        for story_id in story_ids:
            story = self.stories.get(story_id)
            if story is None:
                continue
            filed = [
                reports[m] for m in story.members if m in self.placed_documents and m in reports
            ]
            for group in grouping(filed)[1:]:
                self._split_off(story, group, f"s{next_number}")
                moved += group
                next_number += 1
        return moved

    def undated_to_their_day(self, groups: list[list[str]]) -> list[list[str]]:
        """Each report of a split story's kept group that names no day goes with the day whose
        dated reports its vector is closest to (Sabq's report of the emir's visit to one
        family, naming no day, with the other outlets' reports of that visit)."""
        if len(groups) < 2:
            return groups
        centroids = np.vstack([self._dated_centroid(g) for g in groups])
        out = [[] for _ in groups]
        for doc_id in groups[0]:
            closest = 0
            if self.series_reports[doc_id].day is None:
                closest = int(np.argmax(centroids @ self.placed_documents[doc_id][0]))
            out[closest].append(doc_id)
        return [out[0], *(out[n] + groups[n] for n in range(1, len(groups)))]

    def _dated_centroid(self, group: list[str]) -> np.ndarray:
        """The centroid of a group's reports that name the day they are about."""
        dated = [
            self.placed_documents[d][0] for d in group if self.series_reports[d].day is not None
        ]
        return _unit(np.sum(dated, axis=0)) if dated else np.zeros(self.dim, dtype=np.float32)

    def _split_off(self, story: Story, group: list[str], new_id: str) -> None:
        """Move these documents of a story to a new story of their own."""
        new = Story(new_id, np.zeros(self.dim, dtype=np.float32))
        self.stories[new.id] = new
        for doc_id in group:
            self._take_out(story, doc_id)
            vector, day, keys, known = self.placed_documents[doc_id]
            self._place_in(new, doc_id, vector, day, keys, known=known)
            self.moved_by_split[doc_id] = new.id
        self.split_from[new.id] = story.id
        self._index(story)

    def _take_out(self, story: Story, doc_id: str) -> None:
        """Take a placed document out of its story and event. The story's span of days stays
        as wide as it was: the days of its other documents are not kept apart."""
        vector, day, keys, known = self.placed_documents[doc_id]
        story.vector_sum = story.vector_sum - vector
        story.members.remove(doc_id)
        story.keys.subtract(keys)
        story.keys = +story.keys  # counts of zero gone
        if day and known and (lang := language_of(keys)) is not None:
            story.known_days[lang, day] -= 1
            story.known_days = +story.known_days
        for event in story.events:
            if doc_id in event.members:
                event.members.remove(doc_id)
                event.vector_sum = event.vector_sum - vector
                if (lang := language_of(keys)) is not None:
                    event.languages[lang] -= 1
                    event.languages = +event.languages
                if day in event.dates:
                    event.dates.remove(day)
        story.events = [e for e in story.events if e.members]
        story.cached.clear()

    def own_figures(self, story: Story) -> set[str]:
        """The specific numbers and dates among a story's most frequent ones."""
        return {k for k in story.top_facts() if self.specificity(k) >= COUNTED_SPECIFICITY}

    def figures_differ(self, a: Story, b: Story) -> bool:
        """Whether two stories each carry COUNTED_FIGURES specific figures of their own and
        share none of them (two sessions of one market, two days' prices)."""
        own_a, own_b = self.own_figures(a), self.own_figures(b)
        return min(len(own_a), len(own_b)) >= COUNTED_FIGURES and not own_a & own_b

    def happenings_differ(self, a: Story, b: Story) -> bool:
        """Whether two stories of SUBJECT_DOCUMENTS documents or more, in the same languages,
        are two happenings of one kind (round stories78): each with a subject the other never
        names (`own_subjects`), or their known days SEPARATE_DAYS apart (no day in common)."""
        if min(len(a.members), len(b.members)) < SUBJECT_DOCUMENTS or language_difference(a, b):
            return False
        if a.known and b.known and _spans_gap(a.known, b.known) >= SEPARATE_DAYS:
            return True
        names_a, names_b = _name_counts(a), _name_counts(b)  # once for both directions
        return bool(_carried_by_all(names_a, len(a.members)) - set(names_b)) and bool(
            _carried_by_all(names_b, len(b.members)) - set(names_a)
        )

    def subject_unshown(self, a: Story, b: Story) -> bool:
        """Whether one of two stories in the same languages names nothing while the other has a
        subject (a name every one of its documents carries): a story of documents without a
        name (Al-Jazirah's greetings to Niger and to Jamaica, each a photo caption under its
        headline, «خادم الحرمين ولي العهد») can show no subject in common with the other, and
        joins it on likeness of text alone — a template its kind shares. On the session-66
        archive's replay that pair joined the greetings to Niger, and through the Jamaica
        report the Niger and the Jamaica greetings became one story (round stories84)."""
        if language_difference(a, b):
            return False
        names_a, names_b = _name_counts(a), _name_counts(b)
        if bool(names_a) == bool(names_b):
            return False
        named, size = (names_a, len(a.members)) if names_a else (names_b, len(b.members))
        return bool(_carried_by_all(named, size))

    def _merge(self, keep: Story, gone: Story) -> None:
        keep.vector_sum = keep.vector_sum + gone.vector_sum
        keep.cached.clear()
        keep.members += gone.members
        keep.keys.update(gone.keys)
        days = [d for d in (keep.first, keep.last, gone.first, gone.last) if d]
        keep.first, keep.last = (min(days), max(days)) if days else (None, None)
        if gone.known:
            keep.known = span_with(span_with(keep.known, gone.known[0]), gone.known[1])
        keep.known_days.update(gone.known_days)
        # the kept story's own events, before any merge of this pass (`fold_events`)
        self.own_events.setdefault(keep.id, len(keep.events))
        for event in gone.events:
            event.id = f"{keep.id}.e{len(keep.events) + 1}"
            keep.events.append(event)
        self.table.remove(gone.id)
        del self.stories[gone.id]
        self._index(keep)


def own_subjects(story: Story, other: Story) -> set[str]:
    """The names every document of a story carries that no document of the other names: what
    the story is about that the other is not (the country a visit goes to, the family a
    condolence is paid to)."""
    return _carried_by_all(_name_counts(story), len(story.members)) - set(_name_counts(other))


def _carried_by_all(counts: Counter[str], documents: int) -> set[str]:
    """The names of `_name_counts` that every one of a story's documents carries."""
    return {name for name, n in counts.items() if n >= documents}


def _name_counts(story: Story) -> Counter[str]:
    """How many of a story's documents carry each entity name (untyped)."""
    counts: Counter[str] = Counter()
    for key, n in story.keys.items():
        if _is_entity(key):
            name = key.split(":", 1)[-1]
            counts[name] = max(counts[name], n)
    return counts


def _spans_gap(a: tuple[date, date], b: tuple[date, date]) -> int:
    """The days between two spans of days (0 when they overlap or meet)."""
    return max((b[0] - a[1]).days, (a[0] - b[1]).days, 0)


def _near_span(days: list[date], span: tuple[date, date]) -> bool:
    """Whether a day of the list lies within EVENT_DAYS of a span of dates."""
    slack = timedelta(days=EVENT_DAYS)
    return any(span[0] - slack <= d <= span[1] + slack for d in days)


def _days_between(left: list[date], right: list[date]) -> int:
    """The fewest days between a day of one list and a day of the other."""
    return min(abs((a - b).days) for a in left for b in right)


def _number(story_id: str) -> int:
    return int(story_id.lstrip("s"))


def _final(merged: dict[str, str], story: str) -> str:
    while story in merged:
        story = merged[story]
    return story


def standing_first(
    scored: list[tuple[float, Story, list[str]]], bar: float
) -> tuple[tuple[float, Story, list[str]], float] | None:
    """The best scored candidate and the runner-up's score, when the best stands out: at most
    STANDING_SLACK under `bar` and STANDING_MARGIN over the runner-up (None: it does not)."""
    if not scored:
        return None
    ranked = sorted(scored, key=lambda item: (-item[0], item[1].id))
    runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
    score = ranked[0][0]
    if score < bar - STANDING_SLACK or score - runner_up < STANDING_MARGIN:
        return None
    return ranked[0], runner_up


def closest_events(a: Story, b: Story) -> float:
    """The cosine of the nearest pair of events of two stories."""
    left = np.vstack([e.centroid() for e in a.events])
    right = np.vstack([e.centroid() for e in b.events])
    return float(np.max(left @ right.T))
