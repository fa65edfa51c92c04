"""Persian quote speakers, session 53 (quotes56fa, issue 21 point 3): kinds found on
quotes_dev56fa.tsv and the older Persian sets — «این روزنامه» speaking with no paper named
before it, and a role opening a sentence whose holder is named next, adding to what he said.
Short sentences written in the style of Fars News."""

from __future__ import annotations

from tests.support.quotes import speaker_of

UNNAMED_PAPER = (
    "به گزارش خبرگزاری فارس ، این روزنامه در ادامه افزود : دولت ونزوئلا قصد دارد با استفاده"
    " از منابع انرژی خود سیاست‌های خود را در منطقه پیش ببرد .\n"
)


def test_this_newspaper_with_no_paper_named_speaks_as_written():
    """fars-8601270082 (quotes_dev56fa), fars-8409170023 (quotes_dev53fa): the paper was
    named in the headline only, so «این روزنامه» is the speaker, not no one."""
    assert speaker_of(UNNAMED_PAPER, "دولت ونزوئلا") == "این روزنامه"


def test_this_newspaper_after_a_named_body_is_not_taken_as_written():
    """A body named before may be the paper: the rule leaves it to the older ones."""
    text = (
        "سازمان ملل متحد اعلام کرد: کمک‌ها به منطقه ارسال می‌شود.\n"
        "این روزنامه در ادامه افزود: دولت ونزوئلا قصد دارد سیاست‌های خود را پیش ببرد.\n"
    )
    assert speaker_of(text, "دولت ونزوئلا") != "این روزنامه"


LEAD = (
    "به گزارش خبرگزاری فارس از کرمانشاه، مجید غفوری امروز در جلسه شورای آموزش و پرورش استان"
    " افزود: در واگذاری مسکن به فرهنگیان باید اولویت‌ها مشخص شود.\n"
)
ROLE = (
    "رئیس سازمان آموزش و پرورش استان کرمانشاه در این جلسه گفت: در سال تحصیلی جدید بیش از 15"
    " هزار نفر کاهش دانش آموز داشتیم.\n"
)


def test_role_is_the_person_named_next_who_adds():
    """fars-8708010793 (quotes_dev56fa): «جلال امینی افزود» right after the role's sentence —
    one who «adds» spoke before, under the role — so the role is he, not the last speaker."""
    text = LEAD + ROLE + "جلال امینی افزود: برای بالا بردن کیفیت فضاهای آموزشی تلاش شده است.\n"
    assert speaker_of(text, "در سال تحصیلی جدید") == "جلال امینی"


def test_role_stays_with_the_last_speaker_when_the_next_name_says():
    """«جلال امینی گفت» opens no continuation: the role may be the last speaker's."""
    text = LEAD + ROLE + "جلال امینی گفت: برای بالا بردن کیفیت فضاهای آموزشی تلاش شده است.\n"
    assert speaker_of(text, "در سال تحصیلی جدید") == "مجید غفوری"


def test_role_written_beside_the_last_speaker_stays_with_him():
    """fars-13940525001475 (quotes_dev40): the role was written beside the first speaker's
    name, so a woman named after it who adds later is someone else."""
    text = (
        "حجت‌الاسلام رضاعلی متهورملکی مسئول نمایندگی ولی فقیه در ناحیه مقاومت بسیج شهرستان"
        " ملارد در این مراسم گفت: هر فردی لازم است در زندگی خود الگویی داشته باشد.\n"
        "مسئول نمایندگی ولی فقیه در ناحیه مقاومت بسیج شهرستان ملارد ادامه داد: دختران ما لازم"
        " است حد فاصل را رعایت کنند.\n"
        "فاطمه میرانفسی افزود: یکی از موضوعاتی که امروزه باید از آن حذر کنیم غیبت است.\n"
    )
    assert speaker_of(text, "دختران ما") == "رضاعلی متهورملکی"


def test_this_newspaper_after_the_lead_is_left_to_the_older_rules():
    """fars-8301080047 (unlabelled): «الحيات … نوشت» then «به نوشته اين روزنامه، …» — the
    paper was named, as no organization, so «این روزنامه» is not kept as written."""
    text = (
        "الحيات با ارائه تحليلي نوشت: ياسين مقاومت را به يك واجب ديني تبديل كرد.\n"
        "به نوشته اين روزنامه، رهبر حماس منازعه اعراب با اسرائيل را تنها منازعه مي‌دانست.\n"
    )
    assert speaker_of(text, "رهبر حماس") != "اين روزنامه"


def test_role_stays_when_the_next_name_is_the_last_speakers_surname():
    """fars-8411050099 (unlabelled): «يزداني خرم افزود» after «محمد رضا يزداني خرم»
    spoke and his role did: the same man, his full name kept."""
    text = (
        "محمد رضا يزداني خرم روز چهارشنبه در گفت و گو با خبرگزاري فارس افزود: در سفر خود به"
        " اصفهان در جلسه مشترك شركت كردم.\n"
        "رئيس فدراسيون واليبال اظهار داشت: مربياني كه بدون دليل بركنار مي‌شوند عليه ما سم پاشي"
        " مي‌كنند.\n"
        "يزداني خرم افزود: باشگاه‌ها بايد حقوق اجتماعي ما را رعايت كنند.\n"
    )
    assert speaker_of(text, "مربياني كه") == "محمد رضا يزداني خرم"
