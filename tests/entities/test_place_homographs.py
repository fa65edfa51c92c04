"""A one-word place name that is more often a common noun («چک», a cheque) is the place only in
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
