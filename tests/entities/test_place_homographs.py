"""A one-word name that is more often a common word is no entity alone: a place («چک», a cheque) only in
a list of places or as a national team's country (session 48's whole-archive look: 22 of 24
Persian «چک» read as Czechia were cheques)."""

from rasad.stages.entities import find_entities


def places(text: str, lang: str = "fa") -> list[str]:
    return [e["text"] for e in find_entities(text, lang) if e["type"] in {"GPE", "LOC"}]


def test_a_cheque_is_no_country():
    assert places("بیشتر تلاش می‌شد با مجازات‌ها با پدیده چک برگشتی مقابله شود.") == []
    assert places("وی گفت: صدور چک در این بانک متوقف شد.") == []


def test_czechia_in_a_list_of_countries_stays():
    found = places("مقامات سياسي لهستان، چك، اوكراين، گرجستان و آذربايجان به این نشست آمدند.")
    assert "چك" in found


def test_czechia_as_a_national_team_stays():
    assert "چک" in places("تیم ملی فوتبال چک مقابل هلند بازی کرد.")


def test_an_acronym_that_is_a_common_word_needs_its_full_name():
    """«واع», the Iraqi News Agency's acronym, is the adjective "aware" in a text that never
    names the agency in full (alias_needs_name.tsv, type ORG)."""
    text = "ووصف رحيل المدرب بالقرار الصحيح وجمهور الاتحاد واع وفاهم، كما أكد أن الصفقة تمت."
    assert "واع" not in [e["text"] for e in find_entities(text, "ar")]
    named = "وفق ما أوردته وكالة الأنباء العراقية الرسمية “واع”. وقال بايدن إن القوات ستبقى."
    assert "واع" in [e["text"] for e in find_entities(named, "ar")]
