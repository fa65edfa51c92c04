"""Persian recognition fixed on entities_dev48fa (session 48), on short sentences written in the
style of Fars News: a country's body named by a generic noun («ارتش», «نیروهای مسلح») is its
country; a club written with its country («آرسنال انگلیس») is two mentions; an event's mention
ending with a listed place or body is that place or body; an agency named by its short name in
a byline («خبرنگار سینمایی فارس») is the agency; a sport's word after «تیم» is no part of the
country's name; international bodies Persian news name daily are listed; «کشور» ("of the
country") is no part of a national body's name; a province cut before its adjective is whole."""

from __future__ import annotations

from rasad.stages.entities import find_entities


def names(text: str) -> set[tuple[str, str]]:
    return {(m["text"], m["type"]) for m in find_entities(text, "fa")}


def test_a_countrys_army_is_its_country():
    text = (
        "به گزارش فارس، درگیری‌ها در شهر ادامه دارد و ارتش سوریه نیز در صحنه حضور دارد و به "
        "سوی مناطقی که از آنها گلوله شلیک می‌شود، تیراندازی می‌کند."
    )
    found = names(text)
    assert ("سوریه", "GPE") in found
    assert not any("ارتش" in name for name, _ in found)


def test_a_club_and_its_country_are_two_mentions():
    text = (
        "در دیداری دیگر منچستریونایتد انگلیس میزبان المپیک مارسی است. این دو تیم در بازی رفت به "
        "تساوی بدون گل رسیدند."
    )
    found = names(text)
    assert ("منچستریونایتد", "ORG") in found and ("انگلیس", "GPE") in found


def test_a_body_named_in_an_event_is_that_body():
    text = (
        "به گزارش خبرگزاری فارس، اجلاس وزرای نفت اوپک ماه آینده در وین برگزار می‌شود و ونزوئلا "
        "پیشنهاد حفظ سقف تولید را مطرح خواهد کرد."
    )
    assert ("اوپک", "ORG") in names(text)


def test_an_agency_in_a_byline_is_the_agency():
    text = (
        "این کارگردان در گفت‌وگو با خبرنگار سینمایی فارس گفت: فیلمنامه هر دو فیلم کمدی است و "
        "نگارش آنها به طور کامل انجام شده است."
    )
    found = [m for m in find_entities(text, "fa") if m["text"] == "فارس"]
    assert [(m["type"], m["canonical"]) for m in found] == [("ORG", "Fars News Agency")]


def test_a_sport_after_team_is_no_part_of_the_country():
    text = (
        "تیم دوومیدانی ترکمنستان برای شرکت در این دوره از مسابقات اسامی ده ورزشکار را معرفی "
        "کرده است."
    )
    found = names(text)
    assert ("ترکمنستان", "GPE") in found
    assert not any("دوومیدانی" in name for name, _ in found)


def test_the_monetary_fund_is_listed():
    text = (
        "به گزارش خبرگزاري فارس ، صندوق بين المللي پول در گزارش چشم انداز اقتصادي جهان از كاهش "
        "ارزش دلار خبر داد ."
    )  # the spelling of older Fars News, with a space for the ZWNJ
    assert ("صندوق بين المللي پول", "ORG") in names(text)
    text = "این فیلم در سالن کوچک حوزه هنری به نمایش گذاشته می‌شود."
    assert ("حوزه هنری", "ORG") in names(text)


def test_of_the_country_is_no_part_of_a_national_body():
    text = (
        "به گزارش خبرگزاری فارس، معاون سازمان اوقاف و امور خیریه کشور در این مراسم گفت: "
        "موقوفات استان باید احیا شوند."
    )
    found = names(text)
    assert ("سازمان اوقاف و امور خیریه", "ORG") in found
    assert not any(name.endswith("کشور") for name, _ in found)


def test_a_province_cut_before_its_adjective_is_whole():
    text = "نماینده مردم بیرجند اظهار کرد: خراسان جنوبی معادن بسیار غنی دارد که باید فعال شوند."
    assert ("خراسان جنوبی", "GPE") in names(text)
