"""Full-text search over the seeds in a real SQLite database, across spelling variants."""

from __future__ import annotations

import pytest

from rasad.analysis.search import SearchFilter, snippet
from rasad.services.ingest import ingest_paths
from rasad.store import open_store
from rasad.text.tokenize import query_terms

NONE = SearchFilter()


@pytest.fixture
def store(seeds_dir, settings, store_url):
    store = open_store(store_url)
    ingest_paths([seeds_dir], store, settings)
    yield store
    store.close()


def hit_ids(store, query, filters=NONE):
    return {doc.id[:3] for doc, _ in store.search(query, filters)[1]}


def test_persian_spelling_finds_arabic_and_persian_documents(store):
    persian = hit_ids(store, "الکاظمی")
    arabic = hit_ids(store, "الكاظمي")
    assert persian == arabic
    assert {"000", "001", "002", "003", "004"} <= persian


def test_clitic_forms_match(store):
    assert hit_ids(store, "بالكاظمي") == hit_ids(store, "الکاظمی")


def test_digits_any_script(store):
    assert hit_ids(store, "۲۵۰۰") == hit_ids(store, "2500")
    assert "001" in hit_ids(store, "۲۵۰۰")  # written 2500 in an Arabic article


def test_filters(store):
    assert hit_ids(store, "الكاظمي", SearchFilter(lang="fa")) == {"000", "003"}


def test_ranking_and_snippet_on_original_text(store):
    total, hits = store.search("سلیمانی", NONE)
    assert total >= 2
    doc = hits[0][0]
    html = snippet(doc, "سلیمانی")
    marked = html.split("<mark>")[1].split("</mark>")[0]
    assert marked in doc.text  # the original spelling is what gets marked


def test_empty_and_punctuation_queries(store):
    assert store.search("", NONE) == (0, [])
    assert store.search("!!! ***", NONE) == (0, [])
    assert store.search('"unbalanced', NONE)[0] == 0


def test_reingest_keeps_one_index_row_per_document(store, seeds_dir, settings):
    ingest_paths([seeds_dir], store, settings)
    assert store.search("الکاظمی", NONE)[0] == 5


def test_same_content_under_two_ids_is_stored_and_indexed_once(store_url):
    from rasad.model import Document

    store = open_store(store_url)
    text = "الحكومة العراقية تعلن جولة جديدة من الحوار الاستراتيجي مع واشنطن"
    docs = [Document(id=i, source=i, raw_text=text, text=text, lang="ar") for i in ("a", "b")]
    assert store.put_documents(docs) == 1
    assert store.search("واشنطن", NONE)[0] == 1


def test_inflected_forms_find_each_other(store):
    # The seeds write "الحكومة" (001, 002) and "حكومته" (001); neither writes "حكومات".
    assert {"001", "002"} <= hit_ids(store, "حكومات")
    assert {"001", "002"} <= hit_ids(store, "حكومته")
    assert hit_ids(store, "حكومته") == hit_ids(store, "الحكومة")


def test_exact_spelling_ranks_first_and_stem_match_is_marked(store):
    _, hits = store.search("حكومته", NONE)
    assert hits[0][0].id.startswith("001")  # the only one with that very spelling
    other = next(doc for doc, _ in hits if doc.id.startswith("002"))
    assert "<mark>حكومة</mark>" in snippet(other, "حكومته")  # "لدعم حكومة العراق"


def test_only_arabic_documents_are_stemmed(store_url):
    from rasad.model import Document

    store = open_store(store_url)
    texts = {
        "fa-week": ("fa", "هفته گذشته نشست وزیران در تهران برگزار شد و گفتگوها ادامه یافت"),
        "fa-seven": ("fa", "هفت نفر از کارکنان سفارت امروز به تهران بازگشتند و استقبال شدند"),
        "ar-teachers": ("ar", "نظمت المعلمات وقفة احتجاجية أمام وزارة التربية في العاصمة أمس"),
        "ar-teacher": ("ar", "قال المعلم إن الوزارة وعدت بزيادة الرواتب في العام المقبل"),
    }
    store.put_documents(
        Document(id=i, source=i, raw_text=t, text=t, lang=lang) for i, (lang, t) in texts.items()
    )
    ids = {name: {d.id for d, _ in store.search(name, NONE)[1]} for name in ("هفته", "معلم")}
    store.close()
    assert ids["هفته"] == {"fa-week"}  # "هفته" (week) is not "هفت" (seven) in Persian
    assert ids["معلم"] == {"ar-teachers", "ar-teacher"}


