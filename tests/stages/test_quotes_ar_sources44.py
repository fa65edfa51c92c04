"""Arabic quote speakers, session 44 (issue 21 point 3): a reported clause after a colon ends
with its sentence, a definite spokesman or «المسؤول ذاته» takes up the source before, a
source's body keeps the place after it, and «بحسب ما أكده X»/«حسبما نقلت X» after a clause
name its source. Short real sentences from SaudiNewsNet (quotes_dev44.tsv articles)."""

from __future__ import annotations

from tests.support.quotes import found_quotes


def quotes(text: str) -> list[dict]:
    return found_quotes(text, "ar")


def speakers(text: str) -> list[str | None]:
    return [q["speaker_text"] for q in quotes(text)]


def test_a_reported_clause_after_a_colon_ends_with_its_sentence():
    """snn-2015-08-02-00920: «وقالت مصادر طبية: إن …» speaks its own sentence, not the
    reporter's sentences SaudiNewsNet runs on after it in one paragraph."""
    text = (
        "قتل 9 أشخاص بينهم 5 مدنيين، وأصيب 81 آخرين، خلال الـ 24 ساعة الماضية، إثر سلسلة"
        " انفجارات لألغام أرضية زرعها المتمردون في عدن جنوبي اليمن. وقالت مصادر طبية: إن عددًا"
        " من المصابين في حالة خطرة، مرجحة ارتفاع حصيلة القتلى خلال الساعات المقبلة. ومنذ أيام،"
        " نجحت قوات المقاومة الشعبية الموالية للرئيس اليمني في طرد الحوثيين من عدن، بعد معارك"
        " عنيفة بين الطرفين."
    )
    found = quotes(text)
    assert found[0]["speaker_text"] == "مصادر طبية"
    assert "نجحت" not in found[0]["text"]


def test_a_definite_spokesman_is_the_unnamed_spokesman_before():
    """snn-2015-08-01-00599: «وأضاف المتحدث أنه …» is «متحدث باسم مكتب مكافحة الجريمة …»."""
    text = (
        "وقال متحدث باسم مكتب مكافحة الجريمة المحلي بولاية سكسونيا السلفى اليوم الجمعة إن"
        " عمالا في أحد المتاجر بمدينة براونشفايج الألمانية عثروا على عدة لفافات من الكوكايين."
        " وبعد ذلك فحص المحققون آلاف من صناديق الفاكهة، وأضاف المتحدث أنه يجرى حاليا فحص"
        " واردات هذه الطلبية في متاجر أخرى بولاية هامبورج."
    )
    spokesman = "متحدث باسم مكتب مكافحة الجريمة المحلي بولاية سكسونيا السلفى"
    assert speakers(text) == [spokesman, spokesman]


def test_a_source_keeps_the_place_after_its_body():
    """snn-2015-08-03-00216: «مصدر في اللجنة المحلية للانتخابات البلدية بمنطقة الباحة أنه»:
    the place belongs to the committee, up to the complementizer."""
    text = (
        'أكد لـ"الاقتصادية" مصدر في اللجنة المحلية للانتخابات البلدية بمنطقة الباحة أنه تم'
        " الانتهاء من الاستعدادات الجارية للانتخابات البلدية في دورتها الثالثة."
    )
    assert speakers(text) == ["مصدر في اللجنة المحلية للانتخابات البلدية بمنطقة الباحة"]


MOSUL = (
    "أعدم تنظيم داعش أكثر من 2000 مواطن من سكان مدينة الموصل بحسب ما أكده مسؤول الإعلام في"
    " الاتحاد الوطني الكردستاني بنينوى ، مشيرا إلى أن أغلبية المعدومين هم من منتسبي الجيش"
    " والشرطة.\nوقال المسؤول ذاته إن داعش نشر قوائم بأسماء الضحايا على جدران مركز شرطة حي"
    " سومر شرقي الموصل."
)


