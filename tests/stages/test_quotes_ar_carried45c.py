"""Arabic quote speakers, session 45, third round (issue 21 point 3): a subject written
between «كان» and the verb speaks («وكان X (قد) أعلن أن»), not the time or object after the
verb, while a predicate after «كان» or «كان» in a question or condition is no subject; a name
the recogniser missed, right before the role whose organization it found, speaks rather than
the organization; and «علي» after a role is the given name Ali, not «على». Short real
sentences from SaudiNewsNet (quotes_dev45c.tsv articles and the unlabelled articles read in
the round's comparison)."""

from __future__ import annotations

from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.quotes import find_quotes


def speakers(text: str) -> list[str | None]:
    doc = Document(id="t", source="t", text=text, lang="ar")
    doc.entities = find_entities(doc.text, "ar")
    return [q["speaker_text"] for q in find_quotes(doc)]


def test_a_body_between_kana_and_the_verb_speaks_not_the_time_after_it():
    """snn-2015-08-02-00163: «أول» (of «أول من أمس») was the speaker."""
    text = (
        "وكان ائتلاف دولة القانون أعلن أول من أمس أنه حسم أمره بترشيح علي الأديب لرئاسة"
        " التحالف الوطني خلفا لإبراهيم الجعفري الذي يجمع حاليا بين رئاسة التحالف ومنصب وزير"
        " الخارجية في حكومة حيدر العبادي."
    )
    assert speakers(text) == ["ائتلاف دولة القانون"]


def test_papers_between_kana_and_the_verb_speak():
    """snn-2015-08-02-00191: the coach named in the sentence before was the speaker."""
    text = (
        "ولا يمتلك داسيلفا حاليًا سوى مهاجم واحد وهو هداف الفريق محمد السهلاوي، ويسعى الجهاز"
        " الطبي بنادي النصر إلى تقليص مدة تعافي هزازي ليكون جاهزًا للقاء السوبر بعد 10 أيام."
        "\nوكانت صحف أرجنتينية أكدت أن اللاعب الأوروغواياني مورا يحتاج إلى ما لا يقل عن"
        " أسبوعين حتى يتعافى من الإصابة التي تعرض لها في ذهاب نهائي الليبرتادوريس."
    )
    assert speakers(text)[-1] == "صحف أرجنتينية"


def test_a_role_and_name_between_kana_and_qad_speak_not_the_adverb_after_the_verb():
    """snn-2015-08-01-01029: «مسبقا» was the speaker."""
    text = (
        "وكان رئيس اللجنة الدكتور عبدالله البرقان، قد أعلن مسبقا أن النصر من ضمن الأندية التي"
        " لا يوجد عليه شكاوى تمنعه من التسجيل غير أنه لم يقدم تلك الحوالات البنكيه لمرتبات"
        " اللاعبين المحترفين."
    )
    assert speakers(text) == ["عبدالله البرقان"]


def test_kana_with_a_predicate_or_in_a_condition_names_no_speaker():
    """snn-2015-08-01-00081 and snn-2015-08-01-00165: «مؤقتا» and «تؤيد إحياء الحوار …»
    (after «ولو كان», «ما إذا كانت») are no subjects; the speaker stays the one named."""
    minister = (
        "من جهته، أشار وزير السياحة ميشال فرعون إلى أنّه طلب من اللجنة الوزارية في غياب حلول"
        " طارئة للأزمة، «بلورة سريعة لخيار إضافي ولو كان مؤقتا، وهو قرار ترحيل النفايات»،"
        " لافتا إلى أنّه «تتم متابعة هذا الأمر بشكل خاص لبيروت إذ إن الخيارات الأخرى هي قيد"
        " الدراسة والنقاش مع مجلس بلدية بيروت والمحافظ والوزارات المختصة»."
    )
    assert speakers(minister)[-1] == "ميشال فرعون"
    spokesman = (
        "وحول موقف الحكومة الألمانية بشأن ما إذا كانت تؤيد إحياء الحوار مع روسيا أم لا، قال"
        " إردمان إن الإجابة واضحة، وهي «نعم»، لكن ليس هناك أي إجماع في الحلف في الوقت الحالي."
    )
    assert "تؤيد" not in (speakers(spokesman)[0] or "")


def test_a_missed_name_before_the_role_speaks_not_its_organization():
    """snn-2015-08-04-00927: «طالبان» (of «المتحدث باسم طالبان») was the speaker."""
    text = "وقال ذبيح الله مجاهد المتحدث باسم طالبان إنه لا يستطيع تأكيد صحة البيان المنسوب لأغا."
    assert speakers(text) == ["ذبيح الله مجاهد"]


def test_the_given_name_ali_after_a_role_is_part_of_the_name():
    """snn-2015-08-03-00833: «علي» folds as the preposition «على», so the recogniser began
    the name after it («موسى الذيبي»)."""
    text = (
        "وأوضح رئيس الفرقة الثانية للنقل والطرق بمحافظة هروب علي موسى الذيبي، أن الفرقة على أتم"
        " الاستعداد والجاهزية لمواجهة حالات الطوارئ جراء انقطاع الطرق واحتجاز القرى."
    )
    assert speakers(text) == ["علي موسى الذيبي"]


def test_kana_in_a_relative_clause_ending_at_a_comma_names_no_speaker():
    """snn-2015-08-04-01137 (read when checking the merge with quotes45): «التي كانت مصابة
    بوعكة صحية،» before «مشيرا» is a relative clause, no subject."""
    text = (
        "يذكر أن والد الطفلة ظهر في المقطع وهو يناشد المسؤولين في وزارة الصحة التحقيق في ما"
        " اعتبره إهمالا من قبل العاملين في مستشفى ينبع تجاه ابنته التي كانت مصابة بوعكة صحية،"
        " مشيرا إلى أنها ظلت لأكثر من ساعتين في المستشفى دون تقديم الرعاية الصحية اللازمة لها."
    )
    assert all("مصابة" not in (s or "") for s in speakers(text))


def test_ali_outside_a_cues_subject_is_not_taken_into_a_name():
    """snn-2015-08-03-00150 (read when checking the merge with quotes45): «وأتباع الرئيس المخلوع
    علي عبد الله صالح» is no cue's subject; the spokesman speaks on after «بينما أكد»."""
    text = (
        "قال راجح بادي، المتحدث باسم الحكومة اليمنية لـ«الشرق الأوسط»، إن الحكومة الشرعية لم"
        " تتسلم رسميا من الأمم المتحدة عبر الأمين العام أو المبعوث اليمني أي مبادئ للحوار بطريقة"
        " غير مباشرة بين الحكومة اليمنية والمتمردين على الشرعية من الميليشيات الحوثية وأتباع"
        " الرئيس المخلوع علي عبد الله صالح والموالين لهما، بينما أكد أن مدينة عدن تحت إدارة"
        " السلطة المحلية، والعمل يجري على تطهير مثلث أبين ولحج وتعز."
    )
    assert "علي عبد الله صالح" not in speakers(text)
