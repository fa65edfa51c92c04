"""Entities a user meets (round entities82, eval/labels/entities_multiword82.md): a noun and its
adjective are no person; one foreign name in two Arabic transcriptions of g, or with an accented
Latin letter, keys as one; a Persian surname with its suffix apart or joined is one key; a given
name written onto «و» in a list of people is that person; «الجزيرة» the island is no outlet and
an outlet citing itself is itself; a Persian town run into its country is the town and the
country. Real sentences, with their article ids."""

from __future__ import annotations

from rasad.analysis.entities import name_for_reader
from rasad.entities.link import EntityIndex, coarse_skeleton, skeleton
from rasad.entities.recognise import noun_and_adjective
from rasad.stages.entities import find_entities


def keys(text: str, lang: str, outlet: str | None = None) -> list[tuple[str, str]]:
    return [(m["text"], m["entity"]) for m in find_entities(text, lang, outlet)]


# snn-2015-08-01-01046: "he is an able artist", read as the person «فنان قدير»
ARTIST_AR = "يقول عنه الناقد الفني كمال الجويلي: هو فنان قدير يستحق أن نسميه فنان الشعب."
# snn-2015-08-01-01048: "good democratic governance", read as the person «الديمقراطي الصالح»
GOVERNANCE_AR = (
    "نهضة تستند إلى إحياء مبدع للثقافة العربية المستنيرة، يكون قوامها الحكم الديمقراطي الصالح"
    " الذي يضمن حق كل إنسان في العيش الكريم."
)


def test_a_noun_and_its_adjective_are_no_person():
    assert not [t for t, _ in keys(ARTIST_AR, "ar") if "قدير" in t]
    assert not [t for t, _ in keys(GOVERNANCE_AR, "ar") if "الصالح" in t]
    assert noun_and_adjective("الغواص الأولمبي")  # "the Olympic diver" (ntrex-ar-bbc.381646)


def test_a_given_name_with_its_article_or_a_given_and_family_name_is_still_a_person():
    assert not noun_and_adjective("البراء العمري")
    assert not noun_and_adjective("محمد خبراني")
    assert not noun_and_adjective("فنان العرب")  # a title of a singer: the second word is definite


# snn-2015-08-01-01027 and -00450: Arsène Wenger as «ارسين فينجر» and «ارسين فينغر»
WENGER_J = "فكان اكثر اللاعبين خوضًا للمباريات في تشكيلة المدرب الفرنسي ارسين فينجر الموسم الماضي."
WENGER_GH = "فكان اكثر اللاعبين خوضا للمباريات في تشكيلة المدرب الفرنسي ارسين فينغر الموسم الماضي."


def test_one_foreign_name_written_with_either_letter_for_g_is_one_entity():
    index = EntityIndex()
    people = []
    for doc, text in (("snn-2015-08-01-01027", WENGER_J), ("snn-2015-08-01-00450", WENGER_GH)):
        mentions = find_entities(text, "ar")
        ids = index.add(doc, "ar", mentions)
        people += [i for i, m in zip(ids, mentions, strict=True) if m["type"] == "PER"]
    assert len(people) == 2 and len(set(people)) == 1


def test_a_native_name_differing_in_g_letters_keeps_its_own_key_by_skeleton():
    assert skeleton("محمد الغامدي") != skeleton("محمد الجامدي")  # only the coarse key equates them
    assert coarse_skeleton("محمد الغامدي") == coarse_skeleton("محمد الجامدي")


def test_an_accented_latin_letter_keys_as_its_base_letter():
    # ntrex-en-guardian.221762: "Paz Zárate", "Eduardo Rodríguez Veltzé"
    assert skeleton("Paz Zárate") == skeleton("Paz Zarate") == "bz zrt"
    assert skeleton("Arsène Wenger") == skeleton("Arsene Wenger")
    assert skeleton("Straße") == skeleton("Straße")  # no base letter: the word as it was


