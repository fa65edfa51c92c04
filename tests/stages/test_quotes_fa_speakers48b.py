"""Persian quote speakers, session 48, second helper (issue 21 point 3). Short real sentences
from Fars News (quotes_dev48b.tsv articles)."""

from __future__ import annotations

from tests.support.quotes import found_quotes, speaker_of


def quotes(text: str) -> list[dict]:
    return found_quotes(text, "fa")


def test_officials_an_agency_quotes_speak_not_the_agency():
    """fars-8404140233: «شينهوا به نقل از مقامهاي عالي رتبه چيني افزود: …» — the officials
    speak (the plural «مقامهای», glued, is an unnamed source as «مقامات» is)."""
    text = (
        "به گزارش خبرگزاري فارس ، شينهوا به نقل از مقامهاي عالي رتبه چيني افزود : در اين سفر"
        " مقامهاي روسي از دادن هر گونه تضميني براي احداث خط لوله نفتي مشترك خودداري كردند .\n"
    )
    assert speaker_of(text, "در اين سفر") == "مقامهاي عالي رتبه چيني"


def test_a_digest_headline_is_no_part_of_the_lead_speaker():
    """fars-13960626000423: «مدیرکل هواشناسی ایلام: * آسمان ایلام بارانی می‌شود مدیرکل
    هواشناسی ایلام گفت: …» — the headline runs into the lead with no full stop; the lead's
    role speaks, not a fragment from the headline."""
    text = (
        "به گزارش خبرگزاری فارس از ایلام، مهم‌ترین رویدادهای استان ایلام طی 24 ساعت گذشته روی"
        " خروجی فارس قرارگرفت.\nمدیرکل هواشناسی ایلام: * آسمان ایلام بارانی می‌شود مدیرکل"
        " هواشناسی ایلام گفت: آسمان ایلام بارانی می‌شود.\n"
    )
    assert speaker_of(text, "آسمان ایلام") == "مدیرکل هواشناسی ایلام"


def test_a_shortened_role_is_the_person_introduced_with_its_longer_wording():
    """fars-13920626000374: «پدرو خیمنتس گارسیا سرمربی جدید تیم فوتبال بوریرام … اظهار داشت»
    then «سرمربی بوریرام افزود» — the same coach (the recogniser reads the short role as a
    name of its own)."""
    text = (
        "به گزارش خبرگزاری فارس، پدرو خیمنتس گارسیا سرمربی جدید تیم فوتبال بوریرام در نشست خبری"
        " پیش از دیدار مقابل استقلال اظهار داشت: خیلی خوشحالیم که می‌توانیم مقابل استقلال قرار"
        " بگیریم.\nوی افزود: می‌دانم که تیمم باید در این بازی گل بزند.\nسرمربی بوریرام افزود:"
        " تمام سعی و تلاش ما این است که بازی را کنترل کنیم.\n"
    )
    assert speaker_of(text, "تمام سعی") == "پدرو خیمنتس گارسیا"


def test_a_pronoun_after_a_narrated_role_is_that_role():
    """fars-13920710000949: «سخنگوی وزارت دفاع هند امروز در گفت‌وگو با خبرنگاران، از وقوع
    درگیری مرزی … خبر داد.» then «به گفته وی، …» and «این مقام هندی افزود» — the spokesman,
    not a leader the narration names only later."""
    text = (
        "به گزارش خبرنگار خبرگزاری فارس در اسلام‌آباد، هند بار دیگر پاکستان را به نقض آتش بس"
        " مرزی در منطقه کشمیر متهم کرد.\nسخنگوی وزارت دفاع هند امروز در گفت‌وگو با خبرنگاران،"
        " از وقوع درگیری مرزی در «خط کنترل» خبر داد.\nبه گفته وی، سربازان مرزی پاکستان به مواضع"
        " مرزی هند حمله کردند.\nاین مقام هندی افزود: پس از این حمله نیروهای مرزی هند نیز به آتش"
        " متقابل پرداختند.\nاین حادثه، اولین درگیری مرزی پس از دیدار «مان موهان سینگ» نخست وزیر"
        " هند با «نواز شریف» همتای پاکستانی‌اش است.\n"
    )
    assert speaker_of(text, "سربازان مرزی") == "سخنگوی وزارت دفاع هند"
    assert speaker_of(text, "پس از این حمله") == "سخنگوی وزارت دفاع هند"


