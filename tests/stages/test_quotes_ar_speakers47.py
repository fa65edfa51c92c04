"""Arabic quote speakers, session 47 (issue 21 point 3): a role with a country's adjective
(«الوزير الأمريكي») goes to the one introduced with that country, not to the last «الوزير»; a
role followed by «آخر» is another person than the one it was written beside; a clause opening
with a separate pronoun («هي المسؤولة») gives no subject; a role ends where «أن» opens the
reported clause; an aside between dashes («المصدر ــ فضل عدم ذكر اسمه ــ») is no part of the
speaker. Short real sentences from SaudiNewsNet (quotes_dev47.tsv articles)."""

from __future__ import annotations

from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.quotes import find_quotes


def speakers(text: str) -> list[str | None]:
    doc = Document(id="t", source="t", text=text, lang="ar")
    doc.entities = find_entities(doc.text, "ar")
    return [q["speaker_text"] for q in find_quotes(doc)]


KERRY = (
    "أبلغت دول الخليج العربية وزير الخارجية الأمريكي جون كيري أمس خلال محادثات جمعته مع وزراء"
    " خارجية الدول الست لمجلس التعاون في قطر إن الاتفاق النووي مع إيران يجب أن يكون سببا في"
    " الاستقرار. \n"
    "وأفصح خالد العطية وزير خارجية قطر خلال مؤتمر صحفي مشترك مع نظيره الأمريكي أعقب الاجتماع"
    " أن كيري أطلع نظراءه الخليجيين أمس على تفاصيل الاتفاق النووي الإيراني، مشيرا إلى أن"
    " الاجتماع المشترك تطرق أيضا إلى المستجدات في المنطقة.\n"
    "وأكد الوزير العطية إن وقاية المنطقة من أخطار وتهديدات الأسلحة النووية تتم من خلال السماح"
    " باستخدام التكنولوجيا النووية للأغراض السلمية طبقا للقواعد الدولية.\n"
    "من جانبه أكد الوزير الأمريكي أن واشنطن ملتزمة باستقرار الخليج، لافتا إلى أنه أجرى مع"
    " الوزراء الخليجيين مناقشة مستفيضة للخطوات المقبلة.\n"
)


def test_a_role_with_a_country_goes_to_the_one_introduced_with_it():
    """snn-2015-08-04-01161: «الوزير الأمريكي» after Qatar's «الوزير العطية» spoke was Qatar's
    minister (the only person written right after «الوزير»)."""
    said = speakers(KERRY)
    assert said[-2:] == ["جون كيري", "جون كيري"]
    assert "خالد العطية" in said[:-2]


def test_another_holder_of_a_role_is_not_the_first():
    """snn-2015-08-03-00214: «قال أحد العاملين في مكتب استقدام آخر» went to «خالد الصقعبي؛ أحد
    العاملين في مكتب استقدام», who spoke before."""
    text = (
        "وتعليقا على هذه الحالة، أوضح خالد الصقعبي؛ أحد العاملين في مكتب استقدام، أنه منذ توقيع"
        " وزارة العمل اتفاقية استقدام مع بنجلادش، لم تستطع المكاتب حتى الآن توفير أي عمالة"
        " منزلية. \n"
        "من ناحيته، قال أحد العاملين في مكتب استقدام آخر، إن لديهم أكثر من 200 تأشيرة استقدام"
        " لعمالة منزلية بنجلادشية، فيما لم يستطع المكتب تلبية أي طلب منها. \n"
    )
    assert speakers(text) == ["خالد الصقعبي", "أحد العاملين في مكتب استقدام آخر"]


SOURCE = (
    'أبلغ "الاقتصادية" مصدر مسؤول في السفارة السعودية لدى بنجلادش، أن عدد تأشيرات العمالة'
    " المنزلية النسائية بلغ نحو 1500 تأشيرة حتى الآن. \n"
    "وأوضح المصدر ــ فضل عدم ذكر اسمه ــ أن إجراءات تصديق تأشيرات العمالة البنجلادشية من قبل"
    " السفارة لا تستغرق أكثر من 24 ساعة. \n"
    "وبخصوص قلة أعداد العمالة المنزلية النسائية التي وصلت المملكة، بين المصدر أن هناك لجنة"
    " مشكلة بين وزارتي العمل في البلدين، هي المسؤولة عن كل ما يتعلق بقضايا استقدام العمالة"
    " بشكل عام، مشيرا إلى أن عدد مكاتب الاستقدام البنجلادشية المعتمدة لدى السفارة نحو 200"
    " مكتب استقدام. \n"
)


def test_an_aside_between_dashes_is_no_part_of_the_speaker():
    """snn-2015-08-04-00272: «المصدر ــ فضل عدم ذكر اسمه ــ» was the speaker as written."""
    said = speakers(SOURCE)
    assert not any("فضل" in (s or "") for s in said)
    assert said[1] and said[1].startswith("مصدر مسؤول")


