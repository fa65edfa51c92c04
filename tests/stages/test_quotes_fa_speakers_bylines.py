"""Persian quote speakers, session 64 (speakers78fa, issue 21 point 3; quotes_dev78fa.md): a
byline no comma closes does not hide the person named after it; a clause «، اما X می‌گوید»
after another clause with its own subject is X's; «این» + a one-person role whose complement is
a body points back to the one speaking before, not to the body; an agency a byline quotes is
no person beside the role after its comma; «در بخشی از متن این تقدیرنامه آمده است» speaks for
the letter, not for a person it thanks. Short excerpts of Fars News articles (typed in;
shortened)."""

from __future__ import annotations

from rasad.eval.quotes import analysed_document


def speakers(text: str) -> list[str | None]:
    return [q["speaker_text"] for q in analysed_document("t", text, "fa").quotes]


# fars-8312010005 (quotes_dev74fa), shortened: «به گزارش خبرگزاري فارس» with no comma after it
MIRTAJODDINI = (
    "به گزارش خبرگزاري فارس محمدرضا ميرتاج‌الديني در سخناني در يادواره شهداي پايگاه مقاومت"
    " حضرت‌ سيد‌الشهداء(ع) روز پنجشنبه تصريح كرد: مكتب عاشورا مكتب ايستادگي است.\n"
    "وي با اشاره به تهديدات اخير آمريكا بيان داشت: ملت ايران تسليم نمي‌شود.\n"
)


def test_a_byline_without_a_comma_does_not_hide_the_person_after_it():
    assert speakers(MIRTAJODDINI) == ["محمدرضا ميرتاج‌الديني"] * 2


# fars-8708010162 (quotes_dev78fa), shortened
VIDMAR = (
    "توني ويدمار، مربي آدلايد مي گويد: او روز دوشنبه تمرين سبكي داشت.\n"
    "آدلايد در 9 بازي قبلي خود تنها سه بار دروازه اش باز شده است، اما ويدمار مي گويد: ما با برد"
    " خوبي كه روز جمعه داشتيم روحيه گرفته ايم.\n"
    "وي ادامه داد: ترسي نداريم و با اعتماد به نفس بالايي وارد زمين حريف مي شويم.\n"
)


def test_a_clause_after_but_speaks_for_the_person_it_names():
    assert speakers(VIDMAR) == ["توني ويدمار"] * 3


# fars-8705100303 (unlabelled Fars News), shortened: «ولي» opens a clause inside the relative
# clause of «دانشجويي كه عنوان كرد», and a comma closes it before the verb
HAZRATI = (
    "الياس حضرتي در جمع دانشجويان اظهار داشت: حكومت ديني بايد حفظ شود.\n"
    "حضرتي در پاسخ به دانشجويي كه عنوان كرد در دوره‌هاي گذشته خبري از شعار عدالت نبود، ولي"
    " احمدي نژاد با شعار عدالت وارد ميدان شد، گفت: كسي مخالف عدالت نيست.\n"
)


def test_a_clause_after_but_that_a_comma_closes_is_not_the_speakers():
    assert speakers(HAZRATI)[-1] != "احمدي نژاد"


# fars-8203150018 (quotes_dev78fa), shortened
JABBOUR = (
    "جورج جبور افزود: امام خميني (ره) نماد عدالت و حق پرستي در جهان به شمار مي رود.\n"
    "اين استاد دانشگاه مسيحي اظهار داشت: انديشه هاي امام خميني بر تمام جهان اسلام تاثيري شگرف"
    " داشت.\n"
)


def test_this_role_of_a_body_is_the_one_speaking_before_not_the_body():
    assert speakers(JABBOUR) == ["جورج جبور"] * 2


# fars-8304080274 (quotes_dev78fa), shortened: the agency the recogniser reads as a person
JUMAH = (
    "به گزارش خبرگزاري فارس به نقل از آسوشيتد پرس، رئيس شركت نفت آرامكوي عربستان سعودي با اعلام"
    " اين خبر افزود: اين شركت قادر است توليد خود را افزايش دهد.\n"
)


def test_the_agency_a_byline_quotes_is_not_the_holder_of_the_role_after_it():
    assert speakers(JUMAH) != ["آسوشيتد پرس"]


# fars-13950212000987 (quotes_dev78fa), shortened
DARABI = (
    "حمداله دارابی مسئول روابط عمومی اداره کل اوقاف و امور خیریه استان ایلام موفق به کسب رتبه"
    " برتر روابط عمومی‌های اوقاف کشور شد و لوح سپاس خود را از دست ریاست سازمان اوقاف و امور"
    " خیریه کشور دریافت کرد.\n"
    "در بخشی از متن این تقدیرنامه آمده است: نقش موثر و ارزشمند جنابعالی قابل تقدیر است.\n"
)


def test_a_letter_of_thanks_speaks_for_itself_not_for_the_one_it_thanks():
    assert speakers(DARABI) == ["این تقدیرنامه"]
