"""Persian quote speakers, session 66 (speakers82fa, issue 21 point 3; quotes_dev82fa.md): the
perfect tenses «نوشته است», «گفته است», «فاش کرده‌اند», «مدعی شده است» before «که» are cues; an
outlet's kind and its name in marks is the subject of its verb, not the last speaker; "for the
first time" and a weekday do not hide the body before the verb; a cleric's title before one
surname, and a light verb's noun after it, are no part of the name; after «… كردند و» the name
next is the subject; «به گفته X،» after a «كه» speaks its relative clause. Short excerpts of
Fars News articles (typed in; shortened)."""

from __future__ import annotations

from rasad.eval.quotes import analysed_document


def quotes(text: str) -> list[tuple[str, str | None]]:
    doc = analysed_document("t", text, "fa")
    return [(doc.text[q["start"] : q["start"] + 12], q["speaker_text"]) for q in doc.quotes]


# fars-13961020000133 (quotes_dev82fa), shortened
SAUDI_PRINCES = (
    "منابع غربی فاش کرده‌اند که به دلیل کسری بودجه شدید عربستان، بن سلمان قصد دارد دو سوم ثروت"
    " دهها شاهزاده بازداشتی را از آنان بگیرد.\n"
    "سایت «وطن» همچنین نوشته است که علت بازداشت یازده شاهزاده دیگر در کاخ سلطنتی ریاض، اعتراض به"
    " این بازداشت‌ها بوده است.\n"
)


def test_perfect_cues_before_that_and_an_outlet_in_marks_speak():
    assert quotes(SAUDI_PRINCES) == [("به دلیل کسری", "منابع غربی"), ("علت بازداشت ", "سایت «وطن»")]


# fars-13941130000323 (quotes_dev82fa), shortened
AP_ON_SYRIA = (
    "به گزارش گروه بین‌الملل خبرگزاری فارس، خبرگزاری آسوشیتدپرس با اشاره به تداوم بحران در سوریه،"
    " نوشته است که آمریکا احتمالا باید در سطح نظامی هم وارد گفت‌وگو با تهران شود.\n"
    "«جان کربی» سخنگوی وزارت خارجه آمریکا می‌گوید: «این به معنی همکاری یا هماهنگی ما با ایران"
    " نیست.»\n"
    "روز پنج‌شنبه پنتاگون برای اولین بار اعلام کرد که از روسیه خواسته مناطق مشخصی از شمال سوریه"
    " را هدف قرار ندهد.\n"
)


def test_the_body_before_first_time_and_a_weekday_speaks_not_the_last_speaker():
    assert [s for _, s in quotes(AP_ON_SYRIA)] == ["خبرگزاری آسوشیتدپرس", "جان کربی", "پنتاگون"]


# fars-8605200134 (quotes_dev45b), shortened: the outlet's name in ASCII marks, «در گزارشي»
KANSAS_CITY_STAR = (
    "وزیر دفاع آمریکا گفت: «خروج آمريكايي‌ها از عراق پيامدهايي خواهد داشت.» پايگاه خبري"
    ' "كانزاس‌سيتي استار" در گزارشي نوشت: «نيروهاي عراقي هنوز براي تامين امنيت آماده نيستند.»\n'
)


def test_an_outlet_in_ascii_marks_with_in_a_report_speaks():
    assert quotes(KANSAS_CITY_STAR)[-1][1] == '"كانزاس‌سيتي استار"'


def test_a_perfect_without_that_stays_narration():
    # «نوشته است و», «فاش کرد و»: no «که» after the verb, no quote (fars-13920619000237's book)
    for text in (
        "این کتاب را محسن یعقوبی در سال گذشته نوشته است و انتشارات زمزم آن را منتشر کرده است.",
        "او راز این معامله را فاش کرد و از سمت خود کنار رفت.",
    ):
        assert quotes(text) == []


# fars-13970506001026 (quotes_dev82fa), shortened: the title written with a space, the surname
# a common word too («عباسی», "Abbasid") that the recogniser found no name in
ABBASI = (
    "حجت الاسلام عباسی با اشاره به کلاس‌های مهارت آموزی گفت: دانش آموزان پسر در کلاس‌هایی همچون"
    " هلال احمر و تعمیر وسایل برقی خانگی شرکت می‌کنند.\n"
)


