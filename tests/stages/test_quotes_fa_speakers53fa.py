"""Persian quote speakers, session 52 (quotes53fa, issue 21 point 3): the failure kinds of
quotes_dev53fa.tsv and the older Persian sets — a letter or statement quoted passively («در این
نامه آمده است: …») after a sentence that named its author («X در نامه‌ای …»), verbs Fars writes
glued to their particle («یادآورشد», «بابیان اینکه»), hopes voiced with «اظهار» and promises with
a clause. Short sentences written in the style of Fars News."""

from __future__ import annotations

import pytest

from tests.support.quotes import found_quotes, speaker_of


@pytest.mark.parametrize(
    "text, opening, speaker",
    [
        (
            "به گزارش فارس از یاسوج، اعضای شورای اسلامی شهر یاسوج در نامه‌ای خطاب به استاندار"
            " خواستار توقف ساخت و ساز در جنب هتل شدند.\nدر این نامه آمده است: شهر یاسوج به"
            " عنوان پایتخت طبیعت ایران نامگذاری شده است.\nدر بخش دیگری از این نامه آمده است:"
            " همه مسئولان موظف به حفظ این نعمت هستند.\n",
            "همه مسئولان",
            "اعضای شورای اسلامی شهر یاسوج",
        ),
        (
            "اواسط ظهر امروز، وزارت دفاع ارمنستان در بیانیه‌ای از حمله به تجهیزات این کشور خبر"
            " داد.\nدر این بیانیه آمده است: ارتش ما به این حمله پاسخ خواهد داد.\n",
            "ارتش ما",
            "وزارت دفاع ارمنستان",
        ),
    ],
)
def test_document_quoted_after_its_author_was_named(text, opening, speaker):
    """fars-13940725001676, fars-13990723000695: «در این نامه/بیانیه آمده است» quotes the
    subject that wrote the document, named with «در نامه‌ای/بیانیه‌ای» before."""
    assert speaker_of(text, opening) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a pronoun wrote it: no name to give
        "وی در نامه‌ای خطاب به استاندار خواستار توقف ساخت و ساز شد.\nدر این نامه آمده است:"
        " شهر یاسوج به عنوان پایتخت طبیعت ایران نامگذاری شده است.\n",
        # no sentence introduced the letter
        "به گزارش فارس، ساخت و ساز در جنب هتل ادامه دارد.\nدر این نامه آمده است: شهر یاسوج"
        " به عنوان پایتخت طبیعت ایران نامگذاری شده است.\n",
    ],
)
def test_document_with_no_named_author_keeps_no_speaker(text):
    """Precision first: «وی» or no introducing sentence leaves the letter's words unattributed."""
    quotes = [q for q in found_quotes(text, "fa") if q["text"].startswith("شهر یاسوج")]
    assert all(not q["speaker_text"] for q in quotes)


@pytest.mark.parametrize(
    "text, opening, speaker",
    [
        (
            "رضاعلی ارحمی امروز اظهار داشت: این طرح در استان اجرا می‌شود.\nوی یادآورشد: مدت"
            " طرح نیز در مازندران 45 روز است.\n",
            "مدت طرح",
            "رضاعلی ارحمی",
        ),
        (
            "علی شریفان امروز اظهار داشت: این حادثه ساعت 10 رخ داد.\nشریفان بابیان اینکه"
            " خوشبختانه این حادثه تنها شش مصدوم داشت، افزود: مصدومان به بیمارستان منتقل شدند.\n",
            "خوشبختانه این حادثه",
            "علی شریفان",
        ),
        (
            "صادق نجفی امروز اظهار داشت: زیبایی شهر با آرامش شهروندان ارتباط دارد.\nوی اظهار"
            " امیدواری کرد که تبریز به شهری آباد و سرسبز تبدیل شود.\n",
            "تبریز به شهری",
            "صادق نجفی",
        ),
        (
            "«ملک سلمان» پادشاه عربستان با واشنگتن تماس گرفت و قول داد که استخراج نفت را به"
            " رکورد روزانه ۱۲ میلیون بشکه برساند.\n",
            "استخراج نفت",
            "ملک سلمان",
        ),
    ],
)
def test_glued_verbs_hopes_and_promises_are_cues(text, opening, speaker):
    """fars-8808200353, fars-13930106000154, fars-13940610001147, fars-13970419001282: «یادآورشد»
    and «بابیان اینکه» written glued, «اظهار امیدواری کرد که» and «قول داد که» open quotes."""
    assert speaker_of(text, opening).endswith(speaker.split()[-1])


