"""Figures written in words (round claims60): a two-digit figure in words is a count, not a
rounding of any figure within ten of it; the significant digits of a word figure are those of
its number before the multiplier word; an ordinal of the teens is read as its rank."""

from __future__ import annotations

from rasad.analysis.statements import Value, relate, same_figure
from tests.test_statements import TOLL_A, statement


def word(text: str, value: float) -> Value:
    return Value(0, len(text), text, float(value), None, None, None, None, None, 0, True)


def digits(value: float) -> Value:
    text = str(int(value))
    return Value(0, len(text), text, float(value), None, None, None, None, None, 0, False)


def test_a_two_digit_figure_in_words_is_no_rounding_of_another():
    assert not same_figure(word("عشرة", 10), digits(18))
    assert not same_figure(word("خمسين", 50), digits(53))
    assert same_figure(word("خمسين", 50), digits(50))
    assert same_figure(word("ثلاثة عشر", 13), digits(13))


def test_a_word_figure_with_a_multiplier_is_rounded_to_its_own_digits():
    # «خمسين ألف» gives two digits (50 thousand), «ثلاثة آلاف» one (3 thousand)
    assert not same_figure(word("خمسين ألف", 50_000), digits(53_000))
    assert same_figure(word("خمسين ألف", 50_000), digits(50_400))
    assert same_figure(word("ثلاثة آلاف", 3_000), digits(3_400))
    assert not same_figure(word("عشرة آلاف", 10_000), digits(15_000))


def test_a_one_digit_figure_in_words_keeps_its_one_unit_slack():
    # kept from round 35: «ثمان» / «تسع» years of two court cases were set against each other
    assert same_figure(word("ثمان", 8), digits(9))


def test_a_toll_of_ten_in_words_differs_from_eighteen():
    ten = "أفادت مصادر محلية بمقتل عشرة مدنيين في قصف جوي استهدف منزلا في قضاء الرطبة غرب الأنبار."
    eighteen = TOLL_A.replace("35 مدنيا", "18 مدنيا")
    assert relate(statement(eighteen), statement(ten, outlet="B")).verdict == "contradict"
    twenty = ten.replace("عشرة مدنيين", "عشرين مدنيا")
    in_digits = TOLL_A.replace("35", "20")
    assert relate(statement(in_digits), statement(twenty, outlet="B")).verdict == "agree"


def test_an_ordinal_of_the_teens_is_read_as_its_rank():
    # SaudiNewsNet 2015-08-03 (claim_pairs_dev41): one appointment «بالمرتبة الخامسة عشرة» /
    # «بالمرتبة الـ15»; the numbers stage reads only the ten of the ordinal
    rank = statement("وتعيين الموظف على وظيفة مستشار بالمرتبة الخامسة عشرة بوزارة الصحة.")
    assert [v.value for v in rank.values] == [15.0]
    title = statement("ويخوض الفريق المسابقة باحثا عن لقبه الرابع عشر بعد تتويجه العام الماضي.")
    assert 14.0 in [v.value for v in title.values] and 10.0 not in [v.value for v in title.values]
