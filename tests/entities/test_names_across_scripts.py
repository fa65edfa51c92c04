"""Names a user meets on an entity page, one entity across scripts (round entities76,
eval/labels/entities_crossscript76.md): an organization no gazetteer lists joins its
transcription written in the same story; a person's transcription that drops an h joins the
Latin name; a foreign name's last word stays in its span after a country's adjective; a Persian
town written after «شهر» is a place; a club written with a masculine country adjective after a
word that sets it against another is the club. Real sentences, with their article ids."""

from __future__ import annotations

from rasad.entities.link import EntityIndex, body_in_story, own_body_key, person_alias
from rasad.stages.entities import find_entities


def mention(text: str, kind: str, start: int = 0) -> dict:
    return {"text": text, "type": kind, "canonical": None, "start": start, "end": start + len(text)}


def found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(m["text"], m["type"]) for m in find_entities(text, lang)]


# ntrex-en-rt.com.91334 and its Arabic translation
SPIEGEL_EN = (
    "His lawyers are set to sue German news magazine Der Spiegel, which published the allegations."
)
SPIEGEL_AR = "من المقرر أن يرفع محاموه دعوى قضائية ضد مجلة الأخبار الألمانية دير شبيغل، التي نشرت هذه المزاعم."


def test_an_organization_joins_its_transcription_in_the_same_story():
    assert body_in_story("s1", "Der Spiegel") == body_in_story("s1", "دير شبيغل")
    assert own_body_key("ORG:~dr sbql", "دير شبيغل", "ar")
    assert not own_body_key("ORG:Reuters", "رويترز", "ar")  # a listed body links by its list
    index = EntityIndex()
    en = index.add("ntrex-en-rt.com.91334", "en", [mention("Der Spiegel", "ORG")], "rt.com.91334")
    ar = index.add("ntrex-ar-rt.com.91334", "ar", [mention("دير شبيغل", "ORG")], "rt.com.91334")
    assert en == ar
    # the spelling joined once joins in a later story too
    assert index.add("later", "ar", [mention("دير شبيغل", "ORG")], "s9") == en


def test_an_organization_in_another_story_stays_apart():
    index = EntityIndex()
    en = index.add("en1", "en", [mention("Der Spiegel", "ORG")], "s1")
    assert index.add("ar1", "ar", [mention("دير شبيغل", "ORG")], "s2") != en


def test_a_body_and_a_place_of_one_sound_stay_apart():
    """Dundee the club (ORG) is no Dundee the city (GPE): a body joins only a body."""
    index = EntityIndex()
    en = index.add("en1", "en", [mention("Dundee", "GPE")], "s1")
    assert index.add("ar1", "ar", [mention("داندي", "ORG")], "s1") != en


def test_a_transcription_that_drops_an_h_meets_the_latin_name():
    """ntrex-en-reuters.218863 writes Sutopo Purwo Nugroho, its Arabic «سوتوبو بورو نوجروو»."""
    assert person_alias("Sutopo Purwo Nugroho") == person_alias("سوتوبو بورو نوجروو")
    index = EntityIndex()
    en = index.add("en", "en", [mention("Sutopo Purwo Nugroho", "PER")], "reuters.218863")
    ar = index.add("ar", "ar", [mention("سوتوبو بورو نوجروو", "PER")], "reuters.218863")
    assert en == ar


def test_a_foreign_name_keeps_its_last_word_after_a_country_adjective():
    # ntrex-ar-newsweek.51340
    text = "الرئيس الإندونيسي جوكو ويدودو وصل لمدينة بالو يوم الأحد وأعطى تعليمات للجيش."
    assert ("جوكو ويدودو", "PER") in found(text, "ar")
    names = {m["text"]: m["entity"] for m in find_entities(text, "ar")}
    assert names["جوكو ويدودو"] == "PER:^juku widudu"  # the key of Joko Widodo in any script


def test_a_verb_after_the_name_stays_out():
    # snn-2015-08-01-00940: «الكندي روب» was read apart from «نيكولسون»; a verb is no name word
    text = "وقال وزير الخارجية الكندي روب نيكولسون ان الاجتماع الذي عقد في مقاطعة كيبيك (شرق)"
    assert ("روب نيكولسون", "PER") in found(text, "ar")
    assert ("جوكو", "PER") in found("قال الرئيس الإندونيسي جوكو وصل إلى المدينة.", "ar")


def test_a_persian_town_written_after_its_classifier_is_a_place_wherever_written():
    # ntrex-fa-reuters.218863
    text = (
        "صدها نفر برای شرکت در یک جشنواره در ساحل شهر پالو جمع شده بودند. "
        "رئیس جمهور جوکو ویدودو روز یکشنبه از مراکز اسکان در پالو بازدید کرد."
    )
    assert found(text, "fa").count(("پالو", "GPE")) == 2


def test_a_word_after_the_classifier_written_once_is_left_alone():
    # fars-8204240039: «قلندر شهر عشق», a book's title ("the city of love")
    assert ("عشق", "GPE") not in found(
        "شرح كليات فارسي اقبال، قلندر شهر عشق (مجموعه سيزده مصاحبه)", "fa"
    )


def test_a_club_met_by_another_is_the_club_not_a_person():
    # snn-2015-08-02-00195
    text = (
        "وميدانيًا، تعادل فريق التعاون لكرة القدم مع نظيره نيس الهولندي سلبيا في ثالث وديات النادي"
    )
    assert ("نيس", "ORG") in found(text, "ar")
    assert ("نيس الهولندي", "PER") not in found(text, "ar")


def test_a_person_with_a_family_nisba_stays_a_person():
    # snn-2015-08-01-00447: a given name holds it
    text = "انتهت المباراة بالتعادل السلبي وحرص السيد خليل المصري على الوقوف على فريقه في النادي"
    assert ("خليل المصري", "PER") in found(text, "ar")


def test_a_given_name_after_a_title_is_the_one_full_name_it_opens():
    # ntrex-ar-nytimes.184837: «السيد جوكو» is Joko Widodo, who goes by his first name
    text = (
        "وقال الرئيس جوكو ويدودو في حملته الانتخابية إن تحسين البنية التحتية المدمرة لإندونيسيا"
        " من الأمور المهمة، وقد منح الأموال لإصلاح الطرق والسكك الحديدية.\n"
        "بيد أن قلة التمويل قد تسبب في إزعاج لإدارة السيد جوكو حيث إنه سيخوض إعادة الانتخاب"
        " في العام القادم."
    )
    keys = {m["text"]: m["entity"] for m in find_entities(text, "ar")}
    assert keys["جوكو"] == keys["جوكو ويدودو"]


def test_a_persian_noun_after_the_classifier_is_no_town():
    # fars-8505170065: «حاشيه شهر ساماندهي شدند», "were organized on the city's outskirts"
    text = (
        "معاون خدمات شهري شهرداري مشهد نيز دراين مراسم از ساماندهي 17هزار شغل مزاحم در مشهد خبر"
        " داد. اين مشاغل در سطوح برون شهري، درون شهري و حاشيه شهر ساماندهي شدند."
    )
    assert ("ساماندهي", "GPE") not in found(text, "fa")
