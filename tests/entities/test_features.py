"""CRF features and training examples on real text."""

from __future__ import annotations

import pytest

from rasad.entities.corpus import TRAIN_SETS, read_conll, spans_of
from rasad.entities.crf import weighed_attributes
from rasad.entities.features import (
    clitic_stem,
    crfsuite_attributes,
    gazetteer_words,
    sentence_features,
    word_key,
)
from rasad.entities.recognise import (
    crf_mentions,
    gazetteer_key,
    gazetteer_tags,
    span_keys,
    tagger,
    tagging_attributes,
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


SEEDS = ["000", "001", "002", "003", "004"]


def test_crfsuite_attributes_are_what_pycrfsuite_hands_crfsuite(seed_text):
    """A feature dict flattened as pycrfsuite flattens it (`k:v`, lists, numeric weights),
    weights of zero left out."""
    import pycrfsuite

    text = seed_text("000")
    words = [text[s:e] for s, e in word_spans(text, 0, min(len(text), 400))]
    for features in sentence_features(words, ["O"] * len(words)):
        (seen,) = pycrfsuite.ItemSequence([features]).items()
        assert list(crfsuite_attributes(features).items()) == [(k, v) for k, v in seen.items() if v]


@pytest.mark.parametrize("prefix", SEEDS)
def test_tagging_attributes_are_the_known_feature_attributes_in_order(seed_text, prefix):
    """The cached builder gives each word the attributes of its feature dict that the model
    knows, in the same order (CRFsuite sums their weights in that order)."""
    text = seed_text(prefix)
    for lang in ("ar", "fa", "en"):
        reader = tagging_attributes(lang)
        for start, end in sentences(text):
            tokens = word_spans(text, start, end)
            words = [text[s:e] for s, e in tokens]
            tags = gazetteer_tags(text, tokens)
            expected = [
                [(k, v) for k, v in crfsuite_attributes(f).items() if k in reader.known]
                for f in sentence_features(words, tags)
            ]
            assert [list(a.items()) for a in reader.sentence(words, tags)] == expected


@pytest.mark.parametrize("lang", ["ar", "fa", "en"])
def test_tagging_attributes_of_short_runs_and_tagged_neighbours(seed_text, lang):
    """Every window of one to four words of a real sentence, gazetteer tags on any of them
    (edges, pairs, tags of the neighbours), gives the attributes of its feature dicts in
    order."""
    reader = tagging_attributes(lang)
    text = seed_text("002")
    start, end = next(iter(sentences(text)))
    words = [text[s:e] for s, e in word_spans(text, start, end)][:12]
    for size in range(1, 5):
        for at in range(len(words) - size + 1):
            window = words[at : at + size]
            for tagged in range(size):
                tags = ["O"] * size
                tags[tagged] = "B-LOC"
                expected = [
                    [(k, v) for k, v in crfsuite_attributes(f).items() if k in reader.known]
                    for f in sentence_features(window, tags)
                ]
                assert [list(a.items()) for a in reader.sentence(window, tags)] == expected


@pytest.mark.parametrize("lang", ["ar", "fa", "en"])
def test_model_file_lists_the_attributes_crfsuite_dumps(lang):
    """The attributes read from the model file's own layout are those CRFsuite's dump lists
    with a label weight (what `Tagger.info()` parses from a temporary file)."""
    from importlib import resources

    model = resources.files("rasad.data").joinpath(f"models/ner/{lang}.crfsuite")
    dumped = frozenset(attr for attr, _ in tagger(lang).info().state_features)
    assert weighed_attributes(model.read_bytes()) == dumped
    assert tagging_attributes(lang).known == dumped


def test_a_file_that_is_no_crfsuite_model_is_refused():
    with pytest.raises(ValueError):
        weighed_attributes(b"PK\x03\x04" + bytes(60))


@pytest.mark.parametrize("prefix", SEEDS)
def test_packaged_tagger_finds_the_same_mentions_as_from_feature_dicts(seed_text, prefix):
    text = seed_text(prefix)
    for lang in ("ar", "fa", "en"):
        for start, end in sentences(text):
            tokens = word_spans(text, start, end)
            assert crf_mentions(text, tokens, lang) == crf_mentions(
                text, tokens, lang, model=tagger(lang)
            )
