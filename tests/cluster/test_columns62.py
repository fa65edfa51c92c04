"""Round stories62: a routine column's notices (one head, other names each) split by names."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from rasad.cluster.columns import (
    ColumnReport,
    learn_columns,
    split_by_names,
    title_head,
    title_names,
)
from rasad.cluster.index import StoryIndex
from rasad.cluster.series import SeriesReport

DAY = date(2015, 8, 1)
# Al-Jazirah's wedding notices of 1–4 August 2015 (titles as printed), and Al-Riyadh's notice
# of one of the same weddings
WEDDINGS = [
    ("a1", "Al-Jazirah", 0, "أفراح السلامة والناصر"),
    ("a2", "Al-Jazirah", 0, "أفراح الزايدي"),
    ("a3", "Al-Jazirah", 0, "أفراح الطوالة والدويش والرشيد"),
    ("a4", "Al-Jazirah", 0, "أفراح البريك"),
    ("r1", "Al-Riyadh", 0, "أفراح الطوالة والدويش والرشيد"),
    ("a5", "Al-Jazirah", 1, "أفراح الحمالي"),
    ("a6", "Al-Jazirah", 1, "أفراح المشاري"),
    ("a7", "Al-Jazirah", 2, "أفراح العكرش والسلمه"),
]


def column_reports(rows: list[tuple[str, str, int, str]]) -> list[ColumnReport]:
    return [
        ColumnReport(doc, outlet, DAY + timedelta(days=d), title_head(t), title_names(t))
        for doc, outlet, d, t in rows
    ]


def test_the_head_and_the_names_a_title_carries():
    assert title_head("أفراح السلامة والناصر") == title_head("افراح الوشيح والشمري")
    assert title_names("أفراح السلامة والناصر") == title_names("أفراح الناصر والسلامة")
    assert title_names("أفراح الطوالة والدويش والرشيد") & title_names("أفراح الدويش")


def test_no_head_for_a_number_or_an_entity_the_report_is_about():
    assert title_head("42 مخالفة للعمل تحت الشمس في خيبر") is None
    assert title_head("هزازي: عدالة السماء ستأخذ بحقي", ["نايف هزازي"]) is None
    assert title_head("لندن تندد بأزمة «نفق المانش»", ["لندن"]) is None


def test_a_head_of_many_notices_about_other_names_printed_in_a_batch_is_a_column():
    assert learn_columns(column_reports(WEDDINGS)) == {title_head("أفراح الزايدي")}


def test_one_days_notices_are_no_column():
    assert learn_columns(column_reports([w for w in WEDDINGS if w[2] == 0])) == set()


def test_headlines_opening_alike_about_one_subject_are_no_column():
    # one event's reports over three days share its names («خليجي», «الكويت»)
    gulf_cup = [
        ("g1", "Al-Riyadh", 0, "تأجيل «خليجي 23» إلى نهاية عام 2016"),
        ("g2", "Al-Weeam", 0, "تأجيل خليجي 23 لمدة عام واحد"),
        ("g3", "Al-Yaum", 0, "تأجيل «خليجي 23» في الكويت لمدة عام"),
        ("g4", "Al-Jazirah", 1, "تأجيل «خليجي 23» في الكويت لعدم جاهزية الملاعب"),
        ("g5", "Okaz", 1, "تأجيل خليجي 23 لعام 2016"),
        ("g6", "Sabq", 2, "تأجيل «خليجي 23» يربك الاتحادات"),
    ]
    assert learn_columns(column_reports(gulf_cup)) == set()


def test_a_columns_story_is_split_by_the_names_and_one_wedding_stays_together():
    reports = column_reports(WEDDINGS)
    groups = split_by_names(reports, learn_columns(reports))
    assert groups[0] == ["a3", "r1"]  # the wedding two papers reported stays
    assert sorted(map(sorted, groups[1:])) == [["a1"], ["a2"], ["a4"], ["a5"], ["a6"], ["a7"]]


def test_reports_of_no_column_are_not_split():
    reports = column_reports(WEDDINGS)
    assert split_by_names(reports, set()) == [[r.doc_id for r in reports]]


def test_consolidation_splits_a_column_story_and_the_store_moves_the_copy(tmp_path):
    from rasad.model import Document
    from rasad.services.assign import StoryAssigner
    from rasad.store import open_store

    index = StoryIndex(dim=4)
    vector = np.array([1.0, 0.0, 0.0, 0.0], dtype=np.float32)
    for r in column_reports(WEDDINGS):
        index.series_reports[r.doc_id] = SeriesReport(r.doc_id, r.outlet, None, None)
        index.column_reports[r.doc_id] = r
        index.add(r.doc_id, vector, r.published, {"@ar"})
    assert len(index.stories) == 1
    docs = [Document(id=w[0], source=w[0], text="احتفل الشاب", lang="ar", story="s1")
            for w in WEDDINGS]  # fmt: skip
    docs.append(Document(id="copy-of-a2", source="x", text="نسخة", lang="ar", story="s1"))
    docs[-1].duplicate_of = "a2"
    store = open_store(str(tmp_path / "s.db"))
    store.put_documents(docs)
    StoryAssigner(index, store).consolidate(store)
    stories = {d.id: d.story for d in store.iter_documents()}
    why = {d.id: d.why for d in store.iter_documents()}
    store.close()
    assert stories["a3"] == stories["r1"] == "s1"
    assert len({stories[w[0]] for w in WEDDINGS}) == 7
    assert stories["copy-of-a2"] == stories["a2"] != "s1"
    assert "by the names its title carries" in why["a2"][-1]
