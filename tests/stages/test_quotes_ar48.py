"""Arabic quote speakers, session 48 (quotes48; issue 21 point 3): speakers referred back to
in other words than their introduction, and subjects written around the verb. A name in marks
before a colon opens a quote even when the words after the colon are unmarked; the one who
received a copy of a statement is told, not the speaker; «الحكومة» is the government named
before; a question opening the subject slot is the words said; a role of «هذه» body, a
definite repeat of an unnamed speaker and a role reworded from the one before a name point
back to that speaker; a name is cut out of a title and a role written around it; a subject
written between «لكن» and its verb speaks. Short real sentences from SaudiNewsNet
(quotes_dev48.tsv articles)."""

from __future__ import annotations

from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.quotes import find_quotes


def analysed(text: str) -> Document:
    doc = Document(id="t", source="t", text=text, lang="ar")
    doc.entities = find_entities(doc.text, "ar")
    return doc


def quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q["text"], q["speaker_text"]) for q in find_quotes(analysed(text))]


def speaker_of(text: str, opening: str) -> str | None:
    """The speaker of the quote whose words open with `opening` (after a mark or a vowel)."""
    return next(s for t, s in quotes(text) if opening in t[:40])


def test_a_marked_name_before_a_colon_opens_unmarked_words():
    """snn-2015-08-04-01297: «وقالت "مكافحة المخدرات": على جميع …» was no quote (a name in
    marks before the colon was taken for words said), and «حسب اليوم المحدد» was read instead."""
    text = (
        "أعلنت إدارة القبول بالمديرية العامة لمكافحة المخدرات عن أرقام المقبولين.   وقالت"
        ' "مكافحة المخدرات": على جميع المتقدمين على هذه الرتبة، الاستعلام عن قبولهم المبدئي؛'
        " في تمام الساعة 7 صباحاً؛ حسب اليوم المحدد في النتيجة؛ لاستكمال مسوغات القبول."
    )
    # the body's full name written before (round quotes49ar: `body_named_in_full_49`)
    assert speaker_of(text, "على جميع المتقدمين") == "المديرية العامة لمكافحة المخدرات"


def test_a_colon_after_a_marked_name_before_that_is_left_to_the_cue():
    """snn-2015-08-01-00933 (quotes_dev43.tsv): «وقال الملحق التجاري «ماوان»: إن …، مشيراً
    إلى أن …» keeps its reported clause and its participle as two quotes."""
    text = (
        "وقال الملحق التجاري «ماوان»: إن المعرض يعتبر من أكبر المعارض في المنطقة، مشيراً إلى"
        " أن المعرض يعتبر وسيلة عرض للفرص التجارية في إندونيسيا."
    )
    assert len(quotes(text)) == 2


MALI = (
    "قتل جنديان ماليان وأصيب اربعة آخرون في كمين نصبه مسلحون قرب نامبالا، كما اعلنت الحكومة"
    " المالية مساء الاحد. وقالت الحكومة في بيان تلقت وكالة فرانس برس نسخة منه انه عصر السبت"
    " وقعت قوة للقوات المسلحة المالية في كمين على طريق ديابالي. وأكدت الحكومة انها «تدين هذا"
    " العمل الجبان والهمجي الذي لن يبقى من دون عقاب»."
)


def test_the_one_who_received_a_copy_is_told():
    """snn-2015-08-04-00454: the agency that received the statement's copy was the speaker."""
    assert speaker_of(MALI, "عصر السبت") != "وكالة فرانس برس"


def test_the_government_is_the_one_named_before():
    """snn-2015-08-04-00454: «وأكدت الحكومة» after «كما اعلنت الحكومة المالية»."""
    assert speaker_of(MALI, "تدين هذا العمل") == "الحكومة المالية"


