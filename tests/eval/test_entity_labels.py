"""Our hand-annotated entity mentions (eval/labels/entities_ar_fa_en.tsv): the rows are well
formed, every span is still at its offsets in the shared corpora, and the articles are the ones
eval/labels/choose_entity_articles.py picks."""

from __future__ import annotations

import csv
import hashlib
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from rasad.eval.shared import corpus_articles

LABELS = Path(__file__).resolve().parents[2] / "eval" / "labels"
FILE = LABELS / "entities_ar_fa_en.tsv"
DEV = LABELS / "entities_dev.tsv"  # the development set: 15 Arabic and 10 English articles
DEV34 = LABELS / "entities_dev34.tsv"  # a second one: 15 Arabic articles, one without a name
DEV35 = LABELS / "entities_dev35.tsv"  # a third one: 20 Arabic and 15 English articles
DEV36 = LABELS / "entities_dev36.tsv"  # a fourth one: 20 Arabic (organizations) and 10 English
DEV37 = LABELS / "entities_dev37.tsv"  # a fifth one: 15 Arabic (organizations), 15 English
DEV39 = LABELS / "entities_dev39.tsv"  # a sixth one: 20 Arabic (organizations, five topics)
DEV40 = LABELS / "entities_dev40.tsv"  # a seventh one: 20 Arabic (five news sections)
DEV45 = LABELS / "entities_dev45.tsv"  # the first Persian one: 16 Fars News articles
DEV46FA = LABELS / "entities_dev46fa.tsv"  # a second Persian one: 15 Fars News, 5 ntrex
DEV46 = LABELS / "entities_dev46.tsv"  # an eighth Arabic one: 18 articles with quoted roles
DEV47 = LABELS / "entities_dev47.tsv"  # a ninth Arabic one: 15 articles with long names
DEV47FA = LABELS / "entities_dev47fa.tsv"  # a third Persian one: 15 Fars News articles
DEV48FA = LABELS / "entities_dev48fa.tsv"  # a fourth Persian one: 20 Fars News, by section
DEV48 = LABELS / "entities_dev48.tsv"  # a tenth Arabic one: 22 articles with multi-part names
DEV49EN = LABELS / "entities_dev49en.tsv"  # a sixth English one: 22 BBC articles drawn at random
DEV49 = LABELS / "entities_dev49.tsv"  # drawn at random: 12 Arabic and 10 Persian articles
DEV50CLUBS = LABELS / "entities_dev50clubs.tsv"  # at random: 20 Arabic (10 sports), 5 Persian
NAMELESS34 = {"snn-2015-08-04-01238"}  # an opinion piece of entities_dev34 that names no one
COLUMNS = ["article", "lang", "start", "end", "sha1", "type", "span", "canonical"]
COLUMNS += ["country_for_norp"]
TYPES = {"PER", "ORG", "GPE", "LOC", "NORP"}
PREFIX = {"ar": ("snn-",), "fa": ("fars-", "ntrex-fa-"), "en": ("bbc-",)}


