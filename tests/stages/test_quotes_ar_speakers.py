"""Arabic quote speakers (issue 21 point 3, session 43): unnamed sources with the body they
belong to, the definite source taking them up, surnames, and officials named next. Short real
sentences from SaudiNewsNet (quotes_dev39/42/43.tsv and unlabelled articles)."""

from __future__ import annotations

from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.quotes import find_quotes


def speakers(text: str) -> list[str | None]:
    doc = Document(id="t", source="t", text=text, lang="ar")
    doc.entities = find_entities(doc.text, "ar")
    return [q["speaker_text"] for q in find_quotes(doc)]


PASSPORTS = (
    "قال لـ «الاقتصادية» مسؤول في المديرية العامة للجوازات إن أكثر من مليوني مسافر غادروا"
    " المنطقة الشرقية خلال 20 يوما. \n"
    "وقال المسؤول إنه لم يتم تسجيل أي ملاحظات خلال تلك الفترة على المنافذ البرية والجوية."
)


def test_an_unnamed_official_keeps_the_body_he_belongs_to():
    """snn-2015-08-02-00233 (quotes_dev43.tsv): «مسؤول في المديرية العامة للجوازات» speaks,
    not the bare «مسؤول»; «وقال المسؤول» later is that official again."""
    official = "مسؤول في المديرية العامة للجوازات"
    assert speakers(PASSPORTS) == [official, official]


def test_a_source_in_a_recognised_body_is_the_source_not_the_body():
    """«قال مصدر رفيع في وزارة الخارجية السودانية إن …» (snn-2015-08-03-00822, unlabelled):
    the source speaks, not the ministry."""
    text = (
        "وقال مصدر رفيع في وزارة الخارجية السودانية إن مسؤولين فيها تحدثوا إلى الجانبين،"
        " وبين أن وفدا التقى النائب السابق للرئيس الجنوبي."
    )
    assert speakers(text)[0] == "مصدر رفيع في وزارة الخارجية السودانية"


def test_a_source_carried_to_a_null_subject_is_the_source_not_its_body():
    """snn-2015-08-02-00582 (quotes_dev42.tsv): «أوضح … مصدر مسؤول في الاتحاد الآسيوي عن
    الآلية …، وقال: "…"»: the source, not «الاتحاد الآسيوي» its sentence names."""
    text = (
        'أوضح ل"دنيا الرياضة" مصدر مسؤول في الاتحاد الآسيوي عن الآلية التي تم من خلالها'
        ' اختيار الأعضاء السعوديين التسعة في لجان الاتحاد الآسيوي، وقال: "الاتحاد الآسيوي'
        ' يرسل للاتحادات الأعضاء ال45 ويطلب منهم ترشيح أسماء وكفاءات في الاتحادات الوطنية".'
    )
    assert speakers(text) == ["مصدر مسؤول في الاتحاد الآسيوي"]


def test_the_body_of_a_source_ends_before_the_object_of_its_verb():
    """«أكدت مصادر طبية في عدن ارتفاع حصيلة …» (snn-2015-08-03-00767, unlabelled): the
    sources in Aden, never «… عدن ارتفاع حصيلة ضحايا الألغام»."""
    text = (
        "من جهة أخرى، أكدت مصادر طبية في عدن ارتفاع حصيلة ضحايا الألغام الأرضية التي زرعها"
        " الحوثيون إلى عشرة قتلى و81 جريحاً، وتوقعت المصادر أن يرتفع العدد جراء استمرار سقوط"
        " الضحايا وسط المدنيين."
    )
    assert all(s is None or "ارتفاع" not in s for s in speakers(text))


def test_a_surname_is_the_last_speaker_not_a_relative_named_before():
    """snn-2015-08-03-00559 (quotes_dev43.tsv): «الغلول» after «محمد الغلول» spoke is he, not
    his brother «عبدالعزيز فهد الغلول» the article opens with."""
    text = (
        "تفاعلت وزارة الصحة مع شكوى أسرة المواطن عبدالعزيز فهد الغلول بعد نشر معاناة ابنهم"
        " المريض. \n"
        'وقال المواطن محمد الغلول أخ المريض ل" الرياض" إن أخاه عبدالعزيز نُقل من عرعر إلى'
        " مستشفى الملك فهد بالدمام أمس الأحد. \n"
        "وأوضح الغلول أن التقرير الطبي أشار إلى حاجة المريض للإحالة إلى مستشفيات متقدمة."
    )
    assert speakers(text) == ["محمد الغلول", "محمد الغلول"]


