"""Persian quote speakers of round speakers76fa (issue 21 point 3, quotes_dev76fa.md): a
statement or an unnamed source is not a bystander it mentions, a surname right after a title
holds the role after it, and a name the article spaces two ways is one speaker. Short real
sentences from Fars News (quotes_dev76fa.tsv articles)."""

from __future__ import annotations

from tests.support.quotes import found_quotes, speaker_of


def quotes(text: str) -> list[dict]:
    return found_quotes(text, "fa")


# fars-8311210180, shortened: the first quote has no speaker the stage finds; «فرج كبوتران»
# (read as a person) is inside its words
STATEMENT = (
    "به گزارش خبرگزاري فارس به نقل از انجمن سينماي انقلاب و دفاع مقدس،با صدور بيانيه‌اي به"
    " مناسبت 22 بهمن تصريح كرده است: وقتي سيل دل‌هاي عاشق بساط سنگ‌هاي مسير رودخانه انقلاب را در"
    " هم كوبيد، فرج كبوتران به آسمان، شهادت پرواز كردند و بهار طراوت خود را به مشام تشنگان عدالت"
    " رسانيد .\nاين بيانيه مي‌افزايد: عزيزان هنرمند، امروز حضور در عرصه و حمايت از انقلاب به"
    " مراتب مهم‌تر از گذشته است.\n"
)


def test_a_statement_is_not_a_name_inside_an_earlier_quote():
    """«اين بيانيه مي‌افزايد» after a quote naming «فرج كبوتران»: the statement as written,
    never the name in its words."""
    assert speaker_of(STATEMENT, "عزيزان هنرمند") == "اين بيانيه"


def test_sources_are_not_the_person_named_in_their_report():
    """fars-8404140337, shortened: «به گفته اين منابع،» after a sentence naming «ولاديمير
    شاموف» (the ambassador the sources speak of): the sources as written."""
    text = (
        'به گزارش خبرگزاري فرانسه از بغداد اين منابع تاكيد كردند "ولاديمير شاموف" هنگام اين'
        " حادثه در خودرو حضور نداشت.\nبه گفته اين منابع، اثر سي گلوله روي اين خودرو ديده"
        " مي‌شود.\n"
    )
    assert speaker_of(text, "اثر سي گلوله") == "اين منابع"


def test_a_statement_in_a_persons_name_goes_on_as_that_person():
    """A person who gave a quote from his statement keeps the next one: «اين بيانيه
    مي‌افزايد» after «علی احمدی در بیانیه‌ای گفت» (fars-8310250057's wording, with a
    speaker named)."""
    text = (
        "به گزارش خبرگزاري فارس، علی احمدی در بیانیه‌ای گفت: اين روز مصادف با روزي است كه"
        " يكي از بزرگترين سنگرهاي اسلام سپرده شد.\nاين بيانيه در ادامه مي‌افزايد: ستاد برگزاري"
        " نماز جمعه تهران آمادگي كامل خود را اعلام مي‌دارد.\n"
    )
    assert speaker_of(text, "ستاد برگزاري") == "علی احمدی"


def test_a_surname_after_a_title_holds_the_role_after_it():
    """fars-13990405000417: «حجت‌الاسلام قمی رئیس سازمان تبلیغات اسلامی … گفت» — «قمی»
    speaks (a lone surname, also «of Qom», but right after the title), not the role run on
    to it, and «وی» goes on as him."""
    text = (
        "به گزارش خبرنگار تشکل‌های دانشگاهی خبرگزاری فارس، حجت‌الاسلام قمی رئیس سازمان تبلیغات"
        " اسلامی در حاشیه نشست فرماندهان نواحی استانی بسیج دانشجویی در جمع خبرنگاران گفت: بسیج"
        " دانشجویی را اگر کسی جدی گرفته باشد امکان تحقق آن وجود دارد.\nوی گفت: بسیج دانشجویی با"
        " کارهای کلی به مقاصد خود نخواهد رسید.\n"
    )
    assert speaker_of(text, "بسیج دانشجویی را") == "قمی"
    assert speaker_of(text, "بسیج دانشجویی با") == "قمی"


def test_a_name_spaced_two_ways_is_one_speaker():
    """fars-13911121001199: «علی بند علیان» in the lead, «علی بندعلیان افزود» and «وی تأکید
    کرد» later — one person, as first written."""
    text = (
        "به گزارش خبرگزاری فارس از فرون‌آباد، علی بند علیان امروز در گفت‌و‌گو با خبرنگاران توسعه"
        " فضاهای سبز را در شهر فرون آباد مهم برشمرد و گفت: توسعه فضاهای سبز در این شهر بیش از"
        " گذشته مورد توجه قرار گرفته است.\nعلی بندعلیان افزود: فضاهای سبز موجود در شهر فرون آباد"
        " هم‌اکنون پاسخگوی نیاز شهروندان نیست.\nوی تأکید کرد: اگر شهروندان به درستی از اینگونه"
        " فضاها استفاده نکنند، جایگزین کردن آنها کار دشواری است.\n"
    )
    found = quotes(text)
    assert {q["speaker_text"] for q in found} == {"علی بند علیان"}
    assert len({q["speaker"] for q in found}) == 1


