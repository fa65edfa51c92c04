"""Arabic quote speakers, session 51 (quotes51ar; issue 21 point 3), from the failures of a fourth
development set drawn at random (quotes_dev51ar.tsv): unnamed sources «داخل» a body, a named
person's relative as the speaker, a name cut after its title, a name between commas after a role.
Short sentences in the style of the SaudiNewsNet articles of quotes_dev51ar.tsv."""

from __future__ import annotations

from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.quotes import find_quotes


def analysed(text: str) -> Document:
    doc = Document(id="t", source="t", text=text, lang="ar")
    doc.entities = find_entities(doc.text, "ar")
    return doc


def speakers(text: str) -> list[str | None]:
    return [q["speaker_text"] for q in find_quotes(analysed(text))]


def test_sources_inside_a_club_speak_not_the_club():
    """snn-2015-08-04-00476: «وقالت مصادر داخل نادي الإسماعيلي أن …» was «نادي الإسماعيلي»."""
    text = (
        "ينتظر مجلس إدارة النادي الأهلي المصري موافقة رسمية من مجلس إدارة الإسماعيلي برئاسة"
        " العميد محمد أبو السعود.\n"
        "وقالت مصادر داخل نادي الإسماعيلي أن مجلس الإدارة يجد صعوبة في إرسال الموافقة."
    )
    assert speakers(text) == ["مصادر داخل نادي الإسماعيلي"]


def test_a_relative_of_a_named_man_speaks_not_the_man():
    """snn-2015-08-03-01173: «وقال أحد أبناء الحرفي محمد حسين مسعد (رحمه الله): …» was the
    father, who had died."""
    text = (
        "قدم الأمير دعما ماديا لأسرة الحرفي سعيد علي القحطاني الذي وافته المنية.\n"
        "وقال أحد أبناء الحرفي سعيد علي القحطاني (رحمه الله): إن هذا الدعم غير مستغرب من"
        " سمو الأمير."
    )
    assert speakers(text) == ["أحد أبناء الحرفي سعيد علي القحطاني"]


def test_the_man_named_after_a_kin_word_of_a_name_part_is_kept():
    """«ابن» joins a name's parts: «وقال عبدالله ابن سعيد …» is not a relative's phrase."""
    text = "وقال المهندس عبدالله بن سعيد الغامدي إن المشروع سينتهي قريبا."
    assert speakers(text) == ["عبدالله بن سعيد الغامدي"]


def test_a_given_name_after_a_title_that_is_also_an_adjective_is_kept():
    """snn-2015-08-01-00626: «كشف د. موفق محمد أبو طالب …» was «محمد أبو طالب»."""
    text = "كشف د. موفق سعيد الزهراني مدير إدارة الحج بالمنطقة أن التجهيز يتطلب وقتا كافيا."
    assert speakers(text) == ["موفق سعيد الزهراني"]


def test_a_family_name_that_is_also_a_nisba_is_kept_after_a_one_word_name():
    """snn-2015-08-01-00775: «المهندس ممدوح عراقي أن …» was «ممدوح»."""
    text = "أوضح رئيس البلدية المهندس ممدوح عراقي أن الإزالة تمت بمشاركة الجهات الأمنية."
    assert speakers(text) == ["ممدوح عراقي"]


def test_a_name_between_commas_after_a_role_speaks():
    """snn-2015-08-04-00159: «وقال رئيس اتحاد المسلمين في الولاية، أفنين ألتينر، …: «…»» was
    the role, the name unrecognised."""
    text = (
        "حذرت اتحادات إسلامية في الولاية من مخاطر خطباء الكراهية. وقال رئيس اتحاد المسلمين"
        " في الولاية، أفنين ألتينر، في تصريحات لصحيفة ألمانية: «يتعين على الدولة أن تعلن"
        " بوضوح أننا ضد التطرف»."
    )
    assert speakers(text) == ["أفنين ألتينر"]


def test_a_papers_find_from_its_sources_is_a_quote_of_the_sources():
    """snn-2015-08-02-01110: «علمت «عكاظ» من مصادرها الخاصة أن …» was no quote (as dev42's
    «وعلمت "الوطن" من مصادر مطلعة أن …»)."""
    text = (
        "وعلمت «المدينة» من مصادر مطلعة أن إدارة النادي سترسل ردها إلى لجنة الاحتراف خلال"
        " الأسبوع المقبل."
    )
    found = find_quotes(analysed(text))
    assert [q["speaker_text"] for q in found] == ["مصادر مطلعة"]
    assert found[0]["text"].startswith("إدارة النادي سترسل")


