"""Persian quote speakers, session 59 (speakers68fa, issue 21 point 3; quotes_dev68fa.md): a
given name closing in «الله» written apart («قدرت الله طمیمیان») or abbreviated «ا...» («فضل ا...
صلواتي») is one name; a speech verb's first word («اذعان» of «اذعان داشت») is no part of a name;
a surname written without the half-space of the full name before it («نیکبخش» after «امیرعلی
نیک‌بخش») is that person; «سیده» before a name stays in the speaker; «همچنین» after a role says
the same person goes on, so a later «نیز» is of the topic. Short excerpts of Fars News articles
of quotes_dev68fa (typed in; shortened) and sentences in their style."""

from __future__ import annotations

import pytest

from rasad.eval.quotes import analysed_document
from rasad.eval.shared import corpus_articles
from rasad.stages.entities import find_entities


def people(text: str) -> list[str]:
    return [m["text"] for m in find_entities(text, "fa") if m["type"] == "PER"]


def speakers(text: str) -> list[str | None]:
    return [q["speaker_text"] for q in analysed_document("t", text, "fa").quotes]


# fars-13990627000353, shortened
TAMIMIAN = (
    "قدرت الله طمیمیان معاون فرهنگی، اجتماعی و گردشگری سازمان منطقه آزاد اروند، ظهر امروز در"
    " گفت وگو با خبرنگار فارس در آبادان اظهار کرد: این تفاهم‌نامه همکاری منعقد گردید.\n"
    "وی افزود: ایجاد همکاری مشترک از جمله موضوعات این تفاهمنامه است.\n"
    "طمیمیان بیان کرد: تسهیل در اجرای طرح‌های اقتصادی بخشی از مفاد این قرارداد است.\n"
)


def test_a_given_name_closing_in_allah_is_read_whole():
    assert people(TAMIMIAN)[0] == "قدرت الله طمیمیان"
    assert speakers(TAMIMIAN) == ["قدرت الله طمیمیان"] * 3


def test_allah_abbreviated_by_fars_news_is_read_whole(shared):
    """fars-8211070263 (quotes_dev66fa): «فضل ا... صلواتي», the tagger finding «صلواتي»."""
    found = corpus_articles(shared, {"fars-8211070263"}, ["farsnews_fa"])
    if "fars-8211070263" not in found:
        pytest.skip("farsnews_fa not present")
    text = found["fars-8211070263"]["text"]
    assert "فضل ا... صلواتي" in people(text)
    assert speakers(text)[0] == "فضل ا... صلواتي"


def test_a_title_closing_in_allah_is_not_a_given_name():
    text = "آیت الله احمد جنتی امروز در خطبه‌های نماز جمعه تهران گفت: مردم در صحنه هستند."
    assert not any(p.startswith("آیت") for p in people(text))


# fars-8803051001, shortened
HOSSEINI = (
    "به گزارش خبرگزاري فارس از سنندج، سيدمحمد حسيني ظهر امروز اظهار داشت: فرهنگ پايه و"
    " اساس تمدن است.\n"
    "حسيني اذعان داشت: دانشگاه پيام نور در سطح كشور موفق بوده است.\n"
    "رئيس دانشگاه پيام نور اذعان داشت: ما استادان فعالي داريم.\n"
)


def test_the_first_word_of_a_speech_verb_is_no_name():
    found = people(HOSSEINI)
    assert "اذعان" not in " ".join(found)
    assert speakers(HOSSEINI)[1] == "سيدمحمد حسيني"


# fars-13961107000032, shortened
NIKBAKHSH = (
    "امیرعلی نیک‌بخش امروز در گفت‌وگو با خبرنگار فارس در زنجان اظهار کرد: بحث ترویج فرهنگ"
    " مطالعه از موضوعات مهم است.\n"
    "نیکبخش همچنین از وجود بزرگترین کتابخانه خیرساز در استان خبر داد و گفت: زیربنای این"
    " کتابخانه 2 هزار متر مربع است.\n"
    "وی تصریح کرد: در قالب طرح کتابخوان کتاب‌ها بررسی می‌شود.\n"
)


def test_a_surname_without_its_half_space_is_the_person_named_before():
    assert speakers(NIKBAKHSH) == ["امیرعلی نیک‌بخش"] * 3


def test_a_surname_of_other_letters_stays_as_written():
    text = NIKBAKHSH.replace("نیکبخش همچنین", "نیکزاد همچنین")
    assert speakers(text)[1] != "امیرعلی نیک‌بخش"


# fars-13920513000996, shortened
MOUSAVI = (
    "به گزارش خبرگزاری فارس از خرم‌آباد، سیده فاطمه موسوی ظهر امروز در مراسم بزرگداشت روز"
    " بسیج جامعه زنان گفت: زن‌ها در میدان‌های مختلف همدوش مردان حرکت می‌کردند.\n"
    "وی افزود: هدف بسیج پاسداری از انقلاب اسلامی است.\n"
)


def test_sayyida_before_a_name_stays_in_the_speaker():
    assert speakers(MOUSAVI) == ["سیده فاطمه موسوی"] * 2


# fars-13950525001423, shortened
BORJI = (
    "به گزارش خبرگزاری فارس از زنجان، محمد برجی عصر امروز در مراسم شب شعر اظهار کرد: از آغاز"
    " سال جاری برنامه‌ریزی لازم انجام شده است.\n"
    "رئیس اداره فرهنگی و ارشاد اسلامی شهرستان خدابنده همچنین از برگزاری کلاس‌های خوشنویسی،"
    " موسیقی، ویولن نیز با همکاری آموزشگاه‌ها خبر داد و گفت: امسال بیش از 2 هزار نفر در این"
    " کلاس‌ها حضور پیدا کرده‌اند.\n"
    "وی گفت: همچنین به مناسبت دهه ولایت نمایشگاه کتاب برگزار می‌شود.\n"
)


def test_a_role_going_on_with_hamchenin_is_the_person_named_before():
    doc = analysed_document("t", BORJI, "fa")
    assert len({q["speaker"] for q in doc.quotes}) == 1
    assert doc.quotes[0]["speaker"] is not None


def test_a_role_with_niz_after_its_subject_is_someone_else():
    """«نیز» right after the role (no «همچنین» before it): another person also spoke."""
    text = BORJI.replace(
        "شهرستان خدابنده همچنین از برگزاری کلاس‌های خوشنویسی، موسیقی، ویولن نیز",
        "شهرستان خدابنده نیز از برگزاری کلاس‌های خوشنویسی",
    )
    doc = analysed_document("t", text, "fa")
    assert doc.quotes[1]["speaker"] != doc.quotes[0]["speaker"]
