"""Arabic quotes, session 54 (quotes58ar; issue 21 point 3), from the speaker failures of a
seventh random development set (quotes_dev58ar.tsv) and the older Arabic sets pooled: the words
after «وقال:» are what is said, never the subject a later null-subject cue goes back to; a
«وفقا لما نقلته X» source is X. Short sentences in the style of the SaudiNewsNet articles of
those sets."""

from __future__ import annotations

from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.quotes import find_quotes


def quotes_58ar(text: str) -> list[tuple[str, str | None]]:
    """(cue, speaker as written) of each quote found."""
    doc = Document(id="t", source="t", text=text, lang="ar")
    doc.entities = find_entities(doc.text, "ar")
    return [(q["cue"], q["speaker_text"]) for q in find_quotes(doc)]


def test_a_colon_quote_opening_with_a_name_is_not_its_subject():
    """snn-2015-08-03-01237 (quotes_dev58ar.tsv): «وقال: بحمد الله وتوفيقه …. وأضاف: …» gave
    «وأضاف» to «بحمد الله», the first words of what was said, read as the sentence's subject."""
    text = (
        "قدم لاعب الفريق الأول لكرة القدم بنادي التعاون كامل المر، شكره لرئيس ناديه الجديد"
        " محمد القاسم ونائبه فيصل أبا الخيل على ثقتهم به وسرعة التوقيع معه."
        " وقال: بحمد الله وتوفيقه تم توقيعي لنادي التعاون لمدة موسم قابل للتجديد لموسم آخر."
        " وأضاف: لا أنسى زملائي اللاعبين وجماهير النادي الذين وقفوا معي من بداية المفاوضات."
    )
    assert all(speaker != "بحمد الله" for _, speaker in quotes_58ar(text))


def test_a_source_as_reported_by_unnamed_media_is_the_media():
    """snn-2015-08-04-01248 (quotes_dev58ar.tsv): «ووفقا لما نقلته وسائل إعلامية، تم الاتفاق …»
    gave the sentence to the coach named before it; the subject of «نقلته» is the source."""
    text = (
        "اتفق الاتحاد السعودي لكرة القدم مع المدرب الأرجنتيني اليخاندرو سابيلا لتدريب المنتخب."
        "\nووفقا لما نقلته وسائل إعلامية، تم الاتفاق الشفهي بين الطرفين على كافة البنود قبل"
        " التوقيع النهائي."
    )
    assert quotes_58ar(text)[-1][1] == "وسائل إعلامية"


def test_a_plural_verb_goes_back_to_a_quantified_group_of_the_sentence_before():
    """snn-2015-08-04-00272 (quotes_dev47.tsv): «… أكد فيه عدد من أصحاب مكاتب الاستقدام …. وأوضحوا
    … أن» had no speaker: the group the sentence before names, after «فيه» ("in which")."""
    text = (
        "وتأتي تلك البيانات في وقت أكد فيه عدد من أصحاب مكاتب الاستقدام تراكم التأشيرات لديهم."
        "\nوأوضحوا في تصريحات سابقة، أن الإجراءات الجديدة لم تحل مشكلة تأخر وصول العمالة."
    )
    assert quotes_58ar(text)[-1] == ("أوضحوا", "عدد من أصحاب مكاتب الاستقدام")


def test_a_plural_participle_goes_back_to_the_group_of_a_source():
    """snn-2015-08-02-00547 (quotes_dev47c.tsv): «وحسب تقدير عدد من الاقتصاديين والمهتمين فإن …،
    مشيرين إلى أن» had no speaker: the group the source names."""
    text = (
        "وحسب تقدير عدد من الاقتصاديين والمهتمين فإن أكثر من 35 مليون نسمة يستفيد من تلك"
        " المشاريع، مشيرين إلى أن نسبة الحوادث المرورية ستنخفض بعد افتتاح الطريق."
    )
    assert quotes_58ar(text)[-1] == ("مشيرين", "عدد من الاقتصاديين والمهتمين")


