"""Story assignment during ingest: the index starts from the stored live stories, then grows."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

import numpy as np

from rasad.cluster.columns import ColumnReport, title_head, title_names
from rasad.cluster.embed import centered
from rasad.cluster.index import (
    CANDIDATES,
    REACH_EVIDENCE,
    Assignment,
    Story,
    StoryIndex,
    counted_keys,
    fact_keys,
    language_key,
    untyped,
)
from rasad.cluster.live import BUCKET_DAYS, KEY_STORIES
from rasad.cluster.series import SeriesReport, report_day, report_kind
from rasad.cluster.sounds import sound_keys
from rasad.cluster.state import StateRow, story_from_row, story_row
from rasad.model import Document, Published
from rasad.stages.pubdate import (
    NEIGHBOURS_MIN,
    NEIGHBOURS_SLACK_DAYS,
    NEIGHBOURS_SPAN_DAYS,
    from_neighbours,
    infer,
)
from rasad.store import MetaStore, StoryStateStore

STATES = "story_states"  # meta: whether the stored story states match the stored documents
STATES_CURRENT = "current"
# meta: sequence number of the last document stored when consolidation last ran; the stories
# of the documents after it are those a consolidation pass still has to visit
CONSOLIDATED_THROUGH = "stories_consolidated_through"
NAMED_DOCUMENTS = "name_frequency_documents"  # meta: documents counted in name_frequencies


def doc_day(doc: Document) -> date | None:
    """The day a document was published, when known to the day or month (a year-wide guess
    would push stories apart for no reason)."""
    return published_day(doc.published)


def published_day(published: Published | None) -> date | None:
    """The day `doc_day` reads from a publication date (None: undated, or a year-wide one)."""
    if not published or published["precision"] == "year":
        return None
    value = published["value"]
    return date.fromisoformat(value if len(value) == 10 else published["window"][0])


def doc_window(doc: Document) -> tuple[date, date] | None:
    """The span a document dated only to a year lies in (None: dated finer, or undated)."""
    if not doc.published or doc.published["precision"] != "year":
        return None
    start, end = doc.published["window"]
    return date.fromisoformat(start), date.fromisoformat(end)


def doc_known(doc: Document) -> bool:
    """Whether a document's day is known (from metadata or a dateline), not only inferred
    from the dates its text mentions: an inferred day is weak evidence for a story."""
    return bool(doc.published) and doc.published.get("source") != "inferred"


def doc_keys(doc: Document) -> set[str]:
    """What a story compares besides the vector: entity, number, date, language and sound
    keys (`rasad.cluster.sounds`)."""
    entities = {m["entity"] for m in doc.entities}
    sounds = sound_keys(
        (m["text"], m.get("type", ""), m.get("canonical")) for m in doc.entities if m.get("text")
    )
    return entities | sounds | fact_keys(doc.numbers, doc.dates) | {language_key(doc.lang)}


def series_report(doc: Document) -> SeriesReport:
    """What the series split reads of a document: its outlet, headline kind (none when it
    opens with a person the document names) and the day its lead reports."""
    persons = [m["text"] for m in doc.entities if m.get("type") == "PER" and m.get("text")]
    day = report_day(doc.dates, doc.text or "", doc_day(doc))
    return SeriesReport(doc.id, doc.outlet, report_kind(doc.title, persons), day)


def column_report(doc: Document) -> ColumnReport:
    """What the column split reads of a document: outlet, publication day, title head (none
    when it is a word of a person, place or body the document names), the names its title
    carries, and whether it is a copy."""
    named = [m["text"] for m in doc.entities if m.get("text")]
    return ColumnReport(
        doc.id,
        doc.outlet,
        doc_day(doc),
        title_head(doc.title, named),
        title_names(doc.title),
        copy=bool(doc.duplicate_of),
    )


def file_reports(index: StoryIndex, doc: Document) -> None:
    """File a document for the splits at consolidation: the series split (its kind and day,
    round stories58) and the column split (its head and names, round stories62)."""
    index.series_reports[doc.id] = series_report(doc)
    index.column_reports[doc.id] = column_report(doc)


def place_stored(
    index: StoryIndex,
    placed: dict[str, tuple[str, str]],
    doc: Document,
    vectors: dict[str, np.ndarray],
) -> Assignment | None:
    """Place a stored document again as ingest placed it (a replay of an archive): a copy
    with its original, any other document by its stored vector; `placed` maps each placed
    document to its (story, event). The assignment when the document was added by its vector."""
    # a copy is a report of its kind too (the series are learned over copies and all); it
    # follows its original's story, never moved by its own day
    file_reports(index, doc)
    if doc.duplicate_of in placed:
        placed[doc.id] = placed[doc.duplicate_of]
        return None
    if doc.id not in vectors:
        return None
    vector = centered(vectors[doc.id], doc.lang)
    a = place_document(index, doc, vector)
    placed[doc.id] = (a.story, a.event)
    return a


def place_document(index: StoryIndex, doc: Document, vector: np.ndarray) -> Assignment:
    """Put a document in its story and event (`StoryIndex.add`), except that an undated one
    also reaches the expired stories filed under its entity names, as a late dated document
    does: in an archive ingested out of date order its own story has often left the live table
    (`undated_reach`)."""
    day, keys, known, within = doc_day(doc), doc_keys(doc), doc_known(doc), doc_window(doc)
    reach = undated_reach(index, keys) if doc.published is None else []
    if not reach:
        return index.add(doc.id, vector, day, keys, known, within)
    story, score, why = best_undated(index, vector, keys, reach)
    if story is None:
        story = Story(index.new_id(), np.zeros(index.dim, dtype=np.float32))
        index.stories[story.id] = story
        score = 1.0
    event = index.join(story, doc.id, vector, None, keys, known=known)
    return Assignment(story.id, event.id, round(score, 4), why)


def undated_reach(index: StoryIndex, keys: set[str]) -> list[Story]:
    """The expired stories an undated document may join: those filed under its entity names
    whose shared names say much (REACH_EVIDENCE, the bar of a document dated more than
    REACH_DAYS from a story — an undated one may be that far from any)."""
    stories = (index.stories[s] for s in index.table.expired_named(untyped(keys)))
    return [s for s in stories if index.shared_specificity(keys, s) >= REACH_EVIDENCE]


def best_undated(
    index: StoryIndex, vector: np.ndarray, keys: set[str], reach: list[Story]
) -> tuple[Story | None, float, list[str]]:
    """The story an undated document joins among the live stories and the expired ones it
    reaches, as `StoryIndex.best` chooses (the CANDIDATES nearest, the same score, bar and local
    scaling), its score and why (None: a new story)."""
    live = [index.stories[s] for s in index.table.nearest(vector, CANDIDATES)]
    pool = live + reach  # an expired story is never in the live table
    cosines = np.array([float(vector @ s.centroid()) for s in pool])
    found = [pool[int(i)] for i in np.lexsort((np.arange(len(pool)), -cosines))[:CANDIDATES]]
    best, best_score, best_why = index.choose(vector, None, keys, found, known=False)
    if best is not None and best.id not in index.table.live:
        best_why = [*best_why, "undated: a quiet story reached by the names it shares"]
    return best, best_score, best_why


def grouped_date(index: StoryIndex, story_id: str, event_id: str) -> Published | None:
    """An undated document's window from the days of the event it joined (the documents
    grouped with it) that lie within the story's known span (days from metadata or a
    dateline), when they agree (`from_neighbours`); else still unknown."""
    story = index.stories.get(story_id)
    if story is None or story.known is None:
        return None
    return from_neighbours(event_days(story, event_id))


def event_days(story: Story, event_id: str) -> list[date]:
    """The days of a story's event that lie within the story's known span, in order."""
    first, last = story.known or (date.max, date.min)
    event = next((e for e in story.events if e.id == event_id), None)
    return sorted(d for d in event.dates if first <= d <= last) if event else []


def story_grouped_date(index: StoryIndex, story_id: str, event_id: str) -> Published | None:
    """An undated document's window from the event it joined (`grouped_date`), else from the
    whole story's known days when they agree (a story of a few days whose events were cut
    finer than the document's own): neighbours years apart still give nothing."""
    days = story_grouped_days(index, story_id, event_id)
    return from_neighbours(days) if days else None


