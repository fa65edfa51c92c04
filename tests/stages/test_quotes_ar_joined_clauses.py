"""Arabic quote speakers, session 63 (issue 21 point 3): «أن» after «بعد/قبل/منذ/دون» opens no
reported clause; a reported clause ends at the comma before a clause whose subject is written
before its own cue; «وأكمل:» and «متابعًا:» speak before a colon; the words after a colon and
a spaced quote mark are no speaker; a «و» cue or participle with no subject of its own shares
its sentence's opening subject. Short real sentences from SaudiNewsNet (quotes_dev76ar.tsv,
quotes_dev64ar.tsv and the unlabelled articles read in the round's check)."""

from __future__ import annotations

from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.quotes import find_quotes


def quotes(text: str) -> list[tuple[str, str | None]]:
    doc = Document(id="t", source="t", text=text, lang="ar")
    doc.entities = find_entities(doc.text, "ar")
    return [(q["text"], q["speaker_text"]) for q in find_quotes(doc)]


def test_after_that_is_no_reported_clause():
    """snn-2015-08-03-00779 (unlabelled): «كشف … عن مشروع …، وذلك بعد أن أبدى» was a quote."""
    text = (
        "كشف الفنان طارق العلي عن مشروع فيلم سينمائي يجمعه بالفنان الكوميدي محمد هنيدي، وذلك"
        " بعد أن أبدى الأخير موافقته على التعاون الفني مع العلي."
    )
    assert quotes(text) == []


def test_a_clause_with_its_subject_before_the_cue_ends_the_clause_before_it():
    """snn-2015-08-01-00251 (quotes_dev76ar): «عندما أكد أن …» ran on over «إلا أن وكيله
    يوجينيو لوبيز أكد … أن …», so the agent's words were matched to the other speaker."""
    text = (
        "فقد عكر رئيس نادي ريفير بليت الأجواء، عندما أكد أن مورا لم يوقع أي عقود ملزمة مع"
        " النادي السعودي، وأن اللاعب مستمر حتى نهاية العام على الأقل، إلا أن وكيله يوجينيو"
        ' لوبيز أكد لـ "الاقتصادية" أن عقد مورا مع النصر واضح وصريح.'
    )
    found = quotes(text)
    assert found[0][0].endswith("حتى نهاية العام على الأقل")
    assert found[-1] == ("عقد مورا مع النصر واضح وصريح", "يوجينيو لوبيز")


def test_going_on_before_a_colon_speaks():
    """snn-2015-08-04-00024 (quotes_dev76ar): «وأكمل:» had no speaker, and «متابعًا:» took
    the opening words of the quote before it as its speaker."""
    text = (
        "وأضاف النفيسي، عبر حسابه الرسمي بموقع “تويتر”: ” للأسف الولايات المتحدة دائمًا تنظر"
        " للأزمات بعين واحده “.\n وأكمل: “ورغم تداخل وتشابك وخطورة الملف الفلسطيني فلا تضع"
        " الولايات المتحدة أهميه إلا للأمن الإسرائيلي ومتطلباته”\n وفي سياق آخر تحدث النفيسي"
        " عن إيران وتدخلها في المنطقة، قائلاً: ” إذا كانت إيران تتدخل في شؤون الأرجنتين"
        " والبرازيل فليس غريبا أن تتدخل في شؤون اليمن والبحرين”، متابعًا: ” لأن إيران باتت"
        " القوة المهيمنة في العراق نستطيع القول بأن حدودها البرية باتت مع السعودية “."
    )
    assert [s for _, s in quotes(text)] == ["النفيسي"] * 4


def test_a_byline_follow_up_before_a_colon_is_no_cue():
    """snn-2015-08-03-01336 (quotes_dev47): «- سبق- متابعة:» is the byline's "follow-up"."""
    text = (
        "عبدالحكيم شار- سبق- متابعة: شدد الناطق باسم الحكومة اليمنية راجح بادي على أن مدينة"
        " عدن أصبحت آمنة وخالية من أي وجود للقوات التابعة للحوثي."
    )
    assert [s for _, s in quotes(text)] == ["راجح بادي"]


