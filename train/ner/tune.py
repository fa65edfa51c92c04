"""Choose features and CRF regularization on a dev split carved from the training data.

    .venv/bin/python train/ner/tune.py --lang ar [--grid 0.1,0.02 0.05,0.01]

The dev split is the last 10% of a language's training sentences; a model trained on the rest
is scored on it twice: the CRF alone (exact BIO spans) and the whole recognizer (CRF, gazetteer,
rules) as `rasad eval ner` scores it. The test splits in ../shared/eval are not scored here.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

import pycrfsuite

from rasad.entities.corpus import TYPES, spans_of, to_bio
from rasad.entities.recognise import recognise, training_example
from rasad.eval.ner import evaluate_sentences
from rasad.eval.shared import find_shared

sys.path.insert(0, str(Path(__file__).parent))
from train import fit, training_sentences  # noqa: E402


def micro_f1(gold: list[list[str]], pred: list[list[str]]) -> float:
    """Exact-span micro F1 over BIO tag sequences."""
    g = {(i, *s) for i, tags in enumerate(gold) for s in spans_of(tags)}
    p = {(i, *s) for i, tags in enumerate(pred) for s in spans_of(tags)}
    tp = len(g & p)
    return 2 * tp / (len(g) + len(p)) if g or p else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang", default="ar")
    parser.add_argument("--shared", type=Path)
    parser.add_argument("--grid", nargs="+", default=["0.05,0.01"], help="c1,c2 pairs")
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--bilou", action="store_true", help="train on BILOU tags")
    parser.add_argument("--keep", type=Path, help="also write the dev model here")
    args = parser.parse_args()
    sentences = training_sentences(args.lang, find_shared(args.shared))
    cut = len(sentences) * 9 // 10
    train, dev = sentences[:cut], sentences[cut:]
    dev_examples = [training_example(s) for s in dev]
    for pair in args.grid:
        c1, c2 = (float(v) for v in pair.split(","))
        started = time.perf_counter()
        with tempfile.NamedTemporaryFile(suffix=".crfsuite") as f:
            fit(train, Path(f.name), c1, c2, args.bilou, max_iterations=args.iterations)
            if args.keep:
                args.keep.write_bytes(Path(f.name).read_bytes())
            tagger = pycrfsuite.Tagger()
            tagger.open(f.name)
            crf = micro_f1(
                [y for _, y in dev_examples], [to_bio(tagger.tag(x)) for x, _ in dev_examples]
            )
            print(
                f"{args.lang} c1={c1} c2={c2} dev CRF F1 {crf:.3f} "
                f"({time.perf_counter() - started:.0f} s)"
            )
            full = evaluate_sentences(dev, args.lang, TYPES, partial(recognise, model=tagger))
            print(f"  recognizer {report(full)}")


def report(result: dict) -> str:
    """Micro and per-type precision, recall and F1 on one line."""
    return " | ".join(
        f"{t} P {result[t]['precision']:.3f} R {result[t]['recall']:.3f} F1 {result[t]['f1']:.3f}"
        for t in ("micro", *TYPES)
    )


if __name__ == "__main__":
    main()
