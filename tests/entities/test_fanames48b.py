"""Persian recognition of session 48's second round (fanames48b), on short sentences written in
the style of Fars News: a city after a coach's role in a text about teams is its club; a
person's span leaves out «امام» before the name; a newspaper named after «روزنامه» is an
organization without that word, its nationality adjective and a country after its name apart."""

from __future__ import annotations

from rasad.stages.entities import find_entities


def names(text: str) -> set[tuple[str, str]]:
    return {(m["text"], m["type"]) for m in find_entities(text, "fa")}


def test_a_city_after_a_coach_in_a_text_about_teams_is_its_club():
    text = (
        "شیکاگو بولز سرمربی خود را از کار برکنار کرد. آدریان گریفین مربی تورنتو و داروین هام "
        "مربی میلواکی گزینه های سرمربیگری این تیم محسوب می شوند."
    )
    assert ("تورنتو", "ORG") in names(text)


def test_a_country_after_a_coach_stays_the_country():
    text = "تیم ملی در این دیدار شکست خورد و مربی ایران از داوری انتقاد کرد."
    assert ("ایران", "GPE") in names(text)


def test_an_imams_name_without_the_honorific():
    text = "همزمان با ولادت امام حسن مجتبی (ع) در پانزدهمین شب ماه رمضان مراسمی برگزار شد."
    found = names(text)
    assert ("حسن مجتبی", "PER") in found
    assert not any(name.startswith("امام") for name, _ in found)


def test_khomeini_without_the_honorific_keeps_his_name():
    text = "وی با بیان اینکه امام خمینی (ره) نقش زنان را برجسته کرد، افزود که این راه ادامه دارد."
    found = {(m["text"], m["canonical"]) for m in find_entities(text, "fa")}
    assert ("خمینی", "Ruhollah Khomeini") in found


def test_the_honorific_before_a_pious_abbreviation_is_no_person():
    text = "همه ما باید روح امام ره را بر تمامی فعالیت‌های خود حاکم بدانیم."
    assert not any(kind == "PER" for _, kind in names(text))


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


def test_a_foreign_player_before_his_role_after_a_comma():
    found = names("آسیب ناحیه زانو گراهام دوریس، بازیکن میانی تیم، کار را سخت کرد.")
    assert ("گراهام دوریس", "PER") in found


def test_a_foreign_coach_of_two_words_before_his_role():
    found = names("این تیم برای مسابقات آماده می‌شود که اسلوبودان کواچ سرمربی آن است.")
    assert ("اسلوبودان کواچ", "PER") in found


def test_a_club_after_a_coach_is_no_person():
    found = names("او پیش از این سرمربی چلسی بود و اکنون مربی میلواکی است.")
    assert not any(kind == "PER" for _, kind in found)


def test_a_persian_verb_before_a_role_is_no_person():
    found = names("ما نمی‌گوییم مربی خارجی نیاید، ولی نباید همه چیز را به او سپرد.")
    assert not any(kind == "PER" for _, kind in found)
