"""Persian quote speakers, session 47, fourth helper (issue 21 point 3). Short real sentences
from Fars News (quotes_dev47d.tsv articles and unlabelled Fars News)."""

from __future__ import annotations

from tests.support.quotes import found_quotes, speaker_of


def quotes(text: str) -> list[dict]:
    return found_quotes(text, "fa")


def test_as_an_outlet_writes_the_one_after_its_comma_speaks():
    """fars-13990516000089: «به نوشته خبرگزاری «آناتولی»، استاندار بیروت … گفت» — the agency
    reports the governor's words; the governor speaks (`REPORT_OPENERS` «به نوشته»)."""
    text = (
        "به گزارش گروه بین‌الملل خبرگزاری فارس، «مروان عبود» استاندار بیروت، شامگاه چهارشنبه، در"
        " گفت‌و‌گو با یک شبکه تلویزیونی گفت که خسارت ناشی از انفجار بیروت بین ۱۰ تا ۱۵ میلیارد"
        " دلار برآورد می‌شود.\nبه نوشته خبرگزاری «آناتولی»، استاندار بیروت در این خصوص گفت:"
        " «خسارت بسیار سنگین است. در برآوردهای ما خسارت‌های مستقیم و غیرمستقیم بیش از ده یا"
        " حتی پانزده میلیارد دلار است».\n"
    )
    assert speaker_of(text, "خسارت بسیار") != "آناتولی"
    assert (
        "عبود" in (speaker_of(text, "خسارت بسیار") or "")
        or speaker_of(text, "خسارت بسیار") == "استاندار بیروت"
    )


def test_an_indefinite_role_after_an_adverbial_is_a_new_speaker():
    """fars-8212230057: «در اين ميان يك مقام آمريكايي گفت كه …» after a diplomat's words —
    the official speaks, not whoever spoke last; «وي افزود» then goes on with him."""
    text = (
        "اين ديپلمات مدعي شد كه اين تاخير ممكن است نشانگر هراس از اين امر باشد كه بازرسان مدارك"
        " جديد اتهام برانگيزي بيابند.\nدر اين ميان يك مقام آمريكايي گفت كه مسكوت گذاشتن"
        " بازرسي‌ها به بخت‌هاي ايران لطمه خواهد زد.\nوي افزود: «اگر آنها چنين اقدامي كنند قطعا"
        " مجرم به نظر خواهند رسيد.»\n"
    )
    assert speaker_of(text, "مسكوت گذاشتن") == "يك مقام آمريكايي"
    assert speaker_of(text, "اگر آنها") == "يك مقام آمريكايي"


def test_an_unnamed_source_is_not_the_person_named_next():
    """fars-8811191835: «يك منبع پارلماني عراق … گفت: …» then «"علي اللامي" مدير … گفت» — the
    writer keeps the source unnamed; the next sentence's person is someone else."""
    text = (
        "يك منبع پارلماني عراق در اين زمينه گفت: هيئت تجديد نظر از تصميم سابق خود صرف نظر كرده"
        ' و كار رسيدگي به اين شكايات را آغاز كرده است.\n"علي اللامي" مدير هيئت بازخواست و'
        " عدالت نيز به خبرگزاري فرانسه گفت: تشكل‌هاي سياسي براي بيشتر نامزدها جايگزين تعيين"
        " كردند.\n"
    )
    assert speaker_of(text, "هيئت تجديد نظر") == "يك منبع پارلماني عراق"


def test_this_diplomat_is_the_one_a_diplomat_introduced():
    """fars-8212230057: «يك ديپلمات غربي … را … مضر خواند. اين ديپلمات كه خواست نامش فاش
    نشود، گفت» — «اين ديپلمات» is the unnamed diplomat, not the agency or country before."""
    text = (
        "حسيني در پاسخ به اين پرسش گفت مقامات مرتكب اشتباه ساده‌اي شدند.\nاين در حالي است كه"
        " يك ديپلمات غربي به تعويق افتادن بازرسي‌ها را براي هدف اعلام شده از سوي ايران، مضر"
        " خواند.\nاين ديپلمات كه خواست نامش فاش نشود، گفت: «اگر آنها چيزي براي مخفي كردن"
        " ندارند، اين اقدام بيشتر در تضاد با منافع آنها خواهد بود.»\n"
    )
    assert speaker_of(text, "اگر آنها") == "يك ديپلمات غربي"