def test_a_group_keeps_no_qualifier_run_on_into_the_next_sentence():
    """A group named in the sentence before a plural cue with no subject («بحضور عدد من المسؤولين
    في المنطقة.\nوأكدوا أن») is that group, and its «في …» qualifier ends with its sentence: it
    never takes in the next sentence's verb («في المنطقة.\nوأكدوا»)."""
    text = (
        "افتتح المعرض أمس بحضور عدد من المسؤولين في المنطقة."
        "\nوأكدوا أن المعرض سيستمر أسبوعا كاملا في مقر الغرفة التجارية."
    )
    assert quotes_58ar(text)[-1] == ("أكدوا", "عدد من المسؤولين")


def test_a_group_after_a_preposition_is_not_the_plural_speaker():
    """A group governed by a preposition («مع عدد من المسؤولين») is who was met, not the subject
    of «وأكدوا» with no subject of its own: no speaker rather than a wrong one."""
    text = (
        "التقى الوزير مع عدد من المسؤولين في المنطقة."
        "\nوأكدوا أن المعرض سيستمر أسبوعا كاملا في مقر الغرفة التجارية."
    )
    assert quotes_58ar(text)[-1][1] is None


def test_speech_inside_speech_is_the_inner_speaker_s():
    """snn-2015-08-02-00494 (quotes_dev56ar.tsv): «وصرح السفير … بأن المهندس إبراهيم محلب أكد خلال
    اللقاء أن …، مشيراً إلى أن …» gave the words to the spokesman who reports them: the outer
    quote is only the inner speaker and his verb, so the words and the participle are Mahlab's."""
    text = (
        "وصرح السفير حسام القاويش المتحدث الرسمي باسم مجلس الوزراء بأن المهندس إبراهيم محلب"
        " أكد خلال اللقاء أن قناة السويس الجديدة تعد قصة نجاح تضاف إلى مثيلاتها، مشيراً إلى"
        " أن إمكاناتها كبيرة في العديد من القطاعات."
    )
    assert [speaker for _, speaker in quotes_58ar(text)] == ["إبراهيم محلب", "إبراهيم محلب"]


def test_a_group_ends_before_its_verb_and_its_object():
    """Unlabelled SaudiNewsNet (quotes58ar's check): a group read for a plural cue with no subject
    ran on into its own verb or object («السكان ضاقوا ذرعا», «عدد من الخبراء النفطيين حجم»)."""
    verb = (
        "السكان ضاقوا ذرعا بممارسات هذه الرياضة المميتة وقالوا إن الهواية المرفوضة باتت تهدد"
        " سلامة صغارهم وكبارهم."
    )
    obj = (
        "قدر عدد من الخبراء النفطيين حجم الفوائض النفطية بثلاثة ملايين برميل يوميا."
        "\nوأوضحوا أن الاقتصاد الصيني يحتل الجزء الأكبر من اهتمام المتابعين للأسواق."
    )
    assert quotes_58ar(verb)[-1][1] == "السكان"
    assert quotes_58ar(obj)[-1][1] == "عدد من الخبراء النفطيين"


def test_a_source_heard_through_a_channel_is_the_one_behind_it():
    """Unlabelled SaudiNewsNet (quotes58ar's check): «وبحسب ما نقلت مواقع محلية أردنية عن شهود
    عيان فإن …» is the witnesses' («بحسب ما نشر موقع X نقلاً عن Y» is Y's, quotes_dev56ar.md),
    not the byline's writer."""
    text = (
        "طلق شاب عروسه في ليلة الزفاف بسبب صالون التجميل.\nوبحسب ما نقلت مواقع محلية أردنية عن"
        " شهود عيان فإن العريس طلق عروسه بعد أن نشبت بينهما مشادة كلامية."
    )
    assert quotes_58ar(text)[-1][1] == "شهود عيان"
