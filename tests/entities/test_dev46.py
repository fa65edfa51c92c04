"""Recognition fixed on entities_dev46 (session 46, Arabic people named after their roles), on
short real sentences of the SaudiNewsNet corpus."""

from __future__ import annotations

from tests.support.entities import arabic as names


def test_a_name_in_a_list_loses_the_conjunction_written_onto_it():
    text = (
        "أصدر الرئيس اليمني قرارًا بتعيين ثلاثة مستشارين رئاسيين، هم حيدر أبو بكر العطاس، "
        "وأحمد عبيد بن دغر، وعبد العزيز أحمد جباري، حسبما أفادت وكالة الأنباء اليمنية."
    )
    found = names(text)
    assert ("أحمد عبيد بن دغر", "PER") in found
    assert ("عبد العزيز أحمد جباري", "PER") in found
    text = "وضمت القائمة اللاعبين العابد الحازمي وناصر الحازمي وعيد العتيبي."
    found = names(text)
    assert ("ناصر الحازمي", "PER") in found and ("عيد العتيبي", "PER") in found


def test_a_name_that_begins_with_waw_keeps_it():
    found = names("وقال المتحدث باسم الشركة وليد الحسين إن العمل مستمر.")
    assert ("وليد الحسين", "PER") in found
    found = names("أكد وكيل وزارة المياه والكهرباء لشؤون الكهرباء أن المشاريع مستمرة.")
    assert not {t for t, k in found if k == "PER"} & {"كيل", "وكيل"}  # "deputy", a word


def test_the_given_name_ali_opens_the_name_it_is_written_before():
    text = (
        "بينما يمثل الدكتور بن دغر الجناح المنشق عن الرئيس السابق علي عبد الله صالح "
        "في حزب المؤتمر الشعبي العام، وقد حصل على دعم."
    )
    assert ("علي عبد الله صالح", "PER") in names(text)
    # where «علي» is the preposition too, nothing is grown over it
    text = "وقال إن الحكومة وافقت علي خالد الفيصل رئيسا للجنة."
    assert ("علي خالد الفيصل", "PER") not in names(text)
