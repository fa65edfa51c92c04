"""Date expressions in three calendars, on real sentences, resolved against a reference day."""

from __future__ import annotations

from datetime import date

import pytest

from rasad.stages.dates import find_dates, find_temporal


def values(text: str, lang: str, ref: date | None = None) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in find_dates(text, lang, ref)]


@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        (
            "وفي 5 يناير/كانون الثاني 2020، صوّت البرلمان العراقي",
            "ar",
            None,
            ("5 يناير/كانون الثاني 2020", "2020-01-05"),
        ),
        ("بغداد 9 أغسطس 2021 (شينخوا)", "ar", None, ("9 أغسطس 2021", "2021-08-09")),
        ("الأربعاء 2020/11/18", "ar", None, ("الأربعاء 2020/11/18", "2020-11-18")),
        ("جرت في 12 حزيران 2020", "ar", None, ("12 حزيران 2020", "2020-06-12")),
        ("تاریخ ۱۴۰۰/۰۹/۱۳ اعلام شد", "fa", None, ("۱۴۰۰/۰۹/۱۳", "2021-12-04")),
        ("در ۲۵ مهر ۱۳۶۶ به دنیا آمد", "fa", None, ("۲۵ مهر ۱۳۶۶", "1987-10-17")),
        ("في 10 رمضان 1442 هـ", "ar", None, ("10 رمضان 1442 هـ", "2021-04-22")),
        ("on July 26, 2021 the talks ended", "en", None, ("July 26, 2021", "2021-07-26")),
        (
            "عملية الانسحاب ستستمر حتى 31 ديسمبر المقبل",
            "ar",
            date(2021, 8, 9),
            ("31 ديسمبر المقبل", "2021-12-31"),
        ),
        (
            "بغداد و واشنگتن در ۲۶ ژوئیه گذشته به توافق رسیدند",
            "fa",
            date(2021, 12, 11),
            ("۲۶ ژوئیه گذشته", "2021-07-26"),
        ),
        (
            "سفیر آمریکا سیزدهم آذر ماه جاری به دیدار او رفت",
            "fa",
            date(2021, 12, 11),
            ("سیزدهم آذر ماه جاری", "2021-12-04"),
        ),
        (
            "وأعلن الوزير الثلاثاء إعادة 500 جندي",
            "ar",
            date(2020, 11, 18),
            ("الثلاثاء", "2020-11-17"),
        ),
        (
            "وزار الكاظمي الأسبوع الماضي واشنطن",
            "ar",
            date(2021, 8, 9),
            ("الأسبوع الماضي", "2021-08-01"),  # an Arab week runs Sunday to Saturday
        ),
    ],
)
def test_expression_value(text, lang, ref, expected):
    assert expected in values(text, lang, ref)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("پارلمان عراق در دی ماه سال ۹۸، طرح اخراج را تصویب کرد", ("دی ماه سال ۹۸", "2020-01")),
        ("در ۲۶ دی سال ۹۸ تصویب شد", ("۲۶ دی سال ۹۸", "2020-01-16")),
        ("بودجه سال ۹۹ به مجلس رفت", ("سال ۹۹", "2020")),
        ("قانون در سال ۹۸ تصویب شد", ("۹۸", "2019")),
    ],
)
def test_persian_two_digit_years_after_sal(text, expected):
    """Persian news writes the Solar Hijri year short after "سال" (۹۸ = 1398)."""
    assert expected in values(text, "fa")
    assert values("في عام 98 وصل", "ar") == []  # not in Arabic: 98 there is no year


def test_end_of_current_year_is_a_window():
    """The text names no day: the value is the year, the window its last month."""
    (d,) = find_dates("بحلول نهاية العام الجاري", "ar", date(2021, 8, 9))
    assert (d["value"], d["precision"]) == ("2021", "year") and d["relative"]
    assert d["window"] == ["2021-12-01", "2021-12-31"]


def test_coming_days_is_an_interval():
    (d,) = find_dates("طی چند روز آینده از عراق خارج خواهند شد", "fa", date(2021, 12, 11))
    assert d["window"] == ["2021-12-11", "2021-12-18"]


def test_relative_without_reference_has_no_value():
    (d,) = find_dates("سیزدهم آذر ماه جاری", "fa", None)
    assert d["value"] is None and d["relative"]


