"""Arabic quote speakers, session 49 (quotes49ar; issue 21 point 3), from the failures of a
development set drawn at random (quotes_dev49.tsv): a role's holder written after a town's name
(«في ينبع يوسف الوهيبي») is the holder, not the genitive of a body; a role written again
without the nationality it had beside a name («وزير التخطيط المصري أشرف العربي» … «وأشار وزير
التخطيط») is that person. Short real sentences from SaudiNewsNet (quotes_dev49.tsv articles)."""

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


def test_a_holder_after_a_town_is_the_speaker():
    """snn-2015-08-04-00972: «في ينبع يوسف الوهيبي» was read as a body's genitive (an official
    of a campaign), so the role was the speaker and the participle after it too."""
    text = (
        "بلغت نسبة الإشغال للفنادق بمحافظة ينبع نسبة 95 % .\nوأوضح أمين عام لجنة التنمية"
        " السياحية في ينبع يوسف الوهيبي أن الإقبال الكبير يتزامن مع اعتدال الأجواء, مشيراً"
        " إلى أن اللجنة السياحية ستواصل بذل المزيد من الجهد."
    )
    assert speakers(text) == ["يوسف الوهيبي", "يوسف الوهيبي"]


def test_a_role_in_a_campaign_is_still_not_its_candidate():
    """The genitive rule this round narrows still holds without a town (quotes_dev39.tsv)."""
    text = "وقالت مسؤولة كبيرة في حملة هيلاري كلينتون إن الحملة ستواصل عملها."
    assert speakers(text) != ["هيلاري كلينتون"]


WITH_NISBA = (
    "أوضح وزير التخطيط المصري أشرف العربي، أنه توجد مباحثات مع المملكة لدعم احتياجات البلاد.\n"
    "وأشار وزير التخطيط إلى أن أكثر من 50 بالمئة من مذكرات التفاهم تم تحويلها إلى عقود."
)


def test_a_role_written_again_without_its_nationality_is_the_person_named_with_it():
    """snn-2015-08-02-01179: «وأشار وزير التخطيط» stayed the role, «المصري» standing between
    the role and the name at its first writing."""
    assert speakers(WITH_NISBA) == ["أشرف العربي", "أشرف العربي"]


def test_a_role_two_people_held_stays_the_role():
    """Two foreign ministers named with their nationalities: «وزير الخارجية» alone is either."""
    text = (
        "قال وزير الخارجية الأمريكي جون كيري إن الاتفاق سيجعل المنطقة أكثر أمنا بعد لقائه وزير"
        " الخارجية المصري سامح شكري.\nوأكد وزير الخارجية أن الانتخابات ستجرى في الخريف."
    )
    assert speakers(text)[-1] == "وزير الخارجية"


def test_a_family_name_is_the_full_name_written_under_a_clitic():
    """snn-2015-08-03-00072 (quotes_dev48.tsv): «لمنصور البلوي» is no name for the recogniser,
    so «حيث أكد البلوي أن» was spoken by «البلوي» alone, never tied to منصور البلوي."""
    text = (
        "تحدث المشرف على فريق كرة القدم في لقاء تلفزيوني ولا من جزءين لمنصور البلوي المشرف على"
        " فريق كرة القدم بنادي الاتحاد، حيث أكد البلوي أن تصريحاته تعتبر طبيعية وليست ناجحة."
    )
    assert speakers(text) == ["منصور البلوي"]


def test_a_word_between_is_no_given_name():
    """«بين الراجحي» ("between", or the verb «بيّن») is never read as a clitic and a name."""
    text = (
        "وقارن المحلل بين الراجحي والأهلي في الأداء.\nوأوضح الراجحي أن أسعار أسهم أكثر"
        " القطاعات تأثرت بالنتائج."
    )
    assert "ين الراجحي" not in speakers(text)


