"""Arabic quotes, session 52 (quotes53ar; issue 21 point 3), from the failures of a fifth
development set drawn at random (quotes_dev53ar.tsv) and those the older Arabic sets still
held: a source closing its clause with no comma before it, a participle after «غير», «وفقه
الله», a name between commas after a role the linker gave to someone else, and cues the list
lacked (plural verbs, forecasts with a subject). Short sentences in the style of the
SaudiNewsNet articles of quotes_dev53ar.tsv."""

from __future__ import annotations

from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.quotes import find_quotes


def analysed_53ar(text: str) -> Document:
    doc = Document(id="t", source="t", text=text, lang="ar")
    doc.entities = find_entities(doc.text, "ar")
    return doc


def quotes_53ar(text: str) -> list[tuple[str, str | None]]:
    """(cue, speaker as written) of each quote found."""
    return [(q["cue"], q["speaker_text"]) for q in find_quotes(analysed_53ar(text))]


def test_an_outlet_closing_its_clause_with_no_comma_before_it_is_the_source():
    """snn-2015-08-04-00624: «… من أسفله بحسب صحيفة دايلي ميل البريطانية، ولحسن الحظ …» was
    missed (a comma before «بحسب» was required)."""
    text = (
        "وتسلقت الطفلة جرفاً شديد الانحدار للبحث عن مساعدة بحسب صحيفة دايلي ميل البريطانية،"
        " ولحسن الحظ فإن الأم تتماثل للشفاء."
    )
    found = quotes_53ar(text)
    assert len(found) == 1 and "دايلي ميل" in (found[0][1] or "")


def test_a_survey_made_by_an_agency_speaks_for_the_agency():
    """snn-2015-08-02-00215: «… في يوليو تموز وفقا لنتائج مسح أجرته رويترز.» was missed."""
    text = (
        "قال مسؤول إن الإنتاج زاد أمس. كانت الجزائر أنتجت في المتوسط 1.1 مليون برميل يوميا"
        " في يوليو تموز وفقا لنتائج مسح أجرته رويترز."
    )
    assert quotes_53ar(text)[-1][1] == "رويترز"


def test_a_poll_of_others_after_the_agency_is_no_source():
    """snn-2015-08-03-00253 (quotes_dev43c.tsv): «… وفقا لاستطلاع أجرته رويترز لآراء
    الاقتصاديين» closes a finding, not what Reuters said."""
    text = (
        "وجاءت القراءة دون توقعات كانت تشير إلى استقرار المؤشر عند 53.5 وفقا لاستطلاع أجرته"
        " رويترز لآراء الاقتصاديين."
    )
    assert quotes_53ar(text) == []


def test_a_participle_after_ghayr_is_no_cue():
    """snn-2015-08-04-00051: «زيارة غير متوقعة» ("an unexpected visit") was a quote cue."""
    text = (
        "استقبل المسن هولمن كارل زيارة غير متوقعة بعد تدهور حالته الصحية من حصانه الخاص بعد"
        " أن استطاع حفيده أخذ الموافقة من إدارة الدار."
    )
    assert quotes_53ar(text) == []


def test_a_prayer_is_no_source_marker():
    """snn-2015-08-03-00443: «… لسمو ولي ولي العهد، وفقه الله وكثر من أمثاله.» was a quote of
    no one, «وفق» read as "according to"."""
    text = "وبالتالي فهو الواجهة المشرفة للمكتب الخاص لسمو ولي ولي العهد، وفقه الله وكثر من أمثاله."
    assert quotes_53ar(text) == []


def test_a_name_between_commas_after_a_role_given_to_another_is_the_speaker():
    """snn-2015-08-03-01340: «وبين المتحدث الرسمي بصحة الجوف، فهد الكريع، أن …» went to the
    director named in the next paragraph («فهد» is a common word and a given name)."""
    text = (
        "وبين المتحدث الرسمي بصحة الجوف، فهد الكريع، أن تماسا كهربائيا تسبب بحريق بسيط نتج"
        " عنه الدخان.\n"
        "وباشر مدير عام الشؤون الصحية بمنطقة الجوف حسين بن الراوي الموقع."
    )
    assert quotes_53ar(text)[0][1] == "فهد الكريع"


