"""What a user saw on the whole archive (session 45, eval/labels/aliases45.tsv): a listed
person's one-word form that is also a common word linked to him — Arabic «رئيسي» ("main") as
Ebrahim Raisi in 2015 articles, «السوداني» ("Sudanese") as Mohammed Shia al-Sudani, Persian
«روحانی» ("cleric") as Hassan Rouhani. Sentences from the corpus (SaudiNewsNet, Fars News)."""

from __future__ import annotations

from rasad.stages.entities import find_entities


def _people(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(m["text"], m["canonical"]) for m in find_entities(text, lang) if m["type"] == "PER"]


def test_the_arabic_adjective_main_is_no_raisi():
    text = "وعزت الشركة سبب الخسارة بشكل رئيسي إلى تسجيل مخصص إضافي للديون المشكوك في تحصيلها."
    assert _people(text, "ar") == []


def test_sudanese_after_a_title_is_no_al_sudani():
    text = "وقال النائب الأول للرئيس السوداني بكري حسن صالح للصحفيين إن تجمع المعارضة لن يؤثر."
    assert ("السوداني", "Mohammed Shia al-Sudani") not in _people(text, "ar")


def test_the_short_form_counts_where_the_document_names_him_in_full():
    text = "وقال الرئيس الإيراني إبراهيم رئيسي إن بلاده مستعدة للحوار. وأضاف رئيسي أن الحوار ممكن."
    assert _people(text, "ar").count(("رئيسي", "Ebrahim Raisi")) == 1


def test_a_cleric_is_no_rouhani():
    text = "در برخی از اتوبوس‌ها نیز یک نفر راوی و یک نفر روحانی حضور داشتند."
    assert _people(text, "fa") == []


def test_a_title_before_the_persian_short_form_suffices():
    text = "آیت‌الله رئیسی در طی این بازدید که بیش از 3 ساعت به طول انجامید از روستاها دیدن کرد."
    assert ("رئیسی", "Ebrahim Raisi") in _people(text, "fa")


def test_another_man_of_the_surname_is_not_the_listed_one():
    text = "مرتضی رئیسی در گفت‌وگو با خبرنگار فارس در بجستان اظهار داشت: این طرح اجرا می‌شود."
    assert ("رئیسی", "Ebrahim Raisi") not in _people(text, "fa")