@pytest.mark.parametrize(
    "text", ["31 فبراير 2021", "في 30/02/2021", "عام 0", "yesterday's 99/99/9999"]
)
def test_impossible_dates_are_not_reported(text):
    assert all(d["value"] is None or "02-3" not in d["value"] for d in find_dates(text, "ar", None))


def test_spans_index_the_original_text(seed_text):
    text = seed_text("000")
    for d in find_dates(text, "fa", date(2021, 12, 11)):
        assert text[d["start"] : d["end"]] == d["text"]


def test_numbers_are_not_dates():
    assert values("إعادة 500 من جنودها وبقاء 2500 جندي", "ar", date(2020, 11, 18)) == []


def times(text: str, lang: str, ref: date | None = None) -> list[tuple[str, str, str | None]]:
    return [
        (d["text"], d.get("time") or d.get("duration"), d["value"])
        for d in find_temporal(text, lang, ref)
        if d["type"] != "date"
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "يبدأ الدوام عند الساعة العاشرة صباحا يوم الخميس المقبل",
            "ar",
            ("الساعة العاشرة صباحا", "10:00", "2021-05-06"),
        ),
        (
            "تفتح الأبواب الساعة الثالثة والنصف عصرا",
            "ar",
            ("الساعة الثالثة والنصف عصرا", "15:30", None),
        ),
        ("ينتهي التسجيل الواحدة ظهرا", "ar", ("الواحدة ظهرا", "13:00", None)),
        ("وقع الانفجار عند الساعة 14:45 بالتوقيت المحلي", "ar", ("الساعة 14:45", "14:45", None)),
        ("جلسه فردا ساعت ۱۰ صبح برگزار می‌شود", "fa", ("ساعت ۱۰ صبح", "10:00", "2021-05-02")),
        ("قطار ساعت ۹ و نیم شب حرکت کرد", "fa", ("ساعت ۹ و نیم شب", "21:30", None)),
        ("the meeting starts at 9:30 pm on Friday", "en", ("9:30 pm", "21:30", "2021-04-30")),
    ],
)
def test_time_of_day(text, lang, expected):
    assert expected in times(text, lang, date(2021, 5, 1))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("أغلقت السلطات الطريق لمدة أسبوعين", "ar", ("أسبوعين", "P2W")),
        ("استمرت المفاوضات ثلاثة أيام متتالية", "ar", ("ثلاثة أيام", "P3D")),
        ("توقفت الرحلات 48 ساعة بسبب العاصفة", "ar", ("48 ساعة", "PT48H")),
        ("احتاج السباح إلى ساعة و12 دقيقة لعبور القناة", "ar", ("ساعة و12 دقيقة", "PT1H12M")),
        ("نمایشگاه سه روز در تهران برپا بود", "fa", ("سه روز", "P3D")),
        ("پرواز ۲ ساعت تأخیر داشت", "fa", ("۲ ساعت", "PT2H")),
        ("یک دوره آموزشی چهار ماهه برگزار شد", "fa", ("چهار ماهه", "P4M")),
        ("این پروژه چند هفته طول می‌کشد", "fa", ("چند هفته", "PXW")),
    ],
)
def test_duration(text, lang, expected):
    (found,) = times(text, lang, date(2021, 5, 1))
    assert found[:2] == expected and found[2] is None


@pytest.mark.parametrize(
    "text",
    [
        "سه روز پیش به تهران رسید",  # a point in the past, not a length
        "پسر ۱۲ ساله در مسابقه اول شد",  # an age
        "كان ذلك في يوم مشمس",  # a bare day word
        "عمره الساعة؟",
    ],
)
def test_not_a_duration_or_time(text):
    assert times(text, "fa" if "ه " in text else "ar", date(2021, 5, 1)) == []


def test_times_and_durations_add_no_timeline_points():
    found = find_temporal(
        "عقد الاجتماع أمس الساعة التاسعة مساء واستمر ثلاث ساعات.", "ar", date(2021, 5, 1)
    )
    by_type = {d["type"]: d for d in found}
    assert by_type["time"]["value"] == by_type["date"]["value"] == "2021-04-30"
    assert by_type["time"]["time"] == "21:00"
    assert by_type["duration"]["value"] is None and by_type["duration"]["duration"] == "PT3H"


