"""Search across spellings without turning one name into another (eval/labels/search49.md).

A small archive of short sentences written like the corpus articles, ingested through the
whole pipeline (so that the entity links exist), on both backends:

- «الكاظمي» typed with the article finds the writing with the article first; the bare key, which
  Persian writes for every Kazemi («زهرا کاظمی»), counts only in the documents linked to the
  person the query names; «کاظمی» typed bare still finds every Kazemi;
- «الرياض» / «ریاض» (Riyadh) does not find «الرياضة» (sport), whose stem it shares;
- "United Nations" finds the name, not "Newcastle United … nations".
"""

from __future__ import annotations

import json

import pytest

from rasad.analysis.search import Part, SearchFilter, document_terms, parse_query
from rasad.config import Settings
from rasad.model import Document
from rasad.services.ingest import ingest_paths
from rasad.services.queries import search
from rasad.store import open_store
from rasad.text.tokenize import article_key, article_terms, index_terms, word_forms

NONE = SearchFilter()
ARTICLES_49 = [
    {
        "id": "kadhimi-ar",
        "lang": "ar",
        "title": "الكاظمي يبحث مع بلينكن الحوار الاستراتيجي",
        "text": "أجرى رئيس الوزراء العراقي مصطفى الكاظمي مباحثات في واشنطن مع وزير الخارجية "
        "الأمريكي. وقال الكاظمي إن لجان الحوار تواصل اجتماعاتها.",
    },
    {
        "id": "kadhimi-fa",
        "lang": "fa",
        "title": "مصطفی الکاظمی نخست وزیر عراق",
        "text": "مصطفی الکاظمی نخست وزیر عراق امروز از خروج نظامیان آمریکایی خبر داد. "
        "الکاظمی گفت گفت‌وگوها ادامه دارد.",
    },
    {
        "id": "kazemi-fa",
        "lang": "fa",
        "title": "رسیدگی به پرونده زهرا کاظمی",
        "text": "به گزارش خبرگزاری فارس، رسیدگی به پرونده مرگ زهرا کاظمی عکاس ایرانی ساکن کانادا "
        "به دادسرای امور جنایی تهران ارجاع شد. خانواده کاظمی خواستار پیگیری شدند.",
    },
    {
        "id": "riyadh-ar",
        "lang": "ar",
        "title": "عاصفة رملية تجتاح الرياض",
        "text": "اجتاحت عاصفة رملية العاصمة الرياض مساء اليوم السبت، وأعلن الدفاع المدني في "
        "الرياض رفع درجة الاستعداد.",
    },
    {
        "id": "sport-ar",
        "lang": "ar",
        "title": "هيئة الشباب والرياضة تعلن موعد البطولة",
        "text": "أعلنت الهيئة العامة للشباب والرياضة الكويتية موعد بطولة الرياضات الشتوية، "
        "وقال نائب المدير العام لشؤون الرياضة إن الملاعب ستكون جاهزة.",
    },
    {
        "id": "un-en",
        "lang": "en",
        "title": "UN warns on Yemen aid",
        "text": "The United Nations warned on Monday that aid to Yemen would run out within "
        "weeks unless donors paid what they had pledged.",
    },
    {
        "id": "football-en",
        "lang": "en",
        "title": "Newcastle United win in Europe",
        "text": "Newcastle United beat the Israeli side 2-0, and fans from several nations "
        "travelled to watch the game.",
    },
]


@pytest.fixture(scope="module")
def store(module_store_url, tmp_path_factory):
    corpus = tmp_path_factory.mktemp("corpus") / "names49.jsonl"
    corpus.write_text(
        "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES_49), "utf-8"
    )
    store = open_store(module_store_url)
    ingest_paths([corpus], store, Settings(db=module_store_url, batch_size=2, strict=True))
    yield store
    store.close()


def ranked(store, query: str) -> list[str]:
    return [r["id"] for r in search(store, query, NONE)["results"]]


def test_the_article_term_keeps_what_the_key_drops():
    assert article_key(word_forms("والكاظمي")[0]) == article_key(word_forms("الکاظمی")[0])
    assert article_key(word_forms("للكاظمي")[0]) == "الکاظمی"
    assert article_key(word_forms("کاظمی")[0]) is None  # no article, no term
    assert article_key(word_forms("Tehran")[0]) is None
    assert article_terms("الرياض والرياضة الرياض") == ["الریاض", "الریاضه"]


def test_article_terms_follow_every_key_so_phrases_still_match():
    doc = Document(id="d", source="d", lang="ar", text="مجلس التعاون الخليجي", raw_text="")
    terms = document_terms(doc).split()
    keys = index_terms("مجلس التعاون الخليجي")
    assert [t for t in terms[:-2] if not t.endswith("ـ")] == keys  # keys and marked stems first
    assert terms[-2:] == ["التعاون", "الخلیجی"]  # then the article terms, once each


def test_a_word_typed_with_the_article_says_so():
    (part,) = parse_query("الكاظمي").parts
    assert isinstance(part, Part) and part.article == "الکاظمی"
    assert parse_query("کاظمی").parts[0].article is None
    assert parse_query('"الكاظمي"').parts[0].article is None  # a phrase is word for word


def test_a_surname_typed_with_the_article_is_not_another_persons(store):
    for query in ("الكاظمي", "الکاظمی"):
        hits = ranked(store, query)
        assert "kazemi-fa" not in hits  # Zahra Kazemi, written «کاظمی» like every Kazemi
        assert set(hits[:2]) == {"kadhimi-ar", "kadhimi-fa"}


def test_the_bare_surname_typed_still_finds_every_kazemi(store):
    assert {"kazemi-fa", "kadhimi-ar", "kadhimi-fa"} <= set(ranked(store, "کاظمی"))


def test_a_place_name_does_not_find_the_word_sharing_its_stem(store):
    for query in ("الرياض", "ریاض", "الرِّياض"):
        hits = ranked(store, query)
        assert hits[0] == "riyadh-ar"
        assert "sport-ar" not in hits  # «الرياضة» sport, «الرياضات» sports


def test_the_words_of_a_name_are_matched_together(store):
    hits = search(store, "United Nations", NONE)["results"]
    assert [r["id"] for r in hits][:1] == ["un-en"]
    assert "football-en" not in {r["id"] for r in hits}  # "United" … "nations" apart
    shown = hits[0]["snippet"]
    assert "<mark>United</mark> <mark>Nations</mark>" in shown


def test_a_word_of_a_name_is_marked_only_inside_the_name(store):
    hits = search(store, "United Nations", NONE)["results"]
    un = next(r for r in hits if r["id"] == "un-en")
    assert un["snippet"].count("<mark>") == 2


def test_the_search_backfill_rewrites_every_index_row_in_place(store_url):
    """The `search` backfill (which the round's migration queues, so that a database indexed
    before the article terms gets them) rewrites each document's row: one row each, found as
    before."""
    from rasad.services.materialize import BACKFILLS

    store = open_store(store_url)
    text = "قتل قيادي في التنظيم يدعى أحمد الكاظمي في غارة على مأرب"
    doc = Document(id="a", source="a", raw_text=text, text=text, lang="ar")
    store.put_documents([doc])
    assert store.search("الکاظمی", NONE)[0] == 1
    BACKFILLS["search"](store, Settings(db=store_url))
    BACKFILLS["search"](store, Settings(db=store_url))
    total, hits = store.search("الکاظمی", NONE)
    assert total == 1 and hits[0][0].id == "a"
    assert store.search("کاظمی", NONE)[0] == 1
    store.close()
