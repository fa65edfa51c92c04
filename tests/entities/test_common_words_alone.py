"""Entities a user meets as common words, and bodies and people read with a word not theirs
(round entities80, eval/labels/entities_short80.md): a word the corpus writes mostly as a
common word is no person alone; «و» written onto a given name is no part of the name; an
outlet's name after a common noun that opens a body's own name is that body. Real sentences,
with their article ids."""

from __future__ import annotations

from rasad.entities.recognise import common_word_alone, corpus_common_words
from rasad.stages.entities import find_entities


def keys(text: str, lang: str) -> list[tuple[str, str]]:
    return [(m["text"], m["entity"]) for m in find_entities(text, lang)]


# snn-2015-08-01-00336: «الشوط» ("the half" of a match) was a person of the document
HALF_AR = (
    "واستبدل المدرب بعدها حارس الفريق داوود آل سعيد بمحمد عسيري واستمرت النتيجة حتى نهاية"
    " الشوط الأول وفي الشوط الثاني بدأ المدرب بتشكيلة مكونة من محمد عسيري وسلطان مسرحي وخالد"
    " مغربي"
)


def test_a_word_the_corpus_writes_mostly_as_a_common_word_is_no_person_alone():
    found = keys(HALF_AR, "ar")
    assert not [t for t, _ in found if t == "الشوط"]
    assert ("محمد عسيري", "PER:~mhmd sr") in found
    assert common_word_alone("الشوط", "PER", "ar")
    assert not common_word_alone("الشوط", "ORG", "ar")  # نادي الشباب: a head announces a body


def test_the_corpus_list_holds_no_listed_given_name_nor_a_word_as_written_by_its_proclitic():
    arabic = corpus_common_words()["ar"]
    assert "فهد" not in arabic and "محمد" not in arabic
    assert not common_word_alone("فورد", "PER", "ar")  # Ford, not ف + ورد ("roses")


# snn-2015-08-01-00514: «الدكتور إقبال» (Dr Iqbal Ismail); «إقبال» is mostly "turnout"
IQBAL_AR = "وأضاف الدكتور إقبال، أنه تم توزيع الطلاب المشاركين على سبعة تخصصات علمية."

# ntrex-fa-bbc.381789: Jack Ross, «راس» alone after «جک راس» («راس» is mostly "head")
ROSS_FA = (
    "جک راس، رئیس ساندرلند، می گوید «نهایت بلند پروازی‌اش» تبدیل شدن به مدیر اسکاتلند در"
    " آینده است.\nو راس میگوید حالا احساس راحتی بیشتری نسبت به زمانی که در تیم های کلاید"
    " دارد."
)


def test_a_common_word_a_title_or_the_full_name_names_stays_a_person():
    assert [t for t, _ in keys(IQBAL_AR, "ar")] == ["إقبال"]
    found = dict(keys(ROSS_FA, "fa"))
    assert found.get("راس") == found["جک راس"]


# snn-2015-08-01-00336: «ومحمد خبراني» in a list of players
PLAYERS_AR = (
    "ودخل مدرب الفريق الشوط الأول بتشكيله مكونة من داوود آل سعيد وفريد ملولي ومحمد خبراني"
    " وصالح العمراني وعبد الرحمن العبيد وفواز المقاطي"
)


def test_and_written_onto_a_given_name_is_no_part_of_the_name():
    texts = [t for t, _ in keys(PLAYERS_AR, "ar")]
    assert "محمد خبراني" in texts and "ومحمد خبراني" not in texts
    assert "عبد الرحمن العبيد" in texts
    # ntrex-ar-thelocal.65969: «وليد المعلم» (Walid al-Muallem): the «و» is the name's
    assert ("وليد المعلم") in [t for t, _ in keys("قال وزير الخارجية وليد المعلم إن", "ar")]


# snn-2015-08-01-00930: «مصنع الجزيرة», a dates factory, was linked to the channel Al Jazeera
FACTORY_AR = (
    "وأضاف صاحب مصنع الجزيرة أحمد العجاجي أن جودة الرطب الحالي وكثرة الإقبال عليه ساعدت المصنع."
)
# snn-2015-08-01-00394: a letter to the editor of the Riyadh daily Al-Jazirah
PAPER_AR = (
    "سعادة رئيس تحرير جريدة الجزيرة الأستاذ خالد حمد المالك سلّمه الله السلام عليكم ورحمة الله"
    " وبركاته"
)


def test_an_outlets_name_after_a_common_noun_is_that_bodys_not_the_outlets():
    found = dict(keys(FACTORY_AR, "ar"))
    assert "الجزيرة" not in found
    assert found["مصنع الجزيرة"].startswith("ORG:") and "Jazeera" not in found["مصنع الجزيرة"]
    assert ("الجزيرة", "ORG:Al-Jazirah") in keys(PAPER_AR, "ar")
    assert ("قناة الجزيرة", "ORG:Al Jazeera") in keys("وقال مدير قناة الجزيرة إن البث مستمر.", "ar")


# snn-2015-08-03-01211: the speaker «حاتم بن حسن قاضي», read as «حاتم بن حسن» and «قاضي»
# ("judge"): the word right after the person's name is the name's, not alone
QADI_AR = (
    "من جهته قال مستشار الوزارة والمتحدث الرسمي حاتم بن حسن قاضي لـ «عكاظ» إن وزير الحج الدكتور"
    " بندر بن محمد حجار اعتمد الخطة."
)


def test_a_common_word_right_after_a_persons_name_is_the_names():
    texts = [t for t, _ in keys(QADI_AR, "ar")]
    assert "قاضي" in texts or "حاتم بن حسن قاضي" in texts