def test_the_reflexive_after_a_surname_is_no_part_of_the_speaker():
    """fars-8301290124: «مقدمي خود تصريح كرد» ("Moghaddami himself stated") — the speaker is
    «مقدمي», not «مقدمي خود»."""
    text = (
        "به گزارش خبرگزاري فارس، معاون فني كشتيراني جمهوري اسلامي ايران در مراسم تحويل گيري"
        " كشتي گفت: در اينجا لازم است از كليه كاركنان تشكر كنم.\nمقدمي خود تصريح كرد: اين"
        " كشتيها در بخش تجارت كالاي اروپا مورد استفاده قرار مي گيرد.\n"
    )
    assert speaker_of(text, "اين كشتيها") == "مقدمي"


def test_a_role_glued_to_its_complement_is_the_last_speaker():
    """fars-8906071330: «مديرفرودگاه اراك ادامه داد» after «محمد‌حسن مرتضوي … اظهار داشت» —
    the airport's director, written with no space, is the man who spoke."""
    text = (
        "محمد‌حسن مرتضوي امروز در گفت‌وگو با خبرنگار فارس در اراك اظهار داشت: پروازهاي فرودگاه"
        " اراك از عيد فطر به بعد مجددا انجام مي‌شود.\nمديرفرودگاه اراك ادامه داد: به دنبال"
        " برقراري ارتباط بيشتر با آژانس‌هاي سطح شهر هستيم.\n"
    )
    found = [q for q in quotes(text) if q["text"].startswith("به دنبال")]
    assert found and found[0]["speaker"] == quotes(text)[0]["speaker"]


def test_in_the_opinion_of_names_its_source():
    """«به اعتقاد X، Y» ("in X's opinion"), as «به گفته X، Y» (fars-8404140233's «به اعتقاد
    منابع آگاه در چين»)."""
    text = (
        "علی احمدی گفت: این طرح مهم است.\nبه اعتقاد کارشناسان، قیمت نفت در سال آینده کاهش"
        " خواهد یافت.\n"
    )
    assert speaker_of(text, "قیمت نفت") == "کارشناسان"


def test_a_newspaper_that_writes_in_the_present_speaks():
    """fars-13970821000958: «نیویورک تایمز می‌نویسد: «…»» — the paper's words, a cue in the
    present tense as «می‌گوید» is."""
    text = (
        "بنا بر این گزارش، یافته‌های جدید درباره پایگاه‌های نظامی کره شمالی ناشی از تصاویر"
        " ماهواره‌ای تازه‌ است.\nنیویورک تایمز می‌نویسد: «تصاویر ماهواره‌ای نشان می‌دهد که کره"
        " شمالی مشغول به یک فریبکاری بزرگ بوده است».\n"
    )
    assert speaker_of(text, "تصاویر ماهواره") == "نیویورک تایمز"


def test_this_report_speaks_for_the_office_the_byline_names():
    """fars-8210150064: «به گزارش روابط عمومي اداره كل تعاون استان تهران، …» then «اين گزارش
    حاكي است كه …» — the office's report, not the official who spoke last."""
    text = (
        "به گزارش روابط عمومي اداره كل تعاون استان تهران، هوشمند صفاتي در بازديد از ستاد گفت:"
        " بناهاي غيراستاندارد تعاونيهاي مسكن از دريافت تسهيلات محروم مي‌شوند.\nوي افزود: اداره"
        " كل تعاون كيفيت ساخت و ساز را بررسي مي‌كند.\nاين گزارش‌ حاكي است كه در استان تهران هم"
        " اكنون 3000 تعاوني مسكن مشغول ساخت و ساز هستند.\n"
    )
    assert speaker_of(text, "در استان تهران") == "روابط عمومي اداره كل تعاون استان تهران"


