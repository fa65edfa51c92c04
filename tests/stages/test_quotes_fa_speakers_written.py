"""Persian quote speakers, session 65 (speakers80fa, issue 21 point 3; quotes_dev80fa.md): a
surname speaks for the full name the article set in marks before it; a rank before the name is
no part of it; an age after the name is no part of it; two titles before a name do not hide it;
a role with «نیز» is the person named next after his title; «به گفته برخي از …» with no comma is
no quote of the last speaker; «با اذعان به اینکه», «به باور» and «مدعی است» are cues. Short
excerpts of Fars News articles (typed in; shortened)."""

from __future__ import annotations

from rasad.eval.quotes import analysed_document


def speakers(text: str) -> list[str | None]:
    return [q["speaker_text"] for q in analysed_document("t", text, "fa").quotes]


# fars-8912221269 (quotes_dev80fa), shortened: the name in ASCII marks, typed MISC
ABBOUD = (
    'به گزارش فارس، "سعد عبود"در گفت‌وگو با شبكه خبري العالم اظهار داشت: مردم انقلابي مصر،'
    " رژيم سابق را ساقط كردند.\n"
    "وي افزود: مردم انقلابي همان چيزي را مي خواهند كه ما درخواست كرده بوديم.\n"
    "عبود اظهار داشت: اين قانون مبتني بر اصولي است كه زمينه دموكراسي را فراهم مي كند.\n"
)


def test_a_surname_speaks_for_the_name_set_in_marks_before_it():
    assert speakers(ABBOUD) == ["سعد عبود"] * 3


# fars-14000424000263 (quotes_dev80fa), shortened
NASIRZADEH = (
    "به گزارش خبرگزاری فارس از اصفهان به نقل از روابط عمومی پایگاه هوایی شهید بابایی، امیرخلبان"
    " عزیز نصیرزاده در مراسم معارفه فرمانده جدید پایگاه شهید بابایی اصفهان عنوان کرد: این پایگاه"
    " در طول ایام دفاع مقدس ماموریت‌های ویژه‌ای را به عهده داشت.\n"
    "فرمانده نیروی هوایی ارتش گفت: تمام کارکنان نیروی هوایی باید به روز باشند.\n"
)


def test_a_rank_before_the_name_is_no_part_of_it():
    assert speakers(NASIRZADEH) == ["عزیز نصیرزاده"] * 2


# fars-13921217000902 (quotes_dev80fa), shortened: «سرهنگ کارآگاه», two titles before the name
ESHRAGHI = (
    "با آغاز رسیدگی به پرونده، متهمان امیر 19 ساله و حسین 19 ساله در اظهارات خود عنوان کردند:"
    " در اطراف ایستگاه های مترو اقدام به زورگیری کرده‌ایم.\n"
    "حسین در اعترافات خود به کارآگاهان گفت: یک روز امیر به من گفت که راه خوبی برای پول"
    " درآوردن می شناسد.\n"
    "سرهنگ کارآگاه محمد اشراقی، معاون مبارزه با سرقت‌های خاص پلیس آگاهی تهران بزرگ، با اعلام"
    " این خبر گفت: از کلیه مالباختگان دعوت می شود تا به اداره پنجم پلیس آگاهی مراجعه نمایند.\n"
)


def test_an_age_and_two_titles_are_no_part_of_a_name():
    found = speakers(ESHRAGHI)
    assert found[-2:] == ["حسین", "محمد اشراقی"]
    assert not any(s and any(c.isdigit() for c in s) for s in found)


# fars-13991113000781 (quotes_dev80fa), shortened: the role with «نیز», its holder named next
RAHIMI = (
    "به گزارش خبرگزاری فارس از زنجان، محمدحسین شریفی ظهر امروز اظهار کرد: انقلاب اسلامی تحول"
    " مثبتی در حوزه‌های مختلف جامعه ایجاد کرد.\n"
    "امام جمعه شهرستان ابهر نیز در این جلسه ضمن تبریک فرارسیدن دهه فجر گفت: ستون عبادی و ستون"
    " سیاسی دو پایه اصلی و مهم دین هستند.\n"
    "حجت‌الاسلام جعفر رحیمی معرفی دستاودهای انقلاب را برای نسل جدید از ضروریات عنوان کرد و"
    " افزود: در طول عمر پربرکت انقلاب شاهد پیشرفت‌های زیادی بوده‌ایم.\n"
)


def test_a_role_with_also_is_the_titled_person_named_next():
    assert speakers(RAHIMI) == ["محمدحسین شریفی", "جعفر رحیمی", "جعفر رحیمی"]


# fars-8306280060 (quotes_dev80fa), shortened: «به گفته» with no comma after its source
DIPLOMATS = (
    "كره جنوبي اخيرا اعلام كرد دانشمندان اين كشور در سال 2000 مقدار اندكي از اورانيوم را غني"
    " سازي كرده‌اند.\n"
    "به گفته برخي از ديپلمات‌ها ميزان خلوص برخي ازاين اورانيوم‌ها به حدي بود كه براي يك بمب"
    " اتمي لازم است.\n"
)