# fars-13971005000574: the surname alone with its ZWNJ, the full name, the surname with a space
AHMADINEJAD_FA = (
    "اصلی ترین مناظره ۱۳ خرداد بین احمدی\u200cنژاد و موسوی برگزار شد. برحسب قرعه\u200cکشی محمود"
    " احمدی\u200cنژاد رییس جمهور وقت شروع کننده صحبت شد. در مناظره احمدی نژاد و موسوی مطرح شد."
)


def test_a_persian_surname_with_its_suffix_apart_or_joined_is_one_key():
    found = {k for t, k in keys(AHMADINEJAD_FA, "fa") if "نژاد" in t}
    assert found == {"PER:~mhmd hmdnjd"}
    assert skeleton("محمود أحمدي نجاد") == skeleton("Mahmoud Ahmadinejad") == "mhmd hmdnjd"


# snn-2015-08-01-00336: the line-up; the tagger left «صالح العمراني», «علي هزازي» and «ونايف
# البلوي» out
LINE_UP_AR = (
    "ودخل مدرب الفريق جميل قاسم الشوط الأول بتشكيله مكونة من داوود آل سعيد وفريد ملولي ومحمد"
    " خبراني وصالح العمراني وعبد الرحمن العبيد وفواز المقاطي وعلي هزازي ونايف البلوي ومتعب"
    " النجراني وروبينهو وهيكتور راموس"
)


def test_a_given_name_written_onto_waw_in_a_list_of_people_is_that_person():
    people = [t for t, k in keys(LINE_UP_AR, "ar") if k.startswith("PER:")]
    assert {"صالح العمراني", "علي هزازي", "نايف البلوي"} <= set(people)
    assert not [t for t in people if t.startswith("ونايف")]


# ntrex-ar-reuters.218865: "the north of the island" (Lombok); snn-2015-08-01-00305, an
# Al-Jazirah report: "a statement of which (Al-Jazirah) received a copy"
ISLAND_AR = "وضرب الزلزال معظم المنطقة الشمالية من الجزيرة."
OWN_COPY_AR = "وأضافت الوزارة في بيان تلقت (الجزيرة) نسخةً عنه أنه جرى تحويل الأب إلى المستشفى."


def test_the_island_is_no_outlet_and_an_outlet_citing_itself_is_itself():
    assert not [t for t, _ in keys(ISLAND_AR, "ar") if t == "الجزيرة"]
    assert ("الجزيرة", "ORG:Al-Jazirah") in keys(OWN_COPY_AR, "ar", "Al-Jazirah")
    assert ("الجزيرة", "ORG:Al Jazeera") in keys(OWN_COPY_AR, "ar")  # another outlet's report


# ntrex-fa-reuters.218865: "the earthquake and tsunami of the city of Palu, Indonesia"
PALU_FA = (
    "طبق گفته مقامات رسمی حداقل 384 تن در حادثه زمین لرزه و سونامی شهر پالو اندونزی کشته شدند."
)


def test_a_persian_town_run_into_its_country_is_the_town_and_the_country():
    found = keys(PALU_FA, "fa")
    assert ("اندونزی", "GPE:Indonesia") in found
    assert [t for t, _ in found if t == "پالو"]
    assert not [t for t, _ in found if t.startswith("شهر")]


def test_a_persian_page_shows_the_persian_spelling_an_entity_holds():
    entity = {
        "name": "ارسين فينغر",
        "type": "PER",
        "names": {"ar": ["ارسين فينغر", "فينغر"], "fa": ["ونگر", "آرسن ونگر"]},
    }

    def shown(e: dict, lang: str) -> str:
        return name_for_reader(e["name"], lang, e["names"], e["type"])

    assert shown(entity, "fa") == "آرسن ونگر"
    assert shown(entity, "ar") == "ارسين فينغر"
    # a Latin name takes the Persian form too, as on the entity list (one function for both)
    assert shown({**entity, "name": "Arsène Wenger"}, "fa") == "آرسن ونگر"
