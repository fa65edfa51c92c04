"""Round stories58: a kind of report shared across outlets (a series) split by the day it reports."""

from __future__ import annotations

from datetime import date

from rasad.cluster.series import (
    SeriesReport,
    learn_series,
    report_day,
    report_kind,
    split_by_report_day,
)

SUNDAY, MONDAY, TUESDAY = date(2015, 8, 2), date(2015, 8, 3), date(2015, 8, 4)


def mention(text: str, start: int, value: str) -> dict:
    """A relative day mention as the dates stage gives it."""
    return {"type": "date", "start": start, "text": text, "value": value, "precision": "day",
            "relative": True}  # fmt: skip


def test_a_morning_paper_reports_the_previous_session():
    lead = "أغلق مؤشر سوق الأسهم السعودية في ختام تعاملات جلسة الاثنين على ارتفاع طفيف"
    start = lead.index("الاثنين")
    dates = [mention("الاثنين", start, "2015-08-04")]  # the dates stage gave the print day
    assert report_day(dates, lead, TUESDAY) == MONDAY


def test_a_lead_announcing_tomorrow_reports_no_day():
    lead = "تنطلق صباح الغد الأحد فعاليات المهرجان الصيفي في أبها"
    start = lead.index("الأحد")
    assert report_day([mention("الأحد", start, "2015-08-02")], lead, date(2015, 8, 1)) is None


def test_the_kind_is_the_headline_opening_across_outlets():
    assert report_kind("الأسهم السعودية تسجل تراجعاً بـ 51 نقطة") == report_kind(
        "الأسهم السعودية ترتفع طفيفا بعد جلسة غلب عليها التراجع"
    )


def test_no_kind_for_an_actor_or_a_figure():
    persons = ["فيصل بن خالد"]
    assert report_kind("فيصل بن خالد ينقل تعازي القيادة لأسرة الشهيد", persons) is None
    assert report_kind("50 دولارا لبرميل النفط .. الأدنى منذ 6 أشهر") is None


def reports(rows: list[tuple[str, str, str, date | None]]) -> list[SeriesReport]:
    return [SeriesReport(doc, outlet, report_kind(title), day) for doc, outlet, title, day in rows]


MARKET = reports(
    [
        ("a", "Al-Yaum", "الأسهم السعودية تغلق على تراجع حاد بنسبة 3.20%", SUNDAY),
        ("b", "Al-Weeam", "الأسهم السعودية تسجل تراجعاً بـ«51» نقطة", TUESDAY),
        ("c", "Al-Eqtisadiya", "الأسهم السعودية ترتفع طفيفا بعد جلسة", MONDAY),
        ("d", "Al-Weeam", "مؤشر السوق المالية السعودية يغلق على ارتفاع طفيف", MONDAY),
        ("e", "Al-Yaum", "الأسهم السعودية تتراجع بفعل النفط", SUNDAY),
        ("f", "Al-Jazirah", "سوق الأسهم السعودية - (التقرير الأسبوعي)", None),
    ]
)


def test_a_kind_of_three_days_by_two_outlets_is_a_series():
    assert learn_series(MARKET) == {report_kind("الأسهم السعودية")}
    one_outlet = [SeriesReport(r.doc_id, "Al-Yaum", r.kind, r.day) for r in MARKET]
    assert learn_series(one_outlet) == set()
    assert learn_series([r for r in MARKET if r.day != TUESDAY]) == set()


def test_a_story_of_a_series_is_split_by_the_day_each_report_is_about():
    series = learn_series(MARKET)
    assert split_by_report_day(MARKET, series) == [["a", "d", "e", "f"], ["c"], ["b"]]
    every = split_by_report_day(MARKET, series, every_day=True)
    assert every == [["a", "e", "f"], ["c", "d"], ["b"]]


def test_one_events_reports_of_one_day_stay_one_story():
    series = learn_series(MARKET)
    sunday = [r for r in MARKET if r.day in (SUNDAY, None)]
    assert split_by_report_day(sunday, series, every_day=True) == [["a", "e", "f"]]


def market_index(rows: list[SeriesReport]):
    """A story index where every report of MARKET joined one story (one vector for all)."""
    import numpy as np

    from rasad.cluster.index import StoryIndex

    index = StoryIndex(dim=4)
    vector = np.array([1.0, 0.0, 0.0, 0.0], dtype=np.float32)
    for r in rows:
        index.series_reports[r.doc_id] = r
        index.add(r.doc_id, vector, r.day or SUNDAY, {"@ar", "tadawul"})
    return index


def test_consolidation_splits_a_series_story_by_day():
    index = market_index(MARKET)
    assert len(index.stories) == 1
    index.consolidate()
    assert sorted(sorted(s.members) for s in index.stories.values()) == [
        ["a", "e", "f"],
        ["b"],
        ["c", "d"],
    ]
    assert index.moved_by_split == {"c": "s2", "d": "s2", "b": "s3"}
    assert index.split_from == {"s2": "s1", "s3": "s1"}
    kept = index.stories["s1"]
    assert sum(len(e.members) for e in kept.events) == 3
    assert kept.keys["tadawul"] == 3