def test_unnamed_sources_without_a_comma_are_not_the_last_speaker():
    assert speakers(DIPLOMATS)[-1] is None


# fars-13961127000091 (quotes_dev80fa), shortened
ALIZADEH = (
    "حجت‌الاسلام ستار علیزاده در گفت‌وگو با خبرگزاری فارس اظهار کرد: یکی از حوزه‌های مؤثر حوزه"
    " اطلاع‌رسانی از طریق رسانه است.\n"
    "علیزاده با اذعان به اینکه این فعالان رسانه‌ای بقاع متبرکه، اخبار هیئت‌امنا را به سمع اصحاب"
    " رسانه می‌رسانند بیان کرد: این طرح برای نخستین بار در استان گیلان آغازشده است.\n"
)


def test_acknowledging_that_is_a_quote_of_its_own():
    quotes = analysed_document("t", ALIZADEH, "fa").quotes
    assert [q["cue"] for q in quotes] == ["اظهار کرد", "با اذعان به", "بیان کرد"]
    assert {q["speaker_text"] for q in quotes} == {"ستار علیزاده"}


# fars-14000318000418 (quotes_dev78fa), shortened: «به باور او،» read as «به گفته او،»
KANE = (
    "به گزارش خبرگزاری فارس، هری کین دوست دارد همراه با تیم کشورش در مسابقات یورو 2020 موفق"
    " شود.\n"
    "به باور او، تیم انگلیس حتی نسبت به جام جهانی 2018 روسیه وضعیتی بهتر دارد.\n"
)


def test_in_his_belief_is_a_quote_of_him():
    assert speakers(KANE) == ["هری کین"]


# fars-13991008000086 (quotes_dev78fa), shortened
TURKEY = (
    "این در حالی است که ترکیه به همراه تروریست‌های وابسته به خود، عملیاتی را طی چند روز گذشته"
    " در اطراف عین عیسی آغاز کرده و مدعی است که با چنین حملاتی قصد دارد شبه‌نظامیان کُرد را از"
    " مرزهای خود دور کند.\n"
)


def test_claims_that_is_a_quote():
    assert speakers(TURKEY) == ["ترکیه"]


# fars-8204240021 (quotes_dev80fa), shortened: «گفت و گو» written with two spaces is a talk
FRATTINI = (
    "بيانيه اي كه در پي گفت و گوي فراتيني با خرازي منتشر شد، از اين امر حكايت دارد كه وزير"
    " امور خارجه ايران به «حفظ گفت و گويي سازنده و شفاف » با آژانس بين المللي انرژي اتمي متعهد"
    " شده است.\n"
    "بر اساس اين گزارش، فراتيني وزيران امور خارجه اتحاديه اروپا را در جريان گفت و گوي خود با"
    " خرازي قرار خواهد داد.\n"
)


def test_a_talk_written_with_spaces_is_no_cue():
    cues = [q["cue"] for q in analysed_document("t", FRATTINI, "fa").quotes]
    assert "گفت" not in cues


# fars-9005230564 (quotes_dev80fa), shortened: a woman's given name that is a common word too
BANITALEBI = (
    "فرشته بني‌طالبي امروز در گفت‌وگو با خبرنگار فارس در شهركرد اظهار داشت: دو بانوي شايسته"
    " جامعه ووشو اين استان مجوز قضاوت در مسابقات ليگ برتر را كسب كردند.\n"
    "وي افزود: كبري قرباني و زيبا بني‌طالبي توانستند در آزمون‌هاي اين دوره مجوز قضاوت را كسب"
    " كنند.\n"
)


def test_a_womans_given_name_that_is_a_common_word_opens_her_name():
    assert speakers(BANITALEBI) == ["فرشته بني‌طالبي"] * 2


# fars-13901108001169 (unlabelled Fars News), shortened: another's words in marks inside the
# subject slot, right before the cue
NASIRZADEH_ASGARI = (
    "هوشنگ نصیرزاده در گفت و گو با خبرنگار باشگاه خبری فارس «توانا» در مورد صحبت‌های حسین عسگری"
    ' مبنی بر اینکه "راه‌آهنی‌ها از کدام ماده برای تکرار بازی با مس سرچشمه صحبت می‌کنند؟" گفت:'
    " در عرف بین‌المللی فوتبال هرگاه داوران مسابقه را تعطیل کنند بازی تکرار می شود.\n"
    "وی افزود: بازی باید تکرار شود.\n"
)


def test_words_set_in_marks_before_the_cue_do_not_take_the_sentence():
    assert speakers(NASIRZADEH_ASGARI) == ["حسین عسگری", "هوشنگ نصیرزاده", "هوشنگ نصیرزاده"]
