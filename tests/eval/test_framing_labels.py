"""Our annotated framing-term occurrences (eval/labels/framing_occurrences.tsv): well formed, and
every span and target still where the labels say in the shared corpora."""

from __future__ import annotations

import csv
import hashlib
import importlib.util
from collections import Counter
from pathlib import Path

import pytest

from rasad.eval.shared import corpus_articles

LABELS = Path(__file__).resolve().parents[2] / "eval" / "labels"
OCCURRENCES = LABELS / "framing_occurrences.tsv"
CATEGORIES = {
    "label",
    "martyrdom",
    "occupation",
    "regime",
    "resistance",
    "aggression",
    "euphemism",
    "legitimacy",
}


# Files an "outside every other set" test does not count: the lexicon and seeds, and the
# development sets that by design reuse articles earlier framing sets sampled (dev58, dev60,
# dev68fa, dev70ar, dev72, dev74ar, dev76fa, dev78ar, dev80fa, dev82ar, dev84fa: the unused-article pool
# holds no find; they label only occurrences no other file labels).
NOT_OTHERS = {
    "framing_terms.tsv",
    "framing_seeds.tsv",
    "framing_dev58.tsv",
    "framing_dev60.tsv",
    "framing_dev68fa.tsv",
    "framing_dev70ar.tsv",
    "framing_dev72.tsv",
    "framing_dev74ar.tsv",
    "framing_dev76fa.tsv",
    "framing_dev78ar.tsv",
    "framing_dev80fa.tsv",
    "framing_dev82ar.tsv",
    "framing_dev84fa.tsv",
}