def test_a_source_after_the_clause_with_a_speech_verb_speaks_the_clause():
    """snn-2015-08-04-00929: «… بحسب ما أكده مسؤول الإعلام في …» names the source of the
    clause before it; «وقال المسؤول ذاته» is that official again."""
    found = quotes(MOSUL)
    official = "مسؤول الإعلام في الاتحاد الوطني الكردستاني بنينوى"
    assert found[0]["text"].startswith("أعدم تنظيم داعش")
    assert found[0]["speaker_text"] == official
    assert found[-1]["speaker_text"] == official


def test_a_reporting_verb_after_hasabama_names_the_source():
    """snn-2015-08-02-00920: «…، حسبما نقلت مصادر عسكرية.»: the military sources."""
    text = (
        "وتزامنًا مع ذلك، كثفت طائرات التحالف العسكري من غاراتها ليلًا وصباح أمس، ضد مواقع"
        " المتمردين في قاعدة العند الجوية، حيث قتل 47 متمردًا في معارك عنيفة، حسبما نقلت مصادر"
        " عسكرية."
    )
    assert speakers(text) == ["مصادر عسكرية"]


def test_a_source_marker_going_on_with_the_sources_words_is_not_after_a_clause():
    """snn-2015-08-04-00774 (quotes_dev43c.tsv): «وتعود تفاصيل العملية وفقا لما ذكره مدير …
    الدكتور عصام الخرساني، عندما استقبل …»: the words after the comma are his, not the
    three words before the marker."""
    text = (
        "وتعود تفاصيل العملية وفقا لما ذكره مدير مجمع الدمام الطبي الدكتور عصام الخرساني، عندما"
        " استقبل المريض في قسم الإسعاف بالمجمع وكانت حالته مستقرة."
    )
    assert not any(q["text"] == "وتعود تفاصيل العملية" for q in quotes(text))


REUTERS = (
    "قال مسؤولون أمريكيون لرويترز يوم الاثنين إنهم يعتقدون أن عضوا بالقوة المسلحة السورية"
    " الجديدة قتل يوم الجمعة الماضي.\n"
    "وقال المسؤولون الذين طلبوا عدم ذكر اسمائهم إنهم يعتقدون أن المسلح السوري قتل أثناء"
    " اشتباك مع أعضاء يشتبه في انتمائهم لجبهة النصرة في شمال سوريا يوم الجمعة."
)


def test_the_agency_told_is_no_part_of_the_speaker():
    """snn-2015-08-04-00960: «قال مسؤولون أمريكيون لرويترز … إنهم»: the officials, never
    «… لرويترز»."""
    assert speakers(REUTERS)[0] == "مسؤولون أمريكيون"


def test_a_speech_word_after_adam_is_a_noun_not_the_cue():
    """snn-2015-08-04-00960: «وقال المسؤولون الذين طلبوا عدم ذكر اسمائهم إنهم …»: «ذكر» is
    "mention", «قال» speaks, and «المسؤولون» are the officials before, not «اسمائهم»."""
    found = quotes(REUTERS)
    assert found[1]["cue"] == "قال"
    assert found[1]["speaker_text"] == "مسؤولون أمريكيون"


def test_the_head_of_a_body_after_biriasat_is_not_its_speaker():
    """snn-2015-08-01-00448: «أكد مجلس إدارة اتحاد كرة القدم المصري برئاسة جمال علام، أنه
    …»: the body speaks, not the one who heads it."""
    text = (
        "أكد مجلس إدارة اتحاد كرة القدم المصري برئاسة جمال علام، أنه لا يمانع في إقامة مباراة"
        " كأس السوبر المصر في دولة الإمارات الشقيقة."
    )
    assert "جمال علام" not in speakers(text)


def test_a_participle_before_marks_speaks_for_its_sentences_subject():
    """snn-2015-08-02-00942: «وشرح رمضاني … في خطي انابيب ناباكو … قائلا : "…"»: the
    participle's subject is the one who explained, not a name in the sentence's object."""
    text = (
        "قال مدير الشؤون الدولية لشركة الغاز الوطنية في ايران عزيز الله رمضاني ان اولوية ايران"
        " في صادرات الغاز هي تصدير الغاز الى الدول المجاورة.\n"
        'وشرح رمضاني في مقابلة مع وكالة "مهر" الإيرانية للأنباء سيناريوهات نقل الغاز الايراني'
        " الى اوروبا وشروط المشاركة في خطي انابيب ناباكو وترانس آناتولين اللذين ينقلان الغاز"
        ' إلى أوروبا قائلا : "لم يتم حتى الان اختيار اي من هذين الخطين لنقل الغاز الايراني الى'
        ' أوروبا".'
    )
    assert speakers(text)[-1] in {"رمضاني", "عزيز الله رمضاني"}


