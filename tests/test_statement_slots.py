"""Who says what a denial denies: the outlet in its own voice, or a party it reports
(rasad.analysis.statement_slots; claim_pairs_dev44b.tsv)."""

from __future__ import annotations

from datetime import date

from rasad.analysis.statements import relate, statement_of, story_contradictions
from rasad.model import Document
from rasad.stages.dates import find_temporal
from rasad.stages.entities import find_entities
from rasad.stages.numbers import find_numbers
from rasad.stages.quotes import find_quotes


def analysed(text: str, outlet: str, day: str = "2015-08-02") -> Document:
    """A text through the stages a story's statements read, quotations included."""
    doc = Document(id=f"{outlet}:{text[:12]}", source="t", text=text, lang="ar")
    doc.outlet = outlet
    doc.published = {"value": day, "precision": "day", "window": [day, day], "source": "t"}
    doc.dates = find_temporal(text, "ar", date.fromisoformat(day))
    doc.numbers = find_numbers(text, "ar", [(d["start"], d["end"]) for d in doc.dates])
    doc.entities = find_entities(text, "ar")
    doc.quotes = find_quotes(doc)
    return doc


def said(text: str, outlet: str, day: str = "2015-08-02"):
    return statement_of(analysed(text, outlet, day), 0, len(text))


# SaudiNewsNet 2015-08-02 (Al-Yaum, Okaz): the federation's medical team announces the test;
# the doctors deny the substance was among the medicines sent (claim_pairs_dev44b.tsv, 27)
TEST_FOUND = (
    'وأعلن الفريق الطبي للاتحاد البرازيلي، أنه "بحسب تقرير اتحاد أمريكا الجنوبية، فإن فحص '
    "الكشف عن المنشطات بيّن تناول اللاعب مادة هيدروكلوروثيازيد، غير المدرجة ضمن المواد "
    'المسموح بها أو حتى في لائحة الاتحاد البرازيلي".'
)
DOCTORS_DENY = (
    "ونفى الاطباء ان تكون مادة هيدروكلوروثيازيد التي تستعمل لتغطية مواد اخرى والمحظورة من قبل "
    "الوكالة الدولية لمكافحة المنشطات متواجدة بين الادوية التي تم ارسالها إلى تشيلي."
)


def test_a_denial_does_not_contradict_another_party_s_words_an_outlet_quotes():
    found, denied = said(TEST_FOUND, "Al-Yaum"), said(DOCTORS_DENY, "Okaz")
    assert denied.polarity == "denied"
    assert relate(found, denied).verdict != "contradict"
    assert relate(denied, found).verdict != "contradict"
    # nor in a story where one outlet reports the test and the other the denial
    docs = [analysed(TEST_FOUND, "Al-Yaum"), analysed(DOCTORS_DENY, "Okaz")]
    assert story_contradictions(docs) == []


def test_a_denial_still_contradicts_what_an_outlet_asserts_in_its_own_voice():
    # the kidnapping told by the outlet (Al-Sharq Al-Awsat), denied by the US defence ministry
    told = said("وخطفت جبهة النصرة ثمانية عناصر من الفرقة 30 قرب مدينة اعزاز.", "A")
    denied = said("ونفت وزارة الدفاع أن تكون جبهة النصرة قد خطفت عناصر من الفرقة قرب اعزاز.", "B")
    rel = relate(told, denied)
    assert rel.verdict == "contradict" and rel.kind == "negation"


def test_an_online_today_and_a_paper_s_yesterday_on_one_publication_day_do_not_contradict():
    # claim_pairs_dev44b.tsv pair 35 (SaudiNewsNet 2015-08-02, two outlets): one funeral prayer
    today = said(
        "أدت جموع المصلين عقب صلاة عصر اليوم ، صلاة الميت على شهيد الواجب خالد بن مساوى حمدي من "
        "منسوبي قوة المجاهدين بقطاع الطوال الذي استشهد نتيجة إصابته بشظايا مقذوف عسكري من داخل "
        "الأراضي اليمنية .",
        "A",
    )
    yesterday = said(
        "أدت جموع المصلين عقب صلاة عصر أمس صلاة الميت على شهيد الواجب خالد بن مساوى حمدي من "
        "منسوبي قوة المجاهدين بقطاع الطوال الذي استشهد نتيجة إصابته بشظايا مقذوف عسكري من داخل "
        "الأراضي اليمنية.",
        "B",
    )
    assert relate(today, yesterday).verdict == "agree"


def test_two_legs_of_one_tour_on_two_days_do_not_contradict():
    # claim_pairs_dev44b.tsv pair 14 (SaudiNewsNet 2015-08-02): Egypt on Sunday, Doha on Monday
    egypt = said(
        "وفي مصر سيلتقي كيري اليوم الأحد مع نظيره المصري سامح شكري في «حوار استراتيجي» بين "
        "الدولتين الحليفتين.",
        "A",
    )
    doha = said(
        "ومن مصر، سينتقل كيري، الإثنين، إلى الدوحة، حيث سيلتقي نظراءه في دول مجلس التعاون "
        "الخليجي، لتهدئة مخاوفهم الناتجة عن الاتفاق النووي الذي أبرمته الدول الكبرى مع إيران في "
        "14 يوليو في فيينا.",
        "B",
    )
    assert relate(egypt, doha).verdict != "contradict"


# claim_pairs.tsv pairs 14/15 (SaudiNewsNet, two outlets): the outlet tells the kidnapping
# «بحسب ما ذكر المرصد …», the Pentagon denies it. "According to" names where the outlet has
# its fact from: the outlet tells it, so the denial contradicts it
KIDNAPPING_SOURCED = (
    "وخطفت «جبهة النصرة» ثمانية عناصر من «الفرقة 30» بينهم قائد الفرقة العقيد نديم الحسن مساء"
    " الأربعاء، بحسب ما ذكر المرصد والفرقة نفسها في بيان نشر على مواقع التواصل الاجتماعي."
)
PENTAGON_DENIES = (
    "ونفت وزارة الدفاع الأميركية أن يكون قد خطف أي من عناصر هذه الفرقة من الذين تدربوا على"
    " أيدي الولايات المتحدة."
)


def test_a_fact_told_according_to_a_source_is_the_outlets_own_and_a_denial_contradicts_it():
    told = said(KIDNAPPING_SOURCED, "Al-Hayat", "2015-08-01")
    assert told.quoted == ()  # the source marker's clause is no party's quoted claim
    denied = said(PENTAGON_DENIES, "Al-Riyadh", "2015-08-03")
    rel = relate(told, denied)
    assert (rel.verdict, rel.kind) == ("contradict", "negation")