def read_rows(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        pytest.skip("eval/labels not in this checkout")
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        assert reader.fieldnames == COLUMNS
        return list(reader)


@pytest.fixture(
    scope="module",
    params=[
        FILE,
        DEV,
        DEV34,
        DEV35,
        DEV36,
        DEV37,
        DEV39,
        DEV40,
        DEV45,
        DEV46FA,
        DEV46,
        DEV47,
        DEV47FA,
        DEV48FA,
        DEV48,
        DEV49EN,
        DEV49,
        DEV50CLUBS,
    ],
    ids=[
        "heldout",
        "dev",
        "dev34",
        "dev35",
        "dev36",
        "dev37",
        "dev39",
        "dev40",
        "dev45",
        "dev46fa",
        "dev46",
        "dev47",
        "dev47fa",
        "dev48fa",
        "dev48",
        "dev49en",
        "dev49",
        "dev50clubs",
    ],
)
def labelled(request) -> tuple[Path, list[dict[str, str]]]:
    return request.param, read_rows(request.param)


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    return read_rows(FILE)


def test_rows_are_well_formed(labelled):
    path, rows = labelled
    least = {FILE: {"ar": 30, "fa": 30, "en": 20}, DEV: {"ar": 15, "en": 10}}
    least = least | {DEV35: {"ar": 20, "en": 15}, DEV36: {"ar": 20, "en": 10}}
    least = least | {DEV37: {"ar": 15, "en": 15}, DEV39: {"ar": 20}, DEV40: {"ar": 20}}
    least = least | {DEV45: {"fa": 16}, DEV46FA: {"fa": 20}, DEV46: {"ar": 18}}
    least = least | {DEV47: {"ar": 15}}
    least = least | {DEV47FA: {"fa": 15}, DEV48FA: {"fa": 20}}
    least = least | {DEV47FA: {"fa": 15}, DEV48: {"ar": 22}, DEV49EN: {"en": 22}}
    least = least | {DEV49: {"ar": 12, "fa": 10}, DEV50CLUBS: {"ar": 20, "fa": 5}}
    least = least.get(path, {"ar": 14})
    for lang, n in least.items():
        assert len({r["article"] for r in rows if r["lang"] == lang}) >= n
    seen: dict[str, int] = {}
    for r in rows:
        start, end = int(r["start"]), int(r["end"])
        assert r["article"].startswith(PREFIX[r["lang"]]), r
        assert r["type"] in TYPES and r["span"] and r["canonical"], r
        assert bool(r["country_for_norp"]) == (r["type"] == "NORP"), r
        assert 0 <= start < end and end - start == len(r["span"]), r
        assert r["sha1"] == hashlib.sha1(r["span"].encode("utf-8")).hexdigest()[:10], r
        # sorted by offset within an article, never overlapping
        assert start >= seen.get(r["article"], 0), r
        seen[r["article"]] = end


def test_every_span_is_still_at_its_offsets(labelled, shared):
    _, rows = labelled
    articles = corpus_articles(shared, {r["article"] for r in rows})
    assert set(articles) == {r["article"] for r in rows}
    for r in rows:
        text = articles[r["article"]]["text"]
        span = text[int(r["start"]) : int(r["end"])]
        assert span == r["span"] and span == span.strip(), r


def chooser(path: Path) -> ModuleType:
    """A chooser script of eval/labels, loaded as a module."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_articles_are_the_documented_choice(rows, shared):
    choose = chooser(LABELS / "choose_entity_articles.py")
    for lang in ("ar", "fa", "en"):
        chosen = set(choose.choose(shared, lang))
        assert chosen == {r["article"] for r in rows if r["lang"] == lang}


def test_the_dev_articles_are_the_documented_choice_and_not_held_out(rows, shared):
    dev = read_rows(DEV)
    choose = chooser(LABELS / "choose_entity_dev_articles.py")
    for lang in ("ar", "en"):
        assert set(choose.choose(shared, lang)) == {r["article"] for r in dev if r["lang"] == lang}
    assert not {r["article"] for r in dev} & {r["article"] for r in rows}


def test_the_dev34_articles_are_the_documented_choice_and_in_no_other_set(rows, shared):
    dev34 = read_rows(DEV34)
    choose = chooser(LABELS / "choose_entity_dev34_articles.py")
    assert set(choose.choose(shared, "ar")) == {r["article"] for r in dev34} | NAMELESS34
    assert not {r["article"] for r in dev34} & {r["article"] for r in rows + read_rows(DEV)}


@pytest.mark.parametrize("round_", ["35", "36", "37"])
def test_the_later_dev_articles_are_the_documented_choice_and_in_no_other_set(rows, shared, round_):
    sets = {"35": DEV35, "36": DEV36, "37": DEV37}
    chosen_set = read_rows(sets[round_])
    choose = chooser(LABELS / f"choose_entity_dev{round_}_articles.py")
    for lang in ("ar", "en"):
        chosen = set(choose.choose(shared, lang))
        assert chosen == {r["article"] for r in chosen_set if r["lang"] == lang}
    others = rows + read_rows(DEV) + read_rows(DEV34)
    if round_ in ("36", "37"):
        others += read_rows(DEV35)
    if round_ == "37":
        others += read_rows(DEV36)
    assert not {r["article"] for r in chosen_set} & {r["article"] for r in others}


def test_the_dev39_articles_are_the_documented_choice_and_in_no_other_set(rows, shared):
    dev39 = read_rows(DEV39)
    choose = chooser(LABELS / "choose_entity_dev39_articles.py")
    assert choose.choose(shared) and set(choose.choose(shared)) == {r["article"] for r in dev39}
    others = rows + [r for dev in (DEV, DEV34, DEV35, DEV36, DEV37) for r in read_rows(dev)]
    assert not {r["article"] for r in dev39} & {r["article"] for r in others}


def test_the_dev40_articles_are_the_documented_choice_and_in_no_other_set(rows, shared):
    dev40 = read_rows(DEV40)
    choose = chooser(LABELS / "choose_entity_dev40_articles.py")
    assert choose.choose(shared) and set(choose.choose(shared)) == {r["article"] for r in dev40}
    earlier = (DEV, DEV34, DEV35, DEV36, DEV37, DEV39)
    others = rows + [r for dev in earlier for r in read_rows(dev)]
    assert not {r["article"] for r in dev40} & {r["article"] for r in others}


def test_the_dev45_articles_are_the_documented_choice_and_in_no_other_set(rows, shared):
    dev45 = read_rows(DEV45)
    choose = chooser(LABELS / "choose_entity_dev45_articles.py")
    assert set(choose.choose_dev45(shared)) == {r["article"] for r in dev45}
    others = rows + [
        r for dev in (DEV, DEV34, DEV35, DEV36, DEV37, DEV39, DEV40) for r in read_rows(dev)
    ]
    assert not {r["article"] for r in dev45} & {r["article"] for r in others}


def test_the_dev46fa_articles_are_the_documented_choice_and_in_no_other_set(rows, shared):
    dev46fa = read_rows(DEV46FA)
    choose = chooser(LABELS / "choose_entity_dev46fa_articles.py")
    assert set(choose.choose_dev46fa(shared)) == {r["article"] for r in dev46fa}
    earlier = (DEV, DEV34, DEV35, DEV36, DEV37, DEV39, DEV40, DEV45)
    others = rows + [r for dev in earlier for r in read_rows(dev)]
    assert not {r["article"] for r in dev46fa} & {r["article"] for r in others}


def test_the_dev46_articles_are_the_documented_choice_and_in_no_other_set(rows, shared):
    dev46 = read_rows(DEV46)
    choose = chooser(LABELS / "choose_entity_dev46_articles.py")
    assert set(choose.choose_dev46(shared)) == {r["article"] for r in dev46}
    earlier = (DEV, DEV34, DEV35, DEV36, DEV37, DEV39, DEV40, DEV45)
    others = rows + [r for dev in earlier for r in read_rows(dev)]
    assert not {r["article"] for r in dev46} & {r["article"] for r in others}


def test_the_dev47_articles_are_the_documented_choice_and_in_no_other_set(rows, shared):
    dev47 = read_rows(DEV47)
    choose = chooser(LABELS / "choose_entity_dev47_articles.py")
    assert set(choose.choose_dev47(shared)) == {r["article"] for r in dev47}
    earlier = (DEV, DEV34, DEV35, DEV36, DEV37, DEV39, DEV40, DEV45, DEV46FA, DEV46)
    others = rows + [r for dev in earlier for r in read_rows(dev)]
    assert not {r["article"] for r in dev47} & {r["article"] for r in others}


def test_the_dev47fa_articles_are_the_documented_choice_and_in_no_other_set(rows, shared):
    dev47fa = read_rows(DEV47FA)
    choose = chooser(LABELS / "choose_entity_dev47fa_articles.py")
    assert set(choose.choose_dev47fa(shared)) == {r["article"] for r in dev47fa}
    earlier = (DEV, DEV34, DEV35, DEV36, DEV37, DEV39, DEV40, DEV45, DEV46FA, DEV46)
    others = rows + [r for dev in earlier for r in read_rows(dev)]
    assert not {r["article"] for r in dev47fa} & {r["article"] for r in others}


def test_the_dev48fa_articles_are_the_documented_choice_and_in_no_other_set(rows, shared):
    dev48fa = read_rows(DEV48FA)
    choose = chooser(LABELS / "choose_entity_dev48fa_articles.py")
    assert set(choose.choose_dev48fa(shared)) == {r["article"] for r in dev48fa}
    earlier = (DEV, DEV34, DEV35, DEV36, DEV37, DEV39, DEV40, DEV45, DEV46FA, DEV46, DEV47, DEV47FA)
    others = rows + [r for dev in earlier for r in read_rows(dev)]
    assert not {r["article"] for r in dev48fa} & {r["article"] for r in others}


def test_the_dev48_articles_are_the_documented_choice_and_in_no_other_set(rows, shared):
    dev48 = read_rows(DEV48)
    choose = chooser(LABELS / "choose_entity_dev48_articles.py")
    assert set(choose.choose_dev48(shared)) == {r["article"] for r in dev48}
    earlier = (DEV, DEV34, DEV35, DEV36, DEV37, DEV39, DEV40, DEV45, DEV46FA, DEV46, DEV47)
    others = rows + [r for dev in earlier + (DEV47FA,) for r in read_rows(dev)]
    assert not {r["article"] for r in dev48} & {r["article"] for r in others}


def test_the_dev49en_articles_are_the_documented_choice_and_in_no_other_set(rows, shared):
    dev49en = read_rows(DEV49EN)
    choose = chooser(LABELS / "choose_entity_dev49en_articles.py")
    assert set(choose.choose_dev49(shared)) == {r["article"] for r in dev49en}
    earlier = (DEV, DEV34, DEV35, DEV36, DEV37, DEV39, DEV40, DEV45, DEV46FA, DEV46, DEV47)
    others = rows + [r for dev in earlier + (DEV47FA, DEV48FA, DEV48) for r in read_rows(dev)]
    assert not {r["article"] for r in dev49en} & {r["article"] for r in others}


def test_the_dev49_articles_are_the_documented_choice_and_in_no_other_set(rows, shared):
    dev49 = read_rows(DEV49)
    choose = chooser(LABELS / "choose_entity_dev49_articles.py")
    assert set(choose.choose_dev49(shared)) == {r["article"] for r in dev49}
    earlier = (DEV, DEV34, DEV35, DEV36, DEV37, DEV39, DEV40, DEV45, DEV46FA, DEV46, DEV47)
    others = rows + [r for dev in earlier + (DEV47FA, DEV48FA, DEV48) for r in read_rows(dev)]
    assert not {r["article"] for r in dev49} & {r["article"] for r in others}


def test_the_dev50clubs_articles_are_the_documented_choice_and_in_no_other_set(rows, shared):
    dev50 = read_rows(DEV50CLUBS)
    choose = chooser(LABELS / "choose_entity_dev50clubs_articles.py")
    assert set(choose.choose_dev50clubs(shared)) == {r["article"] for r in dev50}
    earlier = (DEV, DEV34, DEV35, DEV36, DEV37, DEV39, DEV40, DEV45, DEV46FA, DEV46, DEV47)
    earlier += (DEV47FA, DEV48FA, DEV48, DEV49EN, DEV49)
    others = rows + [r for dev in earlier for r in read_rows(dev)]
    assert not {r["article"] for r in dev50} & {r["article"] for r in others}
