"""Real-world reader failures of issue 23, each on a fixture of tests/data/readers.

The fixtures are pages, feeds and archives written for rasad (`tests/data/readers/build.py`);
`manifest.json` beside them lists every document each must give, which `rasad eval readers`
checks through a real ingest (the last test here).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasad.analysis.search import document_terms
from rasad.config import Settings
from rasad.model import Document
from rasad.pipeline import build_pipeline
from rasad.services.ingest import ingest_paths
from rasad.stages.extract import extract_html
from rasad.stages.readers import decode_bytes, read_path
from rasad.store.sqlite import SQLiteStore

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "readers"
ZWNJ = "\u200c"


def read(name: str) -> list[Document]:
    return list(read_path(FIXTURES / name))


def manifest(name: str) -> dict:
    cases = json.loads((FIXTURES / "manifest.json").read_text(encoding="utf-8"))
    return next(c for c in cases if c["file"] == name)


def analysed(doc: Document, stages=("extract", "clean", "langid", "pubdate")) -> Document:
    return build_pipeline(Settings(), list(stages))(doc)


def test_title_only_feed_entries_never_collide(tmp_path: Path):
    docs = read("feed_title_only_fa.rss")
    assert len({d.content_hash for d in docs}) == len(docs) == 6
    store = SQLiteStore(tmp_path / "t.db")
    report = ingest_paths(
        [FIXTURES / "feed_title_only_fa.rss"],
        store,
        Settings(db=str(tmp_path / "t.db"), stories=False),
        stages=["extract", "clean"],
    )
    assert report.skipped == 0 and report.added == 6
    reasons = [r for _, r in report.rejected]
    assert reasons.count("feed entry has no content (title only)") == 3
    store.close()


def test_a_file_of_its_own_keeps_its_content_hash():
    """Without a link or title from a container, the hash is the raw input's, as before."""
    import hashlib

    (doc,) = read("page_zwnj_fa.html")
    assert doc.identity is None
    assert doc.content_hash == hashlib.sha256(doc.html.encode("utf-8")).hexdigest()


def test_zwnj_kept_in_the_title_and_text_of_an_html_page():
    (doc,) = read("page_zwnj_fa.html")
    found = extract_html(doc.html, None, 10**7)
    assert found["title"] == f"برنامه{ZWNJ}های اقتصادی دولت برای سال آینده"
    assert f"وزارتخانه{ZWNJ}ها موظف{ZWNJ}اند" in found["text"]
    # every ZWNJ of the page but those of its <title> element is in the text (the <h1> too)
    assert found["text"].count(ZWNJ) == doc.html.count(ZWNJ) - found["title"].count(ZWNJ)
    done = analysed(doc)
    assert ZWNJ in done.title and done.text.count(ZWNJ) >= 8


def test_latin1_declared_in_the_xml_prolog():
    (doc,) = read("feed_latin1_pt.xml")
    assert doc.title == "Associação de doentes raros tem nova presidente"
    assert "associação de doentes raros" in doc.html


def test_latin1_declared_by_http_equiv_and_undeclared_latin_text():
    (doc,) = read("page_latin1_es.html")
    assert "La Fiscalía Anticorrupción decidirá el próximo lunes" in doc.html
    text = "La Fiscalía Anticorrupción decidirá mañana si investiga la adjudicación."
    assert decode_bytes(text.encode("latin-1")) == (text, "cp1252")
    russian = "Правительство объявило о новых мерах поддержки малого бизнеса."
    assert decode_bytes(russian.encode("cp1251"))[0] == russian


def test_windows_1256_feed_is_decoded_once():
    (doc,) = read("feed_cp1256_fa.xml")
    assert doc.title == f"افزايش قيمت{ZWNJ}ها در بازار مسکن"
    assert "ميانگين قيمت مسکن" in doc.html


def test_undeclared_windows_1256_arabic_still_decodes():
    (doc,) = read("page_undeclared_cp1256_ar.html")
    assert "المحادثات بين الجانبين" in doc.html


@pytest.mark.parametrize(
    ("name", "lang"),
    [
        ("page_zh.html", "zh"),
        ("text_hi.txt", "hi"),
        ("feed_ru.rss", "ru"),
        ("page_latin1_es.html", "es"),
        ("page_de.html", "de"),
        ("feed_latin1_pt.xml", "pt"),
        ("page_zwnj_fa.html", "fa"),
        ("page_undeclared_cp1256_ar.html", "ar"),
        ("page_published_and_modified.html", "en"),
    ],
)
def test_languages_labelled_as_what_they_are(name, lang):
    for doc in read(name):
        assert analysed(doc, ("extract", "clean", "langid")).lang == lang


