"""Arabic quotes, session 52 (quotes54ar; issue 21 point 3), from the speaker failures left
across the Arabic development sets pooled (quotes_misses54ar.md): a statement or report
written with the words naming its issuer, «البيان» taking that issuer up again, «نتائج» before
a study, and an organization told after a verb of telling. Short sentences in the style of the
SaudiNewsNet articles of those sets."""

from __future__ import annotations

from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.quotes import find_quotes


def analysed_54ar(text: str) -> Document:
    doc = Document(id="t", source="t", text=text, lang="ar")
    doc.entities = find_entities(doc.text, "ar")
    return doc


def quotes_54ar(text: str) -> list[tuple[str, str | None]]:
    """(cue, speaker as written) of each quote found."""
    return [(q["cue"], q["speaker_text"]) for q in find_quotes(analysed_54ar(text))]


STATEMENT_54AR = (
    "وأوضح بيان صادر عن مكتب العلاقات العامة للقوات المسلحة الباكستانية أن القوات الهندية"
    " بادرت بإطلاق النار بدون مبرر تجاه قرى حدودية. وأضاف البيان أن قوات حرس الحدود ردت"
    " على مصدر النيران."
)


def test_a_statement_issued_by_a_body_speaks_for_the_body():
    """snn-2015-08-04-00959 (quotes_dev53ar.tsv): «وأوضح بيان صادر عن مكتب …» was given to
    the statement with its issuing words («بيان صادر عن مكتب …»)."""
    assert quotes_54ar(STATEMENT_54AR)[0][1] == "مكتب العلاقات العامة للقوات المسلحة الباكستانية"


def test_the_statement_called_back_is_its_issuer_again():
    """snn-2015-08-04-00959: «وأضاف البيان أن» after it was left to «البيان»."""
    assert quotes_54ar(STATEMENT_54AR)[1][1] == "مكتب العلاقات العامة للقوات المسلحة الباكستانية"


def test_data_made_by_a_company_speak_for_the_company():
    """snn-2015-08-01-00932 (quotes_dev46.tsv): «… وفقا لبيانات تحليلية قامت بها شركة زاوية
    الاقتصادية.»: the company, not the data with the words that name it."""
    text = (
        "وقد تساهم تلك المشروعات بنسبة تجاوز 37% من الناتج المحلي نهاية العام، مقارنة بـ35%"
        " نهاية العام الماضي، وفقا لبيانات تحليلية قامت بها شركة زاوية الاقتصادية."
    )
    assert quotes_54ar(text)[0][1] == "شركة زاوية الاقتصادية"


def test_the_results_of_a_study_are_the_study():
    """snn-2015-08-02-00600 (quotes_dev45.tsv): «وأكدت نتائج دراسة بريطانية أن …»."""
    text = "وأكدت نتائج دراسة بريطانية أن تناول الطماطم يقلل خطر الإصابة بالسرطان."
    assert quotes_54ar(text)[0][1] == "دراسة بريطانية"


def test_a_study_keeps_its_own_name():
    """The labels' usage (quotes_dev35.tsv): a study made by researchers is the study, not the
    researchers: «دراسة أجراها باحثون» is left as it was."""
    text = (
        "وحذرت دراسة أجراها باحثون من الأكاديمية الوطنية للعلوم من أن الموجات اللاسلكية"
        " تزيد من خطر الإصابة."
    )
    assert (quotes_54ar(text)[0][1] or "").startswith("دراسة")


def test_an_agency_told_after_a_verb_of_telling_is_not_the_speaker():
    """snn-2015-08-02-00215 (quotes_dev53ar.tsv): «وأبلغ المسؤول رويترز أن …» was given to
    «المسؤول رويترز»; the official named before speaks."""
    text = (
        "وقال مسؤول بوزارة الطاقة الجزائرية اليوم الأحد إن الجزائر زادت إنتاج النفط الخام."
        " وأبلغ المسؤول رويترز أن الإنتاج زاد أمس السبت عندما بدأ حقل جديد الإنتاج."
    )
    found = quotes_54ar(text)
    assert found[1][1] == "مسؤول بوزارة الطاقة الجزائرية"
