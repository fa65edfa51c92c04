"""Persian people fixed on entities_dev46fa (session 46), on short real sentences of the Fars News
and ntrex corpora: the words opening a clause before an interview phrase or before a speaker's
role are a person's name (also when made of common words after a listed given name), titles are
outside the name, a quoted name after a title or before a role is a person,
and a given name the tagger found alone grows to the family name next to it."""

from __future__ import annotations

from rasad.stages.entities import find_entities


def persian(text: str) -> set[tuple[str, str]]:
    return {(m["text"], m["type"]) for m in find_entities(text, "fa")}


def test_the_subject_before_an_interview_phrase_is_a_person():
    text = (
        "به گزارش خبرگزاري فارس از ساري، رمضان شجاعي، امروز در نشست مطبوعاتي با خبرنگاران گفت: "
        "در حال حاضر برنامه‌هاي شبكه مازندران بالغ بر 80 درصد، پوشش رسانه‌اي دارد."
    )
    assert ("رمضان شجاعي", "PER") in persian(text)  # Ramadan, courage: both common words
    text = (
        "چاد همل در مصاحبه با KSWB-TV در سن دیگو اظهار داشت که صبح روز شنبه با دوستانش غواصی می‌کرد."
    )
    found = persian(text)
    assert ("چاد همل", "PER") in found and ("چاد", "GPE") not in found  # not Chad


def test_time_words_before_an_interview_phrase_are_no_part_of_the_name():
    text = (
        "محمدعلی دهقان لحظاتی قبل در گفت‌وگو با خبرنگار فارس در دشتستان با تایید خبر کشته شدن دو "
        "راکب موتورسیکلت در دشتستان اظهار داشت: هر دو راکب جان خود را از دست دادند."
    )
    found = persian(text)
    assert ("محمدعلی دهقان", "PER") in found
    assert not any("لحظاتی" in name for name, _ in found)
    text = (
        "به گزارش خبرگزاري فارس از اهواز، عيسي دارايي پيش از ظهر امروز در جمع خبرنگاران "
        "اظهارداشت: اين تعداد سلاح جنگي كشف شد."
    )
    assert not any("پيش" in name for name, _ in persian(text))


def test_a_name_opening_a_clause_before_a_role_and_a_speech_verb_is_a_person():
    text = (
        "به گزارش خبرنگار شهری خبرگزاری فارس،  حجت نظری عضو شورای شهر تهران در تذکری در زمینه "
        "موضوع پسماند، اظهار داشت: از شهروندان تقاضا داریم از ظروف پلاستیکی استفاده نکنند."
    )
    assert ("حجت نظری", "PER") in persian(text)  # proof, theoretical: both common words


def test_a_name_after_a_title_is_a_person_without_the_title():
    found = persian("کارآگاه باب بلمینگ گفت آسیب به دربها و خود ساختمان وارد شده است.")
    assert ("باب بلمینگ", "PER") in found
    assert not any(name.startswith("کارآگاه") for name, _ in found)
    text = (
        'سرهنگ"سعید راستی"در تشریح جزئیات این خبر اظهار داشت:چهارم بهمن ماه سال جاری یک مورد '
        "درگیری در حوالی خیابان نبرد به وقوع انجامید."
    )
    assert ("سعید راستی", "PER") in persian(text)


def test_a_quoted_name_before_a_role_is_a_person_inside_a_clause():
    text = (
        "به گزارش خبرگزاری فارس، وی قصد دارد در جریان سفر فردا به چین و نشستی با «بان کی‌مون» "
        "دبیرکل سازمان ملل متحد درباره بحران اوکراین رایزنی کند."
    )
    assert ("بان کی‌مون", "PER") in persian(text)


def test_a_listed_given_name_joins_the_family_name_next_to_it():
    text = "فيلم «شهر زيبا»، ساخته جديد و در خور تأمل اصغر فرهادي براي اصحاب رسانه‌ها پخش مي‌شود."
    assert ("اصغر فرهادي", "PER") in persian(text)
    text = (
        "يكي از منابع نزديك به باشگاه پرسپوليس اعلام كرد كه جواد كاظميان شب گذشته بخشي از "
        "مطالبات خود را دريافت كرده است."
    )
    assert ("جواد كاظميان", "PER") in persian(text)


def test_a_speech_verb_is_no_family_name():
    text = "رحمتي تصريح كرد: همه ساله عمليات اجرايي حداقل 7 منطقه گردشگري در استان آغاز خواهد شد."
    assert not any("تصريح" in name for name, _ in persian(text))