def test_a_pronoun_clause_gives_no_subject_and_a_role_ends_at_that():
    """snn-2015-08-04-00272: «مشيرا إلى أن» took «المسؤولة» of «هي المسؤولة عن …» (a
    predicate); the source of «بين المصدر أن» speaks, not «المصدر أن هناك لجنة مشكلة»."""
    said = speakers(SOURCE)
    assert "المسؤولة" not in said
    assert not any(" أن " in f" {s} " for s in said if s)
    assert said[-1] and said[-1].startswith("مصدر مسؤول")


def test_a_name_inside_the_previous_quote_is_not_the_next_subject():
    """snn-2015-08-04-00282: «وكشف بارباع أنه نبه أحمد عيد … ، وقال "…"»: the one he warned
    was taken as the speaker of his next words."""
    text = (
        "وكشف بارباع أنه نبه أحمد عيد رئيس اتحاد القدم السعودي إلى الثغرة عبر رسالة هاتفية، وقال"
        ' "تلقيت ردا على رسالتي من عيد، وبعدها فضلت أن أرسل خطابا رسميا يتضمن شرح الموضوع'
        ' بالتفصيل". \n'
    )
    assert speakers(text) == ["بارباع", "بارباع"]


def test_however_is_no_subject_of_the_verb():
    """snn-2015-08-04-01213: «قال سيكون من الواضح … إلا أن ذلك …»: «إلا أن» is "however",
    the words before it were taken as the speaker."""
    text = (
        "وأوضح رئيس لجنة المخلصين الجمركيين المستشار إبراهيم العقيلي أن مرور السفن عبر القناة"
        " يختصر الوقت بنسبة 80 في المئة.\n"
        "وعن أبرز التأثيرات الإيجابية، قال سيكون من الواضح حاليا انخفاض كلفة النقل والشحن إلا"
        " أن ذلك الانخفاض سيكون لصالح ملاك الخطوط الملاحية والسفن ولن يشعر بها المستهلك كثيرا.\n"
    )
    assert speakers(text) == ["إبراهيم العقيلي", "إبراهيم العقيلي"]


def test_according_to_written_with_a_tanween_on_its_letter():
    """snn-2015-08-01-00110: «ووفقًا لمركز الإحصاءات الإيراني فإن» (the tanween on «ق») gave
    the words to the last person named, not to the centre."""
    text = (
        "وذكرت صادقي أن الإحصائيات الرسمية تظهر طرد 47 ألف امرأة بعد عودتهن من إجازة الأمومة.\n"
        "ووفقًا لمركز الإحصاءات الإيراني فإن نسبة البطالة كانت بـ10.8 في المائة في 2014.\n"
    )
    assert speakers(text)[-1] == "مركز الإحصاءات الإيراني"


def test_according_to_a_definite_noun_keeps_its_article():
    """snn-2015-08-01-00110: «ووفقًا للمسؤول الإيراني، فإن» (here without its tanween, as
    SaudiNewsNet mostly writes it) gave «لمسؤول الإيراني», the
    marker's «ل» cut from «لل»: the official as a definite role, the one who spoke before."""
    text = (
        "وقال محمد حسن زدا، إن الحكومة تحتاج إلى موارد مالية قدرها 3200 مليار ريال.\n"
        "ووفقا للمسؤول الإيراني، فإن 160 ألف امرأة يمكنها الاستفادة من إجازة الأمومة لتسعة"
        " أشهر.\n"
    )
    said = speakers(text)
    assert "لمسؤول الإيراني" not in said
    assert said[-1] == "محمد حسن زدا"


def test_a_plural_participle_takes_the_nominative_plural_after_the_verb():
    """SaudiNewsNet (unlabelled, read in quotes47's comparison): «وهنأ المغردون الشعب اليمني
    …، مؤكدين أن» was given no speaker; «المغردون» («ون», the nominative) is the verb's
    subject, the group that speaks."""
    text = (
        "وقد تداول ناشطون على موقع التواصل الاجتماعي صورة احتفال الأسرة، وهنأ المغردون الشعب"
        " اليمني بهذا الانتصار، مؤكدين أن الانتصار العظيم جاء نتيجة التلاحم.\n"
    )
    assert speakers(text) == ["المغردون"]


def test_an_organization_cut_short_is_the_one_named_in_full_before():
    """snn-2015-08-03-00298: «وقال صندوق النقد إنه» after «ممثل صندوق النقد الدولي» was
    written: the recogniser's «صندوق النقد» is the fund named in full (one entity)."""
    text = (
        "وقد أجرى إقليدس تساكالوتوس وزير المالية اليوناني أولى مباحثاته مع كبار ممثلي الجهات"
        " الدائنة، ومن بينهم ممثل صندوق النقد الدولي.\n"
        "وقال صندوق النقد إنه لن يشارك في هذه الخطة الثالثة قبل أن توافق أثينا على سلسلة"
        " إصلاحات كاملة.\n"
    )
    assert speakers(text)[-1] == "صندوق النقد الدولي"