def test_a_question_is_no_speaker():
    """snn-2015-08-04-00083: «وكان يقول كيف يجوز للرئيس نفسه …» gave the question as speaker."""
    text = (
        "وقال مصطفى محمود إن الكتابة هي حياته كلها ولا يريد منصبا. وكان يقول كيف يجوز للرئيس"
        " نفسه أن يُصدر قرارًا من هذا النوع؟"
    )
    assert speaker_of(text, "يُصدر قرارًا") != "كيف يجوز للرئيس نفسه"


def test_a_role_of_this_body_is_the_one_quoted_last():
    """snn-2015-08-03-00926: «واضافت مديرة هذه المؤسسة ان …» after the director was quoted."""
    text = (
        "واكدت راشماواتي سوكارنوبوتري لوكالة فرانس برس ان كيم جونغ اون سيتسلم جائزة السلام"
        " التي تمنحها مؤسسة سوكارنو التعليمية. واضافت مديرة هذه المؤسسة ان “كيم جونغ اون يجب"
        " ان يكرم لمعركته ضد الامبريالية”."
    )
    assert speaker_of(text, "كيم جونغ اون يجب") == "راشماواتي سوكارنوبوتري"


def test_a_study_of_these_is_no_role():
    """snn-2015-08-01-00152 (unlabelled, read in this round's comparison): «وقالت إحدى هذه
    الدراسات إن …» is one of the studies, not the scientist quoted before."""
    text = (
        "وقال ستيفن أولماك إن المجس أدى مهامه كما ينبغي. وقالت إحدى هذه الدراسات إن المجس"
        " أرسل إشارات لاسلكية من خلال المذنب."
    )
    assert speaker_of(text, "المجس أرسل") != "ستيفن أولماك"


def test_a_definite_repeat_is_the_unnamed_speaker_before():
    """snn-2015-08-01-00247: «قال الخبير القانوني "…"» after «وقال خبير قانوني ملم باللوائح»."""
    text = (
        "ويحظى الزويهري بدعم الغالبية العظمي من أعضاء شرف نادي الأهلي، إلا أن فتح باب الترشح هو"
        ' أحد الأنظمة المتبعة، وقال خبير قانوني ملم باللوائح "في حال عدم تقدم أحد للترشح ستتم'
        ' تزكيته". \nوعن عدم مرور عام على انضمام الزويهري إلى الجمعية العمومية، قال الخبير'
        ' القانوني "المتبقي عدد بسيط من الأشهر، ولن يكون عائقا أمامه".'
    )
    first = speaker_of(text, "في حال عدم")
    assert first and first.startswith("خبير قانوني")
    assert speaker_of(text, "المتبقي عدد") == first


def test_a_role_reworded_is_the_one_named_after_it():
    """snn-2015-08-02-00127: «وقال رئيس البلدية السابق» after «الرئيس السابق لبلدية الجزيرة،
    مصطفى فارساكوغلو» (the words of the role in another order)."""
    text = (
        "وقال الرئيس السابق لبلدية الجزيرة، مصطفى فارساكوغلو لوكالة الصحافة الفرنسية، إن تروتسكي"
        " عاش 4 سنوات في هذا المنزل. وقال وسيط عقاري إن المنزل معروض منذ سنوات. وقال رئيس"
        " البلدية السابق: «إنه مبنى مصنف، ومن سيشتريه لا يمكنه أن يحوله إلى فندق»."
    )
    assert speaker_of(text, "إنه مبنى مصنف") == "مصطفى فارساكوغلو"


def test_a_name_between_a_title_and_a_role():
    """snn-2015-08-01-00123: the whole title, name and post were the speaker as written."""
    text = (
        "وقال اللواء رفعت قمصان مستشار رئيس مجلس الوزراء لشؤون الانتخابات إن «الحكومة انتهت"
        " بالفعل من الاستعدادات اللوجيستية لإجراء الانتخابات»."
    )
    assert speaker_of(text, "الحكومة انتهت") == "رفعت قمصان"


