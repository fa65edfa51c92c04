"""One-word names a user meets on an entity page (round entities78,
eval/labels/entities_oneword78.md): a listed name written without its ZWNJ is the listed
entity. Real sentences, with their article ids."""

from __future__ import annotations

from rasad.stages.entities import find_entities


def keys(text: str, lang: str) -> list[tuple[str, str]]:
    return [(m["text"], m["entity"]) for m in find_entities(text, lang)]


# ntrex-fa-nytimes.184860: WhatsApp, listed as «واتس‌اپ», written joined
WHATSAPP_FA = (
    "آقای گندون توضوح داد که چند ساعت بعد از خبر تخریب هتل روا روا نگران شاگردانش شده و در"
    " انجمن پاراگلایدر از طریق واتساپ پیامهایی را به رقبای حاضر در جشنواره ساحلی پالو ارسال کرد."
)


def test_a_listed_name_written_without_its_zwnj_is_the_listed_entity():
    assert ("واتساپ", "ORG:WhatsApp") in keys(WHATSAPP_FA, "fa")
    assert ("واتس‌اپ", "ORG:WhatsApp") in keys(WHATSAPP_FA.replace("واتساپ", "واتس‌اپ"), "fa")


# ntrex-fa-newsweek.51310: «موریسی» alone read as Mauritian (Mauritius), the same document
# naming «پاتریک موریسی»
MORRISEY_FA = (
    "ترامپ تلاش می\u200cکند تا به نامزد جمهوری خواه ویرجینیای غربی برای سنا، آقای پاتریک موریسی"
    " که در نظرسنجی\u200cها عقب است، کمک کند.\nبر اساس گزارش رویترز، سیمون هدر، کارشناس سیاسی در"
    " دانشگاه ویرجینیای غربی گفت: «این نشانه خوبی برای موریسی نیست که رئیس جمهور مجبور شده به"
    " اینجا بیاید."
)

# ntrex-en-guardian.221756: "Rosenstein" alone read as an organization
ROSENSTEIN_EN = (
    "Donald Trump's high-stakes meeting with deputy attorney general Rod Rosenstein could be"
    ' "pushed back another week" as the fight over supreme court nominee Brett Kavanaugh'
    " continues, the White House said on Sunday.\nRosenstein oversees the work of special counsel"
    " Robert Mueller."
)


def test_a_full_name_in_the_same_document_beats_another_reading_of_its_surname():
    fa = dict(keys(MORRISEY_FA, "fa"))
    assert fa["موریسی"] == fa["پاتریک موریسی"]
    assert not fa["موریسی"].startswith("GPE")
    en = keys(ROSENSTEIN_EN, "en")
    assert [k for t, k in en if t == "Rosenstein"] == [k for t, k in en if t == "Rod Rosenstein"]


# snn-2015-08-01-00336: two players of one family, «نايف البلوي» and «عايد البلوي»
BALAWI_AR = (
    "ودخل مدرب الفريق جميل قاسم الشوط الأول بتشكيله مكونة من داوود آل سعيد وفريد ملولي وعلي"
    " هزازي ونايف البلوي ومتعب النجراني وروبينهو وهيكتور راموس. وفي الشوط الثاني بدأ المدرب"
    " بتشكيلة مكونة من محمد عسيري وسلطان مسرحي وحسن جعفري وعايد البلوي وطلال الشمالي."
)


def test_a_surname_after_another_given_name_is_not_the_full_names():
    found = keys(BALAWI_AR, "ar")
    balawi = dict(found).get("عايد البلوي")
    assert balawi is not None
    assert all(k != balawi for t, k in found if t == "البلوي")


# ntrex-fa-nytimes.184837: the full name read as an organization, «آقای جوکو» after it
JOKO_FA = (
    "رئیس جمهور جوکو ویدودو در جهت بهبود زیرساختهای قدیمی اندونزی که محور شعارهای انتخاباتی او بود"
    " قدمهایی برداشته است و مبالغ هنگفتی را در جاده و راه\u200cآهن هزینه نموده است.\nاما کمبود بودجه"
    " دولت آقای جوکو را در انتخابات سال آینده با مشکل مواجه می\u200cکند."
)


def test_a_name_opening_with_a_titled_first_name_is_that_person():
    found = {m["text"]: m for m in find_entities(JOKO_FA, "fa")}
    assert found["جوکو ویدودو"]["type"] == "PER"
    assert found["جوکو"]["entity"] == found["جوکو ویدودو"]["entity"]


# ntrex-en-newsweek.51310
RALLY_EN = "What time is Trump's West Virginia rally tonight and how do you watch online?"


def test_a_possessive_ends_a_span():
    found = keys(RALLY_EN, "en")
    assert ("West Virginia", "GPE:West Virginia") in found
    assert ("Trump", "PER:Donald Trump") in found
    assert not any("'s" in t for t, _ in found)


# ntrex-ar-cbsnews.248384 and ntrex-ar-reuters.218882
NETWORKS_AR = (
    "صالح كافانو فقد التقطته كاميرات سي إن إن وسي بي إس صباح يوم الجمعة والمتظاهرون يصيحون عليه."
)
SUNDAY_TIMES_AR = (
    "اتهمت رئيسة الوزراء تيريزا ماي في مقابلة مع صحيفة صنداي تايمز نقاد خططها بالانسحاب من"
    ' الاتحاد الأوروبي "باللعب بالسياسة".'
)


def test_a_fragment_of_a_multi_word_name_is_no_entity():
    networks = keys(NETWORKS_AR, "ar")
    assert ("سي إن إن", "ORG:CNN") in networks
    assert ("سي بي إس", "ORG:CBS") in networks
    assert not any(t in ("سي", "وسي بي إس") for t, _ in networks)
    assert ("صنداي تايمز", "ORG:The Sunday Times") in keys(SUNDAY_TIMES_AR, "ar")


# ntrex-fa-abcnews.306776: Mississippi written in syllables; ntrex-ar-cbsnews.248384: «على»
MISSISSIPPI_FA = "دادگاه مردی که متهم به زنده زنده سوزاندن یک زن اهل می سی سی پی در سال 2014 است."
KAVANAUGH_AR = (
    "فقد أوضح الأعضاء الجمهوريون أنهم لن يدلوا بأصواتهم للموافقة على كافانو بدون إجراء تحقيق."
    " وقال بريت كافانو إنه بريء."
)


def test_what_is_no_initialism_nor_another_given_name_stays():
    assert not any(t == "سی سی پی" for t, _ in keys(MISSISSIPPI_FA, "fa"))
    found = keys(KAVANAUGH_AR, "ar")
    assert dict(found)["كافانو"] == dict(found)["بريت كافانو"]


# snn-2015-08-01-00370: the cartoonist Ali Farzat in a review of Adnan Farzat's novel
FARZAT_AR = (
    "تصدر قريباً باللغة البولندية كتاب عن رواية الكاتب السوري عدنان فرزات. وترجمت من هذا الفصل"
    " لسيرة رسام الكاريكاتور العالمي علي فرزات، الذي رأت فيه بطلاً رئيساً."
)


def test_a_surname_after_ali_is_not_another_mans():
    found = keys(FARZAT_AR, "ar")
    adnan = dict(found)["عدنان فرزات"]
    assert not any(k == adnan for t, k in found if t == "فرزات")