def test_a_surname_with_two_letters_swapped_is_the_person_named_in_full():
    """snn-2015-08-03-01210 (quotes_dev42.tsv): «الرافعي» is the typing slip of «حامد بن عاتق
    الرفاعي», the one person the article names."""
    text = (
        "أوضح الأمين العام للهيئة الدكتور حامد بن عاتق الرفاعي أن الهيئة قدمت هذه الأجهزة"
        " لمرضى الكلى. \n"
        "وأفاد الرافعي أن الهيئة قامت بإجراء 39 عملية قسطرة قلب بدون تدخل جراحي."
    )
    assert "عاتق" in (speakers(text)[-1] or "")


def test_a_body_belonging_to_another_is_part_of_the_subject():
    """snn-2015-08-02-01043 (quotes_dev43.tsv): «التابع لهيئة الغابات الأمريكية» is whose
    centre it is, not who was told."""
    text = (
        "وقال مركز المعلومات عن الحرائق التابع لهيئة الغابات الأمريكية إن الحريق الذي اندلع"
        " يوم الخميس امتد لنحو ثلاثة آلاف فدان."
    )
    assert speakers(text) == ["مركز المعلومات عن الحرائق التابع لهيئة الغابات الأمريكية"]


def test_an_unnamed_official_is_the_spokesman_named_in_the_next_sentence():
    """snn-2015-08-04-00614 (quotes_dev39.tsv): «أعلن مسؤول عراقي …» then «وقال عيد عماش
    المتحدث باسم مجلس محافظة الأنبار …»: one man."""
    text = (
        "أعلن مسؤول عراقي الاثنين أن أكثر من 1500 مدرسة دمرت في محافظة الأنبار، كبرى المحافظات"
        " العراقية. \n"
        'وقال عيد عماش المتحدث باسم مجلس محافظة الأنبار أن "الأنبار تضررت بشدة، وأكثر من 1500'
        ' مدرسة دمرت جزئياً أو كلياً" في هذه المحافظة الشاسعة.'
    )
    assert speakers(text) == ["عيد عماش", "عيد عماش"]


def test_an_unnamed_official_stays_unnamed_before_a_minister():
    """Only a spokesman's or official's role after the next speaker's name makes him the
    unnamed official (the same passage with «وزير التربية»: perhaps someone else)."""
    text = (
        "أعلن مسؤول عراقي الاثنين أن أكثر من 1500 مدرسة دمرت في محافظة الأنبار، كبرى المحافظات"
        " العراقية. \n"
        'وقال عيد عماش وزير التربية أن "الأنبار تضررت بشدة، وأكثر من 1500'
        ' مدرسة دمرت جزئياً أو كلياً" في هذه المحافظة الشاسعة.'
    )
    assert speakers(text)[0] == "مسؤول عراقي"


def test_as_reported_by_is_the_subject_of_the_verb_not_whom_it_told():
    """«…، حسبما قال مسؤول في الشركة الهندية لوكالة الصحافة الفرنسية. وأوضح المسؤول …»
    (snn-2015-08-01-00120, unlabelled): the airline official, never the agency told; the
    definite «المسؤول» after it is he."""
    text = (
        "تسبب الاشتباه في وجود فأر صغير داخل طائرة هندية تابعة لشركة «إير إنديا»، كانت متوجهة"
        " إلى نيويورك، في أن تعود أدراجها بعد ساعتين على إقلاعها، خوفا من وجود الفأر، حسبما"
        " قال مسؤول في الشركة الهندية لوكالة الصحافة الفرنسية.\nوأوضح المسؤول الذي طلب عدم"
        " الكشف عن اسمه: «عادت رحلة الخميس الماضي إلى نيودلهي بسبب احتمال وجود فأر فيها»."
        " وتابع: «لم نتأكد من وجود الفأر إلا أن الطائرة أعيدت حفاظا على سلامة الركاب»."
    )
    assert speakers(text) == ["مسؤول في الشركة الهندية"] * 3


