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


# Issue 21 point 5, from the development articles of eval/labels/numbers_dev.tsv (SaudiNewsNet).
def test_number_words_join_only_as_arabic_joins_them():
    found = find_numbers("وقد اختارت الأندية الأربعة عشر ثماني دول أوروبية", "ar")
    assert [(n["value"], n["counts"]) for n in found] == [(14, "الأندية"), (8, "دول")]
    words = "(33.288) ثلاثة وثلاثون ألفاً ومائتان وثمانية وثمانون زجاجة خمر"
    assert find_numbers(words, "ar")[-1]["value"] == 33288
    (n,) = find_numbers("برنامج اقتراض بقيمة ملياري دولار", "ar")  # a dual scale alone
    assert (n["value"], n["counts"]) == (2_000_000_000, "دولار")


def test_accusative_scale_words_join_what_follows():
    # «ميزانية بلغت مليونا و 300 الف ريال» (SaudiNewsNet) is 1.3 million, not 300 thousand
    (n,) = find_numbers("ورصدت للبرنامج ميزانية بلغت مليونا و 300 الف ريال", "ar")
    assert (n["value"], n["counts"]) == (1_300_000, "ريال")
    assert values("ميزانية بلغت مليونا وثلاثمئة ألف ريال") == [1_300_000]
    assert values("116 مليونا و800 ألف") == [116_800_000]


def test_trillion_is_a_scale_word():
    # «أن تصل مبيعات هذا العقد … إلى 4.14 تريليون دولار» (SaudiNewsNet): dollars counted, not
    # "trillion"
    (n,) = find_numbers("أن تصل مبيعات هذا العقد إلى 14.4 تريليون دولار", "ar")
    assert (n["value"], n["counts"]) == (14_400_000_000_000, "دولار")
    assert [n["value"] for n in find_numbers("it reached 2 trillion", "en")] == [2 * 10**12]


def test_ranges_with_between_and_neighbouring_units():
    (n,) = find_numbers("تتراوح أعمارهم بين 19 و28 عاماً", "ar")
    assert (n["value"], n["high"], n["counts"]) == (19, 28, "عاما")
    (n,) = find_numbers("طی دو سه سال گذشته", "fa")
    assert (n["value"], n["high"], n["approximate"]) == (2, 3, True)
    (n,) = find_numbers("would have stopped two-three years ago", "en")
    assert (n["value"], n["high"]) == (2, 3)


def test_duals_and_their_limits():
    found = find_numbers("بنقل جثماني شهيدي الواجب", "ar")
    assert [(n["value"], n.get("casualty")) for n in found] == [(2, "killed")]
    assert [n["value"] for n in find_numbers("زاد برنت 79 سنتا", "ar")] == [79]  # not سنة×2
    assert find_numbers("حافلة تقل مسلحين في منطقة", "ar") == []  # a sound plural
    assert [n["value"] for n in find_numbers("عبر شاشتي عرض حديثة", "ar")] == [2]


@pytest.mark.parametrize(
    "text",
    [
        "وجامعة حائل للبنات حي أجا مبنى رقم 2.",  # an id
        "وسجل هدف أرسنال في الدقيقة 24 ، ويعد",  # a match minute
        "عندما تغلب على مانشستر سيتي 3 / 0 ، فيما",  # a score
        "الإيضاح حول ذلك:\n 1- تم صرف كافة مساعدات الأضرار",  # a list mark
        "الإعلان (5-6) أغسطس",  # days before a month
        "للموسم الرياضي (1436 – 1437)هـ.",  # Hijri years
        "الطائرة وهي من طراز إيرباص إيه320 كانت",  # a model
        "وهو في التاسعة والعشرين من عمره.",  # an ordinal
        "عرض أفلام توعوية مخافة أن تدّون ألّبسته قنوات",  # a shadda inside a word
    ],
)
def test_figures_that_count_nothing(text):
    assert find_numbers(text, "ar") == []


