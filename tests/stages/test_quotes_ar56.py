"""Arabic quotes, session 53 (quotes56ar; issue 21 point 3), from the speaker failures of a sixth
random development set (quotes_dev56ar.tsv) and the older Arabic sets pooled: a body, source or
group written with the body or place it belongs to after «في»/«لدى». Short sentences in the style
of the SaudiNewsNet articles of those sets."""

from __future__ import annotations

from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.quotes import find_quotes


def quotes_56ar(text: str) -> list[tuple[str, str | None]]:
    """(cue, speaker as written) of each quote found."""
    doc = Document(id="t", source="t", text=text, lang="ar")
    doc.entities = find_entities(doc.text, "ar")
    return [(q["cue"], q["speaker_text"]) for q in find_quotes(doc)]


def test_a_group_keeps_the_place_it_belongs_to():
    """snn-2015-08-03-00794 (quotes_dev56ar.tsv): «وأكد الحكام المشاركون في المعسكر أن …» was
    given to «الحكام المشاركون», the recogniser finding no body in «المعسكر»."""
    text = (
        "وأكد الحكام المشاركون في المعسكر أن المعسكر يسير في الطريق الصحيح، مشددين على أنهم"
        " سيكونون في كامل جاهزيتهم لموسم رياضي قوي بفضل البرنامج المعد لهم."
    )
    assert quotes_56ar(text)[0] == ("أكد", "الحكام المشاركون في المعسكر")


def test_an_unnamed_source_keeps_its_body_after_in():
    """snn-2015-08-04-01213 (quotes_dev47.tsv): «كشفت لـ «عكاظ» مصادر في خطوط ملاحية بحرية
    عالمية أنهم …» was given to «مصادر»."""
    text = (
        "كشفت لـ «عكاظ» مصادر في خطوط ملاحية بحرية عالمية أنهم كانوا يتعمدون الإبطاء في"
        " تفريغ الحاويات."
    )
    assert quotes_56ar(text)[0][1] == "مصادر في خطوط ملاحية بحرية عالمية"


def test_an_analyst_keeps_the_firm_he_works_in():
    """snn-2015-08-01-00215 (quotes_dev47.tsv): «وقال المحلل في مجموعة هايتونغ سيكيوريتيز إن
    …» was given to «المحلل»."""
    text = "وقال المحلل في مجموعة هايتونغ سيكيوريتيز إن الارتفاع في الأسبوعين الأخيرين لن يدوم."
    assert quotes_56ar(text)[0][1] == "المحلل في مجموعة هايتونغ سيكيوريتيز"


def test_a_body_keeps_the_country_it_is_in_before_a_time_word():
    """snn-2015-08-01-00215 (quotes_dev47.tsv): «قالت لجنة تنظيم الأوراق المالية في الصين أمس
    إنها …» was given to the committee without its country."""
    text = "قالت لجنة تنظيم الأوراق المالية في الصين أمس إنها ستعزز الرقابة على التداول."
    assert quotes_56ar(text)[0][1] == "لجنة تنظيم الأوراق المالية في الصين"


def test_a_person_speaking_in_a_place_keeps_his_own_span():
    """Where a role spoke is no part of it («وقال الوزير في الرياض أمس إن»)."""
    text = "وقال الوزير في الرياض أمس إن المشروع سيكتمل قبل نهاية العام."
    assert quotes_56ar(text)[0][1] == "الوزير"


SETTINGS_56AR = {
    "وأضاف المتحدث في هذا الصدد أن العمل مستمر في جميع المواقع حتى نهاية الشهر.": "المتحدث",
    "وقال المخترق في تغريداته إن الموقع كان ضعيفا ولم يكن محميا من أي هجوم.": "المخترق",
    # read on the unlabelled check of round quotes56ar
    "وذكرت الزوجة في الدعوى أنها تزوجت لمدة سنة ونصف قضتها في خلافات مع زوجها.": "الزوجة",
    "وقد قال أحد الكتاب الهنود في أحد كتبه: إن الدراجة وسيلة النقل الأفضل للفقراء.": (
        "أحد الكتاب الهنود"
    ),
}


def test_the_setting_of_speech_is_no_qualifier():
    """«في هذا الصدد», «في تغريداته», «في الدعوى», «في أحد كتبه»: when or where it was said,
    not whose the speaker is."""
    for text, speaker in SETTINGS_56AR.items():
        assert quotes_56ar(text)[0][1] == speaker, text


def test_a_role_with_its_place_and_holder_is_not_read_as_a_qualifier():
    """«فرأى السفير الروسي في لبنان الكسندر زاسبيكين أمس أنه …» (unlabelled check): the
    holder's name follows the place, no part of a body."""
    text = (
        "فرأى السفير الروسي في لبنان الكسندر زاسبيكين أمس أنه يجب انتخاب رئيس للجمهورية في"
        " أسرع وقت ممكن."
    )
    assert "لبنان" not in (quotes_56ar(text)[0][1] or "")


def test_a_name_cut_before_its_family_name_is_written_whole():
    """snn-2015-08-04-00345 (quotes_dev46.tsv): «قال الشيخ أحمد الفهد الصباح "…"», then «وقال
    الشيخ أحمد الفهد إنه …»: the recogniser cut «الصباح», and every quote went to «أحمد الفهد»."""
    text = (
        'قال الشيخ أحمد الفهد الصباح "إن مشكلات الاتحاد الدولي أكبر بكثير من مجرد حصرها في'
        ' القيادة". وقال الشيخ أحمد الفهد إنه وبدلا من القلق بشأن من سيشغل المنصب يجب التركيز'
        " على الإصلاح."
    )
    assert {speaker for _, speaker in quotes_56ar(text)} == {"أحمد الفهد الصباح"}


def test_a_word_after_a_name_that_is_a_place_or_time_is_no_family_name():
    """«وقال محمد اليوم إن»: a time word after the name, no part of it."""
    text = "وقال محمد العلي اليوم إن المشروع سيكتمل قبل نهاية العام الجاري بحسب الخطة."
    assert quotes_56ar(text)[0][1] == "محمد العلي"