def test_officials_after_the_clause_speak_it_and_are_taken_up_later():
    """snn-2015-08-03-00861 (quotes_dev43.tsv): «…، حسبما أفاد مسؤولون أمس» speaks the clause
    before; «…، بحسب المسؤولين» later is the same officials."""
    text = (
        "صارعت ربة منزل في شرق الهند تمساحا باستخدام أواني الطبخ، حسبما أفاد مسؤولون أمس. \n"
        "وهناك موجة من هجمات التماسيح في القرى الواقعة حول حديقة بهيتاركانيكا، بحسب المسؤولين."
    )
    assert speakers(text) == ["مسؤولون", "مسؤولون"]


def test_a_cue_after_a_quote_that_opens_its_own_quote_is_not_the_first_ones():
    """snn-2015-08-01-01070 (quotes_dev43.tsv): the chant «"بلدي، بلدك بنغلادش!"» is not
    given the subject of «وصرح روسل خانداكر (20 عاما) "…"», nor a person named later."""
    text = (
        'وتحدى سكان جيب داشيار شارا المطر وهم يرددون النشيد الوطني ويهتفون "بلدي، بلدك'
        ' بنغلادش!" ، وصرح روسل خانداكر (20 عاما) "بقينا في الظلام 68 عاما (...) واليوم رأينا'
        ' النور" ، وكان رئيس الوزراء الهندي نارندرا مودي ونظيرته في بنغلادش الشيخة حسينة واجد،'
        " وقعا هذا الاتفاق."
    )
    assert "نارندرا مودي" not in speakers(text)


def test_a_kind_of_person_is_the_one_person_introduced_as_that_kind():
    """snn-2015-08-02-00203 (quotes_dev43c.tsv): «وقالت الفنانة …» in an article that named
    one person, «المطربة المصرية آمال ماهر»: she speaks, not «الفنانة» as written."""
    text = (
        "بحلاوة صوتها وإحساسها المرهف شدت المطربة المصرية آمال ماهر بأجمل أغانيها عندما صعدت"
        " مرة ثانية على مسرح قرطاج الأثري.\n"
        "وقالت الفنانة التي كانت ترتدي فستانا أسود مخاطبة جمهورها «أهلا بيكم.. أنا فخورة أني"
        " واقفة على مسرح قرطاج اليوم في ظل الظروف اللي نمر بها لكن نحن أقوى من أي ظروف»."
    )
    doc = Document(id="t", source="t", text=text, lang="ar")
    doc.entities = find_entities(text, "ar")
    (quote,) = find_quotes(doc)
    person = next(m for m in doc.entities if m["text"].startswith("آمال"))
    assert quote["speaker"] == person["entity"]


def test_a_place_joined_to_a_preposition_is_no_part_of_the_name_after_a_role():
    """snn-2015-08-01-00853 (quotes_dev43.tsv): «… الموالية بلحج قائد نصر» — «بلحج» is "in
    Lahij"; the speaker is the man the article later calls «نصر», not «بلحج قائد نصر»."""
    text = (
        "أكد المتحدث باسم المقاومة الشعبية الموالية بلحج قائد نصر، أنه تم اكتشاف وجود خبراء"
        " من الحرس الثوري الإيراني داخل قاعدة العند الجوية في محافظة لحج.\n"
        "وحول تأخر عملية اقتحام مدينة الحوطة، أوضح نصر “إن ما أخر اقتحام المدينة والسيطرة"
        " عليها هو وجود مدنيين فيها”."
    )
    doc = Document(id="t", source="t", text=text, lang="ar")
    doc.entities = find_entities(text, "ar")
    first = find_quotes(doc)[0]
    assert "بلحج" not in (first["speaker_text"] or "")
    assert first["speaker"] == next(m["entity"] for m in doc.entities if m["text"] == "نصر")


def test_a_source_joined_with_witnesses_is_the_source_named_before():
    """snn-2015-08-03-00022 (quotes_dev43.tsv): «وأضاف المرصد وشهود أن …» is the observatory
    quoted before; «سكان وشهود» alone stays as written."""
    text = (
        "قال سكان وشهود إن 27 شخصاً على الأقل قتلوا وأصيب العشرات في سوق بمدينة أريحا.\n"
        "وقال المرصد السوري لحقوق الإنسان إن الكثير من القتلى مدنيون قتلوا في السوق.\n"
        "وأضاف المرصد وشهود أن عشرات أصيبوا أيضا بجروح، ولم يتضح على الفور عدد الجرحى."
    )
    observatory = "المرصد السوري لحقوق الإنسان"
    assert speakers(text) == ["سكان وشهود", observatory, observatory]