def read_tsv(path: Path) -> list[dict[str, str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.fixture(scope="module")
def labels() -> list[dict[str, str]]:
    if not OCCURRENCES.exists():
        pytest.skip("eval/labels not in this checkout")
    return read_tsv(OCCURRENCES)


@pytest.fixture(scope="module")
def finder():
    """eval/labels/find_framing_candidates.py, the script that chose the occurrences."""
    spec = importlib.util.spec_from_file_location(
        "find_framing_candidates", LABELS / "find_framing_candidates.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def articles(labels, shared):
    return corpus_articles(shared, {r["article"] for r in labels})


def test_labels_are_well_formed(labels):
    per_lang = Counter(r["lang"] for r in labels)
    assert len(labels) >= 300 and min(per_lang[lang] for lang in ("ar", "fa", "en")) >= 80
    assert {r["field"] for r in labels} == {"title", "text"}
    assert len({(r["article"], r["field"], r["start"]) for r in labels}) == len(labels)
    for r in labels:
        assert 0 <= int(r["start"]) < int(r["end"]), r
        assert len(r["sha1"]) == 10 and int(r["sha1"], 16) >= 0, r
        assert r["framing"] in {"yes", "no"} and r["category"] in CATEGORIES, r
        assert r["voice"] in {"outlet", "quoted"} and r["sample"] in {"balanced", "natural"}, r
        assert bool(r["speaker"]) == (r["voice"] == "quoted"), r
        assert r["framing"] == "yes" or not (r["target"] or r["target_start"]), r
        assert bool(r["target_start"]) == bool(r["target_end"]), r
        assert not r["target_start"] or r["target"], r


def test_no_term_dominates_the_balanced_sample(labels, finder):
    balanced = Counter((r["lang"], r["term"]) for r in labels if r["sample"] == "balanced")
    assert max(balanced.values()) <= finder.PER_TERM
    per_article = Counter(r["article"] for r in labels if r["sample"] == "balanced")
    assert max(per_article.values()) <= finder.PER_ARTICLE


def test_every_term_is_a_searched_term(labels, finder):
    searched = {(t.lang, t.term) for t in finder.read_terms()}
    assert {(r["lang"], r["term"]) for r in labels} <= searched
    lexicon = {(t.lang, t.term) for t in finder.read_terms() if t.source == "lexicon"}
    assert len(lexicon) == 61


def test_every_span_is_still_at_its_offsets(labels, articles):
    assert {r["article"] for r in labels} <= set(articles)
    for r in labels:
        field = articles[r["article"]][r["field"]]
        span = field[int(r["start"]) : int(r["end"])]
        assert span and span == span.strip(), r
        assert hashlib.sha1(span.encode("utf-8")).hexdigest()[:10] == r["sha1"], r
        if r["target_start"]:
            target = field[int(r["target_start"]) : int(r["target_end"])]
            assert target and target == target.strip(), r


def test_the_finder_finds_every_labelled_occurrence(labels, articles, finder):
    terms = finder.read_terms()
    for r in labels:
        field = articles[r["article"]][r["field"]]
        found = finder.occurrences(field, [t for t in terms if t.lang == r["lang"]])
        assert (int(r["start"]), int(r["end"]), r["term"]) in {(s, e, t.term) for s, e, t in found}


DEV = LABELS / "framing_dev.tsv"


@pytest.fixture(scope="module")
def dev_labels() -> list[dict[str, str]]:
    if not DEV.exists():
        pytest.skip("eval/labels not in this checkout")
    return read_tsv(DEV)


def test_the_development_set_is_well_formed_and_outside_the_held_out_articles(dev_labels, labels):
    assert len(dev_labels) >= 100
    assert not {r["article"] for r in dev_labels} & {r["article"] for r in labels}
    for r in dev_labels:
        assert r["framing"] in {"yes", "no"} and r["category"] in CATEGORIES, r
        assert r["voice"] in {"outlet", "quoted"} and r["sample"] == "dev", r
        assert bool(r["speaker"]) == (r["voice"] == "quoted") or r["framing"] == "no", r
        assert r["framing"] == "yes" or not (r["target"] or r["target_start"]), r
        assert not r["target_start"] or r["target"], r


def test_every_development_span_is_still_at_its_offsets(dev_labels, shared):
    articles = corpus_articles(shared, {r["article"] for r in dev_labels})
    for r in dev_labels:
        field = articles[r["article"]][r["field"]]
        span = field[int(r["start"]) : int(r["end"])]
        assert hashlib.sha1(span.encode("utf-8")).hexdigest()[:10] == r["sha1"], r
        if r["target_start"]:
            assert field[int(r["target_start"]) : int(r["target_end"])].strip(), r


DEV2 = LABELS / "framing_dev2.tsv"


@pytest.fixture(scope="module")
def dev2_labels() -> list[dict[str, str]]:
    if not DEV2.exists():
        pytest.skip("eval/labels not in this checkout")
    return read_tsv(DEV2)


def test_the_second_development_set_is_well_formed_and_outside_the_other_sets(
    dev2_labels, dev_labels, labels
):
    assert sum(r["framing"] == "yes" for r in dev2_labels) >= 80
    others = {r["article"] for r in labels} | {r["article"] for r in dev_labels}
    assert not {r["article"] for r in dev2_labels} & others
    assert len({(r["article"], r["field"], r["start"]) for r in dev2_labels}) == len(dev2_labels)
    for r in dev2_labels:
        assert r["framing"] in {"yes", "no"} and r["category"] in CATEGORIES | {"sanitizing"}, r
        assert r["voice"] in {"outlet", "quoted"} and r["sample"] == "dev2", r
        assert bool(r["speaker"]) == (r["voice"] == "quoted"), r
        assert r["framing"] == "yes" or not (r["target"] or r["target_start"]), r
        assert bool(r["target_start"]) == bool(r["target_end"]), r
        assert not r["target_start"] or r["target"], r


def test_every_second_development_span_is_still_at_its_offsets(dev2_labels, shared):
    articles = corpus_articles(shared, {r["article"] for r in dev2_labels})
    for r in dev2_labels:
        field = articles[r["article"]][r["field"]]
        span = field[int(r["start"]) : int(r["end"])]
        assert hashlib.sha1(span.encode("utf-8")).hexdigest()[:10] == r["sha1"], r
        if r["target_start"]:
            assert field[int(r["target_start"]) : int(r["target_end"])].strip(), r


DEV41 = LABELS / "framing_dev41.tsv"


@pytest.fixture(scope="module")
def dev41_labels() -> list[dict[str, str]]:
    if not DEV41.exists():
        pytest.skip("eval/labels not in this checkout")
    return read_tsv(DEV41)


def test_the_fourth_development_set_is_well_formed_and_outside_every_other_set(dev41_labels):
    assert len(dev41_labels) >= 100 and sum(r["framing"] == "yes" for r in dev41_labels) >= 80
    others = set()
    for name in ("framing_occurrences", "framing_dev", "framing_dev2", "framing_dev35"):
        others |= {r["article"] for r in read_tsv(LABELS / f"{name}.tsv")}
    assert not {r["article"] for r in dev41_labels} & others
    assert len({r["article"] for r in dev41_labels}) == len(dev41_labels)  # one per article
    for r in dev41_labels:
        assert r["framing"] in {"yes", "no"} and r["category"] in CATEGORIES | {"sanitizing"}, r
        assert r["voice"] in {"outlet", "quoted"} and r["sample"] == "dev41", r
        assert bool(r["speaker"]) == (r["voice"] == "quoted"), r
        assert r["framing"] == "yes" or not (r["target"] or r["target_start"]), r
        assert bool(r["target_start"]) == bool(r["target_end"]), r
        assert not r["target_start"] or r["target"], r


def test_every_fourth_development_span_is_still_at_its_offsets(dev41_labels, shared):
    articles = corpus_articles(shared, {r["article"] for r in dev41_labels})
    for r in dev41_labels:
        field = articles[r["article"]][r["field"]]
        span = field[int(r["start"]) : int(r["end"])]
        assert hashlib.sha1(span.encode("utf-8")).hexdigest()[:10] == r["sha1"], r
        if r["target_start"]:
            assert field[int(r["target_start"]) : int(r["target_end"])].strip(), r


DEV44B = LABELS / "framing_dev44b.tsv"


@pytest.fixture(scope="module")
def dev44b_labels() -> list[dict[str, str]]:
    if not DEV44B.exists():
        pytest.skip("eval/labels not in this checkout")
    return read_tsv(DEV44B)


def test_the_eighth_development_set_is_well_formed_and_outside_every_other_set(dev44b_labels):
    assert len(dev44b_labels) >= 60
    others = set()
    for path in LABELS.glob("framing_*.tsv"):
        if path != DEV44B and path.name not in NOT_OTHERS:
            others |= {r["article"] for r in read_tsv(path)}
    assert not {r["article"] for r in dev44b_labels} & others
    for r in dev44b_labels:
        assert r["article"].startswith("ntrex-") and r["sample"] in {"unused", "other-task"}, r
        assert r["framing"] in {"yes", "no"} and r["category"] in CATEGORIES | {"sanitizing"}, r
        assert r["voice"] in {"outlet", "quoted"}, r
        assert bool(r["speaker"]) == (r["voice"] == "quoted"), r
        assert r["framing"] == "yes" or not (r["target"] or r["target_start"]), r
        assert bool(r["target_start"]) == bool(r["target_end"]), r


def test_every_eighth_development_span_is_still_at_its_offsets(dev44b_labels, shared):
    articles = corpus_articles(shared, {r["article"] for r in dev44b_labels})
    for r in dev44b_labels:
        field = articles[r["article"]][r["field"]]
        span = field[int(r["start"]) : int(r["end"])]
        assert hashlib.sha1(span.encode("utf-8")).hexdigest()[:10] == r["sha1"], r
        if r["target_start"]:
            assert field[int(r["target_start"]) : int(r["target_end"])].strip(), r


DEV45 = LABELS / "framing_dev45.tsv"


@pytest.fixture(scope="module")
def dev45_labels() -> list[dict[str, str]]:
    if not DEV45.exists():
        pytest.skip("eval/labels not in this checkout")
    return read_tsv(DEV45)


def test_the_ninth_development_set_is_well_formed_and_outside_every_other_set(dev45_labels):
    assert len(dev45_labels) >= 60
    others = set()
    for path in LABELS.glob("framing_*.tsv"):
        if path != DEV45 and path.name not in NOT_OTHERS:
            others |= {r["article"] for r in read_tsv(path)}
    assert not {r["article"] for r in dev45_labels} & others
    for r in dev45_labels:
        assert r["article"].startswith(("ntrex-ar-", "ntrex-fa-", "fars-")), r
        assert r["sample"] == "dev45", r
        assert r["framing"] in {"yes", "no"} and r["category"] in CATEGORIES | {"sanitizing"}, r
        assert r["voice"] in {"outlet", "quoted"}, r
        assert bool(r["speaker"]) == (r["voice"] == "quoted"), r
        assert r["framing"] == "yes" or not (r["target"] or r["target_start"]), r


def test_every_ninth_development_span_is_still_at_its_offsets(dev45_labels, shared):
    articles = corpus_articles(shared, {r["article"] for r in dev45_labels})
    for r in dev45_labels:
        field = articles[r["article"]][r["field"]]
        span = field[int(r["start"]) : int(r["end"])]
        assert hashlib.sha1(span.encode("utf-8")).hexdigest()[:10] == r["sha1"], r


DEV47B = LABELS / "framing_dev47b.tsv"


@pytest.fixture(scope="module")
def dev47b_labels() -> list[dict[str, str]]:
    if not DEV47B.exists():
        pytest.skip("eval/labels not in this checkout")
    return read_tsv(DEV47B)


def test_the_dev47b_set_is_well_formed_and_outside_every_other_set(dev47b_labels):
    assert len(dev47b_labels) >= 80
    others = set()
    for path in LABELS.glob("framing_*.tsv"):
        if path != DEV47B and path.name not in NOT_OTHERS:
            others |= {r["article"] for r in read_tsv(path)}
    assert not {r["article"] for r in dev47b_labels} & others
    for r in dev47b_labels:
        assert hashlib.sha1(r["article"].encode("utf-8")).hexdigest()[0] in "89abcdef", r
        assert r["sample"] == "dev47b" and r["category"] in CATEGORIES, r
        assert r["framing"] in {"yes", "no"} and r["voice"] in {"outlet", "quoted"}, r
        assert bool(r["speaker"]) == (r["voice"] == "quoted"), r
        assert r["framing"] == "yes" or not (r["target"] or r["target_start"]), r


def test_every_dev47b_span_is_still_at_its_offsets(dev47b_labels, shared):
    articles = corpus_articles(shared, {r["article"] for r in dev47b_labels})
    for r in dev47b_labels:
        field = articles[r["article"]][r["field"]]
        span = field[int(r["start"]) : int(r["end"])]
        assert hashlib.sha1(span.encode("utf-8")).hexdigest()[:10] == r["sha1"], r
        if r["target_start"]:
            assert field[int(r["target_start"]) : int(r["target_end"])].strip(), r


def test_a_target_written_differently_is_the_gold_one():
    from rasad.eval.framing import same_target

    no_span = {"target_start": "", "target_end": ""}
    # a shorter span of one of the gold group's names (targets.tsv: «علي عبدالله صالح»)
    assert same_target({"target": "صالح"}, {"target": "Ali Abdullah Saleh", **no_span})
    # the named martyr, written longer than the gold mention («الحامدي»)
    gold = {"target": "Saudi soldiers", "target_start": "45", "target_end": "52"}
    assert same_target({"target": "مفرح بن محمد الحامدي"}, {**gold, "target_text": "الحامدي"})
    # another actor is not written differently
    assert not same_target({"target": "Iran"}, {"target": "Iran-backed militias", **no_span})
    assert not same_target(
        {"target": "United States"}, {"target": "Israel and the United States", **no_span}
    )


def test_a_described_group_is_the_gold_group_by_its_head_and_nationality():
    from rasad.eval.framing import same_target

    no_span = {"target_start": "", "target_end": "", "lang": "ar"}
    gold = {"target": "Saudi soldiers", **no_span}
    assert same_target({"target": "جنود سعوديين"}, gold)
    assert same_target({"target": "الإرهابيين اليهود"}, {**gold, "target": "Jewish extremists"})
    # the head or the nationality of another group is not the gold one
    assert not same_target({"target": "مدنيين سعوديين"}, gold)
    assert not same_target({"target": "جنود يمنيين"}, gold)
    assert not same_target({"target": "للمتمردين الأكراد"}, {**gold, "target": "PKK"})


DEV47 = LABELS / "framing_dev47.tsv"


@pytest.fixture(scope="module")
def dev47_labels() -> list[dict[str, str]]:
    if not DEV47.exists():
        pytest.skip("eval/labels not in this checkout")
    return read_tsv(DEV47)


def test_the_eleventh_development_set_is_well_formed_and_outside_every_other_set(dev47_labels):
    assert len(dev47_labels) >= 100
    assert sum(r["framing"] == "yes" and bool(r["target"]) for r in dev47_labels) >= 80
    others = set()
    for path in LABELS.glob("framing_*.tsv"):
        if path != DEV47 and path.name not in NOT_OTHERS:
            others |= {r["article"] for r in read_tsv(path)}
    assert not {r["article"] for r in dev47_labels} & others
    for r in dev47_labels:
        # this round's half of the pool: a parallel set (framing47b) takes ids hashing to 8-f
        assert hashlib.sha1(r["article"].encode("utf-8")).hexdigest()[0] in "01234567", r
        assert r["sample"] == "dev47" and r["framing"] in {"yes", "no"}, r
        assert r["category"] in CATEGORIES and r["voice"] in {"outlet", "quoted"}, r
        assert bool(r["speaker"]) == (r["voice"] == "quoted"), r
        assert r["framing"] == "yes" or not (r["target"] or r["target_start"]), r
        assert bool(r["target_start"]) == bool(r["target_end"]), r


def test_every_eleventh_development_span_is_still_at_its_offsets(dev47_labels, shared):
    articles = corpus_articles(shared, {r["article"] for r in dev47_labels})
    for r in dev47_labels:
        field = articles[r["article"]][r["field"]]
        span = field[int(r["start"]) : int(r["end"])]
        assert hashlib.sha1(span.encode("utf-8")).hexdigest()[:10] == r["sha1"], r


DEV48 = LABELS / "framing_dev48.tsv"


@pytest.fixture(scope="module")
def dev48_labels() -> list[dict[str, str]]:
    if not DEV48.exists():
        pytest.skip("eval/labels not in this checkout")
    return read_tsv(DEV48)


def test_the_dev48_set_is_well_formed_and_outside_every_other_set(dev48_labels):
    assert len(dev48_labels) >= 80
    others = set()
    for path in LABELS.glob("framing_*.tsv"):
        if path != DEV48 and path.name not in NOT_OTHERS:
            others |= {r["article"] for r in read_tsv(path)}
    assert not {r["article"] for r in dev48_labels} & others
    for r in dev48_labels:
        assert r["sample"] == "dev48" and r["category"] in CATEGORIES, r
        assert r["framing"] in {"yes", "no"} and r["voice"] in {"outlet", "quoted"}, r
        assert bool(r["speaker"]) == (r["voice"] == "quoted"), r
        assert r["framing"] == "yes" or not (r["target"] or r["target_start"]), r
        assert bool(r["target_start"]) == bool(r["target_end"]), r


def test_every_dev48_span_is_still_at_its_offsets(dev48_labels, shared):
    articles = corpus_articles(shared, {r["article"] for r in dev48_labels})
    for r in dev48_labels:
        field = articles[r["article"]][r["field"]]
        span = field[int(r["start"]) : int(r["end"])]
        assert hashlib.sha1(span.encode("utf-8")).hexdigest()[:10] == r["sha1"], r
        if r["target_start"]:
            assert field[int(r["target_start"]) : int(r["target_end"])].strip(), r


DEV49 = LABELS / "framing_dev49.tsv"


@pytest.fixture(scope="module")
def dev49_labels() -> list[dict[str, str]]:
    if not DEV49.exists():
        pytest.skip("eval/labels not in this checkout")
    return read_tsv(DEV49)


def test_the_dev49_set_is_well_formed_and_outside_every_other_set(dev49_labels):
    """Outside every other framing set; find_framing_dev49.py drew it outside every label file
    of its day, and sets of other tasks drawn the same session (quotes_dev49b, search49,
    stories49_events) may hold its articles."""
    assert len(dev49_labels) >= 100
    others = set()
    for path in LABELS.glob("framing_*.tsv"):
        if path != DEV49 and path.name not in NOT_OTHERS:
            others |= {r["article"] for r in read_tsv(path)}
    assert not {r["article"] for r in dev49_labels} & others
    for r in dev49_labels:
        assert r["sample"] == "dev49" and r["category"] in CATEGORIES, r
        assert r["framing"] in {"yes", "no"} and r["voice"] in {"outlet", "quoted"}, r
        assert bool(r["speaker"]) == (r["voice"] == "quoted"), r
        assert r["framing"] == "yes" or not (r["target"] or r["target_start"]), r
        assert bool(r["target_start"]) == bool(r["target_end"]), r


def test_every_dev49_span_is_still_at_its_offsets(dev49_labels, shared):
    articles = corpus_articles(shared, {r["article"] for r in dev49_labels})
    for r in dev49_labels:
        field = articles[r["article"]][r["field"]]
        span = field[int(r["start"]) : int(r["end"])]
        assert hashlib.sha1(span.encode("utf-8")).hexdigest()[:10] == r["sha1"], r
        if r["target_start"]:
            assert field[int(r["target_start"]) : int(r["target_end"])].strip(), r


DEV50 = LABELS / "framing_dev50.tsv"


@pytest.fixture(scope="module")
def dev50_labels() -> list[dict[str, str]]:
    if not DEV50.exists():
        pytest.skip("eval/labels not in this checkout")
    return read_tsv(DEV50)


def test_the_dev50_set_is_well_formed_and_outside_every_framing_and_held_out_set(dev50_labels):
    """Outside every other framing set and every held-out file find_framing_dev50.py lists;
    development sets of other tasks may hold its articles (the pool is nearly spent)."""
    assert len(dev50_labels) >= 100
    spec = importlib.util.spec_from_file_location("dev50", LABELS / "find_framing_dev50.py")
    chooser = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(chooser)
    others = set()
    for path in LABELS.glob("framing_*.tsv"):
        if path != DEV50 and path.name not in NOT_OTHERS:
            others |= {r["article"] for r in read_tsv(path)}
    for name in chooser.HELD_OUT:
        others |= set(chooser.USED_ID.findall((LABELS / name).read_text("utf-8")))
    assert not {r["article"] for r in dev50_labels} & others
    for r in dev50_labels:
        assert r["sample"] == "dev50" and r["category"] in CATEGORIES, r
        assert r["framing"] in {"yes", "no"} and r["voice"] in {"outlet", "quoted"}, r
        assert bool(r["speaker"]) == (r["voice"] == "quoted"), r
        assert r["framing"] == "yes" or not (r["target"] or r["target_start"]), r
        assert bool(r["target_start"]) == bool(r["target_end"]), r


def test_every_dev50_span_is_still_at_its_offsets(dev50_labels, shared):
    articles = corpus_articles(shared, {r["article"] for r in dev50_labels})
    for r in dev50_labels:
        field = articles[r["article"]][r["field"]]
        span = field[int(r["start"]) : int(r["end"])]
        assert hashlib.sha1(span.encode("utf-8")).hexdigest()[:10] == r["sha1"], r
        if r["target_start"]:
            assert field[int(r["target_start"]) : int(r["target_end"])].strip(), r


DEV51 = LABELS / "framing_dev51.tsv"


@pytest.fixture(scope="module")
def dev51_labels() -> list[dict[str, str]]:
    if not DEV51.exists():
        pytest.skip("eval/labels not in this checkout")
    return read_tsv(DEV51)


def test_the_dev51_set_is_well_formed_and_outside_every_framing_and_held_out_set(dev51_labels):
    """Outside every other framing set and every held-out file find_framing_dev51.py lists;
    development sets of other tasks may hold its articles (the pool is nearly spent)."""
    assert len(dev51_labels) >= 20
    spec = importlib.util.spec_from_file_location("dev51", LABELS / "find_framing_dev51.py")
    chooser = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(chooser)
    others = set()
    for path in LABELS.glob("framing_*.tsv"):
        if path != DEV51 and path.name not in NOT_OTHERS:
            others |= {r["article"] for r in read_tsv(path)}
    for name in chooser.HELD_OUT:
        others |= set(chooser.USED_ID.findall((LABELS / name).read_text("utf-8")))
    assert not {r["article"] for r in dev51_labels} & others
    for r in dev51_labels:
        assert r["sample"] == "dev51" and r["category"] in CATEGORIES, r
        assert r["framing"] in {"yes", "no"} and r["voice"] in {"outlet", "quoted"}, r
        assert bool(r["speaker"]) == (r["voice"] == "quoted"), r
        assert r["framing"] == "yes" or not (r["target"] or r["target_start"]), r
        assert bool(r["target_start"]) == bool(r["target_end"]), r


def test_every_dev51_span_is_still_at_its_offsets(dev51_labels, shared):
    articles = corpus_articles(shared, {r["article"] for r in dev51_labels})
    for r in dev51_labels:
        field = articles[r["article"]][r["field"]]
        span = field[int(r["start"]) : int(r["end"])]
        assert hashlib.sha1(span.encode("utf-8")).hexdigest()[:10] == r["sha1"], r
        if r["target_start"]:
            assert field[int(r["target_start"]) : int(r["target_end"])].strip(), r


DEV56 = LABELS / "framing_dev56.tsv"


@pytest.fixture(scope="module")
def dev56_labels() -> list[dict[str, str]]:
    if not DEV56.exists():
        pytest.skip("eval/labels not in this checkout")
    return read_tsv(DEV56)


def test_the_dev56_set_is_well_formed_and_outside_every_framing_and_held_out_set(dev56_labels):
    """Outside every other framing set and every held-out file find_framing_dev56.py lists;
    development sets of other tasks may hold its articles (the pool is nearly spent); a random draw of the lexicon's matches, framing or not."""
    assert len(dev56_labels) >= 80
    spec = importlib.util.spec_from_file_location("dev56", LABELS / "find_framing_dev56.py")
    chooser = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(chooser)
    others = set()
    for path in LABELS.glob("framing_*.tsv"):
        if path != DEV56 and path.name not in NOT_OTHERS:
            others |= {r["article"] for r in read_tsv(path)}
    for name in chooser.HELD_OUT:
        others |= set(chooser.USED_ID.findall((LABELS / name).read_text("utf-8")))
    assert not {r["article"] for r in dev56_labels} & others
    for r in dev56_labels:
        assert r["sample"] == "dev56" and r["category"] in CATEGORIES, r
        assert r["framing"] in {"yes", "no"} and r["voice"] in {"outlet", "quoted"}, r
        assert bool(r["speaker"]) == (r["voice"] == "quoted"), r
        assert r["framing"] == "yes" or not (r["target"] or r["target_start"]), r
        assert bool(r["target_start"]) == bool(r["target_end"]), r


def test_every_dev56_span_is_still_at_its_offsets(dev56_labels, shared):
    articles = corpus_articles(shared, {r["article"] for r in dev56_labels})
    for r in dev56_labels:
        field = articles[r["article"]][r["field"]]
        span = field[int(r["start"]) : int(r["end"])]
        assert hashlib.sha1(span.encode("utf-8")).hexdigest()[:10] == r["sha1"], r
        if r["target_start"]:
            assert field[int(r["target_start"]) : int(r["target_end"])].strip(), r


def reused_article_set(path: Path, chooser_name: str) -> None:
    """A set drawn from articles earlier framing development sets sampled (find_framing_dev58.py
    and its successors): none of its articles in a held-out file its chooser lists (framing
    tests written after the draw may name them), none of its occurrences labelled by another
    framing file, and every row well formed."""
    rows = read_tsv(path)
    spec = importlib.util.spec_from_file_location(chooser_name, LABELS / f"find_{chooser_name}.py")
    chooser = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(chooser)
    held_out = set()
    for name in chooser.HELD_OUT:
        held_out |= set(chooser.USED_ID.findall((LABELS / name).read_text("utf-8")))
    assert not {r["article"] for r in rows} & held_out
    labelled = set()
    for other in LABELS.glob("framing_*.tsv"):
        if other != path and other.name not in {"framing_terms.tsv", "framing_seeds.tsv"}:
            labelled |= {(r["article"], r["field"], r["start"]) for r in read_tsv(other)}
    assert not {(r["article"], r["field"], r["start"]) for r in rows} & labelled
    sample = path.stem.removeprefix("framing_")
    for r in rows:
        assert r["sample"] == sample and r["category"] in CATEGORIES, r
        assert r["framing"] in {"yes", "no"}, r
        assert r["voice"] in {"outlet", "quoted"}, r
        assert bool(r["speaker"]) == (r["voice"] == "quoted"), r
        assert r["framing"] == "yes" or not (r["target"] or r["target_start"]), r
        assert bool(r["target_start"]) == bool(r["target_end"]), r


DEV58 = LABELS / "framing_dev58.tsv"
DEV60 = LABELS / "framing_dev60.tsv"


def test_the_dev58_set_is_well_formed_and_outside_held_out_sets_and_other_labels():
    if not DEV58.exists():
        pytest.skip("eval/labels not in this checkout")
    reused_article_set(DEV58, "framing_dev58")


def test_the_dev60_set_is_well_formed_and_outside_held_out_sets_and_other_labels():
    """dev60 (round 60): the stage's finds no framing file labels, in articles only framing
    development files name; at least 60 framing rows."""
    if not DEV60.exists():
        pytest.skip("eval/labels not in this checkout")
    reused_article_set(DEV60, "framing_dev60")
    assert sum(r["framing"] == "yes" for r in read_tsv(DEV60)) >= 60


def test_every_dev60_span_is_still_at_its_offsets(shared):
    if not DEV60.exists():
        pytest.skip("eval/labels not in this checkout")
    rows = read_tsv(DEV60)
    articles = corpus_articles(shared, {r["article"] for r in rows})
    for r in rows:
        field = articles[r["article"]][r["field"]] or ""
        span = field[int(r["start"]) : int(r["end"])]
        assert hashlib.sha1(span.encode("utf-8")).hexdigest()[:10] == r["sha1"], r
        if r["target_start"]:
            assert field[int(r["target_start"]) : int(r["target_end"])].strip(), r


def test_every_dev58_span_is_still_at_its_offsets(shared):
    if not DEV58.exists():
        pytest.skip("eval/labels not in this checkout")
    rows = read_tsv(DEV58)
    articles = corpus_articles(shared, {r["article"] for r in rows})
    for r in rows:
        field = articles[r["article"]][r["field"]] or ""
        span = field[int(r["start"]) : int(r["end"])]
        assert hashlib.sha1(span.encode("utf-8")).hexdigest()[:10] == r["sha1"], r
        if r["target_start"]:
            assert field[int(r["target_start"]) : int(r["target_end"])].strip(), r


DEV68FA = LABELS / "framing_dev68fa.tsv"


def test_the_dev68fa_set_is_well_formed_and_outside_held_out_sets_and_other_labels():
    """dev68fa (round 68): 120 Persian finds no framing file labels, in Fars articles only
    framing development files name; at least 100 framing rows, all Persian."""
    if not DEV68FA.exists():
        pytest.skip("eval/labels not in this checkout")
    reused_article_set(DEV68FA, "framing_dev68fa")
    rows = read_tsv(DEV68FA)
    assert len(rows) == 120 and {r["lang"] for r in rows} == {"fa"}
    assert sum(r["framing"] == "yes" for r in rows) >= 100


def test_every_dev68fa_span_is_still_at_its_offsets(shared):
    if not DEV68FA.exists():
        pytest.skip("eval/labels not in this checkout")
    rows = read_tsv(DEV68FA)
    articles = corpus_articles(shared, {r["article"] for r in rows})
    for r in rows:
        field = articles[r["article"]][r["field"]] or ""
        span = field[int(r["start"]) : int(r["end"])]
        assert hashlib.sha1(span.encode("utf-8")).hexdigest()[:10] == r["sha1"], r
        if r["target_start"]:
            assert field[int(r["target_start"]) : int(r["target_end"])].strip(), r


DEV70AR = LABELS / "framing_dev70ar.tsv"


def test_the_dev70ar_set_is_well_formed_and_outside_held_out_sets_and_other_labels():
    """dev70ar (round 70): 120 Arabic finds no framing file labels, in SaudiNewsNet articles only
    framing development files name; at least 100 framing rows, all Arabic."""
    if not DEV70AR.exists():
        pytest.skip("eval/labels not in this checkout")
    reused_article_set(DEV70AR, "framing_dev70ar")
    rows = read_tsv(DEV70AR)
    assert len(rows) == 120 and {r["lang"] for r in rows} == {"ar"}
    assert sum(r["framing"] == "yes" for r in rows) >= 100


def test_every_dev70ar_span_is_still_at_its_offsets(shared):
    if not DEV70AR.exists():
        pytest.skip("eval/labels not in this checkout")
    rows = read_tsv(DEV70AR)
    articles = corpus_articles(shared, {r["article"] for r in rows})
    for r in rows:
        field = articles[r["article"]][r["field"]] or ""
        span = field[int(r["start"]) : int(r["end"])]
        assert hashlib.sha1(span.encode("utf-8")).hexdigest()[:10] == r["sha1"], r
        if r["target_start"]:
            assert field[int(r["target_start"]) : int(r["target_end"])].strip(), r


DEV72 = LABELS / "framing_dev72.tsv"


def test_the_dev72_set_is_well_formed_and_outside_held_out_sets_and_other_labels():
    """dev72 (round 72): 120 Persian finds no framing file labels, in Fars articles only framing
    development files name; at least 100 framing rows, all Persian."""
    if not DEV72.exists():
        pytest.skip("eval/labels not in this checkout")
    reused_article_set(DEV72, "framing_dev72")
    rows = read_tsv(DEV72)
    assert len(rows) == 120 and {r["lang"] for r in rows} == {"fa"}
    assert sum(r["framing"] == "yes" for r in rows) >= 100


def test_every_dev72_span_is_still_at_its_offsets(shared):
    if not DEV72.exists():
        pytest.skip("eval/labels not in this checkout")
    rows = read_tsv(DEV72)
    articles = corpus_articles(shared, {r["article"] for r in rows})
    for r in rows:
        field = articles[r["article"]][r["field"]] or ""
        span = field[int(r["start"]) : int(r["end"])]
        assert hashlib.sha1(span.encode("utf-8")).hexdigest()[:10] == r["sha1"], r
        if r["target_start"]:
            assert field[int(r["target_start"]) : int(r["target_end"])].strip(), r


DEV74AR = LABELS / "framing_dev74ar.tsv"


def test_the_dev74ar_set_is_well_formed_and_outside_held_out_sets_and_other_labels():
    """dev74ar (round 74): 120 Arabic finds no framing file labels, in SaudiNewsNet articles only
    framing development files name; at least 100 framing rows, all Arabic."""
    if not DEV74AR.exists():
        pytest.skip("eval/labels not in this checkout")
    reused_article_set(DEV74AR, "framing_dev74ar")
    rows = read_tsv(DEV74AR)
    assert len(rows) == 120 and {r["lang"] for r in rows} == {"ar"}
    assert sum(r["framing"] == "yes" for r in rows) >= 100


def spans_still_at_offsets(path: Path, shared: Path) -> None:
    """Every row's span of a reused-article set hashes as its row says, and its target span
    holds text."""
    if not path.exists():
        pytest.skip("eval/labels not in this checkout")
    rows = read_tsv(path)
    articles = corpus_articles(shared, {r["article"] for r in rows})
    for r in rows:
        field = articles[r["article"]][r["field"]] or ""
        span = field[int(r["start"]) : int(r["end"])]
        assert hashlib.sha1(span.encode("utf-8")).hexdigest()[:10] == r["sha1"], r
        if r["target_start"]:
            assert field[int(r["target_start"]) : int(r["target_end"])].strip(), r


def test_every_dev74ar_span_is_still_at_its_offsets(shared):
    spans_still_at_offsets(DEV74AR, shared)


DEV76FA = LABELS / "framing_dev76fa.tsv"


def test_the_dev76fa_set_is_well_formed_and_outside_held_out_sets_and_other_labels():
    """dev76fa (round 76): 120 Persian finds no framing file labels, in Fars articles only framing
    development files name; at least 100 framing rows, all Persian."""
    if not DEV76FA.exists():
        pytest.skip("eval/labels not in this checkout")
    reused_article_set(DEV76FA, "framing_dev76fa")
    rows = read_tsv(DEV76FA)
    assert len(rows) == 120 and {r["lang"] for r in rows} == {"fa"}
    assert sum(r["framing"] == "yes" for r in rows) >= 100


def test_every_dev76fa_span_is_still_at_its_offsets(shared):
    spans_still_at_offsets(DEV76FA, shared)


DEV78AR = LABELS / "framing_dev78ar.tsv"


def test_the_dev78ar_set_is_well_formed_and_outside_held_out_sets_and_other_labels():
    """dev78ar (round 78): 120 Arabic finds no framing file labels, in SaudiNewsNet articles only
    framing development files name; at least 100 framing rows, all Arabic."""
    if not DEV78AR.exists():
        pytest.skip("eval/labels not in this checkout")
    reused_article_set(DEV78AR, "framing_dev78ar")
    rows = read_tsv(DEV78AR)
    assert len(rows) == 120 and {r["lang"] for r in rows} == {"ar"}
    assert sum(r["framing"] == "yes" for r in rows) >= 100


def test_every_dev78ar_span_is_still_at_its_offsets(shared):
    spans_still_at_offsets(DEV78AR, shared)


DEV80FA = LABELS / "framing_dev80fa.tsv"


def test_the_dev80fa_set_is_well_formed_and_outside_held_out_sets_and_other_labels():
    """dev80fa (round 80): 67 Persian finds no framing file labels, in Fars articles only framing
    development files name (all the draw's caps left); at least 50 framing rows, all Persian."""
    if not DEV80FA.exists():
        pytest.skip("eval/labels not in this checkout")
    reused_article_set(DEV80FA, "framing_dev80fa")
    rows = read_tsv(DEV80FA)
    assert len(rows) == 67 and {r["lang"] for r in rows} == {"fa"}
    assert sum(r["framing"] == "yes" for r in rows) >= 50


def test_every_dev80fa_span_is_still_at_its_offsets(shared):
    spans_still_at_offsets(DEV80FA, shared)


DEV82AR = LABELS / "framing_dev82ar.tsv"


def test_the_dev82ar_set_is_well_formed_and_outside_held_out_sets_and_other_labels():
    """dev82ar (round 82): 120 Arabic finds no framing file labels, in SaudiNewsNet articles only
    framing development files name; at least 100 framing rows, all Arabic."""
    if not DEV82AR.exists():
        pytest.skip("eval/labels not in this checkout")
    reused_article_set(DEV82AR, "framing_dev82ar")
    rows = read_tsv(DEV82AR)
    assert len(rows) == 120 and {r["lang"] for r in rows} == {"ar"}
    assert sum(r["framing"] == "yes" for r in rows) >= 100


def test_every_dev82ar_span_is_still_at_its_offsets(shared):
    spans_still_at_offsets(DEV82AR, shared)


DEV84FA = LABELS / "framing_dev84fa.tsv"


def test_the_dev84fa_set_is_well_formed_and_outside_held_out_sets_and_other_labels():
    """dev84fa (round 84): 64 Persian finds no framing file labels, in Fars articles only framing
    development files name (the pool's every find); at least 50 framing rows, all Persian."""
    if not DEV84FA.exists():
        pytest.skip("eval/labels not in this checkout")
    reused_article_set(DEV84FA, "framing_dev84fa")
    rows = read_tsv(DEV84FA)
    assert len(rows) == 64 and {r["lang"] for r in rows} == {"fa"}
    assert sum(r["framing"] == "yes" for r in rows) >= 50


def test_every_dev84fa_span_is_still_at_its_offsets(shared):
    spans_still_at_offsets(DEV84FA, shared)
