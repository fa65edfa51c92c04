"""One sentence in two languages (round claims64): a report and its translation that name one
weekday each are compared by that weekday once they share a name by a key that holds across
scripts; the main person of a report, a sentence of another length or other figures keep two
sentences apart. Persian weekdays of two words are read whole."""

from __future__ import annotations

from rasad.analysis.statement_days import day_across
from rasad.analysis.statements import (
    cross_script,
    relate,
    shared_across,
    slot_label,
    weekdays_named,
)
from tests.test_statements import statement

# claims62 pairs 1: the Arabic and Persian versions of one Reuters report (ntrex); the
# Persian translation moves the Lakers' opener from Sunday to Saturday
AR = (
    "أعلن لوك والتون مدرب لاكيرز أن جيمس سيلعب في المباراة الافتتاحية يوم الأحد ضد دنفر ناجتس"
    " في سان دييغو."
)
FA = (
    "لوک والتون، مربی لیکرز اعلام کرد که جیمز در مسابقه افتتاحیه فصل در روز شنبه مقابل دنور"
    " ناگتز در سن دیگو بازی خواهد کرد."
)


def test_persian_weekdays_of_two_words_are_read_whole():
    assert weekdays_named("در ساعات اولیه صبح روز سه‌شنبه به مرز آریزونا می‌رسد") == {1}
    assert weekdays_named("جلسه ای با ترامپ برای روز پنج شنبه اعلام شد") == {3}
    assert weekdays_named("روز پنجشنبه") == {3}
    assert weekdays_named("مقابل دنور در روز شنبه") == {5}


def test_one_sentence_told_on_two_weekdays_in_two_languages_contradicts():
    a = statement(AR, "ar", day=None, outlet="Reuters")
    b = statement(FA, "fa", day=None, outlet="Reuters")
    assert shared_across(a, b) >= 1  # «لوک تون» written alike in Arabic and Persian
    rel = relate(a, b)
    assert (rel.verdict, rel.slot, rel.kind) == ("contradict", "day", "date")  # was unrelated
    assert slot_label(rel) == "day: Sunday vs Saturday"


def test_the_same_weekday_agrees():
    fixed = FA.replace("روز شنبه", "روز یکشنبه")
    a = statement(AR, "ar", day=None)
    b = statement(fixed, "fa", day=None, outlet="B")
    assert relate(a, b).verdict == "agree"


def test_written_forms_hold_across_arabic_and_persian_only():
    keys = {"PER:=لوک تون", "PER:~lbrn jms", "GPE:San Diego", "PER:=tom daley", "PER:=x@doc"}
    assert cross_script(keys, "ar", "fa") == {"PER:=لوک تون", "PER:~lbrn jms", "GPE:San Diego"}
    assert cross_script(keys, "ar", "en") == {"PER:~lbrn jms", "GPE:San Diego"}


def test_a_report_main_person_or_another_length_ties_nothing():
    # ntrex guardian 221756: neighbouring sentences both name Trump, on two days
    a = statement(
        "وبدلًا من ذلك، أُعلن عن اجتماع مع ترامب، الذي كان وقتها في الأمم المتحدة في نيويورك،"
        " ليوم الخميس.",
        "ar",
        day=None,
    )
    b = statement(
        "On Friday, Trump ordered a one-week FBI investigation of claims against Kavanaugh,"
        " further delaying a full Senate vote.",
        "en",
        day=None,
        outlet="B",
    )
    assert day_across(a, b, shared=1, rare=0) is None  # Trump in most of the report's sentences
    assert day_across(a, b, shared=1, rare=1) == (3, 4)  # a rare name would tie them
    short = statement("Trump's press secretary appeared on Fox News Sunday.", "en", day=None)
    assert day_across(a, short, shared=1, rare=1) is None  # twice as long: no translation


def test_other_figures_keep_two_sentences_apart():
    a = statement("قال مسؤولون إن 13 شخصا أصيبوا يوم السبت في كاليفورنيا.", "ar", day=None)
    b = statement("Officials said 14 people were hurt on Saturday in California.", "en", day=None)
    assert day_across(a, b, shared=1, rare=1) is None
