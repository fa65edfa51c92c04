"""Arabic-script entities an analyst saw wrong in the whole s48 archive (session 49,
arnames49): Mohammed bin Salman written only with his long chain, «عمان» after «السفارة
السعودية ب», common words shown as entities, and the newspaper «الشرق الأوسط» after the
article written apart or its reporter; on short sentences written as the articles write them."""

from __future__ import annotations

from rasad.stages.entities import find_entities


def canonicals(text: str, lang: str = "ar") -> dict[str, str | None]:
    return {m["text"]: m.get("canonical") for m in find_entities(text, lang)}


def test_the_long_chain_alone_is_mohammed_bin_salman():
    text = "وصل صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد إلى القاهرة."
    assert canonicals(text)["محمد بن سلمان بن عبدالعزيز"] == "Mohammed bin Salman"
    text = "استقبل الأمير محمد بن سلمان بن عبد العزيز آل سعود وزير الخارجية الأمريكي."
    assert canonicals(text)["محمد بن سلمان بن عبد العزيز آل سعود"] == "Mohammed bin Salman"


def test_the_embassy_in_amman_is_no_list_of_countries():
    text = (
        "عين اليوم – عمان وصل الأمير محمد بن سلمان إلى الأردن، وكان في استقباله عدد من "
        "المسئولين في السفارة السعودية بعمان. وأمين عمان عقل بلتاجي."
    )
    found = [(m["text"], m["canonical"]) for m in find_entities(text, "ar")]
    assert ("عمان", "Oman") not in found
    assert found.count(("عمان", "Amman")) == 3
    # an item of a list of countries stays Oman, Jordan named or not
    text = "تضم المجموعة الأخرى الأردن والمغرب والبحرين وعمان والعراق."
    assert canonicals(text)["عمان"] == "Oman"


def test_common_words_the_archive_showed_as_entities_are_none():
    texts = [
        "منع المصلين من أداء صلاة الفجر بحجة أن صلاتهم ليست صحيحة.",
        "وأشار إلى أن هذا التوقيت لم يكن في الحسبان، وحتى هذه اللحظة لا نزال في دوامة.",
        "ستجعل من منطقة مكة «أيقونة» حضارية لما ستحققه من اختصار للوقت.",
        "تعتزم وزارة التعليم تطبيق برنامج «رفق» الإرشادي في مستهل العام الدراسي.",
        "للحاصلين على الدرجة الجامعية (بكالوريوس) في أحد التخصصات التربوية.",
    ]
    for text in texts:
        assert not {"الفجر", "الحسبان", "أيقونة", "رفق", "بكالوريوس"} & set(canonicals(text))
    text = "به گزارش خبرگزاری فارس، نشریه «بیلد» آلمان خبر داد که یواخیم لو ماندنی است."
    assert "نشریه" not in canonicals(text, "fa")
    text = "به گزارش باشگاه خبري فارس «توانا»، مجمع انتخاباتي فدراسيون اسكواش برگزار شد."
    assert "توانا" not in canonicals(text, "fa")


def test_the_newspaper_after_the_article_written_apart_or_its_reporter():
    text = "وكانت الـ«الشرق الأوسط» أشارت في عدد سابق إلى أن اللاعب سيرحل."
    assert canonicals(text)["الشرق الأوسط"] == "Al-Sharq Al-Awsat"
    text = "قبل شهور من وفاته حينما التقى مراسل «الشرق الأوسط» بالرجل العجيب داخل بيته."
    assert canonicals(text)["الشرق الأوسط"] == "Al-Sharq Al-Awsat"
    text = "تشهد منطقة الشرق الأوسط أزمات متلاحقة."
    assert canonicals(text)["الشرق الأوسط"] == "Middle East"


def test_a_body_named_with_the_saudi_adjective_is_one_organization():
    text = "أقامت الهيئة السعودية للمهندسين حفل معايدتها السنوية في 19 مدينة."
    assert ("الهيئة السعودية للمهندسين", "ORG") in {
        (m["text"], m["type"]) for m in find_entities(text, "ar")
    }
    # without a complement «السعودية» stays the country
    text = "وقال رئيس الهيئة السعودية إن المملكة ماضية في خططها."
    assert canonicals(text)["السعودية"] == "Saudi Arabia"


def test_a_name_after_lam_is_the_same_entity_as_with_its_article():
    text = (
        "أقامت الهيئة السعودية للمهندسين حفلا، وقال إن العضوية للهيئة السعودية للمهندسين "
        "مفتوحة للجميع."
    )
    keys = {m["text"]: m["entity"] for m in find_entities(text, "ar")}
    assert keys["لهيئة السعودية للمهندسين"] == keys["الهيئة السعودية للمهندسين"]


def test_saudi_telecom_is_the_company_not_the_country():
    text = "قام عدد من مسؤولي الاتصالات السعودية بزيارة، وعبر المرضى عن شكرهم للاتصالات السعودية."
    found = canonicals(text)
    assert found["الاتصالات السعودية"] == found["لاتصالات السعودية"] == "Saudi Telecom Company"
