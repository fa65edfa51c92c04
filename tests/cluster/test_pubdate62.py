"""pubdate62 (issue 21, point 1): one own-language guard for story dates. An undated document
is dated by its story only from two dated reports in its own language (`own_language_support`,
`Story.known_days`), at placement, at re-dating, in the backfill and in the eval's replay; the
story index keeps the days per language through a stored state, a merge and a split."""

from __future__ import annotations

from datetime import date

import numpy as np

from rasad.cluster.index import Story, StoryIndex, language_key
from rasad.cluster.state import story_from_row, story_row
from rasad.services.assign import StoryAssigner, own_language_support, story_dated
from rasad.store import open_store
from tests.cluster.test_redate60 import CENTRE, report, stored
from tests.cluster.test_state import assert_states_match_documents, ingest

AUGUST = [date(2015, 8, 3), date(2015, 8, 4)]


def japan_story(english_dated: list[date] = ()) -> StoryIndex:
    """The session-55 case: two Saudi News Net reports of Japanese shares (Arabic, dated by
    their publisher in August 2015) and five undated BBC reports of Japan's economy of 2004–05
    («Japanese growth grinds to a halt», «Industrial output falls in Japan») joined to them by
    the names and figures they share: a story mostly in English, dated only in Arabic."""
    index = StoryIndex()
    reports = [("ar", day) for day in AUGUST] + [("en", None)] * 5
    reports += [("en", day) for day in english_dated]
    for n, (lang, day) in enumerate(reports):
        keys = {"LOC:Japan", "LOC:Tokyo", language_key(lang)}
        index.restore(f"d{n}", CENTRE, day, keys, "s1", "s1.e1", day is not None)
    return index


def test_a_mostly_english_story_dated_by_two_arabic_reports_dates_no_english_report():
    index = japan_story()
    assert index.stories["s1"].languages()[language_key("en")] == 5  # English is most of it
    assert story_dated(index, "s1", "s1.e1", "en") is None
    assert story_dated(index, "s1", "s1.e1", "ar") is not None  # an undated Arabic reprint


def test_two_dated_reports_of_its_own_language_date_an_undated_report():
    index = japan_story(english_dated=[date(2015, 8, 5), date(2015, 8, 5)])
    found = story_dated(index, "s1", "s1.e1", "en")
    assert found is not None and found[0]["window"] == ["2015-07-31", "2015-08-08"]
    assert found[1].startswith("date inferred from 4 dated reports of its story")


def test_a_date_inferred_from_the_text_is_no_own_language_support():
    """A report dated only by its text (`known` false) lends its day to the window, as before,
    but is no evidence that the story is in the document's language."""
    index = StoryIndex()
    for n, (day, known) in enumerate([(AUGUST[0], True), (AUGUST[1], False)]):
        index.restore(f"d{n}", CENTRE, day, {"LOC:Japan", "@en"}, "s1", "s1.e1", known)
    assert not own_language_support(index, "s1", "en", AUGUST)


def test_the_days_per_language_survive_a_stored_state():
    index = japan_story(english_dated=[date(2015, 8, 5)])
    story = index.stories["s1"]
    again = story_from_row(story_row(story), index.dim)
    assert again.known_days == story.known_days
    assert again.own_language_days("ar") == {AUGUST[0]: 1, AUGUST[1]: 1}
    assert again.own_language_days("en") == {date(2015, 8, 5): 1}


def test_a_state_stored_before_the_days_per_language_dates_nothing():
    """A row an older release stored has no days per language: its story dates no undated
    document until the state is rebuilt from the documents (never a date on weaker evidence)."""
    index = japan_story()
    story_id, last, text, sums = story_row(index.stories["s1"])
    older = text.replace('"known_days":', '"unused":')
    index.stories["s1"] = story_from_row((story_id, last, older, sums), index.dim)
    assert not index.stories["s1"].known_days
    assert story_dated(index, "s1", "s1.e1", "ar") is None


def test_a_merge_adds_and_a_split_takes_out_the_days_per_language():
    index = japan_story()
    other = StoryIndex()
    other.restore("e0", CENTRE, date(2015, 8, 4), {"LOC:Japan", "@en"}, "s2", "s2.e1")
    index.stories["s2"] = other.stories["s2"]
    index.table.put("s2", CENTRE, date(2015, 8, 4), date(2015, 8, 4))
    index._merge(index.stories["s1"], index.stories["s2"])
    merged: Story = index.stories["s1"]
    assert merged.own_language_days("en") == {date(2015, 8, 4): 1}
    index.placed_documents["d0"] = (CENTRE, AUGUST[0], {"LOC:Japan", "@ar"}, True)
    index._take_out(merged, "d0")
    assert merged.own_language_days("ar") == {AUGUST[1]: 1}