def test_four_digits_that_count_and_fractions():
    assert [(n["value"], n["counts"]) for n in find_numbers("أكثر من 2080 شخصا", "ar")] == [
        (2080, "شخصا")
    ]
    assert [n["value"] for n in find_numbers("بلغ 2080 بعد أن تم تحرير", "ar")] == [2080]
    assert 2007 not in values("منذ 6 مايو (أيار) 2007، عندما تعادل")
    assert find_numbers("about 2005, projecting", "en") == []  # a year stays a year
    (half,) = find_numbers(" - 1 / 2 حبة أفوكادو", "ar")
    assert (half["value"], half["counts"]) == (0.5, "حبة")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("إن ثلاثة أشخاص كانوا على متن الطائرة أصيبوا بجروح", [(3, "injured")]),
        ("أن 260 مقاتلا كرديا من حزب العمال الكردستاني قتلوا، وأصيب", [(260, "killed")]),
        ("أن الفيضانات أودت بحياة 80 شخصاً ودمرت", [(80, "killed")]),
        ("ونقل شخصين منهما إلى المستشفى بواسطة الهلال الأحمر", [(2, "injured")]),
        ("تم اكتشاف أربع حالات إصابة بالسكري لأشخاص", [(4, None)]),  # an illness
        ("أن تنظيم داعش أعدم 11 شابًا بعد اختطافهم", [(11, "killed")]),  # executed
        ("تسبب في مقتل 14 متمردا وإصابة 23. كما نصب", [(14, "killed"), (23, "injured")]),
        ("وأعلنت مصادر طبية سقوط 12 شهيدًا في القصف", [(12, "killed")]),  # a martyr is a death
    ],
)
def test_casualty_kinds_from_verbs_and_phrases(text, expected):
    assert [(n["value"], n.get("casualty")) for n in find_numbers(text, "ar")] == expected


def test_no_counted_noun_across_a_sentence_end():
    found = find_numbers("تسبب في مقتل 14 متمردا وإصابة 23. كما نصب", "ar")
    assert [n["counts"] for n in found] == ["متمردا", None]


def test_phone_numbers_and_the_next_clause_are_not_counts():
    assert find_numbers("على الهاتف 0555123456", "ar") == []
    assert find_numbers("للاستفسار على الهاتف الموحد 920000000", "ar") == []
    found = find_numbers("قتل 5 وأصيب 3 في الهجوم", "ar")
    assert [(n["counts"], n.get("casualty")) for n in found] == [
        (None, "killed"),
        (None, "injured"),
    ]


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_number_word_skips_words_no_prefix_begins_as_the_prefix_loop_would(seed_text, prefix):
    """The letter check before the prefixes changes no answer on the words of real articles
    (clitics, the article, words that only look like a prefix)."""
    from rasad.stages.numbers import NUMBER_PREFIXES, number_word, tables, word_spans
    from rasad.text.normalize import fold_same_length

    def by_every_prefix(word, units, first):
        if word in units:
            return word
        for p in NUMBER_PREFIXES if first else ("و",):
            if word.startswith(p) and word[len(p) :] in units:
                return word[len(p) :]
        return word

    units = tables()[0]
    folded = fold_same_length(seed_text(prefix))
    words = [folded[s:e] for s, e in word_spans(folded)] + ["بثلاثة", "وعشرين", "للثلاثة", "ا"]
    for word in words:
        for first in (True, False):
            assert number_word(word, units, first) == by_every_prefix(word, units, first)


def test_the_deceased_name_the_dead_and_what_is_available_does_not():
    # Al-Watan on the Blackbushe crash (claim_pairs_dev40, pair 3): «المتوفين» are the dead;
    # «المتوفرة» (available), written with the same first letters, names no casualty
    dead = find_numbers("وفيما علمت الوطن أن المتوفين 3 سعوديين بالإضافة للطيار.", "ar")
    assert [(n["value"], n.get("casualty")) for n in dead] == [(3, "killed")]
    available = find_numbers("من خلال الإمكانات المتوفرة 3 مراكز في المنطقة.", "ar")
    assert [n.get("casualty") for n in available] == [None]
