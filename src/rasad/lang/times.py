"""Times of day and durations: clock words, hour names, parts of the day, duration units.

Written by hand from general knowledge of Modern Standard Arabic and Persian news usage (and
English). Matching folds letter variants and digit scripts, so one spelling per form is enough;
forms with tanween are listed separately because the folding keeps diacritics.
"""

from rasad.lang.numbers import PERSIAN_UNITS
from rasad.lang.ordinals import ARABIC_ORDINAL_UNITS_FEMININE

# The word that introduces a clock time: "الساعة العاشرة", "ساعت ۱۰".
CLOCK_WORDS = ["الساعة", "ساعت"]

# Hours spelled as words. Arabic ones ("الثامنة صباحا") stand without a clock word when a part
# of the day follows; Persian ones ("سه شب" is also "three nights") only after "ساعت".
ARABIC_HOUR_WORDS = {
    "الواحدة": 1,  # not «الحادية», which only opens «الحادية عشرة»
    **{word: n for word, n in ARABIC_ORDINAL_UNITS_FEMININE.items() if n > 1},
    "العاشرة": 10,
    "الحادية عشرة": 11,
    "الحادية عشر": 11,
    "الثانية عشرة": 12,
    "الثانية عشر": 12,
}
PERSIAN_HOUR_WORDS = {word: n for word, n in PERSIAN_UNITS.items() if n <= 12}
HOUR_WORDS = {**ARABIC_HOUR_WORDS, **PERSIAN_HOUR_WORDS}

# Minutes after the hour: "والنصف", "و نیم", "وعشرين دقيقة" (numbers in digits are read as such).
MINUTE_WORDS = {
    "النصف": 30,
    "نصف": 30,
    "الربع": 15,
    "ربع": 15,
    "نیم": 30,
    "عشر": 10,
    "عشرة": 10,
    "عشرين": 20,
    "ثلاثين": 30,
    "خمس": 5,
    "خمسة": 5,
    "ده": 10,
    "بیست": 20,
    "سی": 30,
}
MINUTE_UNITS = ["دقيقة", "دقائق", "دقیقه", "minutes"]

# Parts of the day after an hour, and how they move it: "am" keeps 1–11 (12 → 0), "pm" adds
# 12 to 1–11, "noon" adds 12 to 1–5 only ("الواحدة ظهرا" is 13:00, "الثانية عشرة ظهرا" 12:00),
# "night" adds 12 to 6–11 ("ساعت ۱۰ شب" 22:00, "ساعت ۲ بامداد" 02:00).
DAY_PARTS = {
    "صباحا": "am",
    "صباحاً": "am",
    "صباح": "am",
    "فجرا": "am",
    "فجراً": "am",
    "ظهرا": "noon",
    "ظهراً": "noon",
    "الظهر": "noon",
    "ظهر": "noon",
    "عصرا": "pm",
    "عصراً": "pm",
    "العصر": "pm",
    "مساء": "pm",
    "مساءً": "pm",
    "مساءا": "pm",
    "المساء": "pm",
    "ليلا": "night",
    "ليلاً": "night",
    "الليل": "night",
    "صبح": "am",
    "بامداد": "am",
    "بعدازظهر": "noon",
    "بعد از ظهر": "noon",
    "عصر": "pm",
    "شب": "night",
    "am": "am",
    "a.m.": "am",
    "pm": "pm",
    "p.m.": "pm",
}
# Arabic joins the part of the day to the hour with "من": "التاسعة من صباح أمس".
DAY_PART_LINKS = ["من"]

# Duration units: each form → (unit: S, MIN, H, D, W, M, Y; the count it carries by itself or None).
# Arabic duals carry their count ("أسبوعين" = two weeks); Persian "-ه" adjectives ("سه روزه",
# "چهار ماهه") are durations too, but "ساله" is left out: after a number it is nearly always an age.
DURATION_UNITS = {
    "ثانية": ("S", None),
    "ثوان": ("S", None),
    "دقيقة": ("MIN", None),
    "دقائق": ("MIN", None),
    "دقيقتين": ("MIN", 2),
    "ساعة": ("H", None),
    "ساعات": ("H", None),
    "ساعتين": ("H", 2),
    "يوم": ("D", None),
    "يوما": ("D", None),
    "يوماً": ("D", None),
    "أيام": ("D", None),
    "يومين": ("D", 2),
    "أسبوع": ("W", None),
    "أسابيع": ("W", None),
    "أسبوعين": ("W", 2),
    "شهر": ("M", None),
    "شهرا": ("M", None),
    "شهراً": ("M", None),
    "أشهر": ("M", None),
    "شهور": ("M", None),
    "شهرين": ("M", 2),
    "عام": ("Y", None),
    "عاما": ("Y", None),
    "عامًا": ("Y", None),
    "عاماً": ("Y", None),
    "أعوام": ("Y", None),
    "عامين": ("Y", 2),
    "سنة": ("Y", None),
    "سنوات": ("Y", None),
    "سنين": ("Y", None),
    "سنتين": ("Y", 2),
    "ثانیه": ("S", None),
    "دقیقه": ("MIN", None),
    "ساعت": ("H", None),
    "ساعته": ("H", None),
    "روز": ("D", None),
    "روزه": ("D", None),
    "هفته": ("W", None),
    "ماه": ("M", None),
    "ماهه": ("M", None),
    "سال": ("Y", None),
    "seconds": ("S", None),
    "minutes": ("MIN", None),
    "hours": ("H", None),
    "hour": ("H", None),
    "days": ("D", None),
    "weeks": ("W", None),
    "months": ("M", None),
    "years": ("Y", None),
}
# Dual forms count as durations alone only after one of these ("لمدة أسبوعين", "خلال يومين").
DURATION_CUES = [
    "لمدة",
    "مدة",
    "خلال",
    "طوال",
    "بعد",
    "منذ",
    "نحو",
    "حوالي",
    "قرابة",
    "for",
    "within",
]

