"""Persian quote speakers, session 48, third helper (issue 21 point 3): quotes48b's leftovers.
Short sentences in the style of Fars News (quotes_dev48b.tsv articles)."""

from __future__ import annotations

from tests.support.quotes import found_quotes, speaker_of


def quotes(text: str) -> list[dict]:
    return found_quotes(text, "fa")


def test_two_sides_with_a_plural_verb_are_no_single_speaker():
    """fars-13920710000949: «دو طرف در این جلسه … اعلام کردند که …» — two leaders speak
    together: no one of them, and not «دو طرف» as one person's name."""
    text = (
        "این دیدار پس از دیدار «مان موهان سینگ» نخست وزیر هند با «نواز شریف» همتای پاکستانی‌اش"
        " در نیویورک است.\nدو طرف در این جلسه با تأکید بر لزوم پایبندی 2 کشور به آتش‌بس مرزی،"
        " اعلام کردند که به ‌زودی جلسه‌ای برای رفع این تنش برگزار می‌شود.\n"
    )
    assert speaker_of(text, "به ‌زودی") is None


def test_this_research_centre_is_not_the_agency_quoted_before():
    """fars-8210060171: «به نقل از فرانس پرس، …» then «اين مركز تحقيقاتي در عين حال تاكيد
    كرد: …» — the research centre speaks, as written, not the agency that carried its words."""
    text = (
        "به گزارش خبرگزاري فارس به نقل از فرانس پرس، نتايج اين تحقيقات نشان مي‌دهد، توليد"
        " ناخالص داخلي چين از توليد ناخالص داخلي ژاپن فراتر خواهد رفت.\nاين مركز تحقيقاتي در"
        " عين حال تاكيد كرد: اقتصاد چين در سال 2050 اقتصاد برتر خواهد بود.\n"
    )
    assert speaker_of(text, "اقتصاد چين") == "اين مركز تحقيقاتي"


def test_a_possessive_pronoun_in_an_adverbial_leaves_the_last_speaker():
    """fars-13920626000374: «در ادامه نشست خبری وی در خصوص تغییرات در آینده بوریرام خبر داد و
    گفت: …» — «وی» is the coach's («his press conference»); he speaks, not the club."""
    text = (
        "به گزارش خبرگزاری فارس، پدرو خیمنتس گارسیا سرمربی جدید تیم فوتبال بوریرام در نشست خبری"
        " اظهار داشت: خیلی خوشحالیم که مقابل استقلال قرار می‌گیریم.\nبه گزارش فارس، در ادامه"
        " نشست خبری وی در خصوص تغییرات در آینده بوریرام خبر داد و گفت: فقط می‌توانم فکر کنم که"
        " در آینده تغییراتی خواهیم داشت.\n"
    )
    assert speaker_of(text, "فقط می‌توانم") == "پدرو خیمنتس گارسیا"


def test_an_unnamed_source_with_no_comma_after_its_marker_speaks():
    """fars-8404140233: «به اعتقاد منابع آگاه در چين مهمترين هدف … بوده است» — no comma closes
    the source: «منابع آگاه», then «در» and a place, speak the rest of the sentence."""
    text = (
        "به گزارش خبرگزاري فارس، رييس جمهور چين به مسكو سفر كرد.\nبه اعتقاد منابع آگاه در چين"
        " مهمترين هدف سفر رييس جمهور اين كشور به مسكو، گرفتن تضمين از مقامهاي روسي براي احداث"
        " خط لوله نفت مشترك بوده است.\n"
    )
    assert speaker_of(text, "مهمترين هدف") == "منابع آگاه در چين"