def test_a_year_modifier_after_day_and_month_names_the_year(seed_text):
    # «… بحلول 31 ديسمبر للعام الجاري»: the day of this year, even in the article's first days
    text = seed_text("002")
    found = {d["text"]: d["value"] for d in find_dates(text, "ar", date(2021, 1, 1))}
    assert found["31 ديسمبر للعام الجاري"] == "2021-12-31"  # not 2020-12-31, the nearest
    later = find_dates("في 15 مارس من العام المقبل", "ar", date(2021, 6, 1))
    assert [d["value"] for d in later] == ["2022-03-15"]
    persian = find_dates("در ۲۰ اسفند سال گذشته", "fa", date(2021, 6, 1))
    assert [d["value"] for d in persian] == ["2021-03-10"]  # Esfand 1399, the last Jalali year


def test_yesterday_with_the_article():
    # «وشهدت تداولات الأمس …» (a market report): "yesterday", a day before the one it is read at
    found = find_dates("وشهدت تداولات الأمس ارتفاع أسهم 100 شركة", "ar", date(2015, 8, 4))
    assert [(d["text"], d["value"]) for d in found] == [("الأمس", "2015-08-03")]


# Round 33 (issue 21, timelines): relative dates resolved to the right day, and precision
# shown honestly. Sentences from SaudiNewsNet articles of 2–4 August 2015 (development events
# of eval/labels/timelines_dev.tsv) and the seeds.
SUNDAY, MONDAY, TUESDAY = date(2015, 8, 2), date(2015, 8, 3), date(2015, 8, 4)


def found(text: str, ref: date | None, lang: str = "ar") -> list[tuple[str, str | None, str]]:
    return [(d["text"], d["value"], d["precision"]) for d in find_dates(text, lang, ref)]


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # a day word and its weekday are one expression, dated by the day word
        (
            "ارتفعت أسواق الأسهم الرئيسية في منطقة الخليج اليوم الإثنين بعد موجة بيع يوم الأحد",
            MONDAY,
            [("اليوم الإثنين", "2015-08-03", "day"), ("الأحد", "2015-08-02", "day")],
        ),
        (
            "وتم تعليق تداول أسهم موبايلي منذ يونيو حزيران ويستأنف تداولها غدا الإثنين.",
            SUNDAY,
            [("يونيو حزيران", "2015-06", "month"), ("غدا الإثنين", "2015-08-03", "day")],
        ),
        (
            "بعد زيارة قصيرة أجراها أمس السبت للمدينة",
            SUNDAY,
            [("أمس السبت", "2015-08-01", "day")],
        ),
        # "the day before yesterday", both word orders
        (
            "وسجلت الشركة زيادة 16 في المائة في أرباح الربع الثاني من العام أمس الأول.",
            TUESDAY,
            [("أمس الأول", "2015-08-02", "day")],
        ),
        # a weekday in a clause about the future is the coming one (or today)
        (
            "وقالت الشركة إن مجلس إدارتها سيناقش نتائج أعمال الربع الثاني يوم الثلاثاء.",
            SUNDAY,
            [("الثلاثاء", "2015-08-04", "day")],
        ),
        ("قبيل إعلان نتائج أعمالها يوم الثلاثاء.", TUESDAY, [("الثلاثاء", "2015-08-04", "day")]),
        # and the last one otherwise, even after a word that looks like a future verb
        (
            "وسجل الخام الأمريكي الخفيف يوم الجمعة أكبر هبوط شهري",
            SUNDAY,
            [("الجمعة", "2015-07-31", "day")],
        ),
        ("اصطدمت سيارة بالحاجز يوم الخميس", SUNDAY, [("الخميس", "2015-07-30", "day")]),
        # a sentence opening on a present-tense verb tells what is done today or coming
        (
            "يكشف الرئيس الاميركي باراك اوباما الاثنين خطة لمواجهة التغيير المناخي",
            SUNDAY,
            [("الاثنين", "2015-08-03", "day")],
        ),
        # but not a formula that introduces a past fact, nor a reported clause after «أن»
        ("يذكر أن الوزير وصل الأحد إلى عدن", TUESDAY, [("الأحد", "2015-08-02", "day")]),
        # "preparing for … Thursday" is the coming Thursday
        (
            "فيما تستعد مصر، لتدشين قناتها الجديدة - الخميس - باحتفالات",
            TUESDAY,
            [("الخميس", "2015-08-06", "day")],
        ),
        # «(اليوم)» alone in brackets is the newspaper Al-Yaum, not "today"
        ("وقبل 5 أيام من الموعد علمت (اليوم) أن الجهات السيادية", SUNDAY, []),
        # but «(أمس)» in brackets is yesterday
        (
            "وقالت اللجنة إن طائرة قطرية وصلت (أمس) إلى مطار عدن",
            SUNDAY,
            [("أمس", "2015-08-01", "day")],
        ),
        # a weekday's name without its article is a surname, «صلاة الجمعة» the weekly prayer
        ("ويؤكد الدكتور محمد مختار جمعة وزير الاوقاف المصري", SUNDAY, []),
        ("وذلك استعداداً لصلاة الجمعة، في الجامع الكبير", SUNDAY, []),
    ],
)
def test_relative_days(text, ref, expected):
    assert found(text, ref) == expected