def test_common_words_rank_the_newest_hits_and_count_all(settings, monkeypatch):
    from rasad.model import Document
    from rasad.store import sqlite

    monkeypatch.setattr(sqlite, "RANKED_CANDIDATES", 5)
    store = sqlite.SQLiteStore(settings.db)
    docs = []
    for i in range(30):
        text = f"خبر {i}: " + "أعلنت الحكومة اليوم عن جولة جديدة من الحوار " * (1 + i % 3)
        docs.append(Document(id=f"d{i:02d}", source="t", raw_text=text, text=text, lang="ar"))
    store.put_documents(docs)
    total, hits = store.search("الحوار", NONE, limit=3)
    assert total == 30 and {d.id for d, _ in hits} <= {f"d{i}" for i in range(25, 30)}
    total, page = store.search("الحوار", SearchFilter(lang="ar"), limit=5, offset=10)
    assert total == 30 and len(page) == 5  # paging past the candidates widens them
    store.close()


# Across scripts and spellings, through the service the API and the CLI call.


def service_hits(store, query, filters=NONE):
    from rasad.services.queries import search

    return search(store, query, filters)


def test_a_name_finds_the_entitys_other_names_and_says_which_matched(store):
    found = service_hits(store, "Kadhimi")  # the seeds never write it in Latin letters
    assert {r["id"][:3] for r in found["results"]} == {"000", "001", "002", "003", "004"}
    (named,) = found["names"]
    assert named["query"] == "Kadhimi"
    assert any(query_terms(n)[-1] == "کاظمی" for n in named["names"])  # الكاظمي, الکاظمی
    for r in found["results"]:
        (m,) = r["matched"]
        assert m["via"] == "entity" and m["entity"] == named["entity"]
        assert "الكاظمي" in m["text"] or "الکاظمی" in m["text"]
        assert "<mark>" in r["snippet"]


def test_the_typed_spelling_is_reported_when_the_document_has_it(store):
    found = service_hits(store, "واشنگتن")
    via = {r["id"][:3]: r["matched"][0]["via"] for r in found["results"]}
    assert via["000"] == "query"  # Persian: written واشنگتن
    assert via["001"] == "entity"  # Arabic: written وواشنطن


def test_documents_with_the_typed_spelling_rank_before_the_other_spellings(store):
    for query in ("واشنگتن",):  # Persian in 000, Arabic وواشنطن in 001
        via = [r["matched"][0]["via"] for r in service_hits(store, query)["results"]]
        assert "query" in via and "entity" in via, query  # both kinds are found
        assert via == sorted(via, key=lambda v: v != "query"), query  # typed ones first


def test_entity_filter_keeps_the_documents_mentioning_the_entity(store):
    kadhimi = service_hits(store, "Kadhimi")["names"][0]["entity"]
    found = service_hits(store, "بغداد", SearchFilter(entity=kadhimi))
    assert found["total"] == len(hit_ids(store, "بغداد")) > 0
    assert service_hits(store, "بغداد", SearchFilter(entity="e0000000000"))["total"] == 0


def put(store, texts):
    from rasad.model import Document

    store.put_documents(
        Document(id=i, source=i, raw_text=t, text=t, lang=lang) for i, (lang, t) in texts.items()
    )


def test_unknown_names_match_their_other_spellings(store_url):
    store = open_store(store_url)
    put(
        store,
        {
            "ar-jericho": ("ar", "وصلت قافلة المساعدات إلى مدينة أريحا صباح اليوم بعد تأخير طويل"),
            "ar-jericho2": ("ar", "أعلنت بلدية أريحة إغلاق الطريق المؤدي إلى الجسر حتى الأحد"),
            "ar-washington": ("ar", "قال مسؤول في واشنطن إن المحادثات ستستأنف الأسبوع المقبل"),
            "ar-war": ("ar", "قال شهود إن الحرب في المنطقة دخلت عامها الثالث دون أي حل"),
            "ar-fled": ("ar", "قال شهود إن السجين هرب من المستشفى قبل وصول الشرطة إليه"),
        },
    )
    ids = {q: {d.id for d, _ in store.search(q, NONE)[1]} for q in ("أريحا", "أريحة", "واشنگتن")}
    war = {d.id for d, _ in store.search("حرب", NONE)[1]}
    store.close()
    assert ids["أريحا"] == ids["أريحة"] == {"ar-jericho", "ar-jericho2"}
    assert ids["واشنگتن"] == {"ar-washington"}  # the Persian letters find the Arabic spelling
    assert war == {"ar-war"}  # a common word never searches its look-alikes ("هرب", fled)


