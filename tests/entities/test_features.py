"""CRF features and training examples on real text."""

from __future__ import annotations

import pytest

from rasad.entities.corpus import TRAIN_SETS, read_conll, spans_of
from rasad.entities.features import clitic_stem, gazetteer_words, sentence_features, word_key
from rasad.entities.recognise import (
    gazetteer_key,
    span_keys,
    training_example,
    word_spans,
)
from rasad.text.sentences import tagging_sentences as sentences


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_span_keys_match_keying_each_span(seed_text, prefix):
    """The gazetteer matcher keys spans from cached runs: the same keys as keying each span."""
    text = seed_text(prefix)
    for start, end in sentences(text):
        tokens = word_spans(text, start, end)
        for i in range(len(tokens)):
            keys = span_keys(text, tokens, i, min(6, len(tokens) - i))
            for n, key in enumerate(keys, 1):
                assert key == gazetteer_key(text[tokens[i][0] : tokens[i + n - 1][1]])


def test_persian_word_with_zero_width_non_joiner_is_one_token(seed_text):
    text = "مقام‌های آمریکایی می‌گویند"
    assert [text[s:e] for s, e in word_spans(text, 0, len(text))] == [
        "مقام‌های",
        "آمریکایی",
        "می‌گویند",
    ]


def test_clitic_stem_and_gazetteer_words():
    assert clitic_stem(word_key("وبطهران")) == word_key("طهران")
    assert clitic_stem(word_key("والعراق")) == word_key("عراق")
    assert "LOC1" in gazetteer_words()[word_key("طهران")]  # CLDR city
    assert "title" in gazetteer_words()[word_key("اللواء")]


def test_neighbour_features_read_the_right_words():
    features = sentence_features(["وقال", "اللواء", "يحيى", "رسول"])
    assert features[2]["-1:gw"] == ["title"]
    assert features[2]["1:k"] == word_key("رسول")
    assert features[0]["-1:edge"] and features[3]["1:edge"]


@pytest.mark.parametrize("lang", ["ar", "fa", "en"])
def test_training_examples_align_with_running_text(shared, lang):
    path, scheme = TRAIN_SETS[lang]
    gold = read_conll(shared / "train" / path, scheme)[:300]
    for sentence in gold:
        items, tags = training_example(sentence)
        assert len(items) == len(tags)
        assert all(t == "O" or t[:2] in ("B-", "I-") for t in tags)
        for start, end, _ in spans_of(tags):
            # punctuation stuck to a corpus token is not part of the name
            assert any(ch.isalnum() for ch in str(items[start]["n"]))
            assert any(ch.isalnum() for ch in str(items[end - 1]["n"]))
