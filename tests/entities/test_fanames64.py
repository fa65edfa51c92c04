"""Persian names of round speakers64fa (issue 21 point 3, quotes_dev64fa.md): a common word at
the article's opening slot before a surname the article then writes alone is the given name
(«ولی رحمانی»), kept by the linker's trimming; a run of direction marks inside a word reads as
its ZWNJ; a compound surname's first part («فلاح» of «فلاح‌جلودار») and a surname of two words
(«ولی‌پور مطلق») shorten the speaker named in full before."""

from __future__ import annotations

from rasad.entities.recognise import opening_name_slot
from rasad.eval.quotes import analysed_document
from rasad.stages.entities import find_entities
from rasad.text.normalize import normalize


def people(text: str) -> list[dict]:
    return [m for m in find_entities(text, "fa") if m["type"] == "PER"]


# fars-13921108001114 (quotes_dev63fa), shortened
RAHMANI = (
    "ولی رحمانی امروز در گفت‌وگو با خبرنگار فارس در قم اظهار کرد: این طرح با هدف ایجاد"
    " زیرساخت‌ها در روستاها اجرا می‌شود.\n"
    "رحمانی عنوان داشت: ایجاد معابر مناسب در روستاها پیگیری می‌شود."
)


def test_the_opening_slot_is_the_text_start_or_after_the_byline():
    byline = "به گزارش خبرگزاری فارس از بیرجند، هاشم ولی‌پور گفت"
    assert opening_name_slot(byline, byline.index("هاشم"))
    assert opening_name_slot(RAHMANI, 0)
    assert not opening_name_slot(RAHMANI, RAHMANI.index("رحمانی عنوان"))


def test_a_common_word_opening_the_article_is_the_given_name():
    found = people(RAHMANI)
    assert found[0]["text"] == "ولی رحمانی"
    assert len({m["entity"] for m in found}) == 1  # the later «رحمانی» is he
    doc = analysed_document("t", RAHMANI, "fa")
    assert [q["speaker_text"] for q in doc.quotes] == ["ولی رحمانی", "ولی رحمانی"]


def test_but_before_a_surname_later_in_the_article_stays_out():
    text = (
        "احمد رحمانی امروز اظهار کرد: طرح اجرا می‌شود.\n"
        "این طرح دیر آغاز شد، ولی رحمانی گفت: کار ادامه دارد."
    )
    assert "ولی رحمانی" not in {m["text"] for m in people(text)}


def test_no_given_name_when_the_surname_is_never_written_alone():
    text = "ولی رحمانی امروز در گفت‌وگو با خبرنگار فارس اظهار کرد: این طرح اجرا می‌شود."
    assert "ولی رحمانی" not in {m["text"] for m in people(text)}


def test_a_run_of_direction_marks_inside_a_word_is_its_zwnj():
    assert normalize("ولی\u200e\u200eپور") == normalize("ولی\u200cپور") == normalize("ولی\u200eپور")


def test_a_compound_surnames_first_part_shortens_the_full_name():
    # fars-13940915000650 (quotes_dev64fa), shortened
    text = (
        "به گزارش خبرگزاری فارس از شهرستان قائم‌شهر، ربیع‌ فلاح‌جلودار ظهر امروز در نشست"
        " شهرداران اظهار کرد: برگزاری جلسات بدون خروجی مناسب نیست.\n"
        "فلاح با بیان اینکه برنامه‌های شهری باید مستمر انجام شود، تصریح کرد: خدمات شهری"
        " باید نیازهای شهروندان را رفع کند."
    )
    doc = analysed_document("t", text, "fa")
    assert {q["speaker_text"] for q in doc.quotes} == {"ربیع\u200c فلاح\u200cجلودار"}


def test_a_surname_suffix_is_no_compound_surname():
    from rasad.stages.quotes import compound_surname_head

    assert compound_surname_head("ربیع فلاح\u200cجلودار", "fa") == {"فلاح"}
    assert compound_surname_head("محمدنبی حسینی\u200cپور", "fa") == set()
    assert compound_surname_head("علی احمدی\u200cنژاد", "fa") == set()
    assert compound_surname_head("فلاح\u200cجلودار", "fa") == set()  # no given name written