def test_quoted_phrase_matches_word_for_word(store_url):
    store = open_store(store_url)
    put(
        store,
        {
            "ar-phrase": ("ar", "أصدرت وزارة الخارجية العراقية بيانا حول زيارة الوفد الأميركي"),
            "ar-apart": ("ar", "قالت الخارجية إن الحكومة العراقية لم تتلق أي طلب رسمي بعد"),
            "fa-words": (
                "fa",
                "نیروهای خارجی از پایگاه‌های عراقی خارج شدند و دولت عراقی استقبال کرد",
            ),
        },
    )
    loose = {d.id for d, _ in store.search("الخارجية العراقية", NONE)[1]}
    exact = {d.id for d, _ in store.search('"الخارجية العراقية"', NONE)[1]}
    store.close()
    assert loose == {"ar-phrase", "ar-apart", "fa-words"}
    assert exact == {"ar-phrase"}


def test_persian_plural_and_singular_find_each_other(store_url):
    store = open_store(store_url)
    put(
        store,
        {
            "fa-plural": ("fa", "اشغالگران صهیونیست بار دیگر به روستاهای اطراف شهر حمله کردند"),
            "fa-singular": ("fa", "رژیم اشغالگر قدس مسئول این حمله به غیرنظامیان شناخته شد"),
        },
    )
    singular = {d.id for d, _ in store.search("اشغالگر", NONE)[1]}
    plural = {d.id for d, _ in store.search("اشغالگران", NONE)[1]}
    store.close()
    assert singular == plural == {"fa-plural", "fa-singular"}


def test_only_distinctive_skeletons_join_names_across_scripts(store_url):
    """The linker keys unknown names by consonant skeleton; a query follows an entity's names
    only when the skeleton has three consonants or more ("trmb", not "bl"). The people are keyed
    as the entities stage keys them (a bare "ترامب" is the gazetteer's Donald Trump): a name of
    one word counts only in documents linked to the entity the query names."""
    from rasad.model import Document
    from rasad.services.entity_links import link_stored_documents
    from rasad.stages.entities import find_entities

    texts = {
        "en-palu": ("en", "Rescuers reached Palu on Saturday after the tsunami.", "Palu", "LOC"),
        "fa-bolivia": ("fa", "رئیس جمهور بولیوی امروز به پایتخت بازگشت.", "بولیوی", "LOC"),
        "en-trump": ("en", "Trump said the talks would go on next week.", "Trump", "PER"),
        "ar-trump": ("ar", "قال ترامب إن المحادثات ستستمر الأسبوع المقبل.", "ترامب", "PER"),
        "fa-trump": ("fa", "ترامپ گفت گفتگوها هفته آینده ادامه خواهد یافت.", "ترامپ", "PER"),
    }
    docs = []
    for i, (lang, text, name, kind) in texts.items():
        start = text.index(name)
        mention = {"text": name, "type": kind, "start": start, "end": start + len(name)}
        docs.append(Document(id=i, source=i, raw_text=text, text=text, lang=lang))
        docs[-1].entities = [mention | {"entity": f"{kind}:~{i}"}]
        if kind == "PER":
            docs[-1].entities = find_entities(text, lang)
    store = open_store(store_url)
    store.put_documents(docs)
    link_stored_documents(store)
    palu = {r["id"] for r in service_hits(store, "Palu")["results"]}
    trump = {r["id"] for r in service_hits(store, "Trump")["results"]}
    store.close()
    assert palu == {"en-palu"}  # "bl" is Palu and Bolivia alike: not followed
    assert trump == {"en-trump", "ar-trump", "fa-trump"}