def test_consolidation_leaves_one_days_reports_together():
    index = market_index([r for r in MARKET if r.day != TUESDAY])
    index.consolidate()
    assert len(index.stories) == 1
    assert index.moved_by_split == {}


def test_the_store_follows_the_split_and_a_copy_its_original(tmp_path):
    from rasad.model import Document
    from rasad.services.assign import StoryAssigner
    from rasad.store import open_store

    index = market_index(MARKET)
    docs = [
        Document(id=r.doc_id, source=r.doc_id, text=f"تقرير {r.doc_id}", lang="ar", story="s1")
        for r in MARKET
    ]
    docs.append(Document(id="copy-of-b", source="x", text="نسخة", lang="ar", story="s1"))
    docs[-1].duplicate_of = "b"
    store = open_store(str(tmp_path / "s.db"))
    store.put_documents(docs)
    assigner = StoryAssigner(index, store)
    assert assigner.consolidate(store) == {"s1", "s2", "s3"}
    stories = {d.id: d.story for d in store.iter_documents()}
    store.close()
    assert stories == {
        "a": "s1", "e": "s1", "f": "s1", "c": "s2", "d": "s2", "b": "s3", "copy-of-b": "s3"
    }  # fmt: skip


def test_a_copy_counts_as_a_report_of_its_kind_and_follows_its_original():
    from rasad.cluster.index import StoryIndex
    from rasad.model import Document
    from rasad.services.assign import place_stored

    lead = "تتوقع الأرصاد اليوم سماء غائمة جزئياً إلى غائمة على معظم مناطق المملكة"
    copy = Document(
        id="copy", source="x", text=lead, lang="ar", outlet="Al-Eqtisadiya",
        title="سماء غائمة جزئياً إلى غائمة على معظم مناطق المملكة",
        dates=[mention("اليوم", lead.index("اليوم"), "2015-08-03")],
        published={"value": "2015-08-03", "precision": "day", "source": "metadata",
                   "window": ["2015-08-03", "2015-08-03"]},
    )  # fmt: skip
    copy.duplicate_of = "original"
    index, placed = StoryIndex(dim=4), {"original": ("s1", "s1.e1")}
    place_stored(index, placed, copy, {})
    assert index.series_reports["copy"] == SeriesReport(
        "copy", "Al-Eqtisadiya", report_kind(copy.title), MONDAY
    )
    assert placed["copy"] == ("s1", "s1.e1") and "copy" not in index.placed_documents


def test_one_outlets_reports_of_a_series_on_two_days_stay_one_story():
    series = {report_kind("المقاومة الشعبية")}
    lahj = reports(
        [
            ("x", "Al-Yaum", "المقاومة الشعبية بلحج تسيطر على معظم قاعدة العند الجوية", MONDAY),
            ("y", "Al-Yaum", "المقاومة الشعبية تواصل تحرير مدينة لحج", TUESDAY),
        ]
    )
    assert split_by_report_day(lahj, series, every_day=True) == [["x", "y"]]


def test_a_day_in_a_relative_clause_does_not_date_the_report():
    lead = (
        "أجرى أمير المنطقة اتصالاً هاتفياً نقل من خلاله تعازي القيادة إلى أسرة الشهيد، "
        "والذي استشهد يوم أمس بمنطقة جازان."
    )
    start = lead.index("يوم أمس")
    assert report_day([mention("يوم أمس", start, "2015-08-02")], lead, MONDAY) is None


def test_the_reports_own_day_after_a_relative_clause_dates_it():
    lead = (
        "نقل أمير المنطقة تعازي القيادة لأسرة الشهيد، الذي استشهد أثناء أداء مهام عمله.\n"
        "وأكد أمير المنطقة خلال اتصال هاتفي أجراه أمس بذوي الشهيد أنه نال شهادة العز"
    )
    start = lead.index("أمس بذوي")
    assert report_day([mention("أمس", start, "2015-08-03")], lead, TUESDAY) == MONDAY


def test_a_background_day_after_baad_an_leaves_the_session_uncertain():
    lead = (
        "بعد أن أغلق مؤشر السوق جلسة الأحد على تراجع، ارتفع المؤشر في تعاملات اليوم "
        "بدعم من قطاع المصارف"
    )
    dates = [
        mention("الأحد", lead.index("الأحد"), "2015-08-02"),
        mention("اليوم", lead.index("اليوم"), "2015-08-03"),
    ]
    assert report_day(dates, lead, MONDAY) is None  # not Sunday's, and uncertain


def test_after_noon_is_the_reports_own_time():
    lead = "استقبل أمير المنطقة بعد ظهر أمس في مكتبه بالإمارة وفد الجمعية الخيرية"
    start = lead.index("أمس")
    assert report_day([mention("أمس", start, "2015-08-02")], lead, MONDAY) == SUNDAY


def test_after_a_prayer_is_the_reports_own_time():
    lead = "أدت جموع المصلين عقب صلاة عصر اليوم صلاة الميت على شهيد الواجب بالجامع الكبير"
    start = lead.index("اليوم")
    assert report_day([mention("اليوم", start, "2015-08-02")], lead, SUNDAY) == SUNDAY


