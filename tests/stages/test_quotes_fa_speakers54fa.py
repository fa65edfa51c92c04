"""Persian quote speakers, session 52 (quotes54fa, issue 21 point 3): kinds left across the
pooled Persian dev sets (eval/labels/quotes_misses54fa.md) — promises, threats and accusations
with their words, «خبر داد» glued as Fars writes it behind an agency byline, claims of many with
a comma for «که», and a newly introduced role after an outlet the recogniser took for a person.
Short sentences written in the style of Fars News."""

from __future__ import annotations

import pytest

from tests.support.quotes import found_quotes, speaker_of


@pytest.mark.parametrize(
    "text, opening, speaker",
    [
        (
            "بلومبرگ گزارش داد: براساس آمارها حدود 30 هزار نفر طی ماه گذشته بیکار شده اند.\n"
            "رئیس کل بانک مرکزی آمریکا روز گذشته وعده داد: طی نیمه دوم سال جاری رشد اقتصادی"
            " آمریکا افزایش خواهد یافت.\n",
            "طی نیمه دوم",
            "رئیس کل بانک مرکزی آمریکا",
        ),
        (
            "روابط دو کشور پس از انفجارها متشنج شد.\nمسئولان عراقی، دمشق را متهم کردند که"
            " رهبران بعثی را در خاک خود پناه داده است.\n",
            "رهبران بعثی",
            "مسئولان عراقی",
        ),
        (
            "به گزارش خبرگزاری رویتر از پاکستان، منابع پلیس و ساکنان محلی خبردادند که این"
            " هواپیما پس از انجام ماموریت خود سقوط کرد.\n",
            "این هواپیما",
            "منابع پلیس و ساکنان محلی",
        ),
        (
            "این ماشین آلات در بیمارستان‌های بیشتری به کار می‌روند.\nتولید کنندگان این ربات"
            " ادعا می‌کنند، این دستگاه‌ها قادر به از بین بردن ۹۹ درصد باکتری‌ها هستند.\n",
            "این دستگاه‌ها",
            "تولید کنندگان این ربات",
        ),
    ],
)
def test_speech_verbs_of_round_54fa(text, opening, speaker):
    """fars-8203160020, fars-8912230016 (quotes_dev49fa), fars-8307120201 (quotes_dev50fa),
    fars-13990431000911 (quotes_dev51fa): the words are found and given to their subject."""
    assert speaker_of(text, opening) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # an object, no words said
        "فرمانده پلیس شهر را تهدید کرد و نیروهای بیشتری به منطقه فرستاده شدند.\n",
        # news of a thing: «از» in the verb's own clause
        "منابع خبری از وقوع یک انفجار مهیب در بندر خبردادند که طبق آمار ده نفر کشته شدند.\n",
    ],
)
def test_threats_and_news_without_words_are_no_quotes(text):
    """«X را تهدید کرد و …» and «از X خبردادند که …» quote no one."""
    assert not [q for q in found_quotes(text, "fa") if q["speaker_text"]]


def test_role_after_reporting_outlet_is_not_the_outlet():
    """fars-8203160020 (quotes_dev49fa): «بلومبرگ گزارش داد» makes Bloomberg an outlet even
    when the recogniser took it for a person; a president's role speaking next is not it."""
    text = (
        "بلومبرگ گزارش داد: براساس آمارها حدود 30 هزار نفر طی ماه گذشته بیکار شده اند.\n"
        "رئیس کل بانک مرکزی آمریکا روز گذشته گفت: طی نیمه دوم سال جاری رشد اقتصادی آمریکا"
        " افزایش خواهد یافت.\n"
    )
    assert speaker_of(text, "طی نیمه دوم") == "رئیس کل بانک مرکزی آمریکا"
