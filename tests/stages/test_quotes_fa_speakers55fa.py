"""Persian quote speakers, session 52 (quotes55fa, issue 21 point 3): kinds left across the
pooled Persian dev sets (eval/labels/quotes_misses54fa.md) — report sources named with no comma
after them, and «این» + an outlet or a document referring back to the outlet of its kind.
Short sentences written in the style of Fars News."""

from __future__ import annotations

import pytest

from tests.support.quotes import found_quotes, speaker_of


@pytest.mark.parametrize(
    "text, opening, speaker",
    [
        (
            "اتوبوس تیم فوتبال آلانیا اسپور در ترکیه واژگون شد.\nبنا به گزارش پلیس ترکیه"
            " بلافاصله بعد از این حادثه راننده به بیمارستان منتقل شد ولی جان خود را از دست"
            " داد.\n",
            "بلافاصله بعد از",
            "پلیس ترکیه",
        ),
        (
            "به گزارش خبرگزاری فارس به نقل از روابط عمومی سازمان فرهنگ و ارتباطات اسلامی این"
            " کتاب در 2000 نسخه چاپ شده است و به پژوهش در تاریخ قطر می‌پردازد.\n",
            "این کتاب",
            "روابط عمومی سازمان فرهنگ و ارتباطات اسلامی",
        ),
    ],
)
def test_report_source_with_no_comma(text, opening, speaker):
    """fars-13980209000262 (quotes_dev51fa), fars-8311040189 (quotes_dev53fa): the recognised
    name after «بنا به گزارش» / «به نقل از» ends the source and its clause is the quote."""
    assert speaker_of(text, opening) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # the name goes on after a preposition: no clause read after it
        "بنا به گزارش پلیس ترکیه در استانبول بلافاصله بعد از این حادثه راننده به بیمارستان"
        " منتقل شد.\n",
        # the sentence opens someone's words with a colon
        "به گزارش خبرگزاری فارس به نقل از روابط عمومی وزارت فرهنگ و ارشاد اسلامی متن پیام"
        " تسلیت وزیر فرهنگ بدین شرح می‌باشد:\nبا کمال تاسف درگذشت این شاعر را تسلیت"
        " می‌گوییم.\n",
    ],
)
def test_source_running_on_or_opening_words_makes_no_quote(text):
    """No quote of the source's own sentence when the name runs on or the sentence ends in a
    colon."""
    assert not [
        q
        for q in found_quotes(text, "fa")
        if q["speaker_text"] in {"پلیس ترکیه", "روابط عمومی وزارت فرهنگ و ارشاد اسلامی"}
        and ("بلافاصله" in q["text"] or "متن پیام" in q["text"])
    ]


def test_source_name_ending_in_an_ezafe_makes_no_quote():
    """A name the recogniser cut at an ezafe («اداره اخبار خارجی فضای» of «… فضای تبلیغی
    رادیوهای بیگانه …»; unlabelled Fars News, round quotes55fa) does not end the source."""
    text = (
        "به گزارش خبرگزاری فارس به نقل از اداره اخبار خارجی فضای تبلیغی رادیوهای بیگانه طی"
        " 24 ساعت گذشته تحت تاثیر انتخابات آمریکا قرار داشت.\n"
    )
    assert not [q for q in found_quotes(text, "fa") if "رادیوهای بیگانه" in q["text"]]


def test_this_weekly_is_the_weekly_named_before():
    """fars-8411050185 (quotes_dev49fb): «به نوشته این هفته‌نامه» is the weekly named before,
    not the daily of the last «به نوشته X،»."""
    text = (
        "روزنامه «دیلی تلگراف» در شماره امروز خود به نقل از هفته‌نامه «جینز دیفنس» نوشت که"
        " دستور تکمیل این ساختمانها صادر شده است.\n"
        "به نوشته دیلی تلگراف، بازرسان آژانس بین‌المللی انرژی اتمی در سال 2003 اعلام کردند"
        " ایران در حال ساخت این تاسیسات است.\n"
        "به نوشته این هفته‌نامه، دیگر تاسیسات مانند مرکز تبدیل اورانیوم اصفهان هنوز روی"
        " زمین قرار دارند.\n"
    )
    assert speaker_of(text, "دیگر تاسیسات") == "جینز دیفنس"


def test_this_report_is_the_outlet_that_wrote_it():
    """fars-8605200134 (quotes_dev45b): «در این گزارش آمده است:» after «پایگاه خبری "X" در
    گزارشی نوشت:» is X's."""
    text = (
        'پایگاه خبری "کانزاس‌سیتی استار" در گزارشی نوشت: «تهدید بوش در شرایطی مطرح می‌شود'
        " که کنگره با حمله مخالف است.»\n"
        "در این گزارش آمده است: «کسب مجوز کار ساده‌ای نخواهد بود چرا که مقامات ارشد"
        " آمریکایی اعتراف کرده‌اند.»\n"
    )
    assert speaker_of(text, "کسب مجوز") == "کانزاس‌سیتی استار"
