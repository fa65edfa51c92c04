"""Arabic quote speakers, session 44, second round (issue 21 point 3): the source quoted
after «نقلا عن» speaks, a one-word name the recogniser split from its surname is whole and
no verb after «لم» is a given name, a missed name right after the verb is not the paper or
committee after a setting of speech, and a body by its kind keeps the place after it. Short
real sentences from SaudiNewsNet (quotes_dev44d.tsv articles)."""

from __future__ import annotations

from rasad.model import Document
from rasad.stages.quotes import Speaker, given_name_before, name_split_in_two
from tests.support.quotes import found_quotes


def quotes(text: str) -> list[dict]:
    return found_quotes(text, "ar")


def speakers(text: str) -> list[str | None]:
    return [q["speaker_text"] for q in quotes(text)]


def test_the_source_quoted_by_the_agency_speaks():
    """snn-2015-08-04-00541: «وقالت الوكالة نقلا عن الشرطة إن …»: the police, not Xinhua."""
    text = (
        "ذكرت وكالة أنباء الصين الجديدة (شينخوا) اليوم الثلاثاء أن رئيس شركة تشاينا فيرست"
        " الصينية للصناعات الثقيلة انتحر شنقا. \nوقالت الوكالة نقلا عن الشرطة إن رئيس الشركة"
        " وو فو شنغ (51 عاما) عثر عليه مشنوقا في مكتبه بإقليم هيلونغجيانغ منتصف ليل الأحد."
    )
    assert speakers(text)[-1] == "الشرطة"


SHERIF = (
    "قال وزير البترول المصري شريف إسماعيل إن وزارته ستتعاقد مع بنك استثمار محلي. \nولم يخض"
    " شريف في تفاصيل قيمة الطرح المتوقع لكل شركة لكنه قال إن شركة ميدور كانت تحتاج إلى 1.4"
    " مليار دولار لتمويل توسعاتها."
)


def sherif_document() -> Document:
    """snn-2015-08-04-00252 as the recogniser reads the whole article: «شريف» and
    «إسماعيل» two mentions of one man, «شريف» alone later."""
    mentions = []
    for word, at in (("شريف", SHERIF.index("شريف")), ("إسماعيل", SHERIF.index("إسماعيل"))):
        mentions.append({"start": at, "end": at + len(word), "text": word, "type": "PER"})
    at = SHERIF.index("شريف في")
    mentions.append({"start": at, "end": at + 4, "text": "شريف", "type": "PER"})
    for m in mentions:
        m.update(canonical=None, entity="PER:=" + m["text"])
    return Document(id="t", source="t", text=SHERIF, lang="ar", entities=mentions)


def test_a_name_split_in_two_one_word_mentions_is_whole():
    """«شريف» + «إسماعيل», one space apart: the speaker «شريف» is «شريف إسماعيل»."""
    speaker = Speaker("PER:=شريف", "شريف")
    assert name_split_in_two(sherif_document(), speaker) == Speaker("PER:=شريف", "شريف إسماعيل")


def test_a_verb_after_lam_is_no_given_name():
    """«ولم يخض شريف» is «Sherif did not go into»: «يخض» is no given name of «شريف»."""
    doc = sherif_document()
    doc.entities = [m for m in doc.entities if m["text"] != "إسماعيل"]
    assert given_name_before(doc, Speaker("PER:=شريف", "شريف")) is None


def test_a_missed_name_after_the_verb_is_not_the_committee_after_a_meeting():
    """snn-2015-08-01-00554: «وصرح كاميرون بعد اجتماع للجنة الطوارئ (كوبرا) بأن»: Cameron
    (read as a place by the recogniser), not «كوبرا»."""
    text = (
        "أعلن رئيس الوزراء البريطاني ديفيد كاميرون الجمعة أن بلاده ستقيم حواجز إضافية لتعزيز"
        ' أمن نفق المانش في فرنسا. \nوصرح كاميرون بعد اجتماع للجنة الطوارئ (كوبرا) بأن "الوضع'
        ' غير مقبول، سنرسل مزيداً من الحواجز والكلاب البوليسية والموارد الإضافية". '
    )
    assert speakers(text) == ["ديفيد كاميرون", "ديفيد كاميرون"]


