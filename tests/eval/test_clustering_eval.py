"""The clustering scorer: B-cubed, the Saudi News Net event labels, and a real small run."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from rasad.eval import clustering
from rasad.eval.clustering import bcubed, dev_test, event_labels, load_events, split_of


def test_bcubed_perfect_merged_and_split():
    gold = ["a", "a", "b", "b"]
    assert bcubed(gold, ["x", "x", "y", "y"])["f1"] == 1.0
    merged = bcubed(gold, ["x", "x", "x", "x"])
    assert (merged["precision"], merged["recall"]) == (0.5, 1.0)
    split = bcubed(gold, ["1", "2", "3", "4"])
    assert (split["precision"], split["recall"]) == (1.0, 0.5)


def test_unlabelled_items_are_not_scored():
    assert bcubed(["a", None, "a"], ["x", "x", "x"])["f1"] == 1.0


def test_event_labels_are_ids_and_slugs_only():
    labels = event_labels()
    sizes = Counter(Counter(labels.values()).values())
    assert len(labels) >= 300
    assert sum(n for size, n in sizes.items() if size > 1) >= 40  # multi-article events
    assert sizes[1] >= 20  # singletons
    assert all(k.startswith("snn-") and " " not in v for k, v in labels.items())


def test_split_is_fixed_by_label():
    events = set(event_labels().values())
    splits = Counter(split_of(e) for e in events)
    assert splits["dev"] > 30 and splits["test"] > 2 * splits["dev"] - 20
    assert split_of("khedira-injury") == split_of("khedira-injury")
    gold = ["khedira-injury", None]
    assert dev_test(gold)[split_of("khedira-injury")] == gold


def test_ntrex_halves_keep_each_story_whole(shared: Path):
    gold = [g for _, g in clustering.load(shared, "ntrex_ar_fa_en")]
    halves = dev_test(gold, clustering.NTREX_DEV_SHARE)
    stories = {half: {g for g in labels if g} for half, labels in halves.items()}
    assert not stories["dev"] & stories["test"]
    assert stories["dev"] | stories["test"] == set(gold)
    assert 40 <= len(stories["dev"]) <= 83
    for half, labels in halves.items():
        assert all(n == 3 for n in Counter(g for g in labels if g).values()), half


def test_labelled_ids_exist_in_the_corpus(shared: Path):
    path = shared / "corpus" / "saudinewsnet_ar" / "articles.jsonl"
    with path.open(encoding="utf-8") as f:
        ids = {json.loads(line)["id"] for line in f}
    assert set(event_labels()) <= ids
    assert len(load_events(shared)) == len(event_labels())


def test_rasad_groups_coverage_of_one_event(shared: Path, tmp_path: Path, monkeypatch):
    """Real articles, real encoder: two events told by several outlets come out apart (never
    mixed), and most of each event's coverage lands together."""
    monkeypatch.setattr(clustering, "CACHE", tmp_path)
    chosen = {"khedira-injury", "lynn-anderson-death"}
    items = [(d, g) for d, g in load_events(shared) if g in chosen]
    docs, gold = [d for d, _ in items], [g for _, g in items]
    result = clustering.run(docs, gold, {"all": gold}, level="event")
    ours = next(r for r in result["rows"] if r["system"] == "rasad events")
    assert ours["precision"] == pytest.approx(1.0)
    assert ours["recall"] >= 0.75


def test_adjusted_rand_index_without_scikit_learn():
    """rasad's own ARI gives scikit-learn's values (adjusted_rand_score), unlabelled items left
    out, so `rasad eval clustering` runs on a plain install."""
    from rasad.eval.clustering import ari

    assert ari(list("aabb"), list("xxyy")) == 1.0
    assert ari(list("aabb"), list("xyxy")) == pytest.approx(-0.5)
    assert ari(list("aaabbbccc"), list("xxyyyzzzz")) == pytest.approx(0.35714285714285715)
    assert ari(["a", "a", None, "b"], ["x", "x", "y", "z"]) == 1.0
