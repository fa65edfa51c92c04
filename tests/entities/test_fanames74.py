"""Persian names of round speakers74fa (issue 21 point 3, quotes_dev74fa.md): «در» written joined
to the noun of the adverbial after a speaker's name («درگفت و گو», «درپايان», «درعين حال») is no
part of the name, and the «گو» of a «گفت و گو» so split is no person."""

from __future__ import annotations

from rasad.entities.recognise import folded, nouns_glued_to_in_fa, recognise
from rasad.eval.quotes import analysed_document


def people(text: str) -> list[str]:
    return [m.text for m in recognise(text, "fa") if m.type == "PER"]


# fars-8311040288 (quotes_dev74fa), shortened
MOUSAVI = (
    "سيدناصر موسوي درگفت و گو با خبرنگار اقتصادي خبرگزاري فارس، موضوع انتقال آب كارون را از"
    " اهداف اين استيضاح اعلام كرد.\n"
    "وي با غير اقتصادي خواندن اين طرح افزود: آب كارون مي‌تواند صرف احياي زمينهاي خوزستان شود.\n"
    "موسوي همچنين گفت: كميسيون انرژي در حال بررسي است."
)

# fars-8607040727 (quotes_dev74fa), shortened
QANAAT = (
    "معاون سياسي و امنيتي استانداري مازندران نيز در اين جلسه تاكيد كرد و گفت: وضعيت بهداشت"
    " مدارس مهمترين امر است.\n"
    "جواد قناعت درپايان با اشاره به اينكه 350 مربي بهداشت مدارس بازنشسته خواهند شد افزود: براي"
    " حفظ اين تعداد مربي بايد نيروي انساني جديد جايگزين شود."
)


def test_the_joined_in_word_leaves_the_name():
    assert people(MOUSAVI)[0] == "سيدناصر موسوي"
    assert "جواد قناعت" in people(QANAAT)
    assert not any(p.endswith(("درگفت", "درپايان")) for p in people(MOUSAVI + "\n" + QANAAT))


def test_the_split_half_of_said_is_no_person():
    assert "گو" not in people(MOUSAVI)


def test_the_list_holds_joined_forms_not_surnames():
    glued = nouns_glued_to_in_fa()
    assert {folded(w) for w in ("درگفت", "درپايان", "درعين")} <= glued
    assert not {folded(w) for w in ("درگاهی", "دربندی", "درخشان")} & glued


def test_the_speaker_is_named_in_full():
    doc = analysed_document("fars-8311040288", MOUSAVI, "fa")
    assert [q["speaker_text"] for q in doc.quotes][:1] in (["وي"], ["سيدناصر موسوي"])
    names = {e["canonical"] for e in doc.entities if e["type"] == "PER"}
    assert "سيدناصر موسوي درگفت" not in names


# fars-13951201001400 (unlabelled Fars News), shortened
ARAMESH = (
    "به گزارش خبرگزاری فارس از سنندج، علیرضا آرامش ظهر امروز در پنجمین جلسه شورای اداری شهرستان"
    " سنندج اظهار کرد: کمک‌ها جمع‌آوری می‌شود.\n"
    "آرامش در پایان خاطرنشان کرد: این طرح ادامه دارد."
)


def test_a_given_name_and_a_common_word_the_article_then_quotes_alone_are_a_person():
    assert "علیرضا آرامش" in people(ARAMESH)


def test_no_person_where_the_word_after_a_given_name_never_speaks_alone():
    text = "به گزارش خبرگزاری فارس، علیرضا آرامش را در این جلسه توصیه کرد.\nوی گفت: خوب است."
    assert "علیرضا آرامش" not in people(text)


def test_the_opening_slot_holds_a_given_name_and_a_surname():
    # fars-8312010007 (quotes_dev51fa), shortened
    text = (
        "به گزارش خبرگزاري فارس، نادر حريري در نشست مشتركي كه با حضور مديران صنعت سيمان برگزار"
        " شد، به تحقيقات صورت گرفته پرداخت.\nوي اضافه كرد: هزينه‌ها افزايش يافته است."
    )
    assert "نادر حريري" in people(text)


def test_no_person_at_the_opening_slot_from_a_common_word():
    # «امید» is a given name and "hope"; «مردم» ("people") a common word, no surname
    assert not people("به گزارش فارس، امید مردم در این شهر زیاد است.")