def test_a_missed_name_after_the_verb_is_not_the_paper_of_the_interview():
    """snn-2015-08-03-01110: «وقال ويلموت في مقابلة مع صحيفة أوبزرفر:» is Willmott."""
    text = (
        "وقوبل رد الفعل الرسمي تجاه الأزمة الأحد بانتقادات من تريفور ويلموت أسقف كنيسة"
        " إنجلترا بوصفه يفتقر للإنسانية. \nوقال ويلموت في مقابلة مع صحيفة أوبزرفر: «لقد أصبح"
        " العالم قاسيًا على نحو متزايد وعندما نصبح قساة مع بعضنا البعض وننسى إنسانيتنا»."
    )
    assert speakers(text) == ["ويلموت"]


def test_a_body_by_its_kind_keeps_the_place_after_it():
    """snn-2015-08-04-00951: «النيابة العامة في دبي» (linked to a public prosecution
    anywhere) is the Dubai one each time the article calls it «النيابة العامة»."""
    text = (
        "كشفت النيابة العامة في دبي اليوم الثلاثاء، تفاصيل جريمة سرقة نفذها 3 أفارقة.\nأكدت"
        " النيابة العامة في دبي أن “المتهمين ادعوا للزائر حيازتهم لسبائك ذهبية”.\nوأشارت"
        " النيابة العامة إلى أن “المتهمين خرجوا من الفندق بعد إنتهاء اللقاء”."
    )
    assert speakers(text) == ["النيابة العامة في دبي", "النيابة العامة في دبي"]


def test_a_source_introduced_before_what_it_revealed_is_the_definite_source_later():
    """snn-2015-08-01-01187: «كشف لـ«عكاظ» مصدر مطلع عن رفع …» (no quote), then «وقال
    المصدر إن …»: the informed source."""
    text = (
        "كشف لـ«عكاظ» مصدر مطلع عن رفع وزارة التعليم خطابا للجهات ذات الاختصاص تشكو فيه من"
        " تسرب الكفاءات الهندسية.\nوقال المصدر إن التسرب يأتي بسبب قلة الحوافز المالية"
        " والمرتبات الشهـرية والبدلات الأخرى."
    )
    assert speakers(text) == ["مصدر مطلع"]


def test_a_ministrys_reports_speak_for_the_ministry():
    """snn-2015-08-01-00310: «كشفت تقارير لوزارة التنمية والصناعة والتجارة الخارجية
    البرازيلية، أن …»: the ministry, not «تقارير»."""
    text = (
        "كشفت تقارير لوزارة التنمية والصناعة والتجارة الخارجية البرازيلية، أن حجم الصادرات"
        " العربية إلى البرازيل بلغ 3.4 مليار دولار خلال النصف الأول من العام الجاري."
    )
    assert speakers(text) == ["وزارة التنمية والصناعة والتجارة الخارجية البرازيلية"]


def test_a_body_by_its_kind_is_the_one_named_in_construct_with_its_place():
    """snn-2015-08-04-01305 (quotes_dev44.tsv): «وقالت البلدية في بيان لها إن» is «بلدية
    محافظة بلقرن», written after «ب» with the governorate it serves."""
    text = (
        "سبق - بلقرن: أغلقت إدارة صحة البيئة ببلدية محافظة بلقرن محل دواجن بمدينة سبت العلايا"
        " لعرضه كمية كبيرة من الدجاج المبرد المنتهي الصلاحية .   وقالت البلدية في بيان لها إن"
        " فرقة إدارة صحة البيئة ومن خلال جولات ميدانية مستمرة ضبطت 30 حبة دجاج مبرد بعد أن تبين"
        " أنها تالفة ."
    )
    assert speakers(text) == ["بلدية محافظة بلقرن"]


def test_the_name_apposed_to_a_role_speaks_not_the_party():
    """snn-2015-08-01-00068: «أعلن رئيس حزب الحركة القومية، دولت بهتشلي، شرطًا جديدًا …،
    إذ قال إن …»: the party's head (no person to the recogniser), not the party."""
    text = (
        "إلى ذلك، أعلن رئيس حزب الحركة القومية، دولت بهتشلي، شرطًا جديدًا للمشاركة في تشكيل"
        " حكومة ائتلافية مع الحزب الحاكم، إذ قال إن موافقة حزب العدالة والتنمية على الشروط"
        " الخمسة التي أعلنها سابقًا لا تكفي."
    )
    assert speakers(text) == ["دولت بهتشلي"]
