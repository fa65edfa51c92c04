"""Arabic quote speakers, session 46 (issue 21 point 3): a document written bare as the speaker
(«وأوضح التقرير أن», «وأكدت الدراسة أن», «وحسب إحصائية ل "…"») speaks for the body the
article says issued it («تقرير صادر عن X», «التقرير الذي أصدره X», «دراسة اعدها X», «التقرير
الأسبوعي لX», «X … في تقريرها»), and «ثانية» after a speech verb («وأكد ثانية أن») is no
subject. Short real sentences from SaudiNewsNet (quotes_dev46.tsv articles and the unlabelled
articles read in the round's comparison)."""

from __future__ import annotations

from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.quotes import find_quotes


def speakers(text: str) -> list[str | None]:
    doc = Document(id="t", source="t", text=text, lang="ar")
    doc.entities = find_entities(doc.text, "ar")
    return [q["speaker_text"] for q in find_quotes(doc)]


def test_the_report_speaks_for_the_body_it_was_issued_by():
    """snn-2015-08-03-00418: «التقرير» was the speaker of every quote after the first."""
    text = (
        "كشف تقرير صادر عن الأمم المتحدة عن أن عدد سكان العالم سيصل إلى 11.2 مليار نسمة بحلول"
        " نهاية القرن الحالي. وأوضح التقرير أن عدداً سكان العالم سيصل إلى 8.5 مليار نسمة عام"
        " 2030 و9.7 مليار نسمة عام 2050."
    )
    assert speakers(text) == ["الأمم المتحدة", "الأمم المتحدة"]


def test_the_report_with_its_issuer_after_an_adjective_and_lil():
    """snn-2015-08-01-00222: «التقرير الأسبوعي للبورصة المصرية» issued the report."""
    text = (
        "وأشار التقرير الأسبوعي للبورصة المصرية إلى ارتفاع أحجام قيم التداولات لتصل إلى نحو 840"
        " مليون دولار. وأفاد التقرير أن تعاملات المستثمرين الأجانب غير العرب سجلت صافي شراء"
        " بقيمة 12.25 مليون دولار."
    )
    assert speakers(text) == ["البورصة المصرية"]


def test_the_study_speaks_for_the_council_that_prepared_it():
    """snn-2015-08-04-00696: «الدراسة» was the speaker."""
    text = (
        "جاء ذلك خلال دراسة اعدها مجلس الاعمال المصري الايطالي عن الاثار الاقتصادية لمشروع قناة"
        " السويس الجديدة على التجارة الدولية. \nوأكدت الدراسة أن القناة المصرية الجديدة سترفع"
        " من معدلات الملاحة التجارية في البحر المتوسط."
    )
    assert speakers(text) == ["مجلس الاعمال المصري الايطالي"]


def test_a_statistic_with_its_issuer_in_marks():
    """snn-2015-08-01-00736: «إحصائية» was the speaker."""
    text = (
        'وحسب إحصائية ل "معلومات مباشر" توزعت تلك الشركات على 11 قطاعا، واستحوذ قطاع'
        " البتروكيماويات على ما يقرب من نصف تلك التوزيعات (49%)."
    )
    assert speakers(text) == ["معلومات مباشر"]


def test_a_study_no_issuer_is_written_for_stays_as_written():
    """snn-2015-08-01-00573: no body is said to have issued «الدراسة الحديثة»."""
    text = (
        "كانت تقديرات سابقة تضمنتها ابحاث قد أوضحت ان المجال المغناطيسي للأرض نشأ منذ 3.5"
        " مليارات عام. وأشارت الدراسة الحديثة الى ان هذا المجال ظل يحمي الكوكب منذ فجر تاريخه."
    )
    assert speakers(text)[-1] == "الدراسة الحديثة"


def test_again_after_the_verb_is_no_speaker():
    """snn-2015-08-04-00345: «ثانية» («again») was the speaker."""
    text = (
        "وبسؤاله عما إذا كان يريد أن تساند آسيا بلاتيني تجنب الشيخ أحمد الفهد الخوض في المسألة"
        ' وأكد ثانية أن "فيفا" لديه موضوعات أهم يجب أن يقوم ببحثها.'
    )
    assert "ثانية" not in speakers(text)


def test_the_official_who_asked_not_to_be_named_speaks_not_his_name():
    """snn-2015-08-04-00303 (unlabelled): «ذكر» of «طلب عدم ذكر اسمه» was the cue and
    «اسمه» («his name») the speaker."""
    text = (
        'وقال مسؤول في بورصة مصر طلب عدم ذكر اسمه "تم عرض 487.317 مليون سهم للبيع لحساب دعم'
        ' استقرار السوق".'
    )
    assert speakers(text) == ["مسؤول في بورصة مصر"]