def in_language(doc_id: str, day: date | None, seed: int, lang: str):
    """A report of test_redate60's story in a language with no mean vector (the synthetic
    vectors stay as they are): "und" stands for the undated report's language, "zz" for
    another."""
    doc = report(doc_id, day, seed)
    doc.lang = lang
    return doc


def test_at_ingest_a_report_is_re_dated_only_by_reports_of_its_language(tmp_path):
    url = str(tmp_path / "test.db")
    ingest([in_language("undated", None, 1, "und")], url)
    ingest([in_language("z1", AUGUST[0], 2, "zz"), in_language("z2", AUGUST[1], 3, "zz")], url)
    docs = stored(url)
    assert docs["undated"].story == docs["z1"].story and docs["undated"].published is None
    ingest([in_language("d1", AUGUST[0], 4, "und"), in_language("d2", AUGUST[1], 5, "und")], url)
    published = stored(url)["undated"].published
    assert published["source"] == "inferred"
    assert published["window"] == ["2015-07-31", "2015-08-07"]
    assert_states_match_documents(url)
    store = open_store(url)
    try:
        loaded = StoryAssigner.load(store).index.stories
        rebuilt = StoryAssigner.rebuild(store).index.stories
    finally:
        store.close()
    story = stored(url)["undated"].story
    assert loaded[story].known_days == rebuilt[story].known_days
    assert loaded[story].own_language_days("zz") == {AUGUST[0]: 1, AUGUST[1]: 1}


def test_an_undated_copy_of_another_language_is_not_dated_as_its_original():
    from rasad.model import Document

    eye, index = np.eye(384, dtype=np.float32), StoryIndex()
    for k, day in enumerate(AUGUST):
        index.restore(f"d{k}", eye[0], day, {"ORG:x", "@ar"}, "s1", "s1.e1")
    assigner = StoryAssigner(index)
    assigner.placed["d0"] = ("s1", "s1.e1")
    copy = Document("copy", "test", text="…", lang="en", duplicate_of="d0")
    assigner.assign([copy])
    assert copy.story == "s1" and copy.published is None


def stored_as_an_older_release_left_it(url: str, doc_id: str, lang: str, text: str = "") -> None:
    """Store a report as a release before pubdate61 left it: dated by its story at placement
    (inferred, the story's window, no evidence line), in language `lang`."""
    store = open_store(url)
    try:
        doc = store.get_document(doc_id)
        assert doc is not None
        window = ["2015-07-29", "2015-08-06"]  # d1 and d2's days, ± 3
        doc.published = {"value": "2015-08", "precision": "month", "window": window}
        doc.published["source"] = "inferred"
        doc.why = [w for w in doc.why if not w.startswith("date inferred")]
        doc.lang, doc.text = lang, text or doc.text
        store.update_documents([doc])
    finally:
        store.close()


def test_the_backfill_withdraws_a_story_date_of_another_languages_reports(tmp_path):
    from tests.store.test_redate_backfill61 import backfilled, three_reports

    url = str(tmp_path / "test.db")
    three_reports(url)
    stored_as_an_older_release_left_it(url, "undated", "en")  # a BBC report in an Arabic story
    before = stored(url)
    docs = backfilled(url)
    assert docs["undated"].published is None
    assert docs["undated"].why[-1].startswith("date from its story withdrawn")
    assert docs["d1"].published == before["d1"].published  # a publisher's date never changes
    assert backfilled(url)["undated"].why == docs["undated"].why  # a second run changes nothing


def test_the_backfill_writes_the_evidence_of_an_older_story_date(tmp_path):
    from rasad.services.assign import date_evidence
    from tests.store.test_redate_backfill61 import backfilled, three_reports

    url = str(tmp_path / "test.db")
    three_reports(url)
    stored_as_an_older_release_left_it(url, "undated", "und")
    docs = backfilled(url)
    assert docs["undated"].published == stored(url)["undated"].published
    assert date_evidence(docs["undated"].published, docs["undated"].why) == {
        "kind": "story",
        "reports": 2,
        "first": "2015-08-01",
        "last": "2015-08-03",
    }


def test_the_backfill_never_touches_a_date_its_text_gives(tmp_path):
    """A report whose own text dates it (a full date it calls today) keeps its inferred date,
    whatever the language of its story's dated reports."""
    from tests.store.test_redate_backfill61 import backfilled, three_reports

    url = str(tmp_path / "test.db")
    three_reports(url)
    text = "Japan's economy grew by 0.1% in the third quarter, officials said today, 3 August 2015."
    stored_as_an_older_release_left_it(url, "undated", "en", text)
    before = stored(url)["undated"]
    after = backfilled(url)["undated"]
    assert after.published == before.published and after.why == before.why
