"""Framing targets of round framing78 (issue 25 point 2): a resistance claimed as a pretext is
its doer's («بحجة مقاومة إسرائيل»), a group after a pretext marker is the claimed cause, not the
target, an Arabic indefinite accusative term's nisba adjective names its doer («عدوانا
أميركيا»), the other side of "between A and B" and a neighbour in a page's keyword list are not
the target. Short excerpts of SaudiNewsNet sentences, each with its article."""

from __future__ import annotations

from tests.support.framing import term_written

# snn-2015-08-03-01028 (framing_dev): an opinion column on terror groups in the Gulf
PRETEXT = (
    "بل إن القضية الفلسطينية منذ أن نشأت وهي مغذية لأعمال العنف التي تعمل لمصالح حزبية "
    "وسياسية وإقليمية وحتى طائفية تحت عنوان تحرير فلسطين، بل إن إيران نفسها تمكنت من زرع "
    "الفتن والشقاق في المجتمع اللبناني وتدمير التعايش التاريخي في هذا البلد المسالم، بحجة "
    "مقاومة إسرائيل التي أصبحت شعاراً توظفه طهران لخدمة حروبها الطائفية وعنصريتها القومية."
)


def test_a_resistance_claimed_as_a_pretext_is_its_doers():
    found = term_written(PRETEXT, "ar", "مقاومة")
    assert found["target"] == "Iran" and found["target_from"] == "pretext"
    assert PRETEXT[found["target_start"] : found["target_end"]] == "إيران"


def test_a_group_after_a_pretext_marker_is_the_claimed_cause_not_the_target():
    # the same column, a sentence earlier
    text = (
        "إضافة إلى أنه يتعين على المجتمع الدولي أن يجد حلاً عادلاً للقضية الفلسطينية التي "
        "بدورها توفر عنواناً لتشريع العنف ونمو المنظمات الإرهابية بحجة الدفاع عن حقوق "
        "الفلسطينيين المسلوبة وأرض المقدسات الأسيرة."
    )
    assert term_written(text, "ar", "الإرهابية")["target"] != "Palestinians"


def test_a_pretext_with_two_actors_in_its_clause_is_left_unanswered():
    # the same sentence with a second state in the clause: no one actor, no answer
    text = PRETEXT.replace("بل إن إيران نفسها تمكنت", "بل إن إيران وتركيا تمكنتا")
    found = term_written(text, "ar", "مقاومة")
    assert found["target"] is None


def test_an_accusative_nisba_names_the_aggressor():
    # snn-2015-08-03-00158 (framing_dev42): Abdul Rahman al-Hajj on al-Nusra and Division 30
    text = (
        "وقال عبد الرحمن الحاج، الباحث في شؤون الجماعات المتشددة، إن «(النصرة) بتقييمها لحالة "
        "الفرقة 30، صنفتها عدوانا أميركيا يستهدف (النصرة) داخل سوريا»."
    )
    found = term_written(text, "ar", "عدوانا")
    assert found["target"] == "United States"
    assert text[found["target_start"] : found["target_end"]] == "أميركيا"


# snn-2015-08-02-00033 (framing_dev78ar): child soldiers in the Houthis' ranks
CHILDREN = (
    "تداول ناشطون يمنيون في مواقع التواصل عقب انتهاء المعارك بين المقاومة وميليشيات الحوثي "
    "صورًا لأطفال اتخذ منهم الحوثي جنودًا وتم قتلهم في “لحج – صبر”."
)


def test_the_other_side_of_between_is_not_the_target():
    assert term_written(CHILDREN, "ar", "المقاومة")["target"] is None
    assert term_written(CHILDREN, "ar", "وميليشيات")["target"] == "Houthis"


def test_a_name_beside_a_term_in_a_keyword_list_is_another_keyword():
    # the same article's last sentence and its tags
    text = (
        "من جهة أخرى، تعاطف عدد كبير من أبناء الجنوب اليمني مع أسر هؤلاء الأطفال الذين لا ذنب "
        "لهم إلا أنهم وقعوا تحت سيطرة الحوثي والمخلوع صالح. سمات أطفال الجنوبيون الحوثيون المقاومة"
    )
    assert term_written(text, "ar", "المقاومة")["target"] != "Houthis"
