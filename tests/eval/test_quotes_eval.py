"""The PolNeAR scorer reads brat relations and credits overlapping content and speakers."""

from __future__ import annotations

from pathlib import Path

from rasad.eval.quotes import read_ann, same_speaker, words


def test_read_ann(tmp_path: Path):
    ann = tmp_path / "a.ann"
    ann.write_text(
        "T1\tSource 0 15\tWashington Post\nT2\tCue 16 21\tbacks\nT3\tContent 22 51\tHillary Clinton for president\n"
        "T4\tAttribution 16 21\tbacks\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n",
        encoding="utf-8",
    )
    assert read_ann(ann) == [{"content": (22, 51), "source": "Washington Post"}]


def test_speaker_and_word_overlap():
    assert same_speaker("Mr. Obama", "President Barack Obama")
    assert not same_speaker("Trump", "Clinton")
    text = "He said the talks would resume."
    assert len(words(text, 8, 30)) == 4


def test_scorer_on_polnear(shared):
    from rasad.eval.quotes import evaluate_quotes

    result = evaluate_quotes(shared)["polnear-attribution-en"]
    assert result["articles"] > 50 and 0 < result["content_f1"] <= 1