def test_a_language_rasad_does_not_analyse_is_kept_searchable_and_skipped(seed_text):
    (doc,) = read("page_de.html")
    done = build_pipeline(Settings(stories=False))(doc)
    assert not done.rejected and done.lang == "de"
    assert (done.entities, done.dates, done.numbers, done.quotes) == ([], [], [], [])
    assert "windräder" in document_terms(done).split()
    arabic = build_pipeline(Settings(stories=False))(Document("s", "s", raw_text=seed_text("001")))
    assert arabic.lang == "ar" and arabic.entities and arabic.dates


def test_truncated_feed_reported_and_the_cut_entry_rejected():
    docs = read("feed_truncated.rss")
    assert [bool(d.rejected) for d in docs] == [False, False, False, True, True]
    assert "cut off" in docs[3].rejected
    assert docs[4].rejected.startswith("feed truncated after 3 entries")


def test_warc_resource_record_holding_html_is_read():
    docs = read("archive_resource.warc")
    assert [d.url for d in docs] == [
        "https://transport.example/news/buses",
        "https://city.example/bridge",
    ]
    assert not any(d.rejected for d in docs)
    assert docs[0].identity == docs[0].url


def test_a_page_whose_only_text_is_a_caption_is_not_an_article():
    (doc,) = read("page_caption_only.html")
    assert analysed(doc).rejected.startswith("not an article")
    # the same picture in an article, and a short article without a picture, are articles
    article = doc.html.replace("</figure>", "</figure><p>The roof fell in at night.</p>")
    assert not analysed(Document("a", "a", html=article)).rejected
    short = "<html><body><article><p>اجتمع الوزراء في بغداد اليوم.</p></article></body></html>"
    assert not analysed(Document("s", "s", html=short)).rejected


def test_published_date_wins_over_modified():
    (page,) = read("page_published_and_modified.html")
    assert analysed(page).published["value"] == "2021-03-01"
    (entry,) = read("feed_dc_date_and_modified.rss")
    assert entry.metadata_date.startswith("2021-03-01")


def test_visible_dateline_dates_a_page_without_metadata():
    (doc,) = read("page_dateline_ar.html")
    done = analysed(doc)
    assert done.published["value"] == "2013-08-28"


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("page_comment_policy_ar.html", "الآراء الواردة أدناه"),
        ("page_signoff_fa.html", "انتهای پیام/"),
    ],
)
def test_comment_policy_lines_and_sign_offs_removed(name, line):
    (doc,) = read(name)
    done = analysed(doc)
    assert line not in done.text and any(line in r for r in done.removed)


def test_every_fixture_has_its_manifest_case():
    names = {c["file"] for c in json.loads((FIXTURES / "manifest.json").read_text("utf-8"))}
    files = {p.name for p in FIXTURES.iterdir() if p.name not in {"manifest.json", "build.py"}}
    assert names == files


def test_eval_readers_loses_nothing():
    from rasad.eval.readers import evaluate_readers, format_readers_report

    result = evaluate_readers(FIXTURES)
    assert result["lost"] == 0 and result["problems"] == 0, format_readers_report(result)


def test_languages_rasad_does_not_analyse_are_found_by_search(tmp_path: Path):
    from rasad.analysis.search import SearchFilter

    store = SQLiteStore(tmp_path / "s.db")
    files = [FIXTURES / n for n in ("page_zh.html", "page_de.html", "feed_ru.rss")]
    settings = Settings(db=str(tmp_path / "s.db"), stories=False)
    assert ingest_paths(files, store, settings).added == 4
    for query, found in (("统计局", "page_zh"), ("Windräder", "page_de"), ("бизнеса", "feed_ru")):
        total, hits = store.search(query, SearchFilter())
        assert total == 1 and hits[0][0].id.startswith(found), query
    assert store.search("统计局", SearchFilter(lang="zh"))[0] == 1
    store.close()


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_format_characters_are_found_as_by_reading_every_character(seed_text, prefix):
    """Each distinct character asked once gives the stand-ins of reading every character."""
    import unicodedata

    from rasad.stages.extract import protect_format_chars, restore_format_chars

    html = f"<p>{seed_text(prefix)}</p><p>\u200cمی\u200cشود\ufeff \u202bx\u202c\u200d</p>"
    every = sorted({ch for ch in html if unicodedata.category(ch) == "Cf"} - {"\ufeff"})
    protected, back = protect_format_chars(html)
    assert sorted(back.values()) == every
    assert restore_format_chars(protected, back) == html
