"""Persian quote speakers, session 67 (speakers84fa, issue 21 point 3; quotes_dev84fa.md): a holy
figure named with a blessing («حضرت علي (ع)») is no speaker of a reporter's verb; a role that
says it speaks too («… نيز گفت», «… هم … اظهار داشت») is someone beside the last speaker, linked to
a person named next or kept as written. Short excerpts of Fars News articles (typed in;
shortened)."""

from __future__ import annotations

from rasad.eval.quotes import analysed_document


def speakers(text: str) -> list[str | None]:
    return [q["speaker_text"] for q in analysed_document("t", text, "fa").quotes]


# fars-8405270022 (quotes_dev84fa), shortened: no comma after the byline, a greeting before «گفت»
MOSQUES_WEEK = (
    "به گزارش خبرنگار خبرگزاري فارس ابراهيمي صبح امروز در گردهمايي اعضاي ستاد گراميداشت هفته"
    " جهاني مساجد ضمن تبريك ولادت حضرت علي (ع) گفت: تفكر امام راحل در يك كلام اسلام ناب محمدي"
    " است.\n"
    "وي گفت: علت و فلسفه هفته گراميداشت مساجد اين است كه سي مرداد سالروز حمله صهيونيست ها به"
    " مسجد الاقصي است.\n"
    "ابراهيمي گفت: جايگاه مساجد جايگاه بسيار رفيعي است.\n"
)


def test_a_blessed_figure_greeted_is_no_speaker():
    assert speakers(MOSQUES_WEEK) == ["ابراهيمي", "ابراهيمي", "ابراهيمي"]


def test_a_blessed_figure_is_no_speaker_even_when_no_other_name_is_found():
    # the recogniser finds no «ابراهيمي» in the first two paragraphs alone: no one, not Ali
    assert speakers(MOSQUES_WEEK.rsplit("ابراهيمي گفت", 1)[0]) == [None, None]


# quotes_dev49fb's «حضرت علی … می‌فرمایند» shape: the honorific verb keeps him (typed in)
ALI_SAYS = "حضرت علی (ع) در نهج‌البلاغه می‌فرمایند: «مردم دشمن آن چیزی هستند که نمی‌دانند.»\n"


def test_a_blessed_figure_with_an_honorific_verb_still_speaks():
    assert speakers(ALI_SAYS) == ["حضرت علی"]


# fars-13961012001088 (quotes_dev84fa), shortened: «هم» after the deputy's role
DEPUTY_TOO = (
    "بهمن کهن‌ترابی در جلسه شورای حفاظت منابع آب شهرستان قائنات اظهار کرد: بحث تفکیک آب شرب از آب"
    " فضای سبز در اولویت است.\n"
    "فرماندار قاینات همچنین خاطرنشان کرد: در آن جلسه شرح وظایف هر یک از مسؤولین مشخص گردید.\n"
    "معاون برنامه‌ریزی و امور عمرانی فرمانداری قاینات هم در این جلسه ضمن انتقاد از عدم توجه به"
    " دعوت‌نامه کتبی شخص فرماندار، اظهار داشت: برگزاری منظم جلسات شورای حفاظت منابع آب شهرستان"
    " ضروری است.\n"
)


def test_a_role_saying_too_with_ham_is_not_the_last_speaker():
    assert speakers(DEPUTY_TOO)[-1] == "معاون برنامه‌ریزی و امور عمرانی فرمانداری قاینات"


def test_ham_of_both_and_is_no_also_word():
    # «هم … و هم …» ("both … and") in the slot: the governor goes on (typed in, after DEPUTY_TOO)
    text = DEPUTY_TOO.rsplit("معاون", 1)[0] + (
        "فرماندار قاینات با بیان اینکه هم کشاورزان و هم شهرداران باید کمک کنند، گفت: آب شرب"
        " اولویت دارد.\n"
    )
    assert speakers(text)[-1] == "بهمن کهن‌ترابی"