def test_a_bare_role_is_not_the_holder_of_another_countrys():
    """fars-8306080186 (quotes_dev74fa), shortened: «رئيس جمهور … گفت» in an Iranian outlet
    after Khatami spoke; «آقاي چاوز رئيس جمهور كشورش» later names Venezuela's president, whose
    role is «his country's», not the bare one."""
    text = (
        "به گزارش خبرگزاري فارس به نقل از دفتر رسانه‌هاي رياست جمهوري، سيد محمد خاتمي در اين"
        " ديدار برگزاري همه پرسي در ونزوئلا را نشانه استقلال دانست.\nخاتمي با بيان اين كه ملت"
        " ونزوئلا مي خواهد بر سرنوشت خويش حاكم باشد، اظهار اميدواري كرد آقاي چاوز با اين پيروزي"
        " تلاش بيشتري براي خدمت به ملت خود بكار بندد.\nرئيس جمهور سياست اصولي كاراكاس در زمينه"
        " تحكيم روابط كشورهاي عضو اوپك را خاطرنشان ساخت و گفت: درحال حاضر مناسبات اعضا اوپك از"
        " هميشه مستحكم تر است.\nخسوس پرز نيز در اين ديدار با ابلاغ سلام گرم آقاي چاوز رئيس جمهور"
        " كشورش به محمد خاتمي، سفر مقامات ونزوئلايي به ايران را نشانه اراده ونزوئلا دانست.\n"
    )
    assert speaker_of(text, "درحال حاضر") in {"سيد محمد خاتمي", "خاتمي"}


def test_a_dotted_initialism_ends_no_clause():
    """fars-8603140088 (quotes_dev70fa): «… در گفت‌وگو با ايستگاه راديويي "آر.ان.‌اي" با اعلام
    اين خبر، گفت» — the stops join the letters of the station's name, so the minister named
    before it speaks, not «اي» or the station."""
    text = (
        "به گزارش خبرگزاري فارس، «ميگل آنخل موراتينوس» وزير امور خارجه اسپانيا در گفت‌وگو با"
        ' ايستگاه راديويي "آر.ان.‌اي" با اعلام اين خبر، گفت: دولت اسپانيا، موضع خود را به اطلاع'
        " سفير ايران رساند.\n"
    )
    assert speaker_of(text, "دولت اسپانيا") == "ميگل آنخل موراتينوس"


def test_an_outlet_written_as_an_initialism_is_whole():
    """fars-14000316000080 (quotes_dev76fa), shortened: «آ.اس اسپانیا … عنوان کرد که …» —
    the Spanish paper AS, not «اس اسپانیا»."""
    text = (
        "به گزارش خبرگزاری فارس، آ.اس اسپانیا در چاپ امروز خود به امکان خرید هالند پرداخت و عنوان"
        " کرد که قیمت نگران کننده دورتموند باعث شده تا کسی به سمت خرید این بازیکن نرود.\n"
    )
    assert speaker_of(text, "قیمت نگران").startswith("آ.اس")


def test_a_title_and_surname_alone_is_the_full_name_given_before():
    """fars-13961127000497 (unlabelled Fars News), its first paragraph and the opening of its
    fourth: «آیت‌الله رکنی تصریح کرد» after «آیت‌الله سید محمدجوادرکنی … اظهار کرد» — no role
    after the surname: the person as first named, not «رکنی» alone."""
    text = (
        "به گزارش خبرگزاری فارس از بندرلنگه، آیت‌الله سید محمدجوادرکنی ظهر امروز در خطبه‌های این "
        "هفته نماز جمعه، اظهار کرد: نهیب ملت ایران دشمنان این کشور را به‌ عقب راند و معادلات غلط "
        "آن‌ها را نیز بهم ریخت، مسؤولان قدر این پدیده بی‌نظیر را بدانند و با استقامت و روحیه "
        "انقلابی و عمل جهادی به ملت عزیز خدمت و از آرمان‌های انقلاب دفاع کنند.\nآیت‌الله رکنی "
        "تصریح کرد: خواسته‌های مردم مشخص است.\n"
    )
    assert speaker_of(text, "خواسته‌های مردم") == "سید محمدجوادرکنی"


def test_this_website_is_the_outlet_that_wrote_before():
    """fars-8307120185 (quotes_dev76fa), shortened: «ايلاف نوشت: «…»» then «به نوشته اين
    پايگاه اينترنتي، …» and «اين پايگاه خبري نوشت: «…»» — the website that wrote, Elaph."""
    text = (
        'ايلاف نوشت: «كارشناسان پيش‌بيني مي‌كنند الجزاير نقش "واسطه" را در نزديك كردن'
        " ديدگاه‌هاي تهران و دولت آمريكا ايفا كند.»\nبه نوشته اين پايگاه اينترنتي، دولت ايران نقش"
        " برجسته‌اي را در مبارزه با تروريسم پس از حوادث 11 سپتامبر داشته است.\nاين پايگاه خبري"
        " نوشت: «اوضاع خاورميانه و تحولات عراق از ديگر محورهاي گفت‌وگوهاي روساي جمهوري دو كشور"
        " خواهد بود.»\n"
    )
    assert speaker_of(text, "دولت ايران") == "ايلاف"
    assert speaker_of(text, "اوضاع خاورميانه") == "ايلاف"
