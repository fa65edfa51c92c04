"""What a user sees on the whole archive (round 46, eval/labels/names46.md, misc46.md): a
surname that is also a common word («هادي» "calm", «براون») joins its document's full name when
a title or a speech verb names it; MISC mentions that are people, places or bodies. Sentences
from the corpus (SaudiNewsNet, BBC)."""

from __future__ import annotations

from rasad.entities.link import (
    NAMED_IN_CONTEXT,
    link_document,
    linked_mentions,
    named_in_context,
)
from rasad.stages.entities import find_entities


def _stored(text: str, spans: list[tuple[str, str]]) -> list[dict]:
    """Mentions as the archive stored them: each (text, type) at its first place after the
    previous one."""
    out, at = [], 0
    for form, kind in spans:
        start = text.index(form, at)
        out.append(
            {
                "text": form,
                "type": kind,
                "canonical": None,
                "start": start,
                "end": start + len(form),
            }
        )
        at = start + len(form)
    return out


def _keys(text: str, spans: list[tuple[str, str]], lang: str) -> list[str]:
    linked = [m for _, m in linked_mentions(_stored(text, spans), lang, text)]
    return link_document(linked, lang)


# snn-2015-08-02-00158
BAHAH = (
    "بعد تقديم استقالتها للرئيس عبد ربه منصور هادي، الذي بدوره استقال من منصبه، عقب سيطرة "
    "الميليشيات الحوثية على العاصمة صنعاء. وبعد أيام، انضم إلى الرئيس هادي في الرياض وعاد "
    "لممارسة مهامه رئيسًا لحكومة يمنية شرعية من المنفى، وما لبث الرئيس هادي، أن أصدر قرارًا "
    "جمهوريًا."
)
# snn-2015-08-02-00251
BROWN = (
    "أعلن حاكم ولاية كاليفورنيا جيري براون حالة الطوارئ في الولاية إثر اتساع نطاق حرائق الغابات "
    "فيها.\nوقال براون إن الجفاف واسع النطاق وظروف الطقس السيء ساهمت على نحو كبير في انتشار "
    "حرائق الغابات."
)
# snn-2015-08-02-00920
FORCES = (
    "وكان الرئيس عبد ربه منصور هادي قد عاد. واصلت القوات الموالية لهادي، أمس السبت، تقدمها "
    "إلى المدينة الخضراء."
)
# snn-2015-08-04-00351
CROWN_PRINCE = (
    "وصل صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود ولي ولي العهد النائب "
    "الثاني لرئيس مجلس الوزراء وزير الدفاع اليوم إلى المملكة الأردنية الهاشمية.\n\nوكان في "
    "استقبال سمو ولي ولي العهد لدى وصوله المطار سمو الأمير فيصل بن الحسين."
)


def test_a_title_names_a_surname_that_is_a_common_word():
    """«الرئيس هادي» is Abd Rabbuh Mansur Hadi, though «هادي» alone is "calm" (names46: 35 of
    35 such mentions name him)."""
    keys = _keys(BAHAH, [("عبد ربه منصور هادي", "PER"), ("هادي", "PER"), ("هادي", "PER")], "ar")
    assert keys[1] == keys[0] and keys[2] == keys[0]


def test_a_speech_verb_names_its_subject():
    keys = _keys(BROWN, [("جيري براون", "PER"), ("براون", "PER")], "ar")
    assert keys[1] == keys[0]


def test_without_a_title_or_verb_the_common_word_stays_apart():
    """«الموالية لهادي»: precision first, the word is not read as the name (names46: a
    surname that is a common word was its full name's person 39 times in 60)."""
    keys = _keys(FORCES, [("عبد ربه منصور هادي", "PER"), ("هادي", "PER")], "ar")
    assert keys[1] != keys[0]


