"""Persian quote speakers, session 51 (quotes51fa, issue 21 point 3): the failure kinds of
quotes_dev51fa.tsv — speech verbs the cue list lacked («هشدار داده است که», «خبر داد که», «به
این نکته اشاره کرد که», «ادعا می‌کند که», «عقیده دارند که»), a deputy's office after the name
(«نایب رئیس»), a statement's issuer that is no organisation word («در بیانیه ارتش آمریکا آمده
است»), a source cited inside a byline channel, a role after a byline channel's source, and a
subject after «چرا که» or before «پیش از این». Short sentences written in the style of Fars News."""

from __future__ import annotations

import pytest

from tests.support.quotes import found_quotes, speaker_of


@pytest.mark.parametrize(
    "text, opening, speaker",
    [
        (
            "به گزارش فارس، تحقیق در این مورد مهم است، چرا که بانک جهانی هشدار داده است که تا"
            " سال 2033 این بیماری عامل مرگ صدها میلیون نفر می‌شود.\n",
            "تا سال 2033",
            "بانک جهانی",
        ),
        (
            "به گزارش فارس، سایت «dailysabah» ترکیه خبر داد که امروز صبح اتوبوس تیم فوتبال"
            " واژگون شد.\n",
            "امروز صبح",
            "dailysabah",
        ),
        (
            "به گزارش فارس، شرکت Iomega اعلام کرده است که این هاردها ضدضربه هستند.\nاین شرکت"
            " ادعا می‌کند که هاردهای eGo از ایمن‌ترین هاردها هستند.\n",
            "هاردهای eGo",
            "شرکت Iomega",
        ),
        (
            "به گزارش فارس، بسیاری از دانشمندان عقیده دارند که کشف واکسن این بیماری یک دهه"
            " طول می‌کشد.\n",
            "کشف واکسن",
            "بسیاری از دانشمندان",
        ),
    ],
)
def test_speech_verbs_with_a_clause(text, opening, speaker):
    """fars-8311210011, fars-13980209000262, fars-8811190121: warnings, news, claims and
    beliefs with «که» are quotes of their subject (the subject after «چرا که»)."""
    assert speaker_of(text, opening) == speaker


@pytest.mark.parametrize(
    "text, opening",
    [
        (
            "منابع خبری عصر روز سه‌شنبه از وقوع یک انفجار مهیب در بندر بیروت خبر دادند که طبق"
            " آمار شمار جان باختگان به ۱۳۵ تن رسیده است.\n",
            "طبق آمار",
        ),
        (
            "او به کمیته قضایی مجلس سنای آمریکا اشاره کرد که حضار چطور او را هو کرده بودند.\n",
            "حضار چطور",
        ),
        (
            "وقتی اطلاعات نشان دادند که تلفن او زمانی که ادعا می کند با دوستش بوده، همراه"
            " دیگری بوده است، پلیس سراغ او رفت.\n",
            "با دوستش",
        ),
    ],
)
def test_news_of_a_thing_and_a_thing_referred_to_are_no_quotes(text, opening):
    """quotes_dev47d, quotes_dev42b, quotes_dev43b: «از X خبر دادند که», «به X اشاره کرد که»
    and a claim inside a clause with no «که» report no one's words."""
    assert not any(q["text"].startswith(opening) for q in found_quotes(text, "fa"))


def test_a_point_made_is_a_quote():
    """fars-8312010007: «وی … به این نکته اشاره کرد که …» reports his words."""
    text = (
        "به گزارش فارس، مدیر عامل شرکت در نشستی سخنرانی کرد.\nوی در بخشی از مطالب خود به این"
        " نکته اشاره کرد که هزینه‌های فناوری اطلاعات در جهان فراتر رفته است.\n"
    )
    assert any(q["text"].startswith("هزینه‌های فناوری") for q in found_quotes(text, "fa"))


def test_a_deputy_is_no_word_of_the_name():
    """fars-13990915000057: «علی نیکزاد نایب رئیس مجلس شورای اسلامی … اظهار کرد»: the name
    is «علی نیکزاد», not «علی نیکزاد نایب»."""
    text = (
        "به گزارش خبرگزاری فارس از اردبیل، علی نیکزاد نایب رئیس مجلس شورای اسلامی در جمع"
        " خبرنگاران اظهار کرد: کشت و صنعت مغان به آغوش مردم بازگشته است.\nوی افزود: پیشنهاد"
        " مصداقی برای مدیریت این مجموعه نداریم.\n"
    )
    assert speaker_of(text, "کشت و صنعت") == "علی نیکزاد"
    assert speaker_of(text, "پیشنهاد مصداقی") == "علی نیکزاد"


def test_a_statement_of_an_army_in_marks():
    """fars-8310250027: «در بیانیه ارتش آمریکا آمده است: «…»»: the army speaks."""
    text = (
        "به گزارش خبرگزاری فرانسه از بغداد، در بیانیه ارتش آمریکا آمده است: «دو تفنگدار واحد"
        " یکم روز 13 ژانویه هنگام ماموریت در استان الانبار عراق کشته شدند.»\nاین بیانیه جزئیات"
        " بیشتری ارائه نداد.\n"
    )
    assert speaker_of(text, "دو تفنگدار") == "ارتش آمریکا"


def test_a_message_stressed_in_the_passive():
    """fars-8307080143: «در پیام رئیس سازمان … تاکید شده است: …»: the head of the body."""
    text = (
        "به گزارش فارس، در پیام رئیس سازمان فرهنگ و ارتباطات اسلامی تاکید شده است: جهان امروز"
        " به اندیشه‌های مولانا نیازمند است.\n"
    )
    assert speaker_of(text, "جهان امروز") == "رئیس سازمان فرهنگ و ارتباطات اسلامی"


