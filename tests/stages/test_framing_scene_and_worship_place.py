"""Framing targets the term's own sentence rules out (issue 25 point 2, round framing84): the
country where the attacks happened («تركيا شهدت أربع عمليات إرهابية») and the name of the mosque
that was bombed («التفجير الإرهابي بمسجد الإمام الصادق») are not whom the label is applied to.
Short SaudiNewsNet sentences, each with its article."""

from __future__ import annotations

from tests.support.framing import term_written


def test_the_country_that_saw_terrorist_attacks_is_no_target():
    # snn-2015-08-01-00062 (framing_dev82ar): a column on Erdogan's war on ISIS
    text = (
        "الذي طالما حظي منه بالتغاضي وأحيانا بالرعاية، فمن المعروف أن تركيا شهدت أربع عمليات "
        "إرهابية في السابق ولم يتحرك إردوغان، لكن الوقائع تغيّرت"
    )
    assert term_written(text, "ar", "إرهابية").get("target") is None


def test_a_sponsor_word_of_the_same_clause_still_keeps_the_state():
    # the development sets' sponsor reading («دعم إيران للإرهاب» → Iran) is unchanged
    text = "وأكد الوزير أن دعم إيران للإرهاب في المنطقة لم يعد خافيا على أحد."
    assert term_written(text, "ar", "للإرهاب").get("target") == "Iran"


def test_the_bombed_mosques_name_is_no_target():
    # snn-2015-08-04-00983 (framing_dev82ar): the Kuwaiti prosecution's Imam Sadiq case
    text = (
        "وقالت النيابة آنذاك إنها فرغت من التحقيق والتصرف في الجناية (رقم 40 لسنة 2015 حصر أمن "
        "دولة المحررة عن حادث التفجير الإرهابي بمسجد الإمام الصادق) ووجهت الاتهام فيها إلى هؤلاء"
    )
    assert term_written(text, "ar", "الإرهابي").get("target") is None
