"""Train rasad's CRF entity recognizers from the training splits in ../shared/train.

    .venv/bin/python train/ner/train.py [--shared ../shared] [--lang ar fa en]

Writes src/rasad/data/models/ner/<lang>.crfsuite. Deterministic: CRFsuite's L-BFGS has no
randomness, and the data is read in file order. Never reads ../shared/eval.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import sklearn_crfsuite

from rasad.entities.corpus import TRAIN_SETS, read_conll
from rasad.entities.recognise import words_with_gazetteer
from rasad.eval.shared import find_shared

MODELS = Path(__file__).resolve().parents[2] / "src" / "rasad" / "data" / "models" / "ner"
PARAMS = {
    "algorithm": "lbfgs",
    "c1": 0.1,
    "c2": 0.02,
    "max_iterations": 200,
    "all_possible_transitions": True,
}


def train(lang: str, shared: Path) -> Path:
    """Train one language's model and write it next to the package's data."""
    path, scheme = TRAIN_SETS[lang]
    sentences = read_conll(shared / "train" / path, scheme)
    X = [words_with_gazetteer([w for w, _ in s]) for s in sentences]
    y = [[t for _, t in s] for s in sentences]
    MODELS.mkdir(parents=True, exist_ok=True)
    out = MODELS / f"{lang}.crfsuite"
    started = time.perf_counter()
    crf = sklearn_crfsuite.CRF(model_filename=str(out), **PARAMS)
    crf.fit(X, y)
    print(
        f"{lang}: {len(sentences)} sentences, {time.perf_counter() - started:.0f} s, "
        f"{out.stat().st_size / 1e6:.1f} MB → {out}"
    )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path)
    parser.add_argument("--lang", nargs="+", default=["ar", "fa", "en"])
    args = parser.parse_args()
    shared = find_shared(args.shared)
    if shared is None:
        raise SystemExit("../shared not found: give --shared PATH")
    for lang in args.lang:
        train(lang, shared)


if __name__ == "__main__":
    main()
