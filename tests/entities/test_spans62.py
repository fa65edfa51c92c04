"""Entity names one word too long (session 56, entities62; eval/labels/entities_spans62.md): a
one-word name after a title grew over the next word though it was a verb, a preposition's
word or a participle («السيد ترامب بإعادة ترشيحه», "President Putin said"); a city's mention
took the country's adjective after it («نابلس الفلسطينية»); a tatweel written as a dash ended a
place's or a person's span («مكة ـ», «آل سعودــ»). Short sentences written as the articles
write them."""

from __future__ import annotations

from rasad.entities.recognise import (
    _a_common_arabic_word,
    _before_tatweel,
    _future_verb_form,
)
from rasad.stages.entities import find_entities


def texts(text: str, lang: str, kind: str | None = None) -> list[str]:
    return [m["text"] for m in find_entities(text, lang) if kind is None or m["type"] == kind]


def test_a_known_person_after_a_title_does_not_grow_over_a_preposition_word():
    text = "بهذا المنطق، سيفوز السيد ترامب بإعادة ترشيحه مرة ثانية عام 2020."
    assert "ترامب" in texts(text, "ar", "PER")
    assert "ترامب بإعادة" not in texts(text, "ar")


def test_nor_over_a_future_verb_or_a_definite_masdar():
    verb = "واعتقد أن الرئيس أوباما سيضغط على حلفائه الكنديين."
    masdar = "فقد اعتبر الرئيس بوتين التعاون في القطاع المصرفي واحدا من أولويات المنظمة."
    assert "أوباما" in texts(verb, "ar", "PER") and "أوباما سيضغط" not in texts(verb, "ar")
    assert "بوتين" in texts(masdar, "ar", "PER") and "بوتين التعاون" not in texts(masdar, "ar")


def test_a_given_name_after_a_title_still_takes_the_family_name():
    assert "بشار الأسد" in texts("وقال الرئيس بشار الأسد إن الحرب طويلة.", "ar", "PER")
    assert "حسن روحاني" in texts("وقال الرئيس حسن روحاني إن الاتفاق قريب.", "ar", "PER")


def test_an_english_name_after_a_title_does_not_grow_over_a_lower_case_word():
    said = "Speaking on Tuesday, President Putin said Baikal was owned by investors."
    given = "Why has President Trump given up so much?"
    assert "Putin" in texts(said, "en", "PER") and "Putin said" not in texts(said, "en")
    assert "Trump" in texts(given, "en", "PER") and "Trump given" not in texts(given, "en")


def test_the_word_tests():
    for word in ("بإعادة", "للعدالة", "كقانون", "التعاون"):
        assert _a_common_arabic_word(word), word
    assert not _a_common_arabic_word("روحاني")
    assert _future_verb_form("سيضغط") and not _future_verb_form("سيف")


def test_a_city_loses_the_country_adjective_after_it():
    text = "في قرية دوما بمدينة نابلس الفلسطينية وإصابة عدد من أفراد أسرته."
    assert "نابلس" in texts(text, "ar", "GPE")
    assert "نابلس الفلسطينية" not in texts(text, "ar")
    los_angeles = "التي تستضيفها حاليا مدينة لوس أنجلوس الأمريكية، حيث حصدوا خمس ميداليات."
    assert "لوس أنجلوس" in texts(los_angeles, "ar", "GPE")


def test_a_country_named_with_its_adjective_is_left_whole():
    assert "مصر العربية" in texts("وزير الدفاع لجمهورية مصر العربية، وحضور الحفل.", "ar")
    text = "وزير خارجية الجمهورية الإسلامية الإيرانية في الرياض."
    assert "الجمهورية الإسلامية الإيرانية" in texts(text, "ar")


def test_a_tatweel_dash_ends_no_name():
    assert texts("عثرات طريق مكة -ـ جدة السريع", "ar", "GPE") == ["مكة", "جدة"]
    assert texts("الرياض ـ واس", "ar") == ["الرياض", "واس"]
    king = "خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعودــ حفظه الله"
    assert "سلمان بن عبدالعزيز آل سعود" in texts(king, "ar", "PER")
    assert _before_tatweel("آل سعودــ", 0, 9) == 7


def test_an_unknown_name_after_a_title_does_not_grow_over_a_clause_word():
    cases = (
        "وما يوفون بوعودهم. وصرح السيد فاراج بضرورة استشعار الساسة لكافة المخاطر.",
        "كما ذكر أن السيد مولر يحول تحقيقه إلى ما إذا كانت الحملة تواطأت.",
        "وابتكر السيد ميتشيل تلك السندات بإيعاز من نيلسون روكفلر.",
    )
    for text, name in zip(cases, ("فاراج", "مولر", "ميتشيل"), strict=True):
        found = texts(text, "ar")
        assert not any(t.startswith(name + " ") for t in found), (text, found)


def test_a_persian_name_after_a_title_does_not_grow_over_a_speech_verb():
    text = "آیت‌الله اراکی افزود: شکل دوم جنگ روانی، قطع رابطه است."
    assert not any(t.startswith("اراکی ") for t in texts(text, "fa"))


def test_an_unknown_family_name_after_a_title_still_grows():
    text = "بعث خادم الحرمين الشريفين برقية تهنئة لفخامة الرئيس باتريك ألين حاكم عام جامايكا."
    assert "باتريك ألين" in texts(text, "ar", "PER")


def test_nor_over_a_conjoined_common_word():
    text = "والمباحثات الفعالة التي تمت بين الرئيس السيسي والأمير محمد بن سلمان، مؤكدا أن"
    assert not any(t.startswith("السيسي ") for t in texts(text, "ar"))


def test_an_abbreviation_keeps_its_tatweel():
    assert _before_tatweel("جبعت هـ", 0, 7) == 7
    assert _before_tatweel("هـ", 0, 2) == 2