def test_two_days_joined_by_or_name_no_one_day():
    """ "Monday or Tuesday of next week": each keeps its value, both windows cover both days, so
    neither is a day on a timeline (Al-Eqtisadiya, 1 August 2015)."""
    text = "وسيكون موجودا في باريس يوم الإثنين أو الثلاثاء من الأسبوع المقبل للخضوع للفحص الطبي"
    days = [d for d in find_dates(text, "ar", date(2015, 8, 1)) if d["text"] != "الأسبوع المقبل"]
    assert [d["value"] for d in days] == ["2015-08-03", "2015-08-04"]
    assert all(d["window"] == ["2015-08-03", "2015-08-04"] for d in days)


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # "mid-July", "late March", "early April": the month, not a day the text never names
        (
            "منذ الإعلان في منتصف يوليو المنصرم عن استعادة المدينة",
            SUNDAY,
            [("منتصف يوليو", "2015-07", "month")],
        ),
        (
            "مسجلا أكبر خسارة يومية له منذ أواخر مارس أذار",
            SUNDAY,
            [("أواخر مارس أذار", "2015-03", "month")],
        ),
        ("ومن ثم توجه إلى الرياض مطلع إبريل.", SUNDAY, [("مطلع إبريل", "2015-04", "month")]),
        # "early 2015", "mid-2009": the year
        ("ثم على العاصمة صنعاء مطلع 2015", SUNDAY, [("مطلع 2015", "2015", "year")]),
        ("مسجلا أدنى إغلاق له منذ منتصف عام 2009", SUNDAY, [("منتصف عام 2009", "2009", "year")]),
        # a month named alone is the last one begun (the next one in a clause about the future)
        (
            "بعد سلسلة من الخسائر في يوليو تموز بفعل هبوط سوق الأسهم الصينية",
            SUNDAY,
            [("يوليو تموز", "2015-07", "month")],
        ),
        (
            "وارتفع السهم منذ استئناف تداوله في حزيران (يونيو) بعد توقف",
            MONDAY,
            [("حزيران (يونيو)", "2015-06", "month")],
        ),
        (
            "وتلقى السهم دفعة قوية في مايو أيار حينما أضافته إم.إس.سي.آي",
            MONDAY,
            [("مايو أيار", "2015-05", "month")],
        ),
        ("الانتخابات البرلمانية المتوقعة في أكتوبر", SUNDAY, [("أكتوبر", "2015-10", "month")]),
        ("a month only when called one: in may", SUNDAY, []),
        # "since the month of June 2012" is June 2012, not "a month ago"
        ("منذ شهر يونيو 2012", SUNDAY, [("يونيو 2012", "2012-06", "month")]),
        ("منذ يونيو (حزيران) 2012", SUNDAY, [("يونيو (حزيران) 2012", "2012-06", "month")]),
    ],
)
def test_precision_is_what_the_text_names(text, ref, expected):
    assert found(text, ref) == expected


def test_a_jalali_month_is_the_gregorian_month_holding_most_of_it():
    # دی 1398 runs from 22 December 2019 to 20 January 2020
    (d,) = find_dates("پارلمان عراق در دی ماه ۱۳۹۸ طرح اخراج را تصویب کرد", "fa", None)
    assert (d["value"], d["precision"]) == ("2020-01", "month")
    assert d["window"] == ["2019-12-22", "2020-01-20"]


@pytest.mark.parametrize(
    "text",
    [
        "عين اليوم – عدن\nقال نائب الرئيس اليمني",
        "وقال احد نشطاء المقاومة في حديث هاتفي مع مراسل اليوم في اليمن",
        "وقال لصحيفة «اليوم» إن المقاومة",
    ],
)
def test_today_in_an_outlet_name_is_no_date(text):
    assert found(text, SUNDAY) == []