def test_a_part_of_a_listed_place_is_that_place():
    text = (
        "به گزارش گروه بین‌الملل خبرگزاری فارس، در پی آتش‌سوزی گسترده در مناطق نزدیک به چند "
        "تفرجگاه‌ در جنوب فرانسه، هزاران نفر مجبور به ترک این مناطق شده‌اند."
    )
    found = persian(text)
    assert ("فرانسه", "GPE") in found and ("جنوب فرانسه", "LOC") not in found
    text = (
        "نقی کریمیان امروز در گفت‌وگو با خبرنگار خبرگزاری فارس در شهرستان ساری با اشاره به اینکه "
        "حدود ۵۰۰ ناجی غریق در طول نوار ساحلی مازندران مستقر شدند، اظهار کرد: هدف اطلاع‌رسانی است."
    )
    assert ("مازندران", "GPE") in persian(text)  # a province, not «نوار ساحلی مازندران»


def test_a_county_named_by_a_common_word_is_a_place():
    text = (
        "احمد رضایی امروز در گفت‌وگو با خبرنگار فارس در شهرستان انار اظهار داشت: بیماری هاری "
        "یکی از خطرناک‌ترین بیماری‌های قابل انتقال از حیوان به انسان است."
    )
    found = persian(text)
    assert ("انار", "GPE") in found  # pomegranate, and the county of Anar
    assert not any(name.startswith("شهرستان") for name, _ in found)


def test_a_place_cldr_names_in_two_words_is_found_where_the_tagger_missed_it():
    text = (
        "واشنگتن تا زمانی که پیونگ یانگ حرکت جدی در راستای خلع سلاح نداشته باشد برای توافق "
        "خیلی با احتیاط عمل می‌کند."
    )
    assert ("پیونگ یانگ", "GPE") in persian(text)


def test_a_quoted_name_after_a_word_for_a_paper_or_channel_is_an_organization():
    text = (
        "به گزارش خبرگزاری فارس به نقل از شبکه خبری «ال‌بی‌سی لبنان»، بنابر اعلام «دیمیتری "
        "پسکوف» سخنگوی «ولادیمیر پوتین» رئیس‌جمهور روسیه، وی قصد دارد به چین سفر کند."
    )
    assert ("ال‌بی‌سی لبنان", "ORG") in persian(text)
    text = "به گزارش خبرگزاری فارس، نشریه «بیلد» آلمان خبر داد یواخیم لو در سمت خود می‌ماند."
    assert ("بیلد", "ORG") in persian(text)


def test_a_quoted_name_before_a_comma_and_a_role_is_a_person():
    text = (
        "به گزارش راديو صداي آلمان، «راس ويلسون»، سفير آمريكا در آذربايجان در جمع خبرنگاران در "
        "باكو ضمن رد اين خبر گفت."
    )
    assert ("راس ويلسون", "PER") in persian(text)


def test_a_provincial_office_is_its_place():
    text = (
        "به گزارش روابط عمومي اداره كل تعاون استان تهران، هوشمند صفاتي در بازديد از ستاد "
        "جمع‌آوري كمك‌ها گفت: كمك‌ها ارسال مي‌شوند."
    )
    found = persian(text)
    assert ("تهران", "GPE") in found
    assert not any(kind == "ORG" and "استان" in name for name, kind in found)


def test_a_byline_desk_is_no_part_of_the_agency():
    text = (
        "به گزارش خبرنگار تشکل‌های دانشگاهی خبرگزاری فارس، حجت‌الاسلام قمی رئیس سازمان تبلیغات "
        "اسلامی در جمع خبرنگاران گفت: بسیج دانشجویی به مقاصد خود خواهد رسید."
    )
    found = persian(text)
    assert ("خبرگزاری فارس", "ORG") in found
    assert not any(name.startswith("خبرنگار") for name, _ in found)


def test_a_title_written_in_two_words_is_no_given_name():
    """fars-13990227000304 (the whole-archive look, session 46): «حجت الاسلام» written with a
    space opened the name because «حجت» is a listed given name, so the President's mention was
    no longer Rouhani's and his seven later «روحانی» quotes lost their speaker."""
    text = (
        "به گزارش خبرنگار حوزه دولت خبرگزاری فارس، حجت الاسلام حسن روحانی رئیس جمهور صبح امروز در"
        " جلسه ستاد ملی مقابله با کرونا اظهار داشت: رسانه های بیگانه می خواستند کشور را تعطیل کنند."
        " روحانی تاکید کرد: ما باید مردم را بر"
    )
    found = {(m["text"], m["entity"]) for m in find_entities(text, "fa")}
    assert ("حسن روحانی", "PER:Hassan Rouhani") in found
    assert ("روحانی", "PER:Hassan Rouhani") in found
    assert not any(t.startswith("حجت") for t, _ in found)
