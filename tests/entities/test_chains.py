"""Arabic name chains (round 41): a chain «X بن Y» joins the one longer chain «X بن Y بن Z» of
the archive that extends it once a document writes both, never a chain two longer names extend
differently. Sentences from saudinewsnet_ar articles."""

from __future__ import annotations

from rasad.entities.link import EntityIndex, name_chain
from rasad.stages.entities import find_entities

# snn-2015-08-01-00041: the emir of Asir in full, then by his and his father's names
FULL = (
    "أجرى صاحب السمو الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة عسير عددا من الاتصالات الهاتفية."
)
SHORT = "وأكد سمو الأمير فيصل بن خالد خلال اتصالاته بأسر الشهداء أنهم نالوا شهادة العز والكرامة."


def _linked(*docs: str) -> list[dict[str, str]]:
    """Each document's person mentions (text → entity id), linked in order by one index."""
    index, out = EntityIndex(), []
    for n, text in enumerate(docs):
        mentions = find_entities(text, "ar")
        ids = index.add(f"doc{n}", "ar", mentions)
        out.append({m["text"]: i for m, i in zip(mentions, ids, strict=True) if m["type"] == "PER"})
    return out


def test_a_chain_joins_the_one_longer_chain_a_document_writes_beside_it():
    both, alone = _linked(FULL + " " + SHORT, SHORT)
    full = both["فيصل بن خالد بن عبدالعزيز"]
    assert both["فيصل بن خالد"] == full
    assert alone["فيصل بن خالد"] == full


def test_no_document_writing_both_keeps_the_chain_apart():
    full, alone = _linked(FULL, SHORT)
    assert alone["فيصل بن خالد"] != full["فيصل بن خالد بن عبدالعزيز"]


def test_a_chain_two_grandfathers_extend_joins_neither():
    # snn-2015-08-03-00553 and an appointment list: two princes «سعود بن عبدالله»
    one = "وكان في استقبال خادم الحرمين الشريفين صاحب السمو الأمير سعود بن عبدالله بن محمد."
    two = "ونقل الأمير سعود بن عبدالله بن ثنيان تعازي القيادة."
    short = "وأكد الأمير سعود بن عبدالله أهمية المشروع."
    first, second, alone = _linked(one + " " + short, two + " " + short, short)
    assert alone["سعود بن عبدالله"] not in {
        first["سعود بن عبدالله بن محمد"],
        second["سعود بن عبدالله بن ثنيان"],
    }


def test_a_plain_family_name_is_another_man_than_a_grandfathers_chain():
    # «عبدالله بن محمد السويد» (director of the Mujahideen administration) is not the notary
    # «عبدالله بن محمد بن سعد الدهيمي»
    notary = "تعيين عبدالله بن محمد بن سعد الدهيمي على وظيفة رئيس كتابة عدل."
    director = "أدى مدير عام الإدارة العامة للمجاهدين الدكتور عبدالله بن محمد السويد صلاة الميت."
    short = "وأوضح عبدالله بن محمد أن الإدارة تتابع الحالات."
    first, second, alone = _linked(notary + " " + short, director, short)
    assert alone["عبدالله بن محمد"] != first["عبدالله بن محمد بن سعد الدهيمي"]


def test_a_span_run_into_the_next_word_is_no_family_name():
    assert name_chain("محمد بن نايف للمناصحة", "ar") is None
    assert name_chain("عبدالله بن مساعد الرئيس", "ar") is None
    chain = name_chain("مقرب بن سعد بن علي الثنيان", "ar")
    assert chain is not None and chain.names[:2] == ("مقرب", "سعد") and chain.plain_family
    house = name_chain("محمد بن نايف بن عبدالعزيز آل سعود", "ar")
    assert house is not None and len(house.names) == 3 and not house.plain_family


def test_stored_links_keep_the_chain_state_from_batch_to_batch(store_url, tmp_path):
    """The ingest links each batch against what is stored: a chain registered by an earlier
    batch (kept with the surnames) is joined in a later one, as linking in one pass does."""
    from rasad.config import Settings
    from rasad.services import queries as views
    from rasad.services.ingest import ingest_paths
    from rasad.store import open_store

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(FULL + "\n\n" + SHORT + "\n", encoding="utf-8")
    (folder / "b.txt").write_text(SHORT + "\n", encoding="utf-8")
    store = open_store(store_url)
    ingest_paths([folder], store, Settings(db=store_url, batch_size=1))
    found = {
        e["name"]: e["mentions"]
        for e in views.entity_list(store)["entities"]
        if "فيصل بن خالد" in e["name"]
    }
    store.close()
    assert list(found.values()) == [3]  # one entity: the full name and both short ones
