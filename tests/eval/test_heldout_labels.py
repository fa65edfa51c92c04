"""The held-out quote and number labels (quotes_heldout.tsv, numbers_ar.tsv, heldout_articles.tsv;
see eval/labels/quotes_numbers_heldout.md): the files keep their documented form, and every span
is still where the labels say in the copy of the shared corpus (skipped when ../shared is absent)."""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import re
from collections import Counter
from pathlib import Path

import pytest

from rasad.eval.quotes import read_quote_labels
from rasad.eval.shared import corpus_articles

LABELS = Path(__file__).resolve().parents[2] / "eval" / "labels"
QUOTES = LABELS / "quotes_heldout.tsv"
NUMBERS = LABELS / "numbers_ar.tsv"
ARTICLES = LABELS / "heldout_articles.tsv"
EARLIER = ("claim_pairs.tsv", "quotes_ar_fa.tsv", "saudinewsnet_events.tsv", "time_ar_fa.tsv")
CORPORA = ("saudinewsnet_ar", "farsnews_fa", "bbc_news_en")
NUMBER = r"\d+(?:\.\d+)?"
VALUE = re.compile(rf"{NUMBER}(?:-{NUMBER})?")
ID = re.compile(r"(?:snn-2015-08-0\d-\d{5}|fars-\d{8,14}|bbc-[a-z]+-\d{3})")


