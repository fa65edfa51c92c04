"""Words that make the weekday after them a coming day in a report's lead («صباح الغد الأحد»,
«مساء يوم غدٍ الثلاثاء»): the dates stage reads the weekday alone, and a report announcing a
coming day reports no day yet (cluster/series58.py).

Source: round stories53's table (branch `stories53`, `rasad/lang/series_words.py`), from the
leads of Saudi News Net announcements in the stories53 development pairs
(eval/labels/stories53.md); «الغد» and «غد» as Arabic dictionaries give them (Al-Maany).
"""

COMING_DAY_WORDS_58 = ["الغد", "غد", "غدٍ", "الغدِ"]
