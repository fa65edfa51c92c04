"""Timeline entries a reader keeps (round timeline70, issue 21 point 2): an entry's sentence
does not stop at an abbreviation's full stop, and a date written without a year on a
chronology line takes the line's year. Sentences are short excerpts of real articles: NTREX-128
(Reuters' Palu quake factbox, Newsweek, The New York Times, ABC News; CC BY-SA 4.0) and
SaudiNewsNet (August 2015)."""

from __future__ import annotations

from datetime import date

import pytest

from rasad.analysis.chronology import chronology_lines
from rasad.model import Document
from rasad.stages.dates import find_dates
from rasad.text.sentences import abbreviation_stop, entry_sentence_at, sentence_at


def entry_sentence(text: str, needle: str) -> str:
    i = text.index(needle)
    s, e = entry_sentence_at(text, i, i + len(needle))
    return text[s:e]


@pytest.mark.parametrize(
    ("text", "needle", "sentence"),
    [
        (  # an English month abbreviated before its day (the quake factbox's 2004 line)
            "2004: A major quake in northern Sumatra on Dec. 26 triggered a tsunami. 2005: …",
            "2004",
            "2004: A major quake in northern Sumatra on Dec. 26 triggered a tsunami.",
        ),
        (  # a title before a name
            "By that logic, Mr. Trump would win re-election in 2020 unless impeachment ends it.",
            "2020",
            "By that logic, Mr. Trump would win re-election in 2020 unless impeachment ends it.",
        ),
        (  # an initialism before a name
            "He praised U.S. President Donald Trump and said he would run in 2020. After that",
            "2020",
            "He praised U.S. President Donald Trump and said he would run in 2020.",
        ),
        (  # Arabic: a title's lone letter, written with or without a space after its stop
            "وأقيم البرنامج أمس بحضور الدكتورة نجلاء الزامل، د. أسامة البار. وأوضح",
            "أمس",
            "وأقيم البرنامج أمس بحضور الدكتورة نجلاء الزامل، د. أسامة البار.",
        ),
        (
            "والتي تبدأ بتاريخ 16/10/1436هـ، د.عبدالله المشعل نائباً للرئيس. كما",
            "16/10/1436",
            "والتي تبدأ بتاريخ 16/10/1436هـ، د.عبدالله المشعل نائباً للرئيس.",
        ),
        (  # Arabic: an initialism written with stops
            "وامس الاثنين نقلت خدمة دي.إيه. إن الإخبارية قولهم إن 22 لقوا مصرعهم. كما",
            "امس",
            "وامس الاثنين نقلت خدمة دي.إيه. إن الإخبارية قولهم إن 22 لقوا مصرعهم.",
        ),
    ],
)
def test_an_entry_sentence_runs_past_an_abbreviation(text, needle, sentence):
    assert entry_sentence(text, needle) == sentence
    i = text.index(needle)
    assert sentence_at(text, i, i + len(needle)) != sentence  # the plain splitter cuts it


@pytest.mark.parametrize(
    ("text", "needle", "sentence"),
    [
        (  # «م.» after a year is the era (ميلادي): the sentence ends there
            "أضعف أداء منذ الأزمة المالية عام 2008 م. ونزل خام برنت 1.71 دولار.",
            "2008",
            "أضعف أداء منذ الأزمة المالية عام 2008 م.",
        ),
        (  # an initialism before a word that opens a sentence
            "Sales rose 5% in the U.S. The company said in 2004 it would expand.",
            "2004",
            "The company said in 2004 it would expand.",
        ),
        (  # two sentences a missing space ran together stay two
            "ووضع ضوابط تغطية المنظمات لها.بالسياق، قال المتحدث اليوم إن",
            "اليوم",
            "بالسياق، قال المتحدث اليوم إن",
        ),
        (  # a line break ends a sentence whatever stands before it
            "There had been no reports by 1 p.m.\nHowever, turnout was 34 percent in 2016.",
            "2016",
            "However, turnout was 34 percent in 2016.",
        ),
    ],
)
def test_a_sentence_still_ends_where_it_ends(text, needle, sentence):
    assert entry_sentence(text, needle) == sentence