def test_a_participle_after_a_source_marker_goes_on_with_the_source():
    """snn-2015-08-04-00929: «… بحسب ما أكده مسؤول الإعلام في …، مشيرا إلى أن …»: the
    official goes on, not «تنظيم داعش» the sentence opens with."""
    official = "مسؤول الإعلام في الاتحاد الوطني الكردستاني بنينوى"
    assert speakers(MOSUL)[:2] == [official, official]


def test_an_unnamed_source_before_its_verb_after_illa_anna_speaks():
    """snn-2015-08-01-00459: «ولم يكشف الأهلي عن التفاصيل المالية للتعاقد إلا أن مصادر داخل
    النادي الأحمر أشارت إلى أن …»: the sources, not the club named before."""
    text = (
        "ولم يكشف الأهلي عن التفاصيل المالية للتعاقد إلا أن مصادر داخل النادي الأحمر أشارت إلى"
        " أن قيمة الصفقة تبلغ 8.5 مليون جنيه."
    )
    assert speakers(text) == ["مصادر داخل النادي الأحمر"]


def test_a_report_speaks_for_the_body_that_issued_it():
    """snn-2015-08-01-00228: «كشف تقرير أصدرته رابطة طاقة الرياح الأوروبية أن …» and «وبحسب
    التقرير السنوي لمركز الأبحاث المشتركة التابع للمفوضية الأوروبية، فإن …» (a source longer
    than most, closed by «فإن»): the association and the centre."""
    text = (
        "كشف تقرير أصدرته رابطة طاقة الرياح الأوروبية أن ألمانيا تخطت بريطانيا لتصبح السوق"
        " الأسرع نموا في الاتحاد الأوروبي لطاقة الرياح البحرية.\n"
        "وبحسب التقرير السنوي لمركز الأبحاث المشتركة التابع للمفوضية الأوروبية، فإن طاقة الرياح"
        " تسهم بتوفير 8 في المائة من استهلاك الطاقة الكهربية في دول الاتحاد الأوروبي."
    )
    assert speakers(text) == [
        "رابطة طاقة الرياح الأوروبية",
        "مركز الأبحاث المشتركة التابع للمفوضية الأوروبية",
    ]


def test_a_source_joined_after_a_comma_speaks_what_follows_its_fa_inna():
    """snn-2015-08-01-01197 (quotes_dev43.tsv): «وذكر زاده، أن …، ووفقا لمركز الاحصاءات
    الايراني فإن نسبة البطالة بلغت …»: the centre speaks the clause after «فإن», and the
    official's clause ends before it."""
    text = (
        "وذكر زاده، أن دراسات أظهرت أنه تم طرد 47 ألف امراة من بين النساء اللواتي أخذن إجازة"
        " أمومة، وذلك عندما عدن الى العمل، ووفقا لمركز الاحصاءات الايراني فإن نسبة البطالة بلغت"
        " 10,8 في المئة خلال 2014."
    )
    found = quotes(text)
    assert [q["speaker_text"] for q in found][-1] == "مركز الاحصاءات الايراني"
    assert found[-1]["text"].startswith("نسبة البطالة")
    assert "البطالة" not in found[0]["text"]


def test_an_answer_after_a_question_is_the_one_asked():
    """snn-2015-08-01-00692 (quotes_dev43.tsv): «وجددت "دنيا الرياضة" سؤال المعيبد عن … فأجاب:
    "…"»: «أجاب» introduces the words, the one asked speaks."""
    text = (
        "كشف عدنان المعيبد المتحدث للاتحاد السعودي لكرة القدم، عن تكليف طاقم تحكيم أجنبي لمباراة"
        ' السوبر.\nوجددت "دنيا الرياضة" سؤال المعيبد عن هوية المدرب الجديد للمنتخب السعودي'
        ' فأجاب: "إذا سارت المفاوضات النهائية كما يجب، سيُعلن خلال ال٢٤ ساعة المقبلة".'
    )
    assert speakers(text)[-1] in {"المعيبد", "عدنان المعيبد"}


