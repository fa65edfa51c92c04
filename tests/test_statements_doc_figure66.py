"""Round claims66: a figure the other paper's document gives elsewhere, for something else.

`value_relation` takes two figures of one kind as two counts when the other statement's
document gives the first figure too («also_gives»): that paper then tells both figures, so
they are likely two things. Read only where the document's figure shares a word with the
figure's own: Al-Jazirah's «استضافت 18 أسرة» beside «تأمين سكن 13 أسرة في الفنادق» does not
make another paper's «استضافت 13 أسرة» a second count (claim_pairs_dev31 14, Khurais).
"""

from __future__ import annotations

from rasad.analysis.statements import relate, statement_in
from tests.test_statements import analysed, statement

HOSTED_13 = (
    "أنهت جمعية البر بالأحساء الإجراءات النظامية لمغادرة المصابين وذويهم بعد أن استضافت "
    "الجمعية 13 أسرة من المصابين وقدمت لهم كافة الخدمات."
)
HOSTED_18 = (
    "أنهت جمعية البر بالأحساء كافة الإجراءات النظامية لمغادرة مصابي الحادث وذويهم بعد أن "
    "استضافت الجمعية 18 أسرة من المصابين وقدمت لهم كافة الخدمات."
)
HOTEL_13 = "وتضمنت النتائج تأمين سكن 13 أسرة بالفنادق تضم رجالا ونساء وأطفالا."
ALSO_HOSTED_13 = "وكانت الجمعية قد استضافت في البداية 13 أسرة من المصابين."


def first_of(text: str, day: str, outlet: str):
    doc = analysed(text, "ar", day, outlet)
    return statement_in(doc, 0, text.index(".") + 1)


def test_the_same_figure_elsewhere_for_another_thing_leaves_the_figures_compared():
    a = statement(HOSTED_13, day="2015-08-01", outlet="Al-Riyadh")
    b = first_of(f"{HOSTED_18} {HOTEL_13}", "2015-08-01", "Al-Jazirah")
    rel = relate(a, b)
    assert rel.verdict == "contradict"  # was "unrelated": figures that may count two things
    assert (rel.value_a, rel.value_b) == ("13", "18")


def test_the_same_figure_elsewhere_for_the_same_thing_is_still_two_counts():
    a = statement(HOSTED_13, day="2015-08-01", outlet="Al-Riyadh")
    b = first_of(f"{HOSTED_18} {ALSO_HOSTED_13}", "2015-08-01", "Al-Jazirah")
    assert relate(a, b).verdict != "contradict"