def story_grouped_days(index: StoryIndex, story_id: str, event_id: str) -> list[date]:
    """The dated reports' days `story_grouped_date` draws an undated document's window from:
    its event's (within the story's known span) when they agree, else the whole story's
    (empty: none agree). The evidence a date inferred from the story shows."""
    story = index.stories.get(story_id)
    if story is None or story.known is None:
        return []
    first, last = story.known
    days = event_days(story, event_id)
    if from_neighbours(days) is not None:
        return days
    days = sorted(d for e in story.events for d in e.dates if first <= d <= last)
    return days if from_neighbours(days) is not None else []


def redated_window(index: StoryIndex, doc: Document) -> Published | None:
    """The window a stored undated document gets once its story holds dated reports: its
    event's days, else its story's, when two agree (`story_grouped_date`, the rule ingest dates
    a document by as it is placed). Only a document whose date is unknown: a publisher's
    date, a dateline, a date inferred from its own text and a user's correction (stored as
    metadata) are never replaced."""
    found = redated_with_why(index, doc)
    return found[0] if found else None


def redated_with_why(index: StoryIndex, doc: Document) -> tuple[Published, str] | None:
    """`redated_window` with the evidence line the document's `why` keeps (`dated_by_story_why`)."""
    if doc.published is not None or not doc.story or doc.story not in index.stories:
        return None
    return story_dated(index, doc.story, doc.event or "", doc.lang)