def read_tsv(path: Path) -> list[dict[str, str]]:
    lines = [line for line in path.read_text("utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:10]


@pytest.fixture(scope="module")
def quotes():
    if not QUOTES.exists():
        pytest.skip("eval/labels not in this checkout")
    return read_quote_labels(QUOTES)


@pytest.fixture(scope="module")
def numbers():
    if not NUMBERS.exists():
        pytest.skip("eval/labels not in this checkout")
    return read_tsv(NUMBERS)


@pytest.fixture(scope="module")
def articles():
    if not ARTICLES.exists():
        pytest.skip("eval/labels not in this checkout")
    return read_tsv(ARTICLES)


def test_quote_labels_are_well_formed(quotes):
    per_lang = Counter(q["lang"] for q in quotes)
    assert per_lang["ar"] >= 60 and per_lang["fa"] >= 80 and per_lang["en"] >= 40
    for q in quotes:
        assert 0 <= q["content_start"] < q["content_end"], q
        assert q["cue_start"] < q["cue_end"] and q["cue"], q
        assert (q["speaker_start"] is None) == (q["speaker_text"] == ""), q
        assert q["speaker"] and q["speaker_canonical"].isascii(), q
        assert re.fullmatch(r"[0-9a-f]{10}", q["content_sha1"]), q
    assert len({(q["article"], q["content_start"]) for q in quotes}) == len(quotes)


def test_number_labels_are_well_formed(numbers):
    assert len(numbers) >= 100
    assert Counter(n["casualty"] for n in numbers)["killed"] >= 10
    for n in numbers:
        assert n["article"].startswith("snn-") and int(n["start"]) < int(n["end"]), n
        assert VALUE.fullmatch(n["value"]), n
        assert n["form"] in {"digits", "words", "mixed", "dual"}, n
        assert n["approx"] in {"yes", "no"} and n["casualty"] in {"", "killed", "injured"}, n
        assert n["noun_en"], n
        assert bool(n["noun_start"]) == bool(n["noun"]), n
    assert len({(n["article"], n["start"]) for n in numbers}) == len(numbers)


def test_article_list_matches_the_rows(articles, quotes, numbers):
    assert Counter((a["lang"], a["group"]) for a in articles) == {
        ("ar", "random"): 30,
        ("ar", "casualty"): 5,
        ("fa", "random"): 20,
        ("en", "random"): 10,
    }
    per_quote, per_number = (
        Counter(q["article"] for q in quotes),
        Counter(n["article"] for n in numbers),
    )
    assert set(per_quote) <= {a["article"] for a in articles}
    for a in articles:
        assert int(a["quotes"]) == per_quote[a["article"]], a
        assert a["numbers"] == (str(per_number[a["article"]]) if a["lang"] == "ar" else ""), a


def test_held_out_articles_are_new(articles):
    earlier = set()
    for name in EARLIER:
        earlier |= set(ID.findall((LABELS / name).read_text("utf-8")))
    assert not earlier & {a["article"] for a in articles}


def test_every_span_is_still_at_its_offsets(shared, quotes, numbers):
    ids = {q["article"] for q in quotes} | {n["article"] for n in numbers}
    texts = {i: a["text"] for i, a in corpus_articles(shared, ids, CORPORA).items()}
    if not texts:
        pytest.skip("saudinewsnet_ar / farsnews_fa / bbc_news_en not present")
    assert set(texts) == ids
    for q in quotes:
        text = texts[q["article"]]
        content = text[q["content_start"] : q["content_end"]]
        assert content == content.strip() and len(content.split()) >= 2, q
        assert sha1(content) == q["content_sha1"], q
        assert text[q["cue_start"] : q["cue_end"]] == q["cue"], q
        if q["speaker_start"] is not None:
            assert text[q["speaker_start"] : q["speaker_end"]] == q["speaker_text"], q
    for n in numbers:
        text = texts[n["article"]]
        span = text[int(n["start"]) : int(n["end"])]
        assert span == n["span"] == span.strip() and sha1(span) == n["sha1"], n
        if n["noun"]:
            assert text[int(n["noun_start"]) : int(n["noun_end"])] == n["noun"], n


def test_selection_is_reproducible(shared, articles):
    path = LABELS / "choose_heldout_articles.py"
    spec = importlib.util.spec_from_file_location("choose_heldout_articles", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not all((shared / "corpus" / folder).exists() for folder in CORPORA):
        pytest.skip("saudinewsnet_ar / farsnews_fa / bbc_news_en not present")
    for lang in ("ar", "fa", "en"):
        chosen = [a["article"] for a in articles if (a["lang"], a["group"]) == (lang, "random")]
        assert module.choose(shared, lang) == chosen
    casualty = [a["article"] for a in articles if a["group"] == "casualty"]
    assert module.choose_casualty(shared) == casualty


DEV_SETS = [
    (LABELS / "quotes_dev.tsv", LABELS / "quotes_dev_articles.tsv"),
    (LABELS / "quotes_dev33.tsv", LABELS / "quotes_dev33_articles.tsv"),
    (LABELS / "quotes_dev35.tsv", LABELS / "quotes_dev35_articles.tsv"),
    (LABELS / "quotes_dev36.tsv", LABELS / "quotes_dev36_articles.tsv"),
    (LABELS / "quotes_dev37.tsv", LABELS / "quotes_dev37_articles.tsv"),
    (LABELS / "quotes_dev39.tsv", LABELS / "quotes_dev39_articles.tsv"),
    (LABELS / "quotes_dev40.tsv", LABELS / "quotes_dev40_articles.tsv"),
    (LABELS / "quotes_dev41.tsv", LABELS / "quotes_dev41_articles.tsv"),
    (LABELS / "quotes_dev42.tsv", LABELS / "quotes_dev42_articles.tsv"),
    (LABELS / "quotes_dev42b.tsv", LABELS / "quotes_dev42b_articles.tsv"),
    (LABELS / "quotes_dev43.tsv", LABELS / "quotes_dev43_articles.tsv"),
    (LABELS / "quotes_dev43b.tsv", LABELS / "quotes_dev43b_articles.tsv"),
    (LABELS / "quotes_dev43c.tsv", LABELS / "quotes_dev43c_articles.tsv"),
    (LABELS / "quotes_dev44.tsv", LABELS / "quotes_dev44_articles.tsv"),
    (LABELS / "quotes_dev44b.tsv", LABELS / "quotes_dev44b_articles.tsv"),
    (LABELS / "quotes_dev44c.tsv", LABELS / "quotes_dev44c_articles.tsv"),
    (LABELS / "quotes_dev44d.tsv", LABELS / "quotes_dev44d_articles.tsv"),
    (LABELS / "quotes_dev45d.tsv", LABELS / "quotes_dev45d_articles.tsv"),
    (LABELS / "quotes_dev45.tsv", LABELS / "quotes_dev45_articles.tsv"),
    (LABELS / "quotes_dev45c.tsv", LABELS / "quotes_dev45c_articles.tsv"),
    (LABELS / "quotes_dev46.tsv", LABELS / "quotes_dev46_articles.tsv"),
    (LABELS / "quotes_dev46b.tsv", LABELS / "quotes_dev46b_articles.tsv"),
    (LABELS / "quotes_dev47b.tsv", LABELS / "quotes_dev47b_articles.tsv"),
    (LABELS / "quotes_dev47d.tsv", LABELS / "quotes_dev47d_articles.tsv"),
    (LABELS / "quotes_dev47c.tsv", LABELS / "quotes_dev47c_articles.tsv"),
    (LABELS / "quotes_dev48.tsv", LABELS / "quotes_dev48_articles.tsv"),
    (LABELS / "quotes_dev49.tsv", LABELS / "quotes_dev49_articles.tsv"),
    (LABELS / "quotes_dev49b.tsv", LABELS / "quotes_dev49b_articles.tsv"),
    (LABELS / "quotes_dev50fa.tsv", LABELS / "quotes_dev50fa_articles.tsv"),
    (LABELS / "quotes_dev50ar.tsv", LABELS / "quotes_dev50ar_articles.tsv"),
    (LABELS / "quotes_dev50en.tsv", LABELS / "quotes_dev50en_articles.tsv"),
    (LABELS / "quotes_dev51fa.tsv", LABELS / "quotes_dev51fa_articles.tsv"),
    (LABELS / "quotes_dev51ar.tsv", LABELS / "quotes_dev51ar_articles.tsv"),
    (LABELS / "quotes_dev53fa.tsv", LABELS / "quotes_dev53fa_articles.tsv"),
    (LABELS / "quotes_dev53ar.tsv", LABELS / "quotes_dev53ar_articles.tsv"),
    (LABELS / "quotes_dev56fa.tsv", LABELS / "quotes_dev56fa_articles.tsv"),
    (LABELS / "quotes_dev56ar.tsv", LABELS / "quotes_dev56ar_articles.tsv"),
    (LABELS / "quotes_dev58ar.tsv", LABELS / "quotes_dev58ar_articles.tsv"),
    (LABELS / "quotes_dev58fa.tsv", LABELS / "quotes_dev58fa_articles.tsv"),
    (LABELS / "quotes_dev60ar.tsv", LABELS / "quotes_dev60ar_articles.tsv"),
    (LABELS / "quotes_dev60fa.tsv", LABELS / "quotes_dev60fa_articles.tsv"),
    (LABELS / "quotes_dev62ar.tsv", LABELS / "quotes_dev62ar_articles.tsv"),
    (LABELS / "quotes_dev63fa.tsv", LABELS / "quotes_dev63fa_articles.tsv"),
    (LABELS / "quotes_dev64fa.tsv", LABELS / "quotes_dev64fa_articles.tsv"),
    (LABELS / "quotes_dev64ar.tsv", LABELS / "quotes_dev64ar_articles.tsv"),
    (LABELS / "quotes_dev66fa.tsv", LABELS / "quotes_dev66fa_articles.tsv"),
    (LABELS / "quotes_dev66ar.tsv", LABELS / "quotes_dev66ar_articles.tsv"),
    (LABELS / "quotes_dev68fa.tsv", LABELS / "quotes_dev68fa_articles.tsv"),
    (LABELS / "quotes_dev68en.tsv", LABELS / "quotes_dev68en_articles.tsv"),
    (LABELS / "quotes_dev68ar.tsv", LABELS / "quotes_dev68ar_articles.tsv"),
    (LABELS / "quotes_dev70fa.tsv", LABELS / "quotes_dev70fa_articles.tsv"),
    (LABELS / "quotes_dev72fa.tsv", LABELS / "quotes_dev72fa_articles.tsv"),
    (LABELS / "quotes_dev70ar.tsv", LABELS / "quotes_dev70ar_articles.tsv"),
    (LABELS / "quotes_dev70en.tsv", LABELS / "quotes_dev70en_articles.tsv"),
    (LABELS / "quotes_dev72ar.tsv", LABELS / "quotes_dev72ar_articles.tsv"),
    (LABELS / "quotes_dev74fa.tsv", LABELS / "quotes_dev74fa_articles.tsv"),
    (LABELS / "quotes_dev74ar.tsv", LABELS / "quotes_dev74ar_articles.tsv"),
    (LABELS / "quotes_dev76fa.tsv", LABELS / "quotes_dev76fa_articles.tsv"),
    (LABELS / "quotes_dev76ar.tsv", LABELS / "quotes_dev76ar_articles.tsv"),
    (LABELS / "quotes_dev78fa.tsv", LABELS / "quotes_dev78fa_articles.tsv"),
    (LABELS / "quotes_dev78ar.tsv", LABELS / "quotes_dev78ar_articles.tsv"),
    (LABELS / "quotes_dev80fa.tsv", LABELS / "quotes_dev80fa_articles.tsv"),
    (LABELS / "quotes_dev80ar.tsv", LABELS / "quotes_dev80ar_articles.tsv"),
    (LABELS / "quotes_dev82ar.tsv", LABELS / "quotes_dev82ar_articles.tsv"),
    (LABELS / "quotes_dev82fa.tsv", LABELS / "quotes_dev82fa_articles.tsv"),
    (LABELS / "quotes_dev84ar.tsv", LABELS / "quotes_dev84ar_articles.tsv"),
    (LABELS / "quotes_dev84fa.tsv", LABELS / "quotes_dev84fa_articles.tsv"),
]


@pytest.mark.parametrize(
    "dev_quotes, dev_articles",
    DEV_SETS,
    ids=[
        "dev",
        "dev33",
        "dev35",
        "dev36",
        "dev37",
        "dev39",
        "dev40",
        "dev41",
        "dev42",
        "dev42b",
        "dev43",
        "dev43b",
        "dev43c",
        "dev44",
        "dev44b",
        "dev44c",
        "dev44d",
        "dev45d",
        "dev45",
        "dev45c",
        "dev46",
        "dev46b",
        "dev47b",
        "dev47d",
        "dev47c",
        "dev48",
        "dev49",
        "dev49b",
        "dev50fa",
        "dev50ar",
        "dev50en",
        "dev51fa",
        "dev51ar",
        "dev53fa",
        "dev53ar",
        "dev56fa",
        "dev56ar",
        "dev58ar",
        "dev58fa",
        "dev60ar",
        "dev60fa",
        "dev62ar",
        "dev63fa",
        "dev64fa",
        "dev64ar",
        "dev66fa",
        "dev66ar",
        "dev68fa",
        "dev68en",
        "dev68ar",
        "dev70fa",
        "dev72fa",
        "dev70ar",
        "dev70en",
        "dev72ar",
        "dev74fa",
        "dev74ar",
        "dev76fa",
        "dev76ar",
        "dev78fa",
        "dev78ar",
        "dev80fa",
        "dev80ar",
        "dev82ar",
        "dev82fa",
        "dev84ar",
        "dev84fa",
    ],
)
def test_dev_quote_spans_match_the_corpus(shared, dev_quotes, dev_articles):
    """quotes_dev.tsv, quotes_dev33.tsv … quotes_dev37.tsv and quotes_dev39 … 43.tsv (issue 21's
    development sets): every span and hash is still where the labels say, the
    articles list counts them, and no development article is a held-out one."""
    if not dev_quotes.exists():
        pytest.skip("eval/labels not in this checkout")
    rows = read_quote_labels(dev_quotes)
    listed = read_tsv(dev_articles)
    assert not {a["article"] for a in listed} & {a["article"] for a in read_tsv(ARTICLES)}
    assert Counter(r["article"] for r in rows) == Counter(
        {a["article"]: int(a["quotes"]) for a in listed if int(a["quotes"])}
    )
    texts = {
        i: a["text"]
        for i, a in corpus_articles(
            shared, {a["article"] for a in listed}, [*CORPORA, "ntrex_ar_fa_en"]
        ).items()
    }
    if not texts:
        pytest.skip("shared corpora not present")
    for r in rows:
        text = texts[r["article"]]
        assert sha1(text[r["content_start"] : r["content_end"]]) == r["content_sha1"], r
        assert text[r["cue_start"] : r["cue_end"]] == r["cue"], r
        if r["speaker_start"] is not None:
            assert text[r["speaker_start"] : r["speaker_end"]] == r["speaker_text"], r


DEV_NUMBERS = LABELS / "numbers_dev.tsv"
DEV_NUMBER_ARTICLES = LABELS / "numbers_dev_articles.tsv"


def test_dev_number_labels_match_the_corpus(shared, articles):
    """numbers_dev.tsv (issue 21 point 5's development set): the documented form, every span and
    hash still where the labels say, the article list counts them, the selection script picks the
    same articles, and no development article is a held-out one."""
    if not DEV_NUMBERS.exists():
        pytest.skip("eval/labels not in this checkout")
    rows, listed = read_tsv(DEV_NUMBERS), read_tsv(DEV_NUMBER_ARTICLES)
    assert len(rows) >= 100 and len(listed) >= 25
    test_number_labels_are_well_formed(rows)
    assert not {a["article"] for a in listed} & {a["article"] for a in articles}
    assert Counter(r["article"] for r in rows) == Counter(
        {a["article"]: int(a["numbers"]) for a in listed if int(a["numbers"])}
    )
    texts = {
        i: a["text"] for i, a in corpus_articles(shared, {a["article"] for a in listed}).items()
    }
    if not texts:
        pytest.skip("saudinewsnet_ar not present")
    for n in rows:
        text = texts[n["article"]]
        span = text[int(n["start"]) : int(n["end"])]
        assert span == n["span"] == span.strip() and sha1(span) == n["sha1"], n
        if n["noun"]:
            assert text[int(n["noun_start"]) : int(n["noun_end"])] == n["noun"], n
    path = LABELS / "choose_numbers_dev_articles.py"
    spec = importlib.util.spec_from_file_location("choose_numbers_dev_articles", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    chosen = module.choose(shared)
    for group in ("random", "casualty"):
        assert chosen[group] == [a["article"] for a in listed if a["group"] == group]


@pytest.mark.parametrize(
    "round_, langs",
    [
        ("33", ("ar", "fa", "en")),
        ("35", ("ar", "fa")),
        ("36", ("ar", "fa")),
        ("39", ("ar", "fa")),
        ("40", ("ar", "fa")),
        ("41", ("ar", "fa")),
    ],
)
def test_quote_dev_selection_is_reproducible(shared, round_, langs):
    """choose_quote_devNN_articles.py still picks the articles of quotes_devNN_articles.tsv."""
    name = f"choose_quote_dev{round_}_articles"
    spec = importlib.util.spec_from_file_location(name, LABELS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not all((shared / "corpus" / folder).exists() for folder in CORPORA):
        pytest.skip("saudinewsnet_ar / farsnews_fa / bbc_news_en not present")
    listed = read_tsv(LABELS / f"quotes_dev{round_}_articles.tsv")
    choose = getattr(module, f"choose_dev{round_}")
    for lang in langs:
        assert choose(shared, lang) == [a["article"] for a in listed if a["lang"] == lang]


def test_quote_dev50en_is_its_documented_draw_outside_every_other_quote_set(shared):
    """quotes_dev50en (session 50): choose_quote_dev50en_articles.py still picks its articles, and
    no other quotes set (development or held-out) holds one of them."""
    listed = [a["article"] for a in read_tsv(LABELS / "quotes_dev50en_articles.tsv")]
    others = {
        i
        for path in LABELS.glob("quotes_*.tsv")
        if "dev50en" not in path.name
        for i in ID.findall(path.read_text("utf-8"))
    }
    assert not set(listed) & others
    if not (shared / "corpus" / "bbc_news_en").exists():
        pytest.skip("bbc_news_en not present")
    name = "choose_quote_dev50en_articles"
    spec = importlib.util.spec_from_file_location(name, LABELS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.unused50en(shared)[: module.COUNT] == listed


def documented_draw(round_: str) -> list[str]:
    """The articles quotes_dev{round_}_articles.tsv lists, asserted to be in no other quotes set
    (development or held-out)."""
    listed = [a["article"] for a in read_tsv(LABELS / f"quotes_dev{round_}_articles.tsv")]
    others = "".join(
        path.read_text("utf-8")
        for path in LABELS.glob("quotes_*.tsv")
        if f"dev{round_}" not in path.name
    )
    assert not any(i in others for i in listed)
    return listed


def quote_chooser(round_: str):
    """The module choose_quote_dev{round_}_articles.py, loaded from eval/labels."""
    name = f"choose_quote_dev{round_}_articles"
    spec = importlib.util.spec_from_file_location(name, LABELS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "round_, corpus, chosen",
    [
        ("68en", "bbc_news_en", lambda module, shared: module.choose68en(shared)[0]),
        ("70en", "bbc_news_en", lambda module, shared: module.choose70en(shared)[0]),
        ("84fa", "farsnews_fa", lambda module, shared: module.choose_dev84fa(shared)),
    ],
)
def test_quote_dev_set_is_its_documented_draw_outside_every_other_quote_set(
    shared, round_, corpus, chosen
):
    """quotes_dev68en (session 68), dev70en (session 70), dev84fa (session 67): their chooser
    still picks their articles, and no other quotes set (development or held-out) holds one."""
    listed = documented_draw(round_)
    if not (shared / "corpus" / corpus).exists():
        pytest.skip(f"{corpus} not present")
    assert chosen(quote_chooser(round_), shared) == listed