def test_an_honorific_before_a_title_word_names_no_surname():
    """«سمو ولي ولي العهد»: the recogniser ran «ولي» into the prince's name; «ولي» is the
    title "crown prince", no one's surname."""
    name = "محمد بن سلمان بن عبدالعزيز آل سعود ولي"
    keys = _keys(CROWN_PRINCE, [(name, "PER"), ("ولي", "PER")], "ar")
    assert keys[1] != keys[0]


# snn-2015-08-04-00904
KING_FAHD = (
    "وشارك خالد الملك فهد في الفعاليات. وعاش زوار مركز الملك فهد الثقافي أحاسيس جميلة بمدينة أبها."
)


def test_a_name_holding_a_title_is_shortened_by_no_common_word():
    """«الملك [فهد]» is King Fahd of a centre's name, not the span «خالد الملك فهد» the
    recogniser ran over a title (names46 relink: 2 wrong joins before this guard)."""
    keys = _keys(KING_FAHD, [("خالد الملك فهد", "PER"), ("فهد", "PER")], "ar")
    assert keys[1] != keys[0]


def test_a_persian_subject_before_its_speech_verb():
    """fars-8609280450: «رحيمي افزود» after «حسين رحيمي»."""
    text = "حسين رحيمي گفت: ديوارنويسي ممنوع است. رحيمي افزود: با همكاري دستگاه قضائي اقدام شد."
    (full, short) = _stored(text, [("حسين رحيمي", "PER"), ("رحيمي", "PER")])
    assert named_in_context(short, text, "fa").get(NAMED_IN_CONTEXT)
    assert not named_in_context(full, text, "fa").get(NAMED_IN_CONTEXT)


def test_the_stage_stores_no_context_field():
    for m in find_entities(BROWN, "ar"):
        assert NAMED_IN_CONTEXT not in m


# bbc-politics-122, bbc-sport-112
HOWARD = (
    'But Mr Howard said the plans would not affect asylum applications. "We will do nothing '
    'in the face of this problem."'
)
GERRARD = (
    "Liverpool captain Steven Gerrard has been linked with Chelsea. Critical time for "
    "Liverpool with regards to Gerrard."
)


def test_an_honorific_misc_mention_is_a_person():
    keys = _keys(HOWARD, [("Mr Howard", "MISC")], "en")
    assert keys[0].startswith("PER:")


def test_a_misc_surname_of_a_full_name_is_that_person():
    keys = _keys(GERRARD, [("Steven Gerrard", "PER"), ("Gerrard", "MISC")], "en")
    assert keys[1] == keys[0]


def test_a_misc_word_no_full_name_ends_with_stays_misc():
    """bbc-tech-090: "English" is the language; the person the document names is another."""
    text = (
        "The site, which is in both in English and Spanish, is meant to be easy to navigate, "
        "said Josh Hunter."
    )
    keys = _keys(text, [("English", "MISC"), ("Josh Hunter", "PER")], "en")
    # since session 51 "English" is no entity at all (no_entity_words.tsv), nor the person
    assert len(keys) == 1 and keys[0].startswith("PER:")


# snn-2015-08-04-00214, snn-2015-08-02-00175
AQSA = "أعلنت الشرطة توقيف أربعة فلسطينيين بعد أن رفع علم إسرائيل في باحة المسجد الاقصى في القدس."
BOKO = "الكاميرون تعتقل 3 أشخاص يشتبه بانتمائهم لـ«بوكو حرام» ياوندي."
SUPER = "على غرار مباريات السوبر في الدوريات الأوروبية وكذلك كأس السوبر السعودي."


def test_bodies_and_places_stored_as_misc_are_their_entries():
    assert _keys(AQSA, [("المسجد الاقصى", "MISC")], "ar") == ["LOC:Al-Aqsa Mosque"]
    assert _keys(BOKO, [("بوكو حرام", "MISC")], "ar") == ["ORG:Boko Haram"]


def test_the_super_alone_is_no_entity():
    stored = _stored(SUPER, [("السوبر", "MISC"), ("السوبر السعودي", "MISC")])
    linked = [m["text"] for _, m in linked_mentions(stored, "ar", SUPER)]
    assert linked == ["السوبر السعودي"]