# fars-8603100021 (quotes_dev84fa), shortened: the member of parliament named in the next paragraph
MEMBER_TOO = (
    "به گزارش خبرگزاري فارس از اردبيل، علي نيكزاد، صبح امروز در جلسه شوراي اداري شهرستان بيله سوار"
    " افزود: فرصت خدمت به سرعت سپري مي‌شود.\n"
    "نيكزاد با تأكيد بر توجه مسئولين در عمران شهري گفت: توجه به اين چهار مقوله جزء اولويت‌هاي"
    " اساسي شهرستان است.\n"
    "همچنين در اين جلسه نماينده مردم بيله‌سوار و پارس‌آباد در مجلس نيز گفت: شهرستان بيله سوار"
    " زيبنده رسيدگي و توجه جدي مسئولين است.\n"
    "سليمان فهيمي با تأكيد بر حل اساسي اختلاف عشاير با منابع طبيعي افزود: بايد مصوبات سفر رئيس"
    " جمهور به نفع زارعين منطقه حل شود.\n"
)


def test_a_role_saying_too_after_openers_is_the_person_named_next():
    assert speakers(MEMBER_TOO)[-2:] == ["سليمان فهيمي", "سليمان فهيمي"]


# fars-8711030385 (quotes_dev72fa), shortened: «يكي …» with no role word, «نيز» after it
ONE_OF_THE_TEACHERS = (
    "حمزه‌علي صادقي در اين نشست گفت: استفاده از چند انديشه، كارايي را ارتقا مي‌دهد.\n"
    "يكي اساتيد دانشگاه استان گلستان نيز در اين نشست گفت: هر جا سخن از همفكري و مشورت بوده، در"
    " آن خير و بركت است.\n"
)


def test_one_of_a_group_saying_too_is_not_the_last_speaker():
    assert speakers(ONE_OF_THE_TEACHERS)[-1] == "يكي اساتيد دانشگاه استان گلستان"


# fars-13990125000401 (quotes_dev84fa), shortened: «بویراحمد» read as a person ends the province
TOURISM_DEPUTY = (
    "به گزارش خبرگزاری فارس از یاسوج، احد جمالی در دیدار  سرپرست میراث فرهنگی، صنایع دستی و"
    " گردشگری کهگیلویه و بویراحمد گفت: کهگیلویه و بویراحمد دارای ظرفیت بالائی در حوزه گردشگری"
    " است.\n"
    "معاون سیاسی امنیتی استاندار کهگیلویه و بویراحمد با بیان اینکه کهگیلویه و بویراحمد 8درصد"
    " جنگل‌های کشور و ۱۰ درصد آب را به خود اختصاص داده است،تصریح کرد: این استان برای"
    " سرمایه‌گذاری در حوزه گردشگری بسیار مستعد است.\n"
)


def test_the_last_word_of_a_province_is_no_person():
    assert "بویراحمد" not in speakers(TOURISM_DEPUTY)


# fars-8204240021 (quotes_dev80fa), shortened: the site named in marks, then its bare name and
# «اين سايت خبري» after its report quoted a minister
MIDDLE_EAST_ONLINE = (
    "سايت اينترنتي «ميدل ايست آن لاين» روز گذشته با اعلام اين خبر نوشت: «فرانكو فراتيني» وزير"
    " امور خارجه ايتاليا روز دوشنبه گفت كه ايران تمايل دارد مذاكرات سازنده اي با سازمان ملل"
    " داشته باشد.\n"
    "اين سايت خبري افزود: با اين حال وزير امور خارجه ايتاليا به اين امر اشاره نكرد كه آيا ايران"
    " تعهدات ويژه اي داده يا خير.\n"
    "ميدل ايست آن لاين در ادامه خبر خود مي افزايد: فراتيني گفت كه اتحاديه اروپا بر همكاري كامل"
    " با آژانس تاكيد دارد.\n"
)


