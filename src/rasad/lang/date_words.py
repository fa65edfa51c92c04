"""Weekdays, relative-date words, ordinals, year markers (folded on use)."""

from rasad.lang.ordinals import ARABIC_ORDINAL_UNITS

# Python weekday numbers: Monday = 0 … Sunday = 6.
WEEKDAYS = {
    "الاثنين": 0,
    "الإثنين": 0,
    "الثلاثاء": 1,
    "الأربعاء": 2,
    "الاربعاء": 2,
    "الخميس": 3,
    "الجمعة": 4,
    "السبت": 5,
    "الأحد": 6,
    "الاحد": 6,
    "دوشنبه": 0,
    "سه‌شنبه": 1,
    "سهشنبه": 1,
    "سه شنبه": 1,
    "چهارشنبه": 2,
    "چهار شنبه": 2,
    "پنجشنبه": 3,
    "پنج‌شنبه": 3,
    "پنج شنبه": 3,
    "جمعه": 4,
    "شنبه": 5,
    "یکشنبه": 6,
    "یک‌شنبه": 6,
    "یک شنبه": 6,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
# Single-day words, as an offset in days from the reference.
DAY_WORDS = {
    "اليوم": 0,
    "امروز": 0,
    "today": 0,
    "أمس": -1,
    "امس": -1,
    "الأمس": -1,  # "تداولات الأمس"
    "الامس": -1,
    "البارحة": -1,
    "دیروز": -1,
    "yesterday": -1,
    "غدا": 1,
    "غداً": 1,
    "فردا": 1,
    "tomorrow": 1,
    "پریروز": -2,
    "أول أمس": -2,
    "أمس الأول": -2,  # "the day before yesterday", the other word order
    "امس الاول": -2,
    "أول من أمس": -2,  # "عشية أول من أمس": the same day, "من" between the two words
    "اول من امس": -2,
    # «البارحة الأولى» is the night before last (Lane, "al-bāriḥa al-ūlā"; Al-Maany: «الليلة
    # التي قبل البارحة»), not last night: the ordinal moves it a day back, as in «أمس الأول»
    "البارحة الأولى": -2,
    "پس فردا": 2,
    # the day after tomorrow (round dates55; claims_misses53.md: «بعد غدًا» was not read, and
    # «غدا» in it was taken for tomorrow); tanween forms listed, folding keeps diacritics
    "پس‌فردا": 2,
    "پسفردا": 2,
    "بعد غد": 2,
    "بعد غدٍ": 2,
    "بعد غدا": 2,
    "بعد غدًا": 2,
    "بعد غداً": 2,
    "بعد الغد": 2,
    "بكرة": 1,
    "بكرا": 1,
    "يوم غد": 1,
    "اليوم السابق": -1,
    "اليوم الماضي": -1,
    "اليوم المنصرم": -1,
    "the day before": -1,
    "the next day": 1,
}
# «بكرة» is "tomorrow" in speech, but written before a game's name it is «بـ» + «كرة» "with
# the ball" («لاعبي كرة القدم … لهم علاقة بكرة القدم», Al-Jazirah, 1 August 2015): no day word.
# Only after «بكرة»: «وصلت أمس الطائرة» is yesterday's plane
WITH_THE_BALL = "بكرة"
BALL_GAMES = ["القدم", "السلة", "اليد", "الطائرة", "الماء", "المضرب", "الطاولة"]
FUTURE = [
    "المقبل",
    "المقبلة",
    "القادم",
    "القادمة",
    "التالي",
    "التالية",
    "الجاي",
    "آینده",
    "آتی",
    "بعد",
    "next",
    "coming",
]
PAST = [
    "الماضي",
    "الماضية",
    "الماض",
    "المنصرم",
    "المنصرمة",
    "السابق",
    "السابقة",
    "گذشته",
    "پیش",
    "قبل",
    "last",
    "past",
    "previous",
]
CURRENT = ["الجاري", "الجارية", "الحالي", "الحالية", "جاری", "کنونی", "this", "current"]
THIS = ["هذا", "هذه", "این", "this"]
# Words that put a clause in the future: a weekday or a month named in it without "next" or
# "last" is the coming one ("سيناقش نتائج أعمالها يوم الثلاثاء", "الانتخابات المتوقعة في
# أكتوبر"). Arabic future verbs (سيناقش, ستعقد) are found by their prefix (FUTURE_VERB_PREFIXES)
# minus the words that only look like one (NOT_FUTURE_VERBS).
FUTURE_CUES = [
    "سوف",
    "المقرر",
    "مقرر",
    "المزمع",
    "يعتزم",
    "تعتزم",
    "المتوقع",
    "المتوقعة",
    "يتوقع",
    "يُتوقع",
    "قبيل",
    "تستعد",
    "يستعد",
    "استعدادا",
    "استعداداً",
    "المرتقب",
    "المرتقبة",
    "خواهد",
    "خواهند",
    "قرار است",
    "will",
    "scheduled",
    "due to",
    "expected",
]
# Words before a weekday that make it a day someone means to act on, still to come ("Scherzer
# hopes to take the mound on Sunday", «يأمل», «امیدوار است»): no happening of the report's own
# (round stories84; read only by the timeline's weekday entry, not by the dates stage).
INTENT_CUES = [
    "hopes to",
    "hoping to",
    "wants to",
    "plans to",
    "planning to",
    "aims to",
    "intends to",
    "set to",
    "يأمل",
    "تأمل",
    "يطمح",
    "تطمح",
    "امیدوار",
    "قصد دارد",
    "قصد دارند",
]
# An English headline announcing a coming event ("Dorrans optimistic ahead of Rapid Vienna
# clash"): the report is a preview, and a weekday its lead names with no past verb before it
# ("Rangers host Rapid Vienna on Thursday") is the event to come (round stories84). English
# only: a past verb is told by these words and the "-ed" ending (PAST_WORDS), which Arabic and
# Persian have no counterpart of; their translations follow their original's weekday.
PREVIEW_TITLE_CUES = ["ahead of", "preview"]
PAST_WORDS = ["was", "were", "had", "did", "has been", "have been"]
FUTURE_VERB_PREFIXES = ["سي", "ست", "سن", "وسي", "وست", "وسن"]
# Words that begin like a future verb but are not one (the stem after the prefix letters).
NOT_FUTURE_VERBS = [
    *("سيار", "سياس", "سياح", "سياق", "سيطر", "سيد", "سيول", "سيف", "سيما", "سينما", "سيناء"),
    *("سيناريو", "سيتي", "سيرة", "سيري", "سيل", "سيم", "سيبير", "سيج", "سيئ"),
    *("ستة", "ستين", "ستون", "ستا", "ستر", "ستو"),
    *("سنة", "سنو", "سنا", "سند", "سنت", "سنغ", "سنن", "سني"),
]
# A sentence opening on an Arabic present-tense verb (ي + stem) dates a bare weekday in it to
# today or the coming one ("يكشف أوباما الاثنين خطته"); these open a sentence with ي and are
# not such a verb: formulas that introduce a past fact ("يذكر أن"), given names, months, "day".
NOT_PRESENT_VERBS = [
    *("يذكر", "يشار", "يجدر", "يأتي", "ياتي", "يعد", "يعتبر", "يبدو", "يبلغ", "يقول", "يضيف"),
    *("يوم", "يونيو", "يوليو", "يناير", "يوما", "يومي", "يومية", "يذكران"),
    *("يحيى", "يحيي", "يوسف", "ياسر", "يزيد", "يونس", "يعقوب", "ياسين", "يعرب", "يامن", "يسرى"),
]
# "that": a reported clause after the opening verb has its own tense ("يذكر أن … وصل الأحد").
THAT_WORDS = ["أن", "إن", "ان", "أنّ", "إنّ", "بأن", "بان"]
# A weekday after these is a prayer's name, not a day («صلاة الجمعة»: the prayer, held every week).
PRAYER_WORDS = ["صلاة"]
# "or" between two days: neither is the day ("يوم الإثنين أو الثلاثاء").
OR_WORDS = ["أو", "او", "یا", "or"]
# Words before «اليوم» that make it a name, not "today": an outlet ("عين اليوم", "صحيفة
# اليوم", "مراسل اليوم" of the newspaper Al-Yaum).
NAME_BEFORE_TODAY = [
    "عين",
    "صحيفة",
    "لصحيفة",
    "جريدة",
    "لجريدة",
    "مجلة",
    "موقع",
    "لموقع",
    "قناة",
    "مراسل",
    "لمراسل",
    "مراسلة",
    "مندوب",
    "لمندوب",
]
# Prepositions before a month named alone ("في يوليو", "منذ يونيو حزيران", "در خرداد").
MONTH_ALONE_CUES = ["في", "منذ", "خلال", "حتى", "در", "از", "تا", "in", "since", "during"]
MONTH_ALONE_CUES += ["until", "by", "شهر", "ماه"]  # before a unit: "هذا الأسبوع"
MID_OF = ["منتصف", "أواسط", "اواسط", "نص", "نصف", "اواسط", "میانه", "نیمه", "mid", "middle of"]
AGO_UNITS = {
    "يوم": 1,
    "يومين": 2,
    "أسبوع": 7,
    "اسبوع": 7,
    "أسبوعين": 14,
    "اسبوعين": 14,
    "شهر": 30,
    "شهرين": 60,
    "روز": 1,
    "هفته": 7,
    "day": 1,
    "days": 1,
    "week": 7,
    "weeks": 7,
}
# Nouns of a span of time: a figure counting them («يومين», «دو شب», "three hours") is a
# duration, how long something took or how long ago, not a count outlets could compare.
TIME_SPANS = [
    *AGO_UNITS,
    "أيام",
    "ايام",
    "ليلة",
    "ليلتين",
    "ليال",
    "ليالي",
    "ساعة",
    "ساعتين",
    "ساعات",
    "دقيقة",
    "دقائق",
    "دقيقتين",
    "أسابيع",
    "اسابيع",
    "أشهر",
    "اشهر",
    "شهور",
    "سنة",
    "سنتين",
    "سنوات",
    "عام",
    "عامين",
    "أعوام",
    "اعوام",
    "شب",
    "ساعت",
    "دقیقه",
    "ماه",
    "سال",
    "شبانه‌روز",
    "night",
    "nights",
    "hour",
    "hours",
    "minute",
    "minutes",
    "month",
    "months",
    "year",
    "years",
]
# Words that make the date after them a deadline or a target, not the day something happened
# ("withdraw by 31 December", «بحلول نهاية 2021», «تا پایان سال ۲۰۲۱»): such a date is never
# one timeline entry with a happening of that date. (Named DEADLINE_CUES until session 46,
# when the publication-date list of the same name further down hid it: the timeline read that
# one.)
TIMELINE_DEADLINE_CUES = [
    "بحلول",
    "حتى",
    "حتي",
    "لغاية",
    "موعد",
    "موعدا",
    "مهلة",
    "أقصاه",
    "اقصاه",
    "تا",
    "مهلت",
    "موعد",
    "by",
    "until",
    "till",
    "deadline",
]
# "the end of …" and "the beginning of …"
END_OF = ["نهاية", "أواخر", "اواخر", "آخر", "پایان", "انتهای", "اواخر", "end of", "late"]
START_OF = ["بداية", "مطلع", "أوائل", "اوائل", "ابتدای", "آغاز", "اوایل", "beginning of", "early"]
YEAR_WORDS = ["العام", "عام", "سنة", "السنة", "سال", "year"]
MONTH_WORDS = ["الشهر", "شهر", "ماه", "month"]
# Seasons named with "last" («الصيف الماضي», "last summer"): the last one over by the reference
# day, dated by its year. Winter spans two years and is left out. (season → its last month)
SEASONS = {
    "الصيف": 8,
    "صيف": 8,
    "الربيع": 5,
    "ربيع": 5,
    "الخريف": 11,
    "خريف": 11,
    "تابستان": 8,
    "بهار": 5,
    "پاییز": 11,
    "summer": 8,
    "spring": 5,
    "autumn": 11,
    "fall": 11,
}
SEASON_PAST = ["الماضي", "الماضية", "المنصرم", "المنصرمة", "گذشته", "پارسال", "last", "past"]
WEEK_WORDS = ["الأسبوع", "الاسبوع", "أسبوع", "هفته", "week"]
# The weekday a week starts on, by the article's language (Python numbers: Monday = 0). Iran's
# week runs Saturday to Friday (its weekend is Friday); Saudi Arabia's, like most Arab states',
# Sunday to Saturday since its weekend moved to Friday–Saturday in 2013 (Royal Decree A/310,
# 2013-06-23; Egypt, Iraq, Jordan, Kuwait likewise); English news weeks follow ISO 8601 (Monday).
# So «الأسبوع القادم» written on a Saturday is the week from the next day (dates_dev56).
WEEK_STARTS = {"ar": 6, "fa": 5, "en": 0}
# The calendar a bare year of 1300-1499 is written in, by the article's language (no «هـ»,
# «ش», "AD" beside it): Arabic news writes the Islamic lunar (Hijri) year, «حتى عام 1410» in a
# Saudi report is 1989-90, not the Solar Hijri 1410 of 2031 (promises82's archive sample);
# Persian news writes the Solar Hijri (Jalali) one; in English such a year is a Gregorian one of
# the Middle Ages ("in 1399 the king died"), which news dates never need (round promises84).
BARE_YEAR_CALENDARS = {"ar": "hijri", "fa": "jalali", "en": "gregorian"}
# "Previous" and "following" after a week or month («الشهر السابق», «الأسبوع التالي») count from
# a week or month the text names ("fell to 52.2 from 54.0 in the previous month" after June),
# not from publication: no day (round dates56; source: dates_dev56, 2 of 2, and 1 of 1 in a
# sample of unused articles). «العام السابق» is kept: the year before this one 11 of 16 times
# in that sample («مقارنة بالفترة المماثلة من العام السابق»).
SEQUENCE_WORDS = ["السابق", "السابقة", "التالي", "التالية"]
# The word after "N units before" that names what they count from («قبل أسبوع من الانتخابات», «یک
# هفته قبل از اعلام موضع», "a week before the announcement"): then it is no time ago, unless
# what follows is now («قبل عام من الآن», «یک سال قبل از این»: ago) or «از نظر» "in terms of"
# («مدت مشابه سال قبل از نظر وزنی») (round dates56; source: dates_dev56's «یک هفته قبل از
# اعلام»; 7 of 7 in 2,188 unused articles: «سه روز پيش از برگزاري انتخابات», «قبل شهرين من دخول
# الموسم»).
BEFORE_WHAT = ["من", "از"]
NOT_WHAT_WORDS = ["الآن", "الان", "اليوم", "اکنون", "حالا", "امروز", "این", "نظر"]
DAYS_WORDS = ["الأيام", "الايام", "أيام", "ایام", "روز", "روزهای", "days"]
# A chronology line: a date opening a line (a bullet may stand before it), then a colon or a
# dash, then the line's happening ("2016: A shallow quake hit …", «1934 - هتلر يصبح …», «* 17
# يوليو 1990: صدام حسين …»); a dash before a digit is a range ("1990-1991"), not a line's.
LINE_BULLETS = r"[ \t]*(?:[-•*·]\s*)?"
LINE_DATE_AFTER = r"[ \t]*(?:[:：]|[-–—](?![ \t]*\d))[ \t]*[^\s\d]"
YEAR_CUES = ["عام", "العام", "سنة", "سال", "في", "منذ", "از", "در", "in", "since", "year"]
SINCE = ["منذ", "از سال", "since"]
# Calendar markers after a year.
GREGORIAN_MARKERS = ["م", "ميلادي", "ميلادية", "میلادی", "AD", "CE"]
JALALI_MARKERS = ["ش", "شمسی", "هجری شمسی", "خورشیدی", "ه.ش"]
HIJRI_MARKERS = ["هـ", "ه", "ق", "قمری", "هجری قمری", "هجري", "للهجرة", "AH"]

PERSIAN_ORDINALS = {
    "یکم": 1,
    "اول": 1,
    "دوم": 2,
    "سوم": 3,
    "چهارم": 4,
    "پنجم": 5,
    "ششم": 6,
    "هفتم": 7,
    "هشتم": 8,
    "نهم": 9,
    "دهم": 10,
    "یازدهم": 11,
    "دوازدهم": 12,
    "سیزدهم": 13,
    "چهاردهم": 14,
    "پانزدهم": 15,
    "پونزدهم": 15,
    "شانزدهم": 16,
    "هفدهم": 17,
    "هجدهم": 18,
    "هیجدهم": 18,
    "نوزدهم": 19,
    "بیستم": 20,
    "سی ام": 30,
    "سی‌ام": 30,
    "سیام": 30,
}
PERSIAN_TENS = {"بیست": 20, "سی": 30}
ARABIC_ORDINALS = {
    "الأول": 1,
    "الاول": 1,
    **{word: n for word, n in ARABIC_ORDINAL_UNITS.items() if n > 1},  # «الحادي» opens 11, 21…
    "العاشر": 10,
    "الحادي عشر": 11,
    "الثاني عشر": 12,
    "الثالث عشر": 13,
    "الرابع عشر": 14,
    "الخامس عشر": 15,
    "العشرين": 20,
    "الثلاثين": 30,
}
ENGLISH_ORDINAL_SUFFIX = ["st", "nd", "rd", "th"]

# Publication dates (stages/pubdate.py): what tells a dateline from an event, and which words
# tie a full date to the article's own time.
# Words after which a date is an event, not a dateline ("في يوم الإثنين ...", "روز ...").
EVENT_CUES = ["في", "يوم", "منذ", "بتاريخ", "تاريخ", "حتى", "روز", "در", "از", "تا"]
EVENT_CUES += ["on", "in", "since", "until", "by"]
CALENDAR_SUFFIXES = ["هـ", "ه", "م", "ش", "ق", "ميلادي", "میلادی", "هجري", "AH", "AD"]
DAY_NOUNS = ["يوم", "روز", "day"]  # "اليوم (يوم) الأحد", between a day word and its date
DATELINE_LINKS = ["الموافق", "مطابق", "برابر"]  # one date in two calendars
# Between "this/last year" and its number: "العام الماضي الميلادي 2014"
STATED_YEAR_FILLERS = ["میلادی", "الميلادي", "ميلادي", "الهجري", "هجري", "شمسی", "خورشیدی"]
# Before a date, a deadline: the article is written before it ("بحلول الخميس 21/10/1436").
DEADLINE_CUES = ["بحلول", "حتى", "لغاية", "قبل", "تا", "by", "until", "before"]
# Prepositions among PAST/FUTURE: "قبل الخميس 21/10" is a deadline, not "last Thursday".
RELATION_PREPOSITIONS = {"قبل", "بعد", "پیش"}

# Openings that turn an article to other news ("على صعيد آخر، بدأت لجنة الانتخابات …"): what
# follows, up to the next such opening, is an aside, and its dates are on the story's timeline
# only when its sentence shares a word with the story's headlines.
ASIDE_MARKERS = [
    *("على صعيد آخر", "على صعيد اخر", "على صعيد منفصل", "على جانب آخر", "على جانب اخر"),
    *("من جهة أخرى", "من جهة اخرى", "من جهة أخري", "من جهة اخري"),
    *("من ناحية أخرى", "من ناحية اخرى", "من ناحية أخري", "من ناحية اخري"),
    *("في سياق آخر", "في سياق اخر", "في سياق منفصل", "في شأن آخر", "في شأن اخر"),
    *("في موضوع آخر", "في موضوع اخر", "في خبر آخر", "في خبر اخر"),
    *("در خبری دیگر", "در خبر دیگری", "در خبری دیگر نیز"),
    *("separately", "in other news", "elsewhere"),
]
# Words that make the date after them a point of comparison, not a happening ("خفض الانبعاثات
# 32% بحلول 2030 مقارنة بمستويات 2005", "compared with 2005 levels").
COMPARISON_CUES = [
    *("مقارنة", "مقارنةً", "بالمقارنة", "قياسا", "قياساً", "مستويات", "مستوياتها", "مستواها"),
    *("بمستويات", "بمستوى", "مستوى", "مستواه", "در مقایسه", "نسبت به", "سطح"),
    *("compared", "levels", "level", "than"),
]

# An ordinal after a relative-day word the dates stage reads without it makes another day
# («اليوم الأول» of a festival is its first day, not today; «البارحة الأولى» and «أمس
# الأول» are read whole, in DAY_WORDS): the day resolved from the word alone is not meant.
RELATIVE_DAY_ORDINALS = ["الأولى", "الأول"]

# Year choice for a day and month written without a year (round dates50). Within
# dates.NEAR_DAYS of the publication day the nearest such day is meant; farther, the sentence's tense
# tells the coming one from the last one, and with no telling word the year is left unknown.
# Source: the day+month spans of eval/labels/time_dev50.tsv (SaudiNewsNet, Fars News): a past
# event told with a past auxiliary («برگزار شد», «داشت», «كان»), a coming one with a future
# word (FUTURE_CUES) or, in Persian, a present verb («برگزار می‌شود»: news tells what is
# scheduled in the present tense), FAR_FUTURE_CUES.
PAST_TENSE_CUES = [
    *("شد", "شدند", "بود", "بودند", "کرد", "کردند", "داشت", "داشتند", "گفت", "رسید", "گذشت"),
    *("كان", "كانت", "كانوا", "قد", "تم", "جرى", "وقع", "وقعت", "أعلن", "أعلنت"),
    *("was", "were", "had", "ago"),
    # "the lowest since 19 March", "…منذ 22 كانون الثاني "يناير" الماضي"
    *("منذ", "الماضي", "الماضية", "المنصرم", "گذشته", "since", "last"),
]
# Future words of a sentence (besides FUTURE_CUES and future verbs): "…29 نوفمبر المقبل،
# وتنطلق … الموافق 29 نوفمبر", and a state that holds now until the day ("يقيم المتحف
# حالياً وحتى الثامن من نوفمبر").
FAR_FUTURE_CUES = [
    *("المقبل", "المقبلة", "القادم", "القادمة", "آینده", "آتی", "next", "coming"),
    *("حاليا", "حالياً", "حالیا", "currently"),
]
PRESENT_FUTURE_VERBS_FA = [
    *("می‌شود", "می‌شوند", "می شود", "می شوند", "می‌گردد", "می گردد"),
    *("می‌کند", "می‌کنند", "می کند", "می کنند", "می‌یابد", "می یابد"),
]
# Words before a day and month that make them a name or part of a period, not a day of a
# year: a revolution or movement named by its day («ثورة 23 يوليو», «جریان دوم خرداد»), the
# half or ten days of a month («نیمه دوم آبان», «دهه سوم»).
NAMED_DAY_NOUNS = [
    *("ثورة", "حركة", "انتفاضة", "جريان", "جریان", "گروه‌های", "گروههای", "جبهه", "حماسه"),
    *("نیمه", "نيمه", "دهه", "هفته"),
]
# Month names that are also a number: «صفر» is zero in a score («1- صفر», «صفر/ 1»).
MONTHS_ALSO_NUMBERS = ["صفر"]
# A two-digit Persian year after a Jalali month («۱۹ مهر ماه ۹۶») is read as one only when
# no counted noun follows it («20 آذر 35 نفر» is a count) and it is at most this many years
# before the publication year.
SHORT_YEAR_REACH = 40
COUNTED_AFTER_SHORT_YEAR = [
    *("نفر", "هزار", "میلیون", "میلیارد", "درصد", "تن", "عدد", "مورد", "دستگاه", "کیلو"),
    *("متر", "کیلومتر", "روز", "سال", "ماه", "دقیقه", "ریال", "تومان", "دلار", "واحد"),
]