def test_a_month_abbreviation_ends_a_sentence_before_a_word():
    text = "The vote was held in Dec. The results came later."
    assert not abbreviation_stop(text, text.index("Dec.") + 3)


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        (  # the factbox's 2004 line in its three languages: the line's year, not publication's
            "2004: A major quake on the western coast of Sumatra on Dec. 26 triggered a tsunami.",
            "en",
            ("Dec. 26", "2004-12-26"),
        ),
        (
            "2004: تعرضت مقاطعة آجية إلى زلزال شديد في يوم 26 ديسمبر والذي تبعه تسونامي.",
            "ar",
            ("26 ديسمبر", "2004-12-26"),
        ),
        (
            "2005: تعدادی زمین لرزه قوی ساحل غربی سوماترا را در ماه مارس به لرزه در آورد.",
            "fa",
            ("ماه مارس", "2005-03"),
        ),
        (  # a "this day in history" line: the bombing it recalls was in the line's year
            "2008- تسعة قتلى في اشتباكات تتهمهم حماس بتفجير اودى بحياة خمسة في 25 تموز/يوليو.",
            "ar",
            ("25 تموز/يوليو", "2008-07-25"),
        ),
    ],
)
def test_a_yearless_date_on_a_year_line_takes_its_year(text, lang, found):
    for reference in (date(2018, 9, 29), None):
        dates = find_dates(text, lang, reference)
        assert (dates[-1]["text"], dates[-1]["value"]) == found
        assert not dates[-1]["relative"]


def test_a_yearless_date_off_a_year_line_is_read_from_publication():
    text = "A major quake hit Sumatra on Dec. 26, officials said."
    (found,) = find_dates(text, "en", date(2018, 9, 29))
    assert (found["text"], found["value"], found["relative"]) == ("Dec. 26", "2018-12-26", True)


def test_a_yearless_date_does_not_date_its_line():
    """The line stays its opening year's: a day written without a year may name an earlier
    happening of it (the bombing a "this day in history" line recalls)."""
    text = "2008- تسعة قتلى في اشتباكات تتهمهم حماس بتفجير اودى بحياة خمسة في 25 تموز/يوليو.\n"
    doc = Document(id="t", source="test", text=text, lang="ar")
    doc.dates = find_dates(text, "ar", date(2015, 8, 2))
    (line,) = chronology_lines(doc)
    assert doc.dates[line.dating]["value"] == "2008"


def test_a_yearless_date_after_another_year_of_its_line_keeps_publication_year():
    """A "this day in history" list run on one line: the month follows 1950's entry, not
    1948's, so the line's opening year is not its year."""
    text = "1948- فيضان نهري يانغتسي يشرد مليون شخص. 1950- الاتحاد السوفياتي ينضم الى هيئات انسحب منها في فبراير بسبب رفض المجلس."
    month = [d for d in find_dates(text, "ar", date(2015, 8, 2)) if d["precision"] == "month"]
    assert [d["value"] for d in month] == ["2015-02"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The deal was signed on Mar. 5, 2019, in Doha.", ("Mar. 5, 2019", "2019-03-05")),
        ("Voting closed on Sept. 11, 2018.", ("Sept. 11, 2018", "2018-09-11")),
    ],
)
def test_every_month_abbreviation_of_the_data_file_dates_its_day(text, found):
    """The stop after an abbreviated month is read from data/text/abbreviations.tsv's `month`
    rows, the list the sentence splitter reads too: "Mar." dates its day as "Dec." does."""
    (date_found,) = find_dates(text, "en", date(2018, 9, 29))
    assert (date_found["text"], date_found["value"]) == found