def test_a_joined_cue_shares_the_opening_subject_not_an_object_named_since():
    """snn-2015-08-02-00733 (quotes_dev64ar): the forward named in the object spoke."""
    text = (
        "اشاد مدرب الخليج جلال قادري بالحالة التي ظهر عليها الفريق أمام اتليتكو بلاسيو وفوزه"
        " بنتيجة 2-1 عن طريق المهاجمين فهد السويلم وعبدالله السالم خصوصا في ردة فعل اللاعبين"
        ' بعد إدراك اتليتكو هدف التعادل وقال: "المباراة بصفة عامة جيدة ولكن عابها تغير الطقس'
        ' المفاجئ"'
    )
    assert [s for _, s in quotes(text)] == ["جلال قادري"]


def test_a_joined_cue_after_another_speaker_of_the_sentence_keeps_that_speaker():
    """snn-2015-08-02-00651 (unlabelled): «وأضاف:» after «وقال بي كي باتنايك …» in a sentence
    opening with the woman's story stays the official's."""
    text = (
        "كانت سابيتري سامال تغسل الأواني في خور بالقرب من منزلها عندما اندفع تمساح عملاق"
        " نحوها، وقال بي كي باتنايك، هو مسؤول كبير في شؤون الغابات، في تصريح عبر الهاتف:"
        ' "قبض التمساح على الساق اليمنى للمرأة لكنها صدت هذا الهجوم الشرس"، وأضاف: "قالت'
        ' إنها ضربت التمساح على رأسه وعينيه بوعاء من الألمنيوم"'
    )
    assert quotes(text)[-1][1] == "بي كي باتنايك"


def test_a_joined_cue_after_a_comma_shares_the_subject_of_the_clause_before():
    """snn-2015-08-01-00251 (quotes_dev76ar): «وقال» went to the agent who spoke before."""
    text = (
        'إلا أن وكيله يوجينيو لوبيز أكد لـ "الاقتصادية" أن عقد مورا مع النصر واضح وصريح، وأيد'
        ' العميد خالد الرشيدان أمين عام النصر كلام وكيله، وقال "إن العقد ملزم ومدته ثلاثة أعوام".'
    )
    assert [s for _, s in quotes(text)] == ["يوجينيو لوبيز", "خالد الرشيدان"]


def test_the_surname_of_an_earlier_speaker_opening_the_subject_is_that_speaker():
    """snn-2015-08-04-00734 (quotes_dev76ar): the university named later in the subject
    spoke for «وكتبت فلين وآلان جو …»."""
    text = (
        "وقالت تيلور جين فلين التي شاركت في الدراسة إن الكبار يقولون إنهم يحتاجون إلى ذلك. \n"
        "وكتبت فلين وآلان جو الأستاذ المساعد للطب النفسي في جامعة هريوت وات في ادنبرة في"
        " دراستهما انه رغم ان جودة الحياة عنصر يلقى اهتماماً كبيراً فيما يتعلق بكبار السن إلا أن"
        " الحياة الجنسية قلما تخضع للدراسة."
    )
    assert [s for _, s in quotes(text)] == ["تيلور جين فلين", "تيلور جين فلين"]


def test_a_country_role_goes_on_with_the_minister_of_that_country_who_spoke():
    """snn-2015-08-04-01280 (unlabelled, round speakers74ar): «وأضاف الوزير الكويتي:» went
    to the Kuwaiti oil minister named earlier, whose role stands right before his name."""
    text = (
        "وكان وزير النفط الكويتي علي العمير قد وجه رسالة لنظيره السعودي علي النعيمي.\n وقال"
        " وزير الدولة الكويتي لشؤون مجلس الوزراء الذي يترأس وفد بلاده في مفاوضات مع السعودية"
        ' في شأن الخلاف حول الحقل المذكور الشيخ محمد المبارك الصباح في تصريحات لصحيفة "الحياة"'
        ' أمس: "الخلافات الموجودة هي خلافات أسرة واحدة، وهي خلافات فنية لا سياسية".   وأضاف'
        ' الوزير الكويتي: "فنحن اتخذنا موقفنا الصلب من صلابة وشراسة الموقف السعودي، بل'
        ' بالأسلوب نفسه".'
    )
    said = [s for _, s in quotes(text)]
    assert said[-1] == said[-2] and "محمد المبارك" in said[-1]


def test_a_source_in_a_dashed_aside_is_written_without_its_dash():
    """snn-2015-08-04-00586 (quotes_dev76ar): the speaker was shown as «بيان الشرطة-»."""
    text = (
        "ولكن تعاطي مثل هذا المقدار دفعة واحدة من الممكن -كما أوضح بيان الشرطة- أن يتسبب لها"
        " بوفاة مباشرة نتيجة لتلك الجرعة الزائدة."
    )
    assert [s for _, s in quotes(text)] == ["بيان الشرطة"]
