"""Names a user sees split on the whole archive (round 44b, `eval/labels/names44b.tsv`): an
Arabic name written with and without the father's name, and a Western given name in two
transcriptions the name list gives. Sentences from saudinewsnet_ar articles."""

from __future__ import annotations

from rasad.entities.link import EntityIndex, fatherless_name, name_chain, same_spelling
from rasad.stages.entities import find_entities

# snn-2015-08-03-00964: the minister by given and family name; snn-2015-08-04-00984: in full
JUBEIR_SHORT = (
    "قال وزير الخارجية عادل الجبير اليوم أن اجتماع وزراء خارجية التعاون الخليجي كان مثمراً."
)
JUBEIR_FULL = "وترأس وفد المملكة وزير الخارجية عادل بن أحمد الجبير."
# snn-2015-08-01-01218: another document, the short form alone
JUBEIR_ALONE = "دان وزير الخارجية السعودي عادل الجبير جريمة حرق الرضيع الفلسطيني."
# snn-2015-08-02-01305: Sabq's reporter in the byline, the TVTC spokesman in full
BYLINE = "فهد العتيبي- سبق- الرياض: كشفت المؤسسة العامة للتدريب التقني والمهني عن قبول متدربين."
SPOKESMAN = "وقال المتحدث الرسمي بالمؤسسة العامة للتدريب التقني والمهني، فهد بن مناحي العتيبي: إن البرنامج يتبع منهجية."


def _linked(*docs: str) -> list[dict[str, str]]:
    """Each document's person mentions (text → entity id), linked in order by one index."""
    index, out = EntityIndex(), []
    for n, text in enumerate(docs):
        mentions = find_entities(text, "ar")
        ids = index.add(f"doc{n}", "ar", mentions)
        out.append({m["text"]: i for m, i in zip(mentions, ids, strict=True) if m["type"] == "PER"})
    return out


def test_a_name_without_the_fathers_name_joins_the_chain_its_document_writes():
    (doc,) = _linked(JUBEIR_SHORT + " " + JUBEIR_FULL)
    assert doc["عادل الجبير"] == doc["عادل بن أحمد الجبير"]


def test_other_documents_join_once_two_documents_wrote_both():
    both = JUBEIR_SHORT + " " + JUBEIR_FULL
    first, once = _linked(both, JUBEIR_ALONE)
    assert once["عادل الجبير"] != first["عادل بن أحمد الجبير"]  # one document is not enough
    first, second, alone = _linked(both, both, JUBEIR_ALONE)
    assert alone["عادل الجبير"] == first["عادل بن أحمد الجبير"]


def test_another_father_makes_the_short_form_join_neither():
    # «محمد العمري»: the archive writes «محمد بن حمد العمري» and «محمد بن علي العمري»
    one = (
        "وأوضح الدكتور محمد بن حمد العمري أن المشروع يخدم الطلاب. وقال محمد العمري إن العمل مستمر."
    )
    two = "وقدم محمد بن علي العمري شكره للحضور. وأكد محمد العمري أهمية الحفل."
    short = "وأشار محمد العمري إلى أن البرنامج ناجح."
    first, second, third, alone = _linked(one, one, two, short)
    assert alone["محمد العمري"] not in {
        first["محمد بن حمد العمري"],
        third["محمد بن علي العمري"],
    }


def test_a_byline_opening_the_document_is_the_reporter():
    (doc,) = _linked(BYLINE + " " + SPOKESMAN)
    assert doc["فهد العتيبي"] != doc["فهد بن مناحي العتيبي"]


def test_the_short_form_key_reads_given_and_family_name():
    chain = name_chain("عادل بن أحمد الجبير", "ar")
    assert chain is not None and chain.fatherless == fatherless_name("عادل الجبير", "ar")
    assert fatherless_name("الأمير محمد", "ar") is None  # no given name
    assert fatherless_name("جون كيري", "ar") is None  # no family name with its article


def test_two_transcriptions_of_one_listed_name_are_one_spelling():
    # «سيرغي لافروف» (snn-2015-08-04-00114) and «سيرجي لافروف» (snn-2015-08-01-00907): Sergey
    # Lavrov, 35 and 45 mentions apart on the s43 archive
    assert same_spelling("سیرغی لافروف", "سیرجی لافروف", "ar")
    assert not same_spelling("سیرغی لافروف", "سیرجی لافروف")
    assert not same_spelling("غامدی", "جامدی", "ar")  # no listed name: two names


def test_sergei_in_both_transcriptions_is_one_entity():
    one = "التقى وزير الخارجية الروسي سيرغي لافروف في العاصمة القطرية الدوحة."
    two = "قالت وزارة الخارجية الروسية إن وزير الخارجية الروسي سيرجي لافروف سيعقد اجتماعا ثلاثيا."
    first, second = _linked(one, two)
    assert first["سيرغي لافروف"] == second["سيرجي لافروف"]