def test_someone_may_say_is_no_quote():
    """snn-2015-08-01-00971 and snn-2015-08-01-00765 (unlabelled columns): «قائل» («someone»)
    was the speaker of a hypothetical objection."""
    assert speakers("قد يقول قائل إن المملكة قد أنشأت صندوقا أو أكثر لدعم تلك المنشآت.") == []
    assert speakers("وقد يقول قائل: إن الأمر مختلف عندنا، حيث لا يوجد في مجتمعاتنا حكم كنسي.") == []


def test_a_passive_verb_after_a_null_subject_is_no_speaker():
    """snn-2015-08-03-00322 (unlabelled): «تمت مناقشة آلية حوافز …» (words of the quote) was
    the speaker."""
    text = (
        "وبين الرئيس العام لرعاية الشباب أنه تم التشاور مع عدد من رؤساء الأندية. وأضاف تمت"
        " مناقشة آلية حوافز دوري الشباب والناشئين، وإعادة هيكلة الآلية لضمان تشجيع الأندية التي"
        " تعتمد على عدد من اللاعبين المشاركين في الفريق الأول، وسبق أن شاركوا في الفئات السنية."
    )
    assert not any(s and s.startswith("تمت") for s in speakers(text))


def test_the_newspaper_and_its_adjective_is_the_newspaper_named_before():
    """snn-2015-08-01-00248: the recogniser's «السويدية» (of «الصحيفة السويدية») was the
    speaker."""
    text = (
        'وكشفت صحيفة "أفتون بلاديت" السويدية أن انتقال بهوي للأهلي السعودي كلف خزينة الأخير خمسة'
        " ملايين يورو. \nوتابعت الصحيفة السويدية أن الأهلي نجح بامتياز في التبضع في سوق"
        " الانتقالات السويدية والحصول على أفضل اللاعبين."
    )
    assert speakers(text) == ["أفتون بلاديت", "أفتون بلاديت"]


def test_the_report_of_the_body_that_spoke_in_its_report():
    """snn-2015-08-03-00601 (unlabelled): «وذكر التقرير» after «بينت شركة … في تقريرها … أن»
    is the company's, as the first quote is."""
    text = (
        "بينت شركة آسيا للاستثمار في تقريرها لهذا الأسبوع أن دول الخليج تتشابه إلى حد كبير في"
        " العديد من الجوانب الاقتصادية. وذكر التقرير أن مؤشر جودة الميناء هو مقياس لرضا"
        " المستخدمين عن البنية التحتية."
    )
    first, second = speakers(text)
    assert first and second == first


def test_the_report_of_a_sentence_with_an_according_to_source_is_not_the_carriers():
    """snn-2015-08-01-00182 (unlabelled): the news agency that carried the airline's report
    did not issue it."""
    text = (
        'ووفقا لوكالة الأنباء القطرية "قنا"، فإن الخطوط القطرية أوضحت في التقرير الذي قدمته'
        " للحكومة الأمريكية، أن تغيرات كثيرة حدثت في سوق الطيران. \nوأوضح التقرير أنه مع وجود"
        " الطائرات طويلة المدى تمكن المسافرون من السفر مباشرة."
    )
    assert "قنا" not in speakers(text)[1:]


def test_words_cut_at_inner_marks_after_a_colon_are_no_speaker():
    """snn-2015-08-01-00677 (quotes_dev45c.tsv): «نود الترحيب ب"أليكس شيفر"» (the first words
    of a quote cut at its inner marks) was the speaker, and then the speaker of every quote of
    «شيفر»."""
    text = (
        'وفي هذا المنصب الجديد، سيعمل "شيفر" تحت سلطة "كاليانا سيفاجنانام"، نائب رئيس التسويق'
        ' والمبيعات، الذي قال: "نود الترحيب ب"أليكس شيفر" في منصبه الجديد الذي سيتولى فيه إدارة'
        ' لينكولن في الشرق الأوسط". \nوقال "شيفر"، "حتماً أننا سننطلق على أساس العمل الذي تم'
        ' إنجازه على مدى مئة عام من تاريخ شركتنا".'
    )
    found = speakers(text)
    assert not any(s and s.startswith("نود") for s in found)
    assert found[-1] in ("شيفر", "أليكس شيفر")


def test_a_report_with_its_issuer_written_in_the_subject_speaks_for_the_issuer():
    """snn-2015-08-01-01263 and snn-2015-08-02-00606 (unlabelled): the whole phrase «تقرير صادر
    عن …» / «دراسة حديثة أجرتها …» was the speaker; the recogniser found neither body."""
    text = (
        'وقال تقرير صادر عن الرئاسة العامة للأرصاد وحماية البيئة: "تشهد منطقة تبوك حالة من هبوب'
        ' الأتربة المثارة". \nوكشفت دراسة حديثة أجرتها الهيئة العليا لتطوير منطقة الرياض أن'
        " إجمالي مساحات الأراضي بالعاصمة الرياض يصل إلى أكثر من 5,000 كيلومتر مربع."
    )
    assert speakers(text) == [
        "الرئاسة العامة للأرصاد وحماية البيئة",
        "الهيئة العليا لتطوير منطقة الرياض",
    ]
