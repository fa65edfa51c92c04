"""Arabic people whose given name a body's mention swallowed (session 58, speakers66ar;
quotes_dev60ar.tsv, quotes_dev49b.tsv and the unlabelled check): «رئيس الاتحاد السعودي
للإسكواش زياد» + «التركي» (read as Turkey), «مدير فرع الجمعية … بالطائف فيصل الخديدي أنه»,
«رئيس اتحاد المقاولين العرب فهد الحمادي أن». On short sentences written as the articles write
them."""

from __future__ import annotations

from rasad.stages.entities import find_entities


def found(text: str) -> list[tuple[str, str]]:
    return [(m["text"], m["type"]) for m in find_entities(text, "ar")]


def people(text: str) -> list[str]:
    return [t for t, kind in found(text) if kind == "PER"]


def test_a_given_name_and_a_family_name_said_alone_leave_the_body():
    text = (
        "أوضح ذلك رئيس الاتحاد السعودي للإسكواش زياد التركي الذي شكر للرئيس العام، "
        "وبين التركي أن موافقة الرئيس العام تشمل إقامة معسكر."
    )
    assert "زياد التركي" in people(text)
    assert ("الاتحاد السعودي للإسكواش", "ORG") in found(text)


def test_a_listed_given_name_after_a_place_behind_bi_leaves_the_body():
    text = (
        "من جانبه بين مدير فرع الجمعية العربية السعودية للثقافة والفنون بالطائف فيصل الخديدي "
        "أنه رصد للمسابقة جوائز."
    )
    assert "فيصل الخديدي" in people(text)


def test_a_post_before_and_a_clause_after_make_the_name_a_person():
    text = "كشف رئيس اتحاد المقاولين العرب فهد الحمادي أن هنالك خللا في صياغة عقود المقاولات."
    assert "فهد الحمادي" in people(text)
    assert ("اتحاد المقاولين العرب", "ORG") in found(text)


def test_bodies_named_after_a_king_or_a_titled_man_stay_whole():
    text = "وقال رئيس جامعة الملك فيصل الخيرية إن الجامعة تستقبل الطلاب."
    assert "فيصل الخيرية" not in people(text)
    text = "وأوضح مدير مستشفى الدكتور سليمان الحبيب أن المستشفى جاهز."
    assert ("مستشفى الدكتور", "ORG") not in found(text)


def test_a_kunya_after_a_municipality_is_the_town():
    text = "من جهته، أوضح مدير الخدمات ببلدية أبي عريش سعود نعمان أن البلدية عقدت اجتماعات."
    assert ("أبي عريش", "GPE") in found(text)
    assert people(text) == ["سعود نعمان"]


def test_a_kunya_after_a_title_stays_a_man():
    assert ("أبو بكر البغدادي", "PER") in found("وقال الشيخ أبو بكر البغدادي إن")