def story_dated(
    index: StoryIndex, story_id: str, event_id: str, lang: str
) -> tuple[Published, str] | None:
    """An undated document's window from its story's dated reports (`story_grouped_date`) and
    the line its `why` keeps as evidence (`dated_by_story_why`), or None (also when too few
    of those reports are in the document's own language: `own_language_support`)."""
    days = story_grouped_days(index, story_id, event_id)
    found = from_neighbours(days) if days else None
    if found is None or not own_language_support(index, story_id, lang, days):
        return None
    return found, dated_by_story_why(found, days)


def own_language_support(index: StoryIndex, story_id: str, lang: str, days: list[date]) -> bool:
    """Whether at least NEIGHBOURS_MIN of the days a window is drawn from are those of the
    story's reports in the undated document's own language `lang` dated by their publisher or
    a dateline (`Story.known_days`). A report joined to reports of another language by the
    names and figures they share is often years from them: on the session-55 archive, BBC
    business reports of 2004–05 on Japan's economy, placed in a story of two Saudi News Net
    reports of Japanese shares in August 2015, were dated 2015; their story's days are no
    evidence of their own."""
    story = index.stories.get(story_id)
    if story is None:
        return False
    own = story.own_language_days(lang)
    return sum((own & Counter(days)).values()) >= NEIGHBOURS_MIN


def dated_by_story_why(found: Published, days: list[date]) -> str:
    """The evidence a document dated by its story keeps in its `why`: how many dated reports
    of its story, their days, and the window (the UI's tooltip and the API show it; the
    export shows the date itself as inferred). `STORY_DATED` reads it back."""
    first, last = found["window"]
    return (
        f"date inferred from {len(days)} dated reports of its story, {days[0]} to {days[-1]}:"
        f" {first} to {last}"
    )


# The evidence lines `dated_by_story_why` writes, and the one pubdate60 wrote before it
STORY_DATED = re.compile(
    r"date inferred from (?P<n>\d+) dated reports of its story, (?P<first>[\d-]+) to"
    r" (?P<last>[\d-]+): [\d-]+ to [\d-]+"
)
STORY_DATED_WITHOUT_REPORTS = re.compile(
    r"date inferred from its story's dated reports: [\d-]+ to [\d-]+"
)


def date_evidence(published: Published | None, why: Iterable[str]) -> dict[str, Any] | None:
    """What an inferred date was inferred from, for the API and the page's tooltip: {"kind":
    "story", "reports": N, "first": day, "last": day} for a date from its story's dated
    reports (N and their days unknown, None, for a line pubdate60 wrote), None for a date not
    inferred or one whose `why` names no evidence (from its text, or from its story at
    placement before pubdate61 wrote the line: the two cannot be told apart)."""
    if not published or published.get("source") != "inferred":
        return None
    for line in reversed(list(why or [])):
        if found := STORY_DATED.fullmatch(line):
            reports, first, last = int(found["n"]), found["first"], found["last"]
            return {"kind": "story", "reports": reports, "first": first, "last": last}
        if STORY_DATED_WITHOUT_REPORTS.fullmatch(line):
            return {"kind": "story", "reports": None, "first": None, "last": None}
    return None