def test_a_forecast_with_its_subject_is_a_quote():
    """quotes_dev51ar.tsv, quotes_dev48.tsv: «ويتوقع المزارعون أن …» was missed."""
    text = "ويتوقع المزارعون أن تشهد المحافظة خلال الأسبوعين المقبلين إنتاجا وفيرا من التمور."
    assert quotes_53ar(text) == [("يتوقع", "المزارعون")]


def test_an_impersonal_forecast_is_no_quote():
    """«ويتوقع أن يصل …» ("it is expected that"): no one speaks."""
    text = "ويتوقع أن يصل الوفد إلى الرياض غدا للمشاركة في اجتماعات اللجنة المشتركة."
    assert quotes_53ar(text) == []


def test_a_plural_past_cue_is_a_quote_of_its_group():
    """snn-2015-08-01-00033: «وكان الباحثون قد أعلنوا سابقا ان …» was missed (only «أعلن»)."""
    text = (
        "أجرى العلماء مسحا ضوئيا لدماغ أكثر من 100 طفل. وكان الباحثون قد أعلنوا سابقا ان حالة"
        " مناطق الدماغ تكون أكثر وضوحا عند الأطفال."
    )
    assert quotes_53ar(text) == [("أعلنوا", "الباحثون")]


def test_a_cue_after_a_word_ending_in_ghayr_is_kept():
    """snn-2015-08-03-00275 (unlabelled check): «وعن الدخل المادي لهذا المشروع الصغير قالت: …»
    lost its quote when «غير» was matched as the end of «الصغير»."""
    text = (
        "وعن الدخل المادي لهذا المشروع الصغير قالت: سعر الصورة عشرة ريالات ويتم تصوير خمسين"
        " طفلا يوميا."
    )
    assert [cue for cue, _ in quotes_53ar(text)] == ["قالت"]


def test_a_supposition_in_a_relative_clause_is_no_quote():
    """Unlabelled check: «بالأندية الأدبية التي يفترض أنها محضن الأدب» ("which are supposed to
    be") is no one's words; «يفترض» is no cue."""
    text = "بدأ المشرف بالأندية الأدبية التي يفترض أنها محضن الأدب والأدباء في المنطقة."
    assert quotes_53ar(text) == []


def test_researchers_take_up_the_scientists_who_spoke_before():
    """snn-2015-08-01-00573 (quotes_dev46.tsv): «قال العلماء إن …» … «وفحص الباحثون … وتوصلوا
    الى ان …»: the same scientists, not a second unnamed group."""
    text = (
        "قال العلماء إن الأدلة المطمورة في بلورات دقيقة أوضحت نشأة المجال منذ زمن بعيد.\n"
        "وفحص الباحثون الماجنتايت داخل بلورات الزركون وتوصلوا الى ان الارض كان لديها مجالها"
        " المغناطيسي في ذاك الوقت."
    )
    assert quotes_53ar(text)[-1] == ("توصلوا", "العلماء")


def test_the_verbal_noun_of_a_forecast_is_no_cue():
    """Unlabelled check: «لابد لنزاهة من توقع قراءات أخرى …، ومن تلك القراءات المتوقعة أن …»
    ("expecting other readings") and «يتوقع لهذه الكتب أن» ("it is expected of") speak for no
    one."""
    assert quotes_53ar("ولكن لابد للهيئة من توقع قراءات أخرى لهذه المسألة المهمة.") == []
    assert quotes_53ar("وبشيء من التهذيب يتوقع لهذه الكتب الورقية أن تشتمل على موسوعة.") == []


def test_a_plural_in_the_construct_state_after_the_verb_speaks_for_a_plural_participle():
    """snn-2015-08-04-00691 (quotes_dev45c.tsv): «إلى ذلك تحدث صيادو الروبيان عن …، مؤكدين
    أن …» had no speaker: «صيادو» is «صيادون» before the noun it governs, the verb's subject."""
    text = (
        "إلى ذلك تحدث صيادو الروبيان عن عدة معوقات تحد من العوائد في الموسم، مؤكدين أن الشباك"
        " تصطاد بعض الأسماك في أثناء الصيد."
    )
    assert quotes_53ar(text) == [("مؤكدين", "صيادو الروبيان")]


def test_a_father_of_is_no_construct_plural():
    """«أبو» ends as a construct plural does; «وقال أبو محمد» names a man, read as before."""
    text = "وأكد أبو خالد الشمري، مؤكدين أن الموسم سيكون ناجحا هذا العام."
    assert all(s != "أبو خالد" for _, s in quotes_53ar(text))
