"""Arabic numbers: percentages, ranges, casualty kinds, and nouns that are never a preposition."""

from __future__ import annotations

import pytest

from rasad.stages.numbers import find_numbers


def values(text: str) -> list[float]:
    return [n["value"] for n in find_numbers(text, "ar")]


def test_killed_and_injured_are_told_apart():
    found = find_numbers("مقتل 3 أشخاص وأصيب 24 في الحادث", "ar")
    assert [(n["value"], n.get("casualty")) for n in found] == [(3, "killed"), (24, "injured")]


def test_counted_noun_is_never_a_preposition_or_pronoun():
    found = find_numbers("وأصيب 24 في الانفجار وأصيب 4 آخرون", "ar")
    assert [n["counts"] for n in found] == [None, None]


def test_percentages_and_ranges():
    (pct,) = find_numbers("ارتفع المؤشر 0.9% عند الإغلاق", "ar")
    assert pct["unit"] == "%" and pct["counts"] is None
    (before,) = find_numbers("تقتل حتى %98 من الخلايا", "ar")
    assert before["unit"] == "%"
    (span,) = find_numbers("بين سن سبع إلى عشر سنوات", "ar")
    assert (span["value"], span["high"]) == (7, 10)


def test_dual_of_thousand_and_hundreds():
    assert [n["value"] for n in find_numbers("تصل خلاياه إلى ألفي خلية", "ar")] == [2000]
    assert [n["value"] for n in find_numbers("أربعمائة طالب", "ar")] == [400]


def test_durations_scales_and_duals_are_numbers():
    from rasad.eval.numbers import analysed_numbers

    assert [(n["value"], n["counts"]) for n in analysed_numbers("t", "استمرت لمدة 15 يوماً")] == [
        (15, "يوما")
    ]
    (n,) = analysed_numbers("t", "بلغ عددهم مليون و250 ألفاً")
    assert n["value"] == 1_250_000
    found = analysed_numbers("t", "توفي شخصان وأصيب 4 آخرون")
    assert [(n["value"], n["counts"], n.get("casualty")) for n in found] == [
        (2, "شخصان", "killed"),
        (4, None, "injured"),
    ]
    assert analysed_numbers("t", "اللاعبين الدوليين") == []  # a sound plural, not a dual


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأوقع 154 قتيلا في الهجوم", [(154, "killed")]),  # the counted noun says it
        ("أسرت 70 متمردا وقتلت 10 آخرين", [(70, None), (10, "killed")]),  # a new clause
        ("سجلت منهم (9) حالات وفاة و(39) حالة يتلقون العلاج", [(9, "killed"), (39, None)]),
        ("لقي شخص مصرعه وأصيب 4 آخرون", [(4, "injured")]),
    ],
)
def test_casualty_words_belong_to_their_own_count(text, expected):
    assert [(n["value"], n.get("casualty")) for n in find_numbers(text, "ar")] == expected


def test_number_words_under_clitics():
    (n,) = find_numbers("يشارك بثلاثة عشر طنا من العسل", "ar")
    assert (n["text"], n["value"], n["counts"]) == ("ثلاثة عشر", 13, "طنا")  # ب outside
    (n,) = find_numbers("عدد الركاب الأربعة توفوا", "ar")
    assert (n["text"], n["counts"]) == ("الأربعة", "الركاب")  # a definite numeral follows its noun
    assert find_numbers("قال أحد المسؤولين", "ar") == []  # "one of", not a count
    assert [n["value"] for n in find_numbers("أحد عشر لاعبا", "ar")] == [11]


def test_dates_scores_and_percent_phrases_are_not_counts():
    assert find_numbers("خلال الفترة من 16 إلى 30 شوال الجاري", "ar") == []
    assert find_numbers("مهرجان أبها يجمعنا 1436 هـ", "ar") == []
    assert find_numbers("فاز بنتيجة ١/٦ - ٢/٦", "ar") == []
    (n,) = find_numbers("نحو 13 فى المائة ممن يقضون", "ar")
    assert (n["text"], n["unit"], n["counts"]) == ("13 فى المائة", "%", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an amount and its conversion in brackets are two figures, not their sum
        ("Freddie Mac restated earnings by $5bn (£2.6bn) last year.", [5e9, 2.6e9]),
        # a rise and the amount it rose to are no range
        ("TimeWarner jumped 76% to $1.13bn (£600m) for the three months", [76, 1.13e9, 6e8, 3]),
    ],
)
def test_amounts_beside_each_other_stay_apart(text, expected):
    assert [n["value"] for n in find_numbers(text, "en")] == expected
    assert all("high" not in n for n in find_numbers(text, "en"))


def test_a_decimal_comma_and_a_figure_written_out_after_its_digits():
    # «صدرت منه بقيمة 9,5 مليار يورو» (Al-Riyadh): the comma before one digit is decimal
    (amount,) = values("حيث صدرت منه بقيمة 9,5 مليار يورو في العام الفائت.")
    assert amount == 9_500_000_000
    assert values("وبلغت 3,850 مليون ريال") == [3_850_000_000]  # a thousands group stays one
    # «عمره (18) ثماني عشرة سنة» (Al-Weeam): the words repeat the digits, they do not add to them
    assert values("أن يكون متماً عمره (18) ثماني عشرة سنة هجرية") == [18, 18]
