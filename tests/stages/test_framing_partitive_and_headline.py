"""Framing targets the term's own phrase or the headline's body decides (issue 25 point 2, round
framing82): the noun a partitive «من» puts among the labelled group («خمسة مسلحين من العناصر
الإرهابية»), and the group of the body a headline's described group refers to («المتمردين
الأكراد» for the PKK). Short SaudiNewsNet sentences, each with its article."""

from __future__ import annotations

from tests.support.framing import term_written, title_terms


def test_the_gunmen_among_the_terrorist_elements_are_what_the_label_names():
    # snn-2015-08-03-00016 (framing_dev48): SPA from Islamabad, Waziristan
    text = (
        "لقي خمسة مسلحين من العناصر الإرهابية مصرعهم باشتباكات مع قوات الأمن الباكستانية اليوم "
        "في مقاطعة وزيرستان شمال غرب باكستان."
    )
    found = term_written(text, "ar", "الإرهابية")
    assert found["target"] == "مسلحين" and found["target_from"] == "partitive head"
    assert text[found["target_start"] : found["target_end"]] == "مسلحين"


def test_a_partitive_without_a_group_noun_before_it_names_nobody():
    # snn-2015-08-04-00664 (framing_dev47b): «أي من العناصر الإرهابية», anyone of them
    text = (
        "وذلك لمنع تسلل أي من العناصر الإرهابية أو المتطرفة إلى مدن القناة، وكذلك تسيير دوريات "
        "شرطية"
    )
    assert term_written(text, "ar", "الإرهابية").get("target_from") != "partitive head"


def test_a_headlines_kurdish_rebels_are_the_group_the_body_names():
    # snn-2015-08-02-00378 (framing_dev74ar): the Kurdistan Region's presidency and the PKK
    title = "كردستان تطالب المتمردين الأكراد بالخروج من أراضيها"
    text = (
        "طالبت رئاسة إقليم كردستان العراق من حزب العمال الكردستاني «إخراج قواعده» من أراضيها؛ "
        "لتفادي وقوع ضحايا مدنيين جراء الغارات التركية."
    )
    (found,) = [t for t in title_terms(title, text, "ar") if t["text"] == "المتمردين"]
    assert found["target"] == "PKK"


def test_a_headlines_described_group_stays_as_written_when_the_body_names_no_such_group():
    # the same headline over a body that names no Kurdish group
    title = "كردستان تطالب المتمردين الأكراد بالخروج من أراضيها"
    text = "طالبت رئاسة الإقليم بإبعاد ساحة الحرب لكي لا يصبح المواطنون ضحايا هذه الحرب."
    (found,) = [t for t in title_terms(title, text, "ar") if t["text"] == "المتمردين"]
    assert found["target"] == "المتمردين الأكراد"
