"""Reading the NER corpora and converting tag schemes."""

from __future__ import annotations

import pytest

from rasad.entities.corpus import TRAIN_SETS, read_conll, spans_of, to_bilou, to_bio


@pytest.mark.parametrize("lang", ["ar", "fa", "en"])
def test_bilou_round_trip_keeps_every_name(shared, lang):
    path, scheme = TRAIN_SETS[lang]
    for sentence in read_conll(shared / "train" / path, scheme)[:500]:
        tags = [t for _, t in sentence]
        bilou = to_bilou(tags)
        assert to_bio(bilou) == tags
        singles = [s for s in spans_of(tags) if s[1] - s[0] == 1]
        assert sum(t.startswith("U-") for t in bilou) == len(singles)


def test_bilou_marks_last_and_single_tokens():
    tags = ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC"]
    assert to_bilou(tags) == ["B-PER", "L-PER", "O", "U-LOC", "B-LOC", "L-LOC"]