def test_glued_with_saying_needs_that():
    """«بابیان» makes a quote only with «اینکه» after it, as «با بیان» does."""
    text = "وی بابیان مطالبی در خصوص طرح جدید افزود: این طرح از فردا اجرا می‌شود.\n"
    assert not [q for q in found_quotes(text, "fa") if q["text"].startswith("مطالبی")]


def test_press_office_source_with_a_long_name():
    """fars-8708011292: a public relations office named past the usual reach of a byline source
    («به نقل از اداره کل روابط عمومی و اطلاع‌رسانی …، …») speaks its sentence, in full."""
    text = (
        "به گزارش خبرگزاری فارس، به نقل از اداره کل روابط عمومی و اطلاع‌رسانی سازمان فرهنگ و"
        " ارتباطات اسلامی، کلاس‌های زبان فارسی در این دانشگاه از سال تحصیلی جدید دایر می‌شود.\n"
    )
    speaker = speaker_of(text, "کلاس‌های زبان")
    assert speaker.startswith("اداره کل روابط عمومی") and speaker.endswith("ارتباطات اسلامی")


def test_press_office_then_a_person_and_a_setting_is_no_long_source():
    """fars-8212240052 (unlabelled): «به نقل از اداره کل روابط عمومی … NAME در نشستی …، X را
    تشریح کرد» names a person and his setting before the comma: no long source, no quote."""
    text = (
        "به گزارش خبرگزاری فارس به نقل از اداره کل روابط عمومی سازمان صدا و سیما محمد"
        " نهاوندیان در نشستی مطبوعاتی، اهداف و سیاستهای کلی این همایش را تشریح کرد.\n"
    )
    assert not [q for q in found_quotes(text, "fa") if q["text"].startswith("اهداف")]


@pytest.mark.parametrize(
    "text, opening",
    [
        (
            "منصور صادقی امروز اظهار داشت: این طرح اجرا می‌شود.\nصادقی با تشریح اینکه توسعه"
            " زیرساخت‌های گردشگری ضروری است، افزود: این طرح در سه مرحله اجرا می‌شود.\n",
            "توسعه زیرساخت‌های",
        ),
        (
            "منصور صادقی امروز اظهار داشت: این طرح اجرا می‌شود.\nوی ضمن بیان اینکه اقداماتی"
            " برای ایجاد شرایط برابر انجام شده است، گفت: مدارس جدید ساخته می‌شود.\n",
            "اقداماتی برای",
        ),
        (
            "منصور صادقی امروز اظهار داشت: این طرح اجرا می‌شود.\nوی با طرح این پرسش که اگر"
            " ارشاد متولی هنر نیست چه کسی متولی است، افزود: هنر باید حمایت شود.\n",
            "اگر ارشاد",
        ),
    ],
)
def test_more_adverbial_speech_phrases(text, opening):
    """fars-13960313000887, fars-13960913000699, fars-8306280009: «با تشریح / ضمن بیان اینکه X،»
    and «با طرح این پرسش که X،» are quotes of the subject, as «با بیان اینکه X،» is."""
    assert speaker_of(text, opening) == "منصور صادقی"


def test_adverbial_speech_phrase_needs_that():
    """«با تشریح برنامه‌های …» (a noun, no «اینکه») opens no quote."""
    text = "منصور صادقی با تشریح برنامه‌های سازمان افزود: این طرح اجرا می‌شود.\n"
    assert not [q for q in found_quotes(text, "fa") if q["text"].startswith("برنامه")]
