"""Arabic ordinal words of the units, in both genders: the dates stage reads the masculine ones
in a day of the month («الثالث من», «الحادي والعشرين»), the numbers stage both before a
definite ten («التاسعة والعشرين»), and the clock hours are the feminine ones («الثالثة عصرا»).

Written by hand from general knowledge of Modern Standard Arabic; one list since review51 (the
date, number and time word lists wrote it four times).
"""

ARABIC_ORDINAL_UNITS = {
    "الحادي": 1,
    "الثاني": 2,
    "الثالث": 3,
    "الرابع": 4,
    "الخامس": 5,
    "السادس": 6,
    "السابع": 7,
    "الثامن": 8,
    "التاسع": 9,
}
ARABIC_ORDINAL_UNITS_FEMININE = {
    "الحادية": 1,
    "الثانية": 2,
    "الثالثة": 3,
    "الرابعة": 4,
    "الخامسة": 5,
    "السادسة": 6,
    "السابعة": 7,
    "الثامنة": 8,
    "التاسعة": 9,
}