def redate_stored_story(
    story_id: str, docs: list[Document], vectors: dict[str, np.ndarray], today: date | None = None
) -> list[Document]:
    """Date the undated documents of one stored story (`redated_with_why`), its index rebuilt
    from its stored documents and vectors as `StoryAssigner.rebuild` rebuilds every story (a
    copy, with no vector of its own, adds no day): the backfill for documents stored before
    their story's dated reports arrived. A document an older release dated by its story
    (`dated_by_story_before`) is placed undated again and checked by today's rule
    (`checked_story_date`). Rewrites nothing; returns the documents dated or checked anew."""
    today = today or date.today()
    again = {d.id for d in docs if dated_by_story_before(d, today)}
    index = StoryIndex()
    for doc in docs:
        if doc.story == story_id and doc.id in vectors:
            vector = centered(vectors[doc.id], doc.lang)
            day = None if doc.id in again else doc_day(doc)  # as it was placed: undated
            index.restore(doc.id, vector, day, doc_keys(doc), story_id, doc.event, doc_known(doc))
    dated = []
    for doc in docs:
        if doc.id in again:
            if checked_story_date(index, doc):
                dated.append(doc)
        elif (found := redated_with_why(index, doc)) is not None:
            doc.published, doc.why = found[0], [*(doc.why or []), found[1]]
            dated.append(doc)
    return dated


def dated_by_story_before(doc: Document, today: date) -> bool:
    """Whether a stored document's date came from its story: inferred, and either its `why`
    names its story's reports, or (a story date given at placement before pubdate61 wrote no
    line) its window has a story window's width (`story_window_width`) while its own text
    gives no date (`rasad.stages.pubdate.infer`, the only other way a date is inferred). A
    publisher's date, a dateline and a user's correction are not inferred."""
    if not doc.published or doc.published.get("source") != "inferred":
        return False
    if date_evidence(doc.published, doc.why) is not None:
        return True
    first, last = (date.fromisoformat(d) for d in doc.published["window"])
    if not story_window_width((last - first).days + 1):
        return False
    return infer(doc.text or "", doc.lang or "", today) is None


def story_window_width(days: int) -> bool:
    """Whether a window of this many days can be one `from_neighbours` gives: the span of two
    or more reports at most NEIGHBOURS_SPAN_DAYS apart, widened by NEIGHBOURS_SLACK_DAYS each
    side (a date from the text is a few days, a month or a year wide)."""
    slack = 2 * NEIGHBOURS_SLACK_DAYS
    return slack + 1 <= days <= NEIGHBOURS_SPAN_DAYS + slack + 1


def checked_story_date(index: StoryIndex, doc: Document) -> bool:
    """Check a story date an older release gave (pubdate58's guardless rule, or the majority
    language guard before pubdate62) against today's rule (`story_dated`): withdrawn when the
    story has no two dated reports of the document's language that agree, given its evidence
    line when the rule gives the same window and the line is missing; a different window is
    left as it was given. Whether the document changed."""
    found = story_dated(index, story_id=doc.story or "", event_id=doc.event or "", lang=doc.lang)
    if found is None:
        doc.published, doc.why = None, [*(doc.why or []), STORY_DATE_WITHDRAWN]
        return True
    if found[0]["window"] == doc.published["window"] and not any(
        STORY_DATED.fullmatch(line) for line in doc.why or []
    ):
        doc.why = [*(doc.why or []), found[1]]
        return True
    return False


STORY_DATE_WITHDRAWN = (
    "date from its story withdrawn: its story has no two agreeing dated reports in its language"
)