def test_a_given_name_that_is_a_common_word_opens_the_name_after_the_verb():
    """snn-2015-08-03-00561 (quotes_dev48.tsv): the recogniser leaves out «فريدة» ("unique"),
    so «قالت فريدة محمد علي فارسي» was spoken by «محمد علي فارسي», another person's name."""
    text = (
        "بدورها قالت فريدة محمد علي فارسي عضوة لجنة المدارس الأهلية للبنات بأنه وعلى الرغم من"
        " التحفظات الكثيرة فإن المجالس ستعمل بجد."
    )
    assert speakers(text) == ["فريدة محمد علي فارسي"]


def test_an_outlet_word_before_a_name_is_no_given_name():
    """«وذكر موقع كالتشيو ميركاتو أن» (unlabelled SaudiNewsNet): «موقع» is the kind of outlet."""
    text = "وذكر موقع كالتشيو ميركاتو أن انشيلوتي سيحل محل الهولندي كمدرب للفريق."
    assert not (speakers(text)[0] or "").startswith("موقع")


def test_a_plural_participle_after_a_verb_with_a_noun_object_is_its_subjects():
    """snn-2015-08-01-00753: «وأكد متعاملون … تميز موسم …، مشيرين إلى أنه» was left unknown,
    «وأكد» read as a cue with words of its own though its object is a noun."""
    text = (
        "وأكد متعاملون في سوق التمور الموسمي بمدينة السيح تميز موسم إنتاج التمور هذا العام"
        " بجودة المحصول، مشيرين إلى أنه يشهد وفرة في كميات التمور الموردة."
    )
    assert speakers(text) == ["متعاملون"]


def test_a_plural_participle_after_a_verb_with_its_own_words_keeps_their_speaker():
    """«وأكدوا أن …، مشيرين إلى أن …»: the participle goes on with the verb's own quote."""
    text = (
        "وقال مراقبون إن الحكومة تبدي جدية هذه المرة في إجراءات الاستعداد للانتخابات، مشيرين"
        " إلى أن اللجنة العليا ستعلن الجدول الزمني قريبا."
    )
    assert speakers(text) == ["مراقبون", "مراقبون"]


def test_a_body_shortened_to_its_field_is_its_full_name():
    """snn-2015-08-01-00720: «وأوضحت الأرصاد» after «الرئاسة العامة للأرصاد وحماية البيئة»."""
    text = (
        "هذا وقد كانت الرئاسة العامة للأرصاد وحماية البيئة قد توقعت في تقريرها تأثر الرؤية"
        " الأفقية، وأوضحت الأرصاد أن الفرصة مهيأة لهطول أمطار رعدية على منطقة الرياض."
    )
    assert speakers(text) == ["الرئاسة العامة للأرصاد وحماية البيئة"]


def test_a_body_shortened_from_its_nationality_is_its_full_name():
    """snn-2015-08-04-00121 (quotes_dev47c.tsv): «وأوضحت الجمارك» after «الجمارك الفرنسية»."""
    text = (
        "صادرت الجمارك الفرنسية لوحة لبيكاسو على متن يخت، كما أعلنت الجمارك الفرنسية اليوم.\n"
        "وأوضحت الجمارك في بيان، أن العناصر الرسميين طلبوا وثائق متصلة بالوضع القانوني للوحة."
    )
    assert speakers(text)[-1] == "الجمارك الفرنسية"


def test_a_country_is_not_shortened_from_a_sea():
    """snn-2015-08-04-00198 (quotes_dev48.tsv): «وقالت الصين» is not «بحر الصين الجنوبي»."""
    text = (
        "تتصاعد التوترات في بحر الصين الجنوبي بسبب توسع بكين.\nوقالت الصين إنّها لا ترغب في"
        " اثارة القضية أثناء الاجتماع."
    )
    assert speakers(text) == ["الصين"]


def test_a_word_ending_as_a_nisba_is_no_origin():
    """«الغرافة المنتمي …» (unlabelled SaudiNewsNet): «المنتمي» is no adjective of origin."""
    text = (
        "انتقل اللاعب إلى الغرافة المنتمي إلى دوري نجوم قطر على سبيل الاعارة. وأضاف الغرافة أنه"
        " سيقدم لاعبه البرازيلي الجديد للإعلام غدا."
    )
    assert speakers(text)[-1] != "الغرافة المنتمي"