def test_a_papers_find_with_no_source_is_no_quote():
    """«وعلمت "الوطن" أن …» names no source (quotes_dev.md guidelines)."""
    text = "وعلمت «المدينة» أن إدارة النادي سترسل ردها إلى لجنة الاحتراف خلال الأسبوع المقبل."
    assert speakers(text) == []


def test_sources_that_indicate_a_clause_speak_it():
    """snn-2015-08-04-00795: «وتشير مصادر "الوطن" إلى أن …» was no quote."""
    text = (
        "فتح النادي باب المفاوضات مع اللاعب الياباني.\n"
        ' وتشير مصادر "المدينة" إلى أن اللاعب لم يعط ردا نهائيا على العرض المقدم له.'
    )
    assert speakers(text) == ['مصادر "المدينة"']


def test_reports_that_indicate_a_clause_are_no_quote():
    """«وتشير التقارير إلى أن …»: a finding with no source named."""
    text = "وتشير التقارير إلى أن اللاعب لم يعط ردا نهائيا على العرض المقدم له حتى الآن."
    assert speakers(text) == []


def test_a_professor_called_by_title_and_surname_is_the_one_named_in_full():
    """snn-2015-08-04-00287: «وبينت البروفيسور ساهاكيان، أن …» was «البروفيسور ساهاكيان»,
    unlinked from «البروفيسور باربارا ساهاكيان» named before."""
    text = (
        "وتقول البروفيسور باربارا ساهاكيان، من قسم طب النفس في الجامعة، إن المرضى ارتكبوا"
        " أخطاء أقل بكثير. \nوبينت البروفيسور ساهاكيان، أن معالجة أعراض الإدراك يعد تقدما"
        " لكنه ما زال بطيئا."
    )
    assert speakers(text) == ["باربارا ساهاكيان", "باربارا ساهاكيان"]


def test_a_person_first_named_in_a_later_paragraph_did_not_speak_before_it():
    """snn-2015-08-04-00732: «وقال: "…"» after an unrecognised subject was «رادو سلاف», the
    coach signed in the next paragraph."""
    text = (
        "أبرم الاتحاد السعودي للكرة الطائرة عقد رعاية مع إحدى الشركات لمدة عامين.\n"
        'وعبر لحريشي عن بالغ سعادته بتوقيع العقد، وقال: "سيحقق فوائد عدة لأنشطة وبرامج'
        ' الاتحاد في المرحلة المقبلة".\n'
        " من جهة ثانية وقع رئيس الاتحاد عقدا مع المدرب الصربي رادو سلاف لمدة عام."
    )
    assert speakers(text) == [None]


def test_researchers_of_a_university_taken_up_as_the_researchers_speak():
    """snn-2015-08-04-01021 (quotes_dev50ar.tsv): «وخلص الباحثون … إلى أن» after «ونجح
    باحثون في جامعة كاليفورنيا …» was «الباحثون», the phrase never taken up."""
    text = (
        "ونجح باحثون في جامعة كاليفورنيا في الوصول لأسباب هذه الظاهرة من خلال فحص البكتيريا.\n"
        "وخلص الباحثون في دراستهم إلى أن وجود نسبة كبيرة من الفيتامين يؤدي إلى خلل جيني."
    )
    assert speakers(text) == ["باحثون في جامعة كاليفورنيا"]


def test_researchers_named_after_marked_words_speak_them_not_their_university():
    """snn-2015-08-04-00287: «"…". هذا ما توصل إليه باحثون في جامعة كمبردج البريطانية» was
    the university."""
    text = (
        '"لعبة كمبيوتر لتدريب الدماغ يمكنها تحسين حياة الأشخاص الذين يعانون من الفصام".'
        " هذا ما توصل إليه باحثون في جامعة كمبردج البريطانية."
    )
    assert speakers(text) == ["باحثون في جامعة كمبردج البريطانية"]


def test_a_participle_and_that_before_marks_goes_on_with_the_quote_before():
    """snn-2015-08-04-00159: «…»، مؤكدًا أن «مواجهة هذا التطرف …»» was the body in the role of
    the sentence's subject, not the man who had just spoken."""
    text = (
        "وقال رئيس اتحاد المسلمين في الولاية، أفنين ألتينر، في تصريحات لصحيفة ألمانية: «يتعين"
        " على الدولة أن تعلن بوضوح أننا ضد التطرف»، مؤكدًا أن «مواجهة هذا التطرف مهمة المجتمع"
        " بأكمله»."
    )
    assert speakers(text) == ["أفنين ألتينر", "أفنين ألتينر"]
