"""The match day slot (round claims62): one match, named by its score in two reports, told on
two weekdays contradicts; the same day agrees; a range, two scores, a weekday of another
clause, a plan, or no name in common stay out of it."""

from __future__ import annotations

from rasad.analysis.statement_days import match_days, scores_of, shown_day
from rasad.analysis.statements import relate, slot_label, story_contradictions
from tests.test_statements import analysed, statement

# claims56 pair 34 (BBC, two reports of the Ireland v England match at low word overlap)
SUNDAY = (
    "England coach Andy Robinson insisted he was livid after his side were denied two tries"
    " in Sunday's 19-13 Six Nations loss to Ireland in Dublin."
)
SATURDAY = (
    "Robinson picked up the injury in the 19-13 defeat to Ireland at Lansdowne Road on Saturday."
)


def test_one_match_on_two_weekdays_contradicts():
    a = statement(SUNDAY, "en", day=None, outlet="A")
    b = statement(SATURDAY, "en", day=None, outlet="B")
    rel = relate(a, b)
    assert (rel.verdict, rel.slot, rel.kind) == (
        "contradict",
        "match day",
        "date",
    )  # was: "not one fact"
    assert slot_label(rel) == "match day: Sunday vs Saturday"


def test_the_same_day_agrees_and_a_dated_weekday_shows_its_date():
    # a SaudiNewsNet Super Cup report, printed Sunday 2 August 2015 by two papers
    text = "فاز فولفسبورج بكأس السوبر الألمانية على بايرن ميونيخ بنتيجة 5-4 بركلات الترجيح السبت."
    a = statement(text, day="2015-08-02", outlet="A")
    b = statement(text.replace("فاز", "وفاز"), day="2015-08-02", outlet="B")
    assert match_days(a, b) == (5, 5)
    assert relate(a, b).verdict == "agree"
    assert shown_day(a, 5) == "Saturday (2015-08-01)"


def test_a_score_written_in_persian_or_reversed_is_one_score():
    fa = statement(
        "منچسترسیتی روز شنبه در ورزشگاه اتحاد با نتیجه ۲ بر صفر برایتون را شکست داد.",
        "fa",
        day=None,
    )
    assert [s for s, _ in scores_of(fa)] == [(0, 2)]
    reversed_ = statement("اروپا با برتری 6-10 در روز پایانی پیش افتاد.", "fa", day=None)
    assert [s for s, _ in scores_of(reversed_)] == [(6, 10)]


def test_a_range_or_a_dash_without_a_result_word_is_no_score():
    assert scores_of(statement("Between 10-15 people were hurt on Saturday in Dublin.", "en")) == ()
    assert scores_of(statement("وقتل 3-4 أشخاص يوم السبت في الرياض.")) == ()


def test_a_weekday_of_another_clause_or_two_scores_are_not_compared():
    other_clause = statement(
        "Robinson, hurt in the 19-13 defeat to Ireland, was named in the squad on Tuesday.",
        "en",
        day=None,
        outlet="B",
    )
    assert match_days(statement(SUNDAY, "en", day=None), other_clause) is None
    two = statement(
        "After the 19-13 defeat to Ireland on Saturday and a 31-21 win over Wales, England rested.",
        "en",
        day=None,
        outlet="B",
    )
    assert match_days(statement(SUNDAY, "en", day=None), two) is None


def test_no_name_in_common_or_reports_a_week_apart_are_not_compared():
    a = statement(SUNDAY, "en", day=None)
    b = statement(
        SATURDAY.replace("Ireland", "them").replace("Lansdowne Road", "home"),
        "en",
        day=None,
        outlet="B",
    )
    assert match_days(a, b) is None
    ar = "فاز الهلال على النصر بنتيجة 2-1 يوم الجمعة في الرياض."
    later = "فاز الهلال على النصر بنتيجة 2-1 يوم السبت في الرياض."
    assert match_days(
        statement(ar, day="2015-08-01"), statement(later, day="2015-08-02", outlet="B")
    )
    assert (
        match_days(statement(ar, day="2015-08-01"), statement(later, day="2015-08-09", outlet="B"))
        is None
    )


def test_a_story_lists_the_match_day_contradiction():
    docs = [analysed(SUNDAY, "en", None, "BBC Sport"), analysed(SATURDAY, "en", None, "Other")]
    for i, doc in enumerate(docs):
        doc.id = f"d{i}"
    found = story_contradictions(docs)
    assert [(c["about"], c["kind"]) for c in found] == [("match day: Sunday vs Saturday", "date")]


def test_a_translation_moves_the_weekday_away_from_the_score():
    # dev33 pair 18 (ntrex, one UPI sentence): the English ties Saturday to the 2-0 win, the
    # Persian translation gives Monday at the head of the sentence, a clause before the score
    en = statement(
        "Sergio Aguero and Raheem Sterling dispatched of the Brighton defense in Manchester"
        " City's 2-0 win on Saturday at Etihad Stadium in Manchester, England.",
        "en",
        day=None,
        outlet="UPI",
    )
    fa = statement(
        "سرجیو آگوئرو و رحیم استرلینگ در روز دوشنبه در ورزشگاه اتحاد منچستر انگلیس، دفاع"
        " برایتون را بهم ریختند تا منچسترسیتی با نتیجه ۲ بر صفر پیروز این بازی باشد.",
        "fa",
        day=None,
        outlet="UPI fa",
    )
    assert match_days(en, fa) == (5, 0)
    # in one language the weekday must stand by the score: a sentence built like the Persian
    # one in English is not compared
    far = statement(
        "On Monday Aguero and Sterling, at Etihad Stadium in Manchester, England, broke"
        " Brighton down as Manchester City won the game 2-0.",
        "en",
        day=None,
        outlet="B",
    )
    assert match_days(en, far) is None