class StoryAssigner:
    """Gives each new document a story and an event; copies join their original's story.

    An ingest starts from the stored states of the live stories (`cluster/state.py`): its
    start-up cost follows the stories of the last weeks, not the archive. A document dated
    before them first loads the stored stories that could take it. When the stored states are
    missing or stale (an older database, an ingest killed between its documents and their
    states), the stories are rebuilt from every stored document and vector instead."""

    def __init__(self, index: StoryIndex, store: StoryStateStore | None = None) -> None:
        self.index = index
        self.store = store
        self.placed: dict[str, tuple[str, str]] = {}  # this ingest's documents, originals seen
        self.loaded_from: date | None = None  # states with an earlier last day are not loaded
        self.changed: set[str] = set()  # stories whose stored state is behind
        self.names_asked: set[str] = set()  # names whose stored stories have been loaded
        self.frequencies_asked: set[str] = set()  # names whose stored frequency is loaded
        self.dated_joined: set[str] = set()  # stories a dated document joined since `redate`

    @classmethod
    def load(cls, store: StoryStateStore, interrupted: bool = False) -> StoryAssigner:
        """The assigner with the live stories' stored states (rebuilt when stale). After an
        `interrupted` ingest, every story is rebuilt, and the stories that ingest's documents
        joined wait for the consolidation pass it never made, as they would in one unbroken
        run (its touched set was in memory only)."""
        if interrupted or store.get_meta(STATES) != STATES_CURRENT:
            assigner = cls.rebuild(store)
            if interrupted:
                assigner.index.touched = assigner.joined_since_consolidation(store)
            assigner.changed = set(assigner.index.stories)
            assigner.save(store)
            return assigner
        assigner = cls(StoryIndex(), store)
        assigner.index.documents = int(store.get_meta(NAMED_DOCUMENTS) or 0)
        latest, assigner.index.highest = store.story_states_span()
        if latest:
            assigner.loaded_from = date.fromisoformat(latest) - assigner.reach()
        assigner.load_states(assigner.loaded_from, None)
        return assigner

    @classmethod
    def rebuild(cls, store: StoryStateStore) -> StoryAssigner:
        """The assigner with every stored document replayed into its story and event."""
        assigner = cls(StoryIndex(), store)
        vectors = dict(store.iter_vectors())
        for doc in store.iter_documents():
            if doc.story:
                # an interrupted ingest's re-run splits series as the unbroken run would
                file_reports(assigner.index, doc)
            if doc.story and doc.id in vectors:
                assigner.index.restore(
                    doc.id,
                    centered(vectors[doc.id], doc.lang),
                    doc_day(doc),
                    doc_keys(doc),
                    doc.story,
                    doc.event,
                    doc_known(doc),
                )
        assigner.index.highest = max(map(_number, assigner.index.stories), default=0)
        assigner.index.touched = set()
        return assigner

    def joined_since_consolidation(self, store: StoryStateStore) -> set[str]:
        """The stories documents stored after the last consolidation joined by their vector
        (a near-duplicate follows its original without touching the story)."""
        through, joined = int(store.get_meta(CONSOLIDATED_THROUGH) or 0), set()
        while batch := store.documents_after(through, 1000):
            through = batch[-1][0]
            for _, doc in batch:
                copy = any(w.startswith("near-duplicate of") for w in doc.why or [])
                if doc.story in self.index.stories and not doc.rejected and not copy:
                    joined.add(doc.story)
        return joined

    def reach(self) -> timedelta:
        """How far before its day a document's candidate stories may have gone quiet."""
        return timedelta(days=self.index.table.live_days + BUCKET_DAYS)

    def load_states(self, since: date | None, before: date | None) -> None:
        """Put the stored stories whose last day is in [since, before) in the index."""
        assert self.store is not None
        rows = self.store.iter_story_states(
            since.isoformat() if since else None, before.isoformat() if before else None
        )
        self.put_rows(rows)

    def put_rows(self, rows: Iterable[StateRow]) -> None:
        """Put the stories of stored state rows in the index (those not there yet)."""
        for row in rows:
            if row[0] not in self.index.stories:
                story = story_from_row(row, self.index.dim)
                self.index.stories[story.id] = story
                self.index.table.put(story.id, story.centroid(), story.first, story.last)

    def reach_back(self, day: date | None) -> None:
        """Load the stored stories a document of this (early) day could join."""
        if day is None or self.loaded_from is None or day - self.reach() >= self.loaded_from:
            return
        since = day - self.reach()
        self.load_states(since, self.loaded_from)
        self.loaded_from = since

    def reach_by_names(self, day: date | None, keys: set[str]) -> None:
        """Load the stored stories filed under the document's entity names that went quiet
        before this ingest's window (the KEY_STORIES most recent per name): a dated document
        searches them beside the live stories, as it would had they expired in this ingest."""
        if day is not None:
            self.load_named(keys)

    def load_named(self, keys: set[str]) -> None:
        """Load the stored stories filed under these entity names that went quiet before this
        ingest's window (the KEY_STORIES most recent per name), once per name."""
        if self.loaded_from is None or self.store is None:
            return
        names = sorted(untyped(keys) - self.names_asked)
        if not names:
            return
        self.names_asked.update(names)
        before = self.loaded_from.isoformat()
        self.put_rows(self.store.story_states_named(names, before, KEY_STORIES))

    def load_frequencies(self, docs: list[Document]) -> None:
        """Load the stored document frequencies of the names these documents bring that the
        index has not counted or loaded yet."""
        if self.store is None:
            return
        names = {
            n
            for d in docs
            if not d.rejected
            for n in counted_keys(doc_keys(d))
            if n not in self.frequencies_asked and n not in self.index.frequency
        }
        if names:
            self.frequencies_asked |= names
            for name, n in self.store.name_frequencies(names).items():
                self.index.frequency[name] += n

    def placement(self, doc_id: str) -> tuple[str, str] | None:
        """The story and event of a document of this ingest or a stored one."""
        if doc_id not in self.placed and self.store is not None:
            original = self.store.get_document(doc_id)
            if original is not None and original.story:
                self.placed[doc_id] = (original.story, original.event or "")
        return self.placed.get(doc_id)

    def needing_vectors(self, docs: Iterable[Document]) -> list[Document]:
        """The accepted documents `assign` would place by their vector: all but the copies
        whose original already has (or, earlier in `docs`, will have) a story."""
        placed = set(self.placed)
        needed = []
        for doc in docs:
            if doc.rejected:
                continue
            original = doc.duplicate_of
            if not (original and (original in placed or self.placement(original))):
                needed.append(doc)
            placed.add(doc.id)
        return needed

    def assign(self, docs: Iterable[Document]) -> list[tuple[str, np.ndarray]]:
        """Set story and event on each accepted document; return (id, vector) pairs to store."""
        vectors = []
        docs = list(docs)
        self.load_frequencies(docs)
        for doc in docs:
            vector, doc.vector = doc.vector, None  # stored in the vectors table
            if doc.rejected:
                continue
            original = self.placement(doc.duplicate_of) if doc.duplicate_of else None
            file_reports(self.index, doc)  # a copy's kind counts too
            if original:
                doc.story, doc.event = original
                doc.why = [f"near-duplicate of {doc.duplicate_of}"]
                if doc.published is None:  # a reprint, dated as its original's event
                    self.date_by_story(doc, *original)
            elif vector is not None:
                v = np.asarray(vector, dtype=np.float32)
                vectors.append((doc.id, v))
                day, keys = doc_day(doc), doc_keys(doc)
                self.reach_back(day)
                self.reach_by_names(day, keys)
                if doc.published is None:
                    self.load_named(keys)
                a = place_document(self.index, doc, centered(v, doc.lang))
                doc.story, doc.event, doc.why = a.story, a.event, a.why
                self.changed.add(a.story)
                if day is not None and doc_known(doc):
                    self.dated_joined.add(a.story)
                if doc.published is None:
                    self.date_by_story(doc, a.story, a.event)
            if doc.story:
                self.placed[doc.id] = (doc.story, doc.event)
        return vectors

    def date_by_story(self, doc: Document, story_id: str, event_id: str) -> None:
        """Date an undated document as it is placed from its story's dated reports
        (`story_grouped_date`), its `why` naming them."""
        found = story_dated(self.index, story_id, event_id, doc.lang)
        if found is not None:
            doc.published, doc.why = found[0], [*(doc.why or []), found[1]]
            self.learn_day(doc)

    def learn_day(self, doc: Document) -> None:
        """Tell the index the day a document dated by its story after its placement now has
        (`StoryIndex.learn_inferred_day`), as a rebuild from the store would read it; its
        story's stored state is saved again."""
        day = doc_day(doc)
        if day is not None and doc.story:
            self.index.learn_inferred_day(doc.story, doc.id, day)
            self.changed.add(doc.story)

    def redate(self, store: StoryStateStore) -> list[Document]:
        """Date the stored undated documents of the stories dated documents joined since the
        last call, now that those may agree (`redated_window`): ingest dates a document once, as
        it is placed, often before its story's dated reports arrive. Rewrites and returns
        the documents dated."""
        stories, self.dated_joined = sorted(self.dated_joined), set()
        dated = []
        for doc in store.iter_story_documents(stories, undated=True):
            found = redated_with_why(self.index, doc)
            if found is not None:
                doc.published, doc.why = found[0], [*doc.why, found[1]]
                dated.append(doc)
        for doc in dated:  # after all are dated: the order of a story's documents never matters
            self.learn_day(doc)
        if dated:
            store.update_documents(dated)
        return dated

    def mark_stale(self, store: MetaStore) -> None:
        """Say the stored states are behind (before a batch's documents are written)."""
        store.set_meta(STATES, "stale")

    def save(self, store: StoryStateStore, removed: Iterable[str] = ()) -> None:
        """Store the states of the stories changed since the last save."""
        stories = [self.index.stories[s] for s in sorted(self.changed)]
        store.put_story_states(
            [story_row(s) for s in stories], removed, [n for s in stories for n in story_names(s)]
        )
        store.put_name_frequencies(self.index.take_counted())
        store.set_meta(NAMED_DOCUMENTS, str(self.index.documents))
        store.set_meta(STATES, STATES_CURRENT)
        self.changed = set()

    def consolidate(self, store: StoryStateStore) -> set[str]:
        """Merge stories that grew close; rewrite the moved documents. Returns the stories
        whose documents changed (those merged away and those they joined)."""
        merged = self.index.consolidate()
        store.set_meta(CONSOLIDATED_THROUGH, str(store.last_document_seq()))
        if not merged:
            return self.move_folded(store) | self.move_split(store)
        self.mark_stale(store)
        kept = {merged[gone] for gone in merged}
        event_of = {
            m: e.id for k in sorted(kept) for e in self.index.stories[k].events for m in e.members
        }
        moved = list(store.iter_story_documents(merged))
        for doc in moved:
            gone, doc.story = doc.story, merged[doc.story]
            reason = self.index.reasons.get(gone, "")
            doc.why = [
                *doc.why,
                f"story merged into {doc.story}" + (f": {reason}" if reason else ""),
            ]
            # a copy is not in the index: it follows its original into the merged event
            member = doc.id if doc.id in event_of else doc.duplicate_of
            doc.event = event_of.get(member or "", doc.event)
        store.update_documents(moved)
        self.changed = (self.changed - set(merged)) | kept
        self.save(store, removed=sorted(merged))
        return set(merged) | kept | self.move_folded(store) | self.move_split(store)

    def move_folded(self, store: StoryStateStore) -> set[str]:
        """Rewrite the events of the documents of the stories whose events the index folded
        (a report and its translations, `StoryIndex.fold_translations`: the events are
        numbered again); returns those stories."""
        folded = {s for s in self.index.folded if s in self.index.stories}
        if not folded:
            return set()
        self.mark_stale(store)
        event_of = {
            m: e.id for s in folded for e in self.index.stories[s].events for m in e.members
        }
        moved = []
        for doc in store.iter_story_documents(folded):
            # a copy is not in the index: it follows its original's event
            member = doc.id if doc.id in event_of else doc.duplicate_of
            event = event_of.get(member or "", doc.event)
            if event != doc.event:
                doc.event = event
                moved.append(doc)
        store.update_documents(moved)
        self.changed |= folded
        self.save(store)
        return folded

    def move_split(self, store: StoryStateStore) -> set[str]:
        """Rewrite the documents the index's series split moved (a copy follows its original);
        returns the stories whose documents changed."""
        split, left = self.index.moved_by_split, set(self.index.split_from.values())
        if not split:
            return set()
        self.mark_stale(store)
        event_of = {
            m: e.id for s in set(split.values()) for e in self.index.stories[s].events
            for m in e.members
        }  # fmt: skip
        moved = []
        for doc in store.iter_story_documents(left):
            member = doc.id if doc.id in split else doc.duplicate_of
            if member in split:
                gone, doc.story = doc.story, split[member]
                doc.event = event_of.get(member, doc.event)
                how = (
                    "column report split from story {} by the names its title carries"
                    if member in self.index.split_by_names
                    else "series report split from story {} by its day"
                )
                doc.why = [*doc.why, how.format(gone)]
                moved.append(doc)
        store.update_documents(moved)
        self.changed |= left | set(split.values())
        self.save(store)
        return left | set(split.values())


def story_names(story: Story) -> list[tuple[str, str, str]]:
    """(story, name, last day) rows of the entity names a dated story is filed under for
    reach-back: its top entity keys by name, as `StoryIndex` files an expired story."""
    if story.last is None:
        return []
    last = story.last.isoformat()
    return [(story.id, name, last) for name in sorted(untyped(story.top_keys()))]


def _number(story_id: str) -> int:
    return int(story_id.lstrip("s"))


def file_story_names(store: StoryStateStore) -> None:
    """File every stored story under its names (a database from before the names table)."""
    dim = StoryIndex().dim
    rows = [
        name for row in store.iter_story_states() for name in story_names(story_from_row(row, dim))
    ]
    store.put_story_states([], names=rows)