# Round stories60: the clause test on real leads of Saudi News Net (short excerpts).
SATURDAY = date(2015, 8, 1)


def day_of(lead: str, word: str, value: str, published: date, nth: int = 0) -> date | None:
    """The report day of a lead holding one relative day mention (the nth `word`)."""
    start = -1
    for _ in range(nth + 1):
        start = lead.index(word, start + 1)
    return report_day([mention(word, start, value)], lead, published)


def test_a_copy_printed_a_day_later_is_not_dated_by_the_martyrs_death():
    # Al-Riyadh, 4 August, the Sabq text of the 3rd: «يوم أمس» is the death, not the call
    lead = (
        "أجرى صاحب السمو الملكي الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة عسير اتصالا هاتفيا "
        "نقل من خلاله تعازي ومواساة خادم الحرمين الشريفين إلى أسرة الشهيد مفرح بن محمد الحامدي "
        "الذي استشهد يوم أمس بمنطقة جازان."
    )
    assert day_of(lead, "يوم أمس", "2015-08-03", TUESDAY) is None


def test_a_day_after_baad_an_is_the_previous_match():
    lead = (
        "أجرى لاعبو الفريق الهلالي تدريباتهم الصباحية بمران خفيف، بعد أن خاضوا مساء أول أمس "
        "ثاني مبارياتهم الودية"
    )
    assert day_of(lead, "أول أمس", "2015-07-30", SATURDAY) is None


def test_a_day_after_baad_an_is_the_previous_session():
    lead = 'بعد أن سجلت سوق الأسهم السعودية "تاسي" أمس تراجعا حادا بـ291.03 نقطة'
    assert day_of(lead, "أمس", "2015-08-02", MONDAY) is None


def test_after_noon_after_a_comma_is_the_sessions_own_time():
    # the relative clause ends at the comma; «بعد ظهر» times the session itself
    lead = (
        "رأس نائب خادم الحرمين الشريفين الجلسة التي عقدها مجلس الوزراء، بعد ظهر اليوم الاثنين "
        "في قصر السلام بجدة."
    )
    assert day_of(lead, "اليوم", "2015-08-03", MONDAY) == MONDAY


def test_after_the_afternoon_prayer_is_the_funerals_own_time():
    lead = "أدت جموع المصلين عقب صلاة عصر أمس، صلاة الميت على شهيد الواجب خالد بن مساوي"
    assert day_of(lead, "أمس", "2015-08-01", SUNDAY) == SATURDAY


def test_a_death_after_noon_in_the_main_clause_dates_the_report():
    lead = "تُوفي إلى رحمة الله تعالى الشيخ صالح الجلاجل؛ بعد ظهر أمس السبت."
    assert day_of(lead, "أمس السبت", "2015-08-01", SUNDAY) == SATURDAY


def test_a_day_after_ithr_is_the_attacks_not_the_funerals():
    lead = (
        "شيعت جماهير فلسطينية غفيرة جثمان الطفل الفلسطيني الرضيع بعد إصابته بحروق شديدة، "
        "إضافة إلى إصابة 3 من أفراد عائلته اثر هجوم شنه عدد من المستوطنين بالزجاجات الحارقة "
        "فجر أمس الجمعة على منزل العائلة"
    )
    assert day_of(lead, "أمس الجمعة", "2015-07-31", SATURDAY) is None


def test_the_main_clauses_day_before_ithr_dates_the_report():
    lead = (
        "أحرز فولفسبورغ بطل كأس ألمانيا لكرة القدم، لقب كأس السوبر أمس الأحد إثر فوزه على "
        "بايرن ميونيخ بركلات الترجيح"
    )
    assert day_of(lead, "أمس الأحد", "2015-08-02", MONDAY) == SUNDAY


def test_the_main_clauses_day_before_uqb_dates_the_report():
    lead = (
        "وقال السفير المصري في السودان أسامة شلتوت في تصريحات صحفية أمس عقب لقائه رئيس "
        "البرلمان السوداني إن العلاقات بين البلدين تمر بأفضل فتراتها"
    )
    assert day_of(lead, "أمس", "2015-08-01", SUNDAY) == SATURDAY


def test_a_day_only_after_uqb_leaves_the_report_undated():
    # the meeting's day; the statement's own day is not named: no day (precision first)
    lead = (
        "وقال في مؤتمر صحفي عقب اجتماع مشترك مع وزراء خارجية دول مجلس التعاون الخليجي في "
        "الدوحة أمس: توافقنا على تسريع بيع الأسلحة"
    )
    assert day_of(lead, "أمس", "2015-08-03", TUESDAY) is None


def test_a_martyr_killed_ithr_a_shell_in_a_relative_clause_dates_nothing():
    lead = (
        "نقل أمير منطقة نجران تعازي القيادة لذوي المواطن عبدالله بن دواس آل منصور الذي "
        "استشهد فجر اليوم إثر سقوط مقذوف من داخل الأراضي اليمنية على منزله"
    )
    assert day_of(lead, "اليوم", "2015-08-02", SUNDAY) is None