def test_this_report_of_the_outlets_own_desk_is_no_one():
    """«به گزارش خبرنگار فارس، …» then «این گزارش حاکی است که …»: the article's own report —
    no speaker rather than the official who spoke last."""
    text = (
        "به گزارش خبرنگار فارس، علی احمدی در نشست خبری گفت: این طرح تا پایان سال اجرا می‌شود.\n"
        "این گزارش حاکی است که این طرح 200 میلیارد ریال اعتبار دارد.\n"
    )
    found = [q for q in quotes(text) if q["text"].startswith("این طرح 200")]
    assert not found or found[0]["speaker_text"] is None


def test_a_report_finding_that_opens_someone_elses_speech_is_no_quote():
    """fars-8910240082: «اين گزارش حاكي است: خانم دانيالي … گفت : …» — an opener; the deputy
    speaks, not the report; «این گزارش حاکی است، …» (a comma) is narration."""
    text = (
        "به گزارش خبرگزاري فارس، مراسم امروز برگزار شد.\nاين گزارش حاكي است: خانم دانيالي معاون"
        " صنايع‌دستي نيز در اين مراسم گفت : محور اصلي فعاليت دولت تامين امكانات لازم است .\n"
        "این گزارش حاکی است، در پایان مراسم نیز احکام و هدایای تیم‌های برتر اهدا شد.\n"
    )
    assert speaker_of(text, "محور اصلي") == "خانم دانيالي" or "دانيالي" in speaker_of(
        text, "محور اصلي"
    )
    assert not [q for q in quotes(text) if q["text"].startswith("در پایان مراسم")]


def test_a_report_speaks_for_its_issuer():
    """fars-8210150168: «گزارش پايگاه اطلاع رساني وزارت كشور حاكي است: …» — the ministry's
    site, not «گزارش …» as written."""
    text = (
        "به گزارش خبرگزاري فارس، وزير كشور گفت: بايد مراحل اسكان موقت را در پيش بگيريم.\nگزارش"
        " پايگاه اطلاع رساني وزارت كشور حاكي است: استانداران حاضر در همايش بم به تسريع در اسكان"
        " موقت تاكيد نمودند.\n"
    )
    assert speaker_of(text, "استانداران") == "پايگاه اطلاع رساني وزارت كشور"


def test_this_agency_is_never_the_person_who_spoke_last():
    """fars-8212230057: «پيروز حسيني … به آسوشيتدپرس گفت» then «اين خبرگزاري … نوشت» — the
    agency (which the recogniser misses) is not Hosseini: no speaker rather than a wrong one."""
    text = (
        "پيروز حسيني نماينده ايران در آژانس بين‌المللي انرژي اتمي به آسوشيتدپرس گفت كه بازرسي‌ها"
        " به دليل تعطيلات به تعويق مي‌افتد.\nاين خبرگزاري در ادامه نوشت: «با اين حال ديپلماتهاي"
        " آشنا با اقدامات آژانس اين توضيح را نپذيرفتند.»\n"
    )
    assert speaker_of(text, "با اين حال") != "پيروز حسيني"


def test_a_latin_surname_after_a_persian_title_is_the_full_name():
    """ntrex-fa-dailymail.co.uk.298759: «Charles Czeisler، استاد … گفت» then «پروفسور Czeisler
    افزود» — Charles Czeisler, not «پروفسور Czeisler» as written."""
    text = (
        "Charles Czeisler، استاد پزشکی خواب در دانشگاه هاروارد، گفت: «دانشجویان باید بیشتر"
        " بخوابند.»\nپروفسور Czeisler افزود: «ما بر این باوریم که آنها حق دارند بدانند.»\n"
    )
    assert speaker_of(text, "ما بر این باوریم") == "Charles Czeisler"