def test_a_subject_between_but_and_its_verb_speaks():
    """snn-2015-08-04-00198: «لكن حنيفة أمان وزير الخارجية الماليزي قال إنّ …» went to China,
    the subject of the sentence before."""
    text = (
        "وقالت الصين إنّها لا ترغب في اثارة القضية أثناء الاجتماع. لكن حنيفة أمان وزير الخارجية"
        " الماليزي قال إنّ دول الرابطة اتفقت على تعزيز ممارسة ضبط النفس."
    )
    assert speaker_of(text, "دول الرابطة") == "حنيفة أمان"


def test_the_ones_told_are_cut_off():
    """snn-2015-08-04-00198: «قال كيه. شانموجام وزير خارجية سنغافورة للصحافيين في
    كوالالمبور» — the reporters and the city are no part of the speaker."""
    text = (
        "من ناحية اخرى، قال كيه. شانموجام وزير خارجية سنغافورة للصحافيين في كوالالمبور، إنّه لا"
        " يمكن تجاهل"
        " قضية بحر الصين الجنوبي، مضيفا أن بلاده غير سعيدة بمدونة سلوك غير رسمية."
    )
    assert speaker_of(text, "بلاده غير سعيدة") == "وزير خارجية سنغافورة"


def test_a_source_announcing_after_the_clause():
    """snn-2015-08-04-00454: «…، كما اعلنت الحكومة المالية مساء الاحد.» names the clause's
    source, as «حسبما أعلنت» does; the time after it is no part of the source."""
    assert quotes(MALI)[0] == (
        "قتل جنديان ماليان وأصيب اربعة آخرون في كمين نصبه مسلحون قرب نامبالا",
        "الحكومة المالية",
    )


def test_also_included_is_no_source():
    """snn-2015-08-04-00107 (unlabelled, read in this round's comparison): «، كما أورد الكتاب
    عددًا من الوثائق» is "the book also included", no source of the clause before."""
    text = (
        "ويتكون الكتاب من ستة فصول، كما أورد الكتاب عددًا من الوثائق ذات الصلة بالقناة، وفي"
        " مقدمتها فرمان الامتياز الأول."
    )
    assert quotes(text) == []


def test_the_statement_just_quoted_speaks_for_its_issuer():
    """snn-2015-08-04-00454: «وأضاف البيان ان …» after «وقالت الحكومة في بيان …» was the
    agency that received a copy, then the statement as written."""
    text = (
        "قتل جنديان ماليان في كمين قرب نامبالا، كما اعلنت الحكومة المالية مساء الاحد. وقالت"
        " الحكومة في بيان تلقت وكالة فرانس برس نسخة منه انه عصر السبت وقعت قوة للقوات المسلحة"
        " في كمين. وأضاف البيان ان القوات المسلحة «باشرت فورا الملاحقات وضبطت معدات عسكرية"
        " خفيفة»."
    )
    assert speaker_of(text, "القوات المسلحة") == "الحكومة المالية"


def test_a_name_in_marks_inside_a_subject_opens_no_quote():
    """snn-2015-08-01-00788 (quotes_dev46.tsv): «قال عنه واحد من أشهر مشايخ "تويتر": …» — the
    platform in marks is no speaker of words after the colon."""
    text = (
        'قال عنه واحد من أشهر مشايخ "تويتر": عزام الدخيل يدرك أن أبناء مدارس التحفيظ هم من رمى'
        " حصون الخصوم."
    )
    assert "تويتر" not in [s for _, s in quotes(text)]


def test_a_source_with_a_comma_after_it_is_the_source_of_what_follows():
    """snn-2015-08-03-00178 (unlabelled, read in this round's comparison): «لكن، كما قالت وكالة
    «أ.ب»، لا بد أن …» cites the agency for the words after it, not the clause before."""
    text = (
        "لا يبدو أن فيها أسرارا قاتلة، لكن، كما قالت وكالة «أ.ب»، لا بد أن قادة الحزب الجمهوري"
        " في الكونغرس سيفحصونها بدقة."
    )
    assert not any(t.startswith("لا يبدو") for t, _ in quotes(text))
