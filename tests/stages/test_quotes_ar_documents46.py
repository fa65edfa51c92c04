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
