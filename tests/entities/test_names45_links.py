"""What a user sees on the whole archive (round 45, eval/labels/names45.md): Israel named by
Iranian outlets' «رژیم صهیونیستی», and a name written without the father's name (عادل الجبير)
that joined its chain only in the documents linked after two documents wrote both. Sentences
from the corpus (Fars News, SaudiNewsNet)."""

from __future__ import annotations

from pathlib import Path

from rasad.config import Settings
from rasad.entities.link import EntityIndex, link_document, linked_mentions
from rasad.services import entity_links
from rasad.services.ingest import ingest_paths
from rasad.stages.entities import find_entities
from rasad.store import Store, open_store
from tests.entities.test_names44b import (
    BYLINE,
    JUBEIR_ALONE,
    JUBEIR_FULL,
    JUBEIR_SHORT,
    SPOKESMAN,
)

# fars-13990305000553, fars-14000217000550
OLMERT = (
    "به گزارش گروه بین‌الملل خبرگزاری فارس، «ایهود اولمرت» نخست‌وزیر سابق رژیم صهیونیستی در "
    "گفت‌و‌گو با مطبوعات با تشبیه کردن «بنیامین نتانیاهو» نخست‌وزیر کنونی رژیم صهیونیستی به "
    "یکی از شخصیت‌های یک فیلم هالیوودی گفت که نتانیاهو «آماده است اسرائیل را به آتش بکشاند»."
)
ATTACKS = (
    "رژیم صهیونیستی طی یکی دو هفته اخیر حملات خود را در قدس اشغالی شدت بخشیده و بیش از "
    "یکصد فلسطینی را زخمی کرده است."
)


def test_the_zionist_regime_is_israel_on_its_page():
    found = {m["text"]: m.get("canonical") for m in find_entities(OLMERT, "fa")}
    assert found["رژیم صهیونیستی"] == "Israel"
    assert {m.get("canonical") for m in find_entities(ATTACKS, "fa")} >= {"Israel"}


def test_a_stored_mention_of_the_regime_links_to_israel():
    """As an older version stored it: an organisation of its own, in both spellings."""
    for form in ("رژیم صهیونیستی", "رژيم صهيونيستي"):
        text = ATTACKS.replace("رژیم صهیونیستی", form)
        stored = [{"text": form, "type": "ORG", "canonical": None, "start": 0, "end": len(form)}]
        linked = [m for _, m in linked_mentions(stored, "fa", text)]
        assert link_document(linked, "fa") == ["GPE:Israel"]


def test_a_longer_body_of_the_regime_stays_itself():
    """«ارتش رژیم صهیونیستی», the army: the whole text is no form of Israel."""
    stored = [{"text": "ارتش رژیم صهیونیستی", "type": "ORG", "canonical": None}]
    linked = [m for _, m in linked_mentions(stored, "fa")]
    assert link_document(linked, "fa") != ["GPE:Israel"]


PAD = (
    " وأكد أن المملكة ماضية في دعم الأمن والاستقرار في المنطقة، وأن الحوار هو السبيل الأمثل"
    " لحل الخلافات بين الدول."
)


def _mentions(store: Store) -> list[tuple[str, str, str]]:
    rows = store.conn.execute(  # type: ignore[attr-defined]
        "SELECT m.doc, m.text, e.key FROM entity_mentions m JOIN entities e ON e.id = m.entity"
        " WHERE e.type = 'PER' ORDER BY m.doc_seq, m.position"
    )
    return [(r["doc"], r["text"], r["key"]) for r in rows]


def test_a_relink_joins_the_short_form_of_a_document_linked_before(store_url, tmp_path: Path):
    """snn-2015-08-01-01218 writes «عادل الجبير» alone; stored before the two documents that
    write both, it stayed apart from «عادل بن أحمد الجبير» (names44b's gate: two documents).
    A relink reads it as it reads a document stored after them, and the document's surname
    «الجبير» follows its name."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a1.txt").write_text(JUBEIR_ALONE + " وقال الجبير إن المملكة تدين ذلك." + PAD * 3)
    (docs / "a2.txt").write_text(JUBEIR_SHORT + " " + JUBEIR_FULL + PAD * 3)
    (docs / "a3.txt").write_text(JUBEIR_FULL + " " + JUBEIR_SHORT + PAD * 2)
    store = open_store(store_url)
    ingest_paths([docs], store, Settings(strict=True, db=store_url, batch_size=1))
    chain = {k for d, t, k in _mentions(store) if t == "عادل بن أحمد الجبير"}
    assert len(chain) == 1
    alone = {k for d, t, k in _mentions(store) if d == "a1"}
    assert alone and not alone & chain  # ingest order: the first document stays apart
    entity_links.relink_stored_documents(store)
    assert {k for d, t, k in _mentions(store) if d == "a1"} == chain
    assert {k for d, t, k in _mentions(store) if d != "a1"} == chain
    entity_links.relink_stored_documents(store)  # resumed after the end: nothing changes
    assert {k for _, _, k in _mentions(store)} == chain
    store.close()


def test_a_byline_stays_the_reporter_when_the_name_is_moved():
    """Sabq's reporter «فهد العتيبي» opening the document is not the spokesman the document
    names in full, though it writes his short form again after the chain."""
    text = BYLINE + " " + SPOKESMAN + " وأضاف فهد العتيبي أن القبول مستمر."
    mentions = find_entities(text, "ar")
    ids = EntityIndex().add("snn-2015-08-02-01305", "ar", mentions)
    byline = [i for m, i in zip(mentions, ids, strict=True) if m["text"] == "فهد العتيبي"]
    (chain,) = [i for m, i in zip(mentions, ids, strict=True) if "مناحي" in m["text"]]
    assert byline[0] != chain and byline[-1] == chain
