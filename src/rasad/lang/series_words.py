"""Words that make the weekday after them a coming day in a report's lead («صباح الغد الأحد»,
«مساء يوم غدٍ الثلاثاء»): the dates stage reads the weekday alone, and a report announcing a
coming day reports no day yet (cluster/series.py).

Source: round stories53's table (branch `stories53`, `rasad/lang/series_words.py`), from the
leads of Saudi News Net announcements in the stories53 development pairs
(eval/labels/stories53.md); «الغد» and «غد» as Arabic dictionaries give them (Al-Maany).
"""

COMING_DAY_WORDS = ["الغد", "غد", "غدٍ", "الغدِ"]

# Words that open a clause inside a lead's sentence which is not the report's own act: a
# relative clause («… أسرة الشهيد، والذي استشهد يوم أمس»), a clause or phrase of what came
# before («بعد أن أغلق المؤشر جلسة الأحد …», «إثر …», «عقب …»). A day word after one of them,
# up to the clause's end, dates the background, not the report (round stories59). A leading
# «و» or «ف» is read off a word before it is looked up.
# Source: the relative pronouns and temporal subordinators of Arabic grammars (Al-Maany
# dictionary entries «الذي», «بعد», «إثر», «عقب», «قبل», «عندما», «حين»); the need from Saudi
# News Net's leads of the Asir emir's condolence calls (eval/labels/stories58.md).
SUBORDINATE_WORDS = [
    *("الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللواتي", "اللاتي"),
    *("اللائي", "بعد", "بعدما", "إثر", "اثر", "عقب", "قبل", "قبلما", "عندما", "حين", "حينما"),
]
# «بعد»/«قبل»/«عقب» before a part of the day or a prayer is the report's own time («بعد ظهر
# أمس», «عقب صلاة عصر اليوم»: Saudi leads time a funeral or a meeting by the prayer), not a
# clause of what came before. Source: the same dictionaries' «ظهر», «عصر», «صلاة».
DAY_PART_WORDS = [
    *("ظهر", "الظهر", "عصر", "العصر", "منتصف", "المغرب", "العشاء", "الفجر", "صلاة", "الصلاة"),
]