def test_wafq_after_a_clause_without_a_source_is_no_quote():
    """snn-2015-08-01-00985 (unlabelled): «…، ووفق ظروف الفترة والاعداد وربما الميزانيات.»:
    "in keeping with", no speaker «ظروف الفترة …»."""
    text = (
        "وفكرة المعرض التي تطرح هذه السعة من الاعمال والمستويات والحضور خط جديد في مسيرة الجمعية"
        " التي اكتفت في كثير من معارضها السابقة بمشاركة الفنانين الاحسائيين وقليل من خارجها،"
        " ووفق ظروف الفترة والاعداد وربما الميزانيات."
    )
    assert not any((s or "").startswith("ظروف") for s in speakers(text))


def test_a_plan_after_wafqan_is_no_source():
    """snn-2015-08-03-00702 (unlabelled): «…، ووفقا للخطة الأساسية فان الإستاد …»: a plan."""
    text = (
        "ويبدو أن عامل الوقت هو أكثر ما يشغل طوكيو حاليا، ووفقا للخطة الأساسية فان الإستاد كان"
        " سيصبح جاهزا في عام 2019 إلا أن الأمر تأجل الآن حتى أوائل 2020."
    )
    assert not any("خطة" in (s or "") for s in speakers(text))


def test_a_participle_after_hasab_ma_qal_is_no_part_of_the_source():
    """snn-2015-08-04-00620 (unlabelled): «…، بحسب ما قال المصدر مشيرا الى …»: «المصدر», the
    source in the police named before, never «المصدر مشيرا»."""
    text = (
        'وأوضح مصدر في الشرطة أن قوات الامن في محيط النفق "صدت" ألفا من هذه المحاولات.\n'
        'واصيب عنصر في قوات الامن "في وجهه وراسه" حين القيت عليه حجارة من قاعدة السكك الحديد'
        " ونقل الى المستشفى حيث تم قطب جرحه، بحسب ما قال المصدر مشيرا الى القبض على المهاجر"
        " الذي قذفه بالحجارة."
    )
    assert not any("مشيرا" in (s or "") for s in speakers(text))


def test_an_answer_with_no_subject_is_the_person_asked_not_a_body_in_the_question():
    """snn-2015-08-04-00570 (unlabelled): «وفي سؤال حول تنافي المقترح المقدم من اتحاد القدم …،
    أجاب: "…"»: المعيبد, who spoke before, not «اتحاد القدم»."""
    text = (
        "أكد المتحدث الرسمي بالاتحاد السعودي لكرة القدم عدنان المعيبد أن مقترح رفع الإيقافات قدّم"
        " من قبل اتحاد القدم ذاته.\n"
        "وفي سؤال حول تنافي المقترح المقدم من اتحاد القدم بترحيل الإيقاف، مع البيان الصادر،"
        ' أجاب: "هذا المقترح لا ينافي البيان الصادر نهائياً، نحن لم نعلق العقوبة ولم نلغها".'
    )
    assert speakers(text)[-1] in {"عدنان المعيبد", "المعيبد"}


def test_a_verb_read_as_a_person_is_not_a_participles_subject():
    """snn-2015-08-02-01154 (unlabelled): «ويؤيد خبير الإدارة الصحية الدكتور خالد بن السيد صالح
    الصواف، آراء سابقيه، قائلا: «…»»: never «ويؤيد خبير»."""
    text = (
        "ويؤيد خبير الإدارة الصحية الدكتور خالد بن السيد صالح الصواف، آراء سابقيه، قائلا:"
        " «الإعفاءات يجب أن تكون مبنية على أسس صحيحة، فهناك من يستحق الإعفاء»."
    )
    assert "ويؤيد خبير" not in speakers(text)
