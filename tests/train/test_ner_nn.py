"""The BiLSTM-CRF spike (train/ner/nn.py): numpy inference equals torch's, BIO decoding holds."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from rasad.entities.recognise import recognise, sentence_items, word_spans
from rasad.text.sentences import tagging_sentences as sentences

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "train" / "ner"))
import neural  # noqa: E402


def sentence_inputs(text: str) -> list[list[dict]]:
    """CRF feature dicts of each sentence of a text, as the recognizer builds them."""
    out = []
    for start, end in sentences(text):
        tokens = word_spans(text, start, end)
        if tokens:
            out.append(sentence_items(text, tokens))
    return out


@pytest.mark.parametrize(("seed", "lang"), [("004", "ar"), ("000", "fa")])
def test_numpy_tagger_equals_torch(seed_text, seed, lang):
    torch = pytest.importorskip("torch", reason="torch not installed (pip install 'rasad[nn]')")
    nn_script = pytest.importorskip("nn")
    torch.manual_seed(0)
    text = seed_text(seed)
    batch = sentence_inputs(text)
    words, chars = nn_script.vocabularies([(items, None) for items in batch[: len(batch) // 2]])
    net = nn_script.BiLstmCrf(len(words) + 2, len(chars) + 2)
    for name, p in net.named_parameters():
        if name != "chars.weight":  # its padding row stays zero, as in training
            p.data.normal_(0, 0.3)
    trained = nn_script.TorchTagger(net, words, chars)
    numpy_tagger = neural.NeuralTagger(nn_script.export(trained, half=False))
    for items in batch:
        expected, _ = net.emissions([nn_script.Encoded(items, words, chars)])
        got = numpy_tagger.emissions(items)
        assert np.abs(expected[0].detach().numpy() - got).max() < 1e-3
        assert numpy_tagger.tag(items) == trained.tag(items)
    mentions = recognise(text, lang, model=numpy_tagger)
    assert all(text[m.start : m.end] == m.text for m in mentions)


def test_viterbi_never_opens_a_name_with_inside():
    rng = np.random.default_rng(0)
    mask = neural.allowed_transitions()
    for _ in range(50):
        tags = neural.viterbi(rng.normal(size=(12, len(neural.TAGS))), mask[:-1], mask[-1])
        names = ["START", *(neural.TAGS[t] for t in tags)]
        for before, tag in zip(names, names[1:], strict=False):
            assert not tag.startswith("I-") or before[2:] == tag[2:]


def test_feature_ids_skip_bias_and_false_flags():
    item = {"bias": 1.0, "k": "بغداد", "gw": ["LOC1"], "title": False, "article": True}
    ids = neural.feature_ids(item)
    assert len(ids) == 3
    assert ids == neural.feature_ids(dict(item))
    assert all(0 <= i < neural.BUCKETS for i in ids)