def test_last_week_is_a_week_not_a_day():
    (d,) = find_dates("وعدلت موبايلي الأسبوع الماضي بياناتها", "ar", MONDAY)
    assert d["window"][0] != d["window"][1]  # a week's window: no single day


@pytest.mark.parametrize(
    ("text", "ref", "lang", "expected"),
    [
        # "last summer" in August is the summer of the year before (Al-Eqtisadiya, 2 August 2015)
        (
            "ودفع مانشستر 59.7 مليون استرليني لريال مدريد الصيف الماضي لضم دي ماريا",
            SUNDAY,
            "ar",
            [("الصيف الماضي", "2014", "year")],
        ),
        # and in October the summer just over
        (
            "قال إن الأسعار ارتفعت الصيف الماضي",
            date(2015, 10, 4),
            "ar",
            [("الصيف الماضي", "2015", "year")],
        ),
        ("He joined United last summer", SUNDAY, "en", [("last summer", "2014", "year")]),
    ],
)
def test_last_season_is_a_year(text, ref, lang, expected):
    assert found(text, ref, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month named twice, Levantine and Syriac, after a clitic «و» (Reuters Arabic wire copy
        # in SaudiNewsNet, 1 August 2015)
        ("وفي مايو أيار اختفت طائرة الركاب الماليزية خلال رحلتها 370", ("مايو أيار", "2015-05")),
        # a dash between the day and its month, «م» after the year (Sabq, Buraidah, August 2015)
        (
            "فعالية حديقة الطيور التي انطلقت في يوم 27 - يوليو 2015م وتستمر لمدة أسبوعين",
            ("27 - يوليو 2015م", "2015-07-27"),
        ),
        # a day with its month named twice keeps its year
        ("في 27 مايو أيار 2015", ("27 مايو أيار 2015", "2015-05-27")),
    ],
)
def test_month_told_twice_or_after_a_dash(text, expected):
    assert values(text, "ar", date(2015, 8, 1)) == [expected]


def test_a_dash_between_two_days_is_a_range_not_a_month():
    assert values("من 20 - 27 يوليو", "ar", date(2015, 8, 1)) == [("27 يوليو", "2015-07-27")]


def test_the_night_before_last_is_two_days_back():
    # «البارحة الأولى» is the night before last, not last night («البارحة»)
    text = "احتفت المؤسسة البارحة الأولى في بوسطن بإتمام ثلاثين طالبا لبرنامج إعداد القادة."
    assert values(text, "ar", date(2015, 8, 2)) == [("البارحة الأولى", "2015-07-31")]
    last_night = "احتفت المؤسسة البارحة في بوسطن بإتمام ثلاثين طالبا."
    assert values(last_night, "ar", date(2015, 8, 2)) == [("البارحة", "2015-08-01")]


def test_the_day_before_yesterday_with_min_between():
    # «عشية أول من أمس» (Al-Sharq Al-Awsat, 2 August 2015, of the Blackbushe crash on 31 July)
    text = "تحطّم طائرة سعودية خاصة في مطار بلاكبوش، جنوب غربي لندن، عشية أول من أمس"
    assert values(text, "ar", date(2015, 8, 2)) == [("أول من أمس", "2015-07-31")]


def test_bi_kura_before_a_game_is_the_ball_not_tomorrow():
    """«بكرة» is "tomorrow" in speech, but before a game's name it is «بـ» + «كرة»: Al-Jazirah
    of 1 August 2015 (snn-2015-08-01-00438) dated a football club's members to 2 August."""
    text = "ورجال أعمال لهم علاقة بكرة القدم من خلال عضويتهم في الجمعية"
    assert values(text, "ar", date(2015, 8, 1)) == []
    assert values("نلتقي بكرة إن شاء الله", "ar", date(2015, 8, 1)) == [("بكرة", "2015-08-02")]


def test_a_day_word_before_a_game_s_name_is_still_a_day():
    """Only «بكرة» reads as the ball before a game's name: «وصلت أمس الطائرة الإغاثية» is
    yesterday's relief plane (Al-Yaum, 1 August 2015, snn-2015-08-01-00924)."""
    text = "وصلت أمس الطائرة الإغاثية السعودية الرابعة إلى مطار عدن الدولي"
    assert values(text, "ar", date(2015, 8, 1)) == [("أمس", "2015-07-31")]