def test_this_report_is_the_outlet_quoted_before():
    """fars-13930610000826: «به گزارش … فارس به نقل از بیزینس لاین، …» then «به نوشته این
    گزارش، X» — the paper; «وی افزود» after it is still the official who spoke before."""
    text = (
        "به گزارش گروه اقتصاد بین‌الملل فارس به نقل از بیزینس لاین، ایران نگران افزایش موجودی"
        " روپیه‌ای است.\nیک مقام دولتی هند در این‌باره گفت: صادرات کالاهای هندی به ایران 10"
        " درصد کاهش یافته است.\nبه نوشته این گزارش، یک هیئت از مقامات ارشد دولت ایران ماه آینده"
        " به این کشور سفر خواهند کرد.\nوی افزود: حوزه‌های بسیاری برای هند برای صادرات بیشتر"
        " محصولات کشاورزی به ایران وجود دارد.\n"
    )
    assert speaker_of(text, "یک هیئت از مقامات") == "بیزینس لاین"
    assert speaker_of(text, "حوزه‌های بسیاری") == "یک مقام دولتی هند"


def test_this_report_followed_by_a_speaker_is_an_opener():
    """fars-8310250050 (quotes_dev40.tsv): «اين گزارش حاكي است، وي افزود» — the report phrase
    opens the sentence and «وي» speaks; it is not the outlet of «به نقل از بلومبرگ»."""
    text = (
        "به گزارش خبرگزاري فارس و به نقل از بلومبرگ، «ماكسيم مدودكوف» نماينده تام الاختيار"
        " روسيه در مذاكرات تجاري ضمن اعلام اين مطلب گفت : فرصت بسيار مناسبي در اختيار ما قرار"
        " گرفته است.\nاين گزارش حاكي است، وي افزود : تا پايان تابستان سال جاري كليه مذاكرات"
        " انجام خواهد شد.\n"
    )
    assert speaker_of(text, "تا پايان تابستان") != "بلومبرگ"


def test_a_pronoun_after_narration_opening_with_a_name_is_that_person():
    """fars-13980624000710 (unlabelled): after an unnamed official's words, «جانسون سعی دارد
    … . او بارها تأکید کرده …» — «او» is Johnson, the one the narration is about."""
    text = (
        "به نوشته پایگاه «بلومبرگ»، یک مقام ارشد دولت جانسون روز یکشنبه اعلام کرد جانسون مصمم"
        " است طرحی قاطعانه برای توافق با بروکسل ارائه کند.\nجانسون سعی دارد به هر قیمتی که شده"
        " بروکسل را درخصوص توافق خروج از اتحادیه اروپا متقاعد کند. او بارها تأکید کرده با توافق"
        " یا بدون توافق، برگزیت را در تاریخ ۳۱ اکتبر اجرایی کند.\n"
    )
    assert speaker_of(text, "جانسون مصمم") == "یک مقام ارشد دولت جانسون"
    assert "جانسون" in (speaker_of(text, "با توافق") or "")
    assert speaker_of(text, "با توافق") != "یک مقام ارشد دولت جانسون"


def test_a_name_in_the_topic_of_this_agency_is_not_its_subject():
    """fars-8212230057: «اين خبرگزاري با اشاره به موضع ايران در مورد … نوشت» — Iran is what
    the agency writes about («با اشاره به …»), never the one who writes."""
    text = (
        '"پيروز حسيني" نماينده ايران در آژانس بين‌المللي انرژي اتمي به آسوشيتدپرس گفت كه'
        " بازرسي‌ها به دليل تعطيلات سال نو به تعويق مي‌افتد.\nاين خبرگزاري با اشاره به موضع"
        " ايران در مورد به تعويق افتادن بازرسي‌ها نوشت: «با اين حال ديپلماتهاي آشنا با اقدامات"
        " آژانس، اين اقدام ايران را يك مانع بالقوه توصيف كردند.\n"
    )
    assert speaker_of(text, "با اين حال") != "ايران"