def test_a_clerics_title_before_one_surname_is_no_part_of_it():
    assert [s for _, s in quotes(ABBASI)] == ["عباسی"]


# fars-13911121000625 (quotes_dev82fa), shortened: «گریزی زد», the noun run on into the name
SABERI = (
    "سیدحسن صابری امروز در گفت‌وگو با خبرنگار فارس اظهار کرد: بیان کارهای رژیم پهلوی در این"
    " استان شرم‌آور است.\n"
    "صابری گریزی نیز به مراکز بهداشتی و درمانی این استان زد و با مقایسه وضعیت فعلی نسبت به گذشته"
    " گفت: تنها یک بیمارستان 85 تختخوابی در سطح استان وجود داشت.\n"
)


def test_a_light_verbs_noun_after_a_surname_is_no_part_of_it():
    assert [s for _, s in quotes(SABERI)] == ["سیدحسن صابری"] * 2


# fars-9002141011 (quotes_dev82fa), shortened: a clause ends at «كردند و», a titled name next
ARAB_LEAGUE = (
    'پيش از آن "احمد بن حلي" معاون دبيركل اتحاديه عرب اعلام كرده بود كه در نشست 8 مي وزراي خارجه'
    " عرب، سرنوشت اجلاس سران عرب مشخص خواهد شد.\n"
    "اما سپس برخي از حكام عرب از اين موضع‌گيري بغداد ابراز نارضايتي كردند و شيخ خالد بن احمد آل"
    " خليفه وزير خارجه بحرين اعلام كرد كه كشورهاي عضو شوراي همكاري خليج فارس خواستار لغو نشست"
    " سران اتحاديه عرب هستند.\n"
)


def test_the_name_after_a_finite_verb_and_and_speaks():
    assert [s for _, s in quotes(ARAB_LEAGUE)] == ["احمد بن حلي", "خالد بن احمد آل خليفه"]


# fars-13930123001468 (unlabelled; an interview), shortened: the answer's «گفته‌ام» is the
# player's own words of himself, never the coach's named in the answer before
SEYEDSALEHI = (
    "فارس: آیا برای آینده با پرسپولیس مذاکره می کنی؟\n"
    "من قبلاً هم گفتم به خاطر علی دایی به پرسپولیس آمدم، یکی از دلایل اصلی‌ام همین موضوع بود.\n"
    "فارس: حتی اگر در لیست 18 نفره نباشید؟\n"
    "منظور شما از این سوال به دو بازی آخر مربوط می‌شود، اما همان طور که 25 تا 26 بازی در ترکیب"
    " بودم همه جا گفته‌ام من به خاطر یک نفر به این تیم آمده‌ام و هیچ موقع آدمی نیستم که اگر بازی"
    " نکنم بگویم مشکل دارم.\n"
)


def test_a_first_person_cue_in_an_answer_is_no_third_persons_quote():
    assert [s for _, s in quotes(SEYEDSALEHI)] == []


# fars-8406110169 (quotes_dev82fa), shortened: «به گفته X،» opening a relative clause after «كه»
BUSH = (
    "به گزارش فارس به نقل از خبرگزاري آسوشيتدپرس، در حالي كه مردم گرسنه نيواورلئان براي دريافت"
    " كمك التماس مي‌كنند، آدم كشان تلاش‌هاي امدادي را با موانع مواجه ساخته‌اند.\n"
    'به‌رغم وعده استقرار گارد ملي كه به گفته "جرج بوش"، رييس جمهوري آمريكا بزرگ‌ترين عمليات امداد'
    " رساني تاريخ اين كشور محسوب مي‌شود، هرج و مرج نيواورلئان را فرا گرفته است.\n"
)


def test_a_source_opening_a_relative_clause_speaks_that_clause():
    doc = analysed_document("t", BUSH, "fa")
    last = doc.quotes[-1]
    assert last["speaker_text"] == "جرج بوش"
    assert doc.text[last["start"] : last["end"]].endswith("محسوب مي‌شود")
