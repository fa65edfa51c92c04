"""Persian recognition of session 48's second round (fanames48b), on short sentences written in
the style of Fars News: a newspaper named after «روزنامه» is an organization without that word,
its nationality adjective and a country after its name apart."""

from __future__ import annotations

from rasad.stages.entities import find_entities


def names(text: str) -> set[tuple[str, str]]:
    return {(m["text"], m["type"]) for m in find_entities(text, "fa")}


def test_a_newspaper_and_its_country_after_it():
    found = names("وزیر خارجه در گفت و گو با روزنامه آساهي ژاپن گفت که مذاکرات ادامه دارد.")
    assert ("آساهي", "ORG") in found and ("ژاپن", "GPE") in found
    assert not any("روزنامه" in name for name, _ in found)


def test_a_newspaper_after_its_nationality_adjective():
    found = names("به گزارش فارس، روزنامه برزيلي اواستادو د سائوپائولو نوشت که دولت تصمیم گرفت.")
    assert ("برزيلي", "GPE") in found and ("اواستادو د سائوپائولو", "ORG") in found


def test_a_newspaper_named_in_marks_after_its_adjective():
    found = names('به گزارش فارس، روزنامه آمريكايي "نيويورك تايمز" در گزارشي نوشت.')
    assert ("نيويورك تايمز", "ORG") in found


def test_a_periodicals_descriptors_before_its_name_in_marks_are_no_name():
    text = "سومین شماره دوره جدید فصلنامه علمی– ترویجی «اسناد بهارستان» منتشر شد."
    assert not any(kind == "ORG" and "علمی" in name for name, kind in names(text))
