"""Framing targets the term's own phrase decides (issue 25 point 2, round framing80): the object a
Persian deeming verb predicates a label of («X را تروریست … می‌دانند»), a martyrdom word's
qualifier that is a term with its own actor («شهدای مدافع حرم»), the group an Arabic act
adjective's possessive «ل» names («الممارسات العدوانية للمستوطنين»), and the genitive of a
classifying verbal noun («بتصنيف … كمنظمات إرهابية»). Short Fars News and SaudiNewsNet
sentences, each with its article."""

from __future__ import annotations

from tests.support.framing import term_written


def test_a_deeming_verbs_object_is_what_the_label_is_predicated_of():
    # fars-8305040254 (framing_dev80fa): the headline of a Turkish poll; the next object, «دولت
    # علاوي», is what the second predicate is said of
    text = "81 درصد از مردم تركيه، اسراييل را تروريست و دولت علاوي را غير مشروع مي\u200cدانند"
    assert term_written(text, "fa", "تروريست")["target"] == "Israel"


def test_an_object_marker_without_a_deeming_verb_decides_nothing():
    # the same headline cut before its verb: «را» alone is any object, not the one deemed
    text = "81 درصد از مردم تركيه، اسراييل را تروريست و دولت علاوي را غير مشروع"
    assert term_written(text, "fa", "تروريست")["target"] != "Israel"


def test_the_shrine_defenders_martyrs_are_the_shrine_defenders():
    # fars-13970712000281 (framing_dev80fa, framing_dev60): Ahmad Azin to Isfahan's students
    text = (
        "احمد آذین نیز در این اجتماع چند صدنفری با بیان این که اگر جان\u200cفشانی شهدا و به\u200cویژه "
        "شهدای مدافع حرم نبود امروز ایران امن\u200cترین کشور جهان نبود، اظهار داشت"
    )
    assert term_written(text, "fa", "شهدای")["target"] == "Iranian fighters in Syria"


def test_an_aggressive_practices_possessor_is_its_doer():
    # snn-2015-08-02-00778 (framing_dev48): al-Jubeir on the Duma arson
    text = (
        "وطالب الجبير المجتمع الدولي بالاضطلاع بمسؤولياته واتخاذ التدابير الضرورية اللازمة "
        "لحماية الفلسطينيين من الممارسات العدوانية للمستوطنين الإسرائيليين."
    )
    assert term_written(text, "ar", "العدوانية")["target"] == "Israeli settlers"


def test_the_group_classified_as_terrorist_is_the_classifying_nouns_genitive():
    # snn-2015-08-01-00427 (framing_dev78ar): Mahmoud Abbas after the Duma arson
    text = (
        "طالب الرئيس الفلسطيني محمود عباس مساء امس الجمعة المجتمع الدولي بتصنيف جماعات "
        "المستوطنين الإسرائيليين كمنظمات إرهابية."
    )
    assert term_written(text, "ar", "إرهابية")["target"] == "Israeli settlers"