# Counts in words (digits are read as numbers).
COUNT_WORDS = {
    "واحد": 1,
    "ثلاثة": 3,
    "ثلاث": 3,
    "أربعة": 4,
    "أربع": 4,
    "خمسة": 5,
    "خمس": 5,
    "ستة": 6,
    "ست": 6,
    "سبعة": 7,
    "سبع": 7,
    "ثمانية": 8,
    "ثماني": 8,
    "تسعة": 9,
    "تسع": 9,
    "عشرة": 10,
    "عشر": 10,
    "بضعة": None,
    "عدة": None,
    "یک": 1,
    "دو": 2,
    "سه": 3,
    "چهار": 4,
    "پنج": 5,
    "شش": 6,
    "هفت": 7,
    "هشت": 8,
    "نه": 9,
    "ده": 10,
    "دوازده": 12,
    "پانزده": 15,
    "بیست": 20,
    "سی": 30,
    "چهل": 40,
    "پنجاه": 50,
    "صد": 100,
    "چند": None,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "ten": 10,
}
# Words after "N units" that make it a point in the past, not a duration (handled as dates).
AGO_AFTER = ["پیش", "قبل", "گذشته", "آینده", "ago", "later"]

# Time zones written after a clock time ("02:30 BST", «الساعة 02:30 بتوقيت جرينتش», «بتوقيت
# مكة المكرمة»), each with the clock it keeps: a bare "HH:MM" is read as a time when one follows
# (round dates50; source: the claims50 misses, dev33 25, dev40 4). The clock is a fixed UTC
# offset the abbreviation itself names ("BST" is +01:00 whatever the day) or an IANA tz database
# zone (read with `zoneinfo`, which knows each day's summer time: London is GMT in winter, BST in
# summer), so that a time's UTC offset on its day is recorded and "02:30 BST" and "01:30 GMT"
# are one moment (round dates55; source: the IANA tz database zone names, the abbreviations'
# definitions; claims_misses53.md). One clock under several names is one zone, recorded, when its
# offset is not known (a zone with summer time and no day), by the first name listed with it
# (session 52, note51: «بتوقيت مكة» / «بتوقيت مكة المكرمة», GMT / «جرينتش» were two zones): UTC
# and GMT are one clock for news (under a second apart); Mecca, Riyadh and "Saudi" time are
# Arabia Standard Time (UTC+3, no summer time: Asia/Riyadh); Tehran in either script is one
# city's clock. No clock (None): "AST" (Arabia or Atlantic Standard Time: twelve hours apart) and
# local time («بالتوقيت المحلي», «به وقت محلی»: whose?), each kept by its own name.
TIME_ZONES: dict[str, str | None] = {
    **dict.fromkeys(("GMT", "UTC", "بتوقيت جرينتش", "بتوقيت غرينتش", "بتوقيت غرينيتش"), "+00:00"),
    **dict.fromkeys(("بتوقيت جرينيتش", "به وقت گرینویچ"), "+00:00"),
    "BST": "+01:00",
    "CET": "+01:00",
    "CEST": "+02:00",
    "EST": "-05:00",
    "EDT": "-04:00",
    "PST": "-08:00",
    "PDT": "-07:00",
    "IRST": "+03:30",
    "AST": None,
    "بتوقيت لندن": "Europe/London",
    **dict.fromkeys(("بتوقيت مكة", "بتوقيت مكة المكرمة", "بتوقيت السعودية"), "Asia/Riyadh"),
    "بتوقيت الرياض": "Asia/Riyadh",
    "بتوقيت القاهرة": "Africa/Cairo",
    "بتوقيت بيروت": "Asia/Beirut",
    "بتوقيت دمشق": "Asia/Damascus",
    "بتوقيت بغداد": "Asia/Baghdad",
    **dict.fromkeys(("بتوقيت طهران", "به وقت تهران"), "Asia/Tehran"),
    "بتوقيت القدس": "Asia/Jerusalem",
    "بالتوقيت المحلي": None,
    "به وقت محلی": None,
}