def test_a_site_named_in_marks_speaks_by_its_bare_name_and_as_this_site():
    said = speakers(MIDDLE_EAST_ONLINE)
    assert said[1:3] == ["ميدل ايست آن لاين", "ميدل ايست آن لاين"]


# fars-13980231000372 (quotes_dev84fa): «تبیین کرد» before a colon is a speech verb
EXPLAINED = (
    "محمدرضا فخر صبح امروز در نشست خبری اظهار داشت: در روز سوم خرداد خرمشهر آزاد شد.\n"
    "فخر از اعزام تیم‌های پزشکی به مناطق محروم خبر داد و تبیین کرد: 20 برنامه ویژه کودکان اعم از"
    " کارگاه نقاشی و شعرخوانی در استان اجرا می‌شود.\n"
)


def test_explained_before_a_colon_is_a_cue():
    doc = analysed_document("t", EXPLAINED, "fa")
    assert [q["cue"] for q in doc.quotes] == ["اظهار داشت", "تبیین کرد"]


# fars-13911226001237 (quotes_dev84fa), shortened: a stray half-space after the space of the name
PILGRIMS = (
    "به گزارش خبرگزاری فارس از قزوین، عباس برزگر \u200cابراهیمی امروز در نشستی با خبرنگاران قزوین"
    " اظهار کرد: معراج شهدای اهواز و شلمچه مناطق بازدید زائران قزوینی محسوب می‌شود.\n"
    "مسئول قرارگاه راهیان‌نور سپاه قزوین اذعان کرد: تعداد خادمان اعزامی به همراه کاروان‌ها"
    " یک‌هزار و 591 نفر است.\n"
    "برزگر ابراهیمی خاطر نشان کرد: اتوبوس‌های حامل زائران پیش از اعزام از نظر فنی بررسی و تأیید"
    " می‌شوند.\n"
)


def test_two_pieces_of_a_name_join_across_a_stray_half_space():
    assert set(speakers(PILGRIMS)) == {"عباس برزگر ابراهیمی"}


def test_only_a_titled_name_is_read_as_a_blessed_figure():
    # fars-13940905000317 (unlabelled), shortened: «اسلام ناب محمدی (ص)» is an adjective
    from rasad.stages.quotes import blessed_figure_not_speaking, fold_same_length

    text = (
        "فیاضی انقلاب امروز را اندیشه اسلام ناب محمدی (ص) توصیف کرد و گفت: بسیج تبلور این"
        " اندیشه است.\n" + MOSQUES_WEEK
    )
    doc = analysed_document("t", text, "fa")
    read = {
        m["text"]: blessed_figure_not_speaking(doc, fold_same_length(text), m)
        for m in doc.entities
        if text[m["end"] : m["end"] + 5].lstrip().startswith("(")
    }
    assert read.get("محمدی") is not True and True in read.values()


# fars-13990501000338 (unlabelled), shortened: «هم» of the topic, the same deputy going on
DEPUTY_GOES_ON = (
    "به گزارش خبرگزاری فارس از بجنورد به نقل از روابط عمومی استانداری خراسان شمالی علی بیگ زاده در"
    " جلسه هماهنگی هفته بزرگداشت دولت اظهار کرد: دوران کوتاه شهیدان رجایی و باهنر الگوی مدیریتی"
    " بود.\n"
    "معاون توسعه مدیریت و منابع استاندار خراسان شمالی در ادامه سخنان خود بر ایجاد نمایشگاه هفته"
    " دولت به‌صورت مجازی هم تأکید کرد و افزود: در این نمایشگاه دستاوردهای دستگاه‌های اجرایی در"
    " معرض نمایش قرار گیرد.\n"
)


def test_ham_after_the_object_of_stress_is_no_new_speaker():
    assert speakers(DEPUTY_GOES_ON) == ["علی بیگ زاده", "علی بیگ زاده"]
