"""Train rasad's CRF entity recognizers from the training splits in ../shared/train.

    .venv/bin/python train/ner/train.py [--shared ../shared] [--lang ar fa en]

Writes src/rasad/data/models/ner/<lang>.crfsuite. Deterministic: CRFsuite's L-BFGS has no
randomness, and the data is read in file order. The test splits in ../shared/eval are read only
to drop training sentences that also occur there word for word (Arman repeats a few sentences
across its folds), so the model never sees a test sentence.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import sklearn_crfsuite

from rasad.entities.corpus import TRAIN_SETS, read_conll, to_bilou
from rasad.entities.recognise import training_example
from rasad.eval.ner import TEST_SETS
from rasad.eval.shared import find_shared

MODELS = Path(__file__).resolve().parents[2] / "src" / "rasad" / "data" / "models" / "ner"
# Chosen per language on the dev split (train/ner/tune.py); see the models' README.
PARAMS = {
    "ar": {"c1": 0.1, "c2": 0.02},
    "fa": {"c1": 0.1, "c2": 0.02},
    "en": {"c1": 0.1, "c2": 0.02},
}
COMMON = {"algorithm": "lbfgs", "max_iterations": 150, "all_possible_transitions": True}

Sentence = list[tuple[str, str]]


def training_sentences(lang: str, shared: Path) -> list[Sentence]:
    """A language's training sentences, without any that also occur in its test splits."""
    path, scheme = TRAIN_SETS[lang]
    sentences = read_conll(shared / "train" / path, scheme)
    tests: set[tuple[str, ...]] = set()
    for name, (file, test_scheme, test_lang, _) in TEST_SETS.items():
        test = shared / "eval" / name / file
        if test_lang == lang and test.exists():
            tests |= {tuple(w for w, _ in s) for s in read_conll(test, test_scheme)}
    kept = [
        s
        for s in sentences
        if tuple(w for w, _ in s) not in tests and s[0][0] != "-DOCSTART-"  # WikiGold's
    ]
    if len(kept) < len(sentences):
        print(f"{lang}: dropped {len(sentences) - len(kept)} document marks or test sentences")
    return kept


def fit(
    sentences: list[Sentence], out: Path, c1: float, c2: float, bilou: bool = False, **params
) -> Path:
    """Train a CRF on gold sentences (tags as BIO, or BILOU) and write it to `out`."""
    examples = [training_example(s) for s in sentences]
    tags = [to_bilou(y) if bilou else y for _, y in examples]
    crf = sklearn_crfsuite.CRF(model_filename=str(out), c1=c1, c2=c2, **{**COMMON, **params})
    crf.fit([x for x, _ in examples], tags)
    return out


def train(lang: str, shared: Path) -> Path:
    """Train one language's model on all its training data and write it into the package."""
    sentences = training_sentences(lang, shared)
    MODELS.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    out = fit(sentences, MODELS / f"{lang}.crfsuite", **PARAMS[lang])
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