def test_a_source_cited_inside_a_byline_channel():
    """fars-8503300598: «به نقل از مرکز خبر حوزه علمیه قم بر اساس اعلام دبیرخانه این همایش،
    …»: the secretariat, whose words the news centre passed on."""
    text = (
        "به گزارش خبرگزاری فارس به نقل از مرکز خبر حوزه علمیه قم بر اساس اعلام دبیرخانه این"
        " همایش، تاکنون بیش از 1100 اثر به این دبیرخانه ارسال شده است.\n"
    )
    assert speaker_of(text, "تاکنون بیش از") == "دبیرخانه این همایش"


def test_a_role_after_a_byline_channel_is_no_outlet():
    """fars-13941212001249: «به نقل از خانه ملت، …» then «رئیس کمیسیون اقتصادی مجلس …
    اظهار داشته»: the committee's chairman, not the parliament's news site."""
    text = (
        "به گزارش خبرگزاری فارس به نقل از خانه ملت، نماینده کمیسیون اقتصادی در کمیسیون تلفیق"
        " تغییر کرد.\nرئیس کمیسیون اقتصادی مجلس شورای اسلامی اظهار داشت: این نماینده درخواست"
        " جایگزین شدن داشته است.\n"
    )
    assert speaker_of(text, "این نماینده") == "رئیس کمیسیون اقتصادی مجلس شورای اسلامی"


def test_before_this_is_no_subject():
    """quotes_dev45b fars-8510080030: «گروه‌های امدادی پیش از این هشدار داده بودند …»: the
    relief groups, not the spokesman who spoke before («این» is "this", a time)."""
    text = (
        "بنا بر اعلام سخنگوی این نهاد امدادی سازمان ملل، زمان از سرگیری پروازها معلوم نیست.\n"
        "گروه‌های امدادی پیش از این هشدار داده بودند تشدید خشونت‌ها امور امدادی را مختل خواهد"
        " کرد.\n"
    )
    assert speaker_of(text, "تشدید خشونت") == "گروه‌های امدادی"


def test_a_message_speaks_on_after_an_aside():
    """fars-8307080143: «در این پیام با استفاده از اشعار حکیمانه مولانا، آمده است: …» after
    «در بخشی از این پیام آمده است: …»: the message speaks on, never the poet of the aside."""
    text = (
        "به گزارش فارس به نقل از روابط عمومی سازمان فرهنگ و ارتباطات اسلامی، در این پیام از"
        " دوستداران مولانا قدردانی شده است.\nدر بخشی از این پیام آمده است: بر همه فرهیختگان"
        " فرض است که این میراث را بشناسند.\nدر این پیام با استفاده از اشعار حکیمانه مولانا، آمده"
        " است: سخن مولوی جوشش عشق است.\n"
    )
    assert speaker_of(text, "سخن مولوی") == speaker_of(text, "بر همه فرهیختگان")
    assert speaker_of(text, "سخن مولوی") != "مولانا"


def test_the_byline_report_is_no_statement_issuer():
    """fars-8211190186 (unlabelled): «به گزارش خبرگزاري فارس به نقل از روابط عمومي اين سازمان
    در ابتداي بيانيه سازمان بسيج مهندسين آمده است: …»: the organisation, not the agency."""
    text = (
        "به گزارش خبرگزاري فارس به نقل از روابط عمومي اين سازمان در ابتداي بيانيه سازمان بسيج"
        " مهندسين آمده است: جشنهاي پيروزي انقلاب اسلامي را در حالي برگزار مي‌كنيم.\n"
    )
    assert speaker_of(text, "جشنهاي پيروزي") == "سازمان بسيج مهندسين"


def test_a_person_after_a_time_speaks_not_the_statement_before():
    """fars-8809130437 (unlabelled): a body's statement, then «شايان ذكر است هفته گذشته
    آيت‌الله جوادي آملي در خطبه‌هاي نماز جمعه قم … گفت: …»: the cleric, not the body (the
    reporter's opener and the time before his name are no subject)."""
    text = (
        "به گزارش خبرگزاري فارس از قم، در بيانيه ستاد برگزاري نماز جمعه قم آمده است: خدا را"
        " سپاس كه سال‌ها از معارف بهره برديم.\nشايان ذكر است هفته گذشته آيت‌الله جوادي آملي در"
        " خطبه‌هاي نماز جمعه قم ضمن تقدير و تشكر از رهبر معظم انقلاب گفت: بنده از ادامه حضور در"
        " نماز جمعه معذورم.\nوي تصريح كرد: ائمه جمعه دو مسئوليت مهم دارند.\n"
    )
    assert speaker_of(text, "بنده از ادامه") == "جوادي آملي"
    assert speaker_of(text, "ائمه جمعه") == "جوادي آملي"


def test_a_person_after_a_time_speaks_not_the_last_speaker():
    """The same construction after another man's words: «هفته گذشته» + title + name is the
    subject, never a continuation of the man before."""
    text = (
        "به گزارش خبرگزاري فارس، علي لاريجاني رئيس مجلس گفت: مجلس از برگزاري نماز جمعه حمايت"
        " مي‌كند.\nشايان ذكر است هفته گذشته آيت‌الله جوادي آملي در خطبه‌هاي نماز جمعه قم گفت:"
        " بنده از ادامه حضور در نماز جمعه معذورم.\n"
    )
    assert speaker_of(text, "بنده از ادامه") == "جوادي آملي"
