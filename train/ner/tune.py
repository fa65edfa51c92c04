"""Choose the CRF regularization on a dev split carved from the training data (last 10%).

    .venv/bin/python train/ner/tune.py --lang ar

Prints dev micro-F1 (exact spans) per (c1, c2); the test splits in ../shared/eval are not read.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import pycrfsuite
import sklearn_crfsuite

from rasad.entities.corpus import TRAIN_SETS, read_conll, spans_of
from rasad.entities.recognise import words_with_gazetteer
from rasad.eval.shared import find_shared

GRID = [(0.1, 0.02), (0.05, 0.01), (0.02, 0.005), (0.2, 0.05)]


def micro_f1(gold: list[list[str]], pred: list[list[str]]) -> float:
    g = {(i, *s) for i, tags in enumerate(gold) for s in spans_of(tags)}
    p = {(i, *s) for i, tags in enumerate(pred) for s in spans_of(tags)}
    tp = len(g & p)
    return 2 * tp / (len(g) + len(p)) if g or p else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang", default="ar")
    parser.add_argument("--shared", type=Path)
    args = parser.parse_args()
    path, scheme = TRAIN_SETS[args.lang]
    sentences = read_conll(find_shared(args.shared) / "train" / path, scheme)
    cut = len(sentences) * 9 // 10
    train, dev = sentences[:cut], sentences[cut:]
    X = [words_with_gazetteer([w for w, _ in s]) for s in train]
    y = [[t for _, t in s] for s in train]
    Xd = [words_with_gazetteer([w for w, _ in s]) for s in dev]
    yd = [[t for _, t in s] for s in dev]
    for c1, c2 in GRID:
        with tempfile.NamedTemporaryFile(suffix=".crfsuite") as f:
            sklearn_crfsuite.CRF(
                algorithm="lbfgs",
                c1=c1,
                c2=c2,
                max_iterations=200,
                all_possible_transitions=True,
                model_filename=f.name,
            ).fit(X, y)
            tagger = pycrfsuite.Tagger()
            tagger.open(f.name)
            print(
                f"{args.lang} c1={c1} c2={c2} dev micro-F1 {micro_f1(yd, [tagger.tag(x) for x in Xd]):.3f}"
            )


if __name__ == "__main__":
    main()
