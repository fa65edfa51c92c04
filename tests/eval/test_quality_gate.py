"""The quality gate: every figure pinned in eval/baseline.json stays at or above its floor.

The figures are those `rasad eval … --json` prints; each is found by its `path` in the
evaluation's result. A figure whose data (../shared, or a corpus in it) is absent is skipped.
Raising a floor is a commit of its own.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import pytest

from rasad.config import Settings

BASELINE = Path(__file__).resolve().parents[2] / "eval" / "baseline.json"
FIGURES = json.loads(BASELINE.read_text(encoding="utf-8"))["figures"]


def _runners() -> dict[str, Callable[[Path], dict[str, Any]]]:
    from rasad.eval.claims import evaluate_claims
    from rasad.eval.clustering import evaluate_clustering
    from rasad.eval.entities import evaluate_entities
    from rasad.eval.extraction import evaluate_extraction
    from rasad.eval.framing import evaluate_framing
    from rasad.eval.ner import evaluate_ner
    from rasad.eval.numbers import evaluate_numbers
    from rasad.eval.quotes import evaluate_quotes
    from rasad.eval.time import evaluate_time

    settings = Settings(strict=True)
    return {
        "extraction": lambda root: evaluate_extraction(root, settings),
        "ner": evaluate_ner,
        "entities": evaluate_entities,
        "time": evaluate_time,
        "quotes": evaluate_quotes,
        "numbers": evaluate_numbers,
        "claims": lambda root: evaluate_claims(root, embeddings=False),
        "framing": lambda root: evaluate_framing(root, settings),
        "clustering saudinewsnet": lambda root: evaluate_clustering(
            root, "saudinewsnet", settings.embed_lead_words, settings.embed_max_tokens
        ),
        # the same with the ONNX encoder (embed_engine onnx), when ONNX Runtime is installed
        "clustering saudinewsnet onnx": lambda root: (
            evaluate_clustering(
                root, "saudinewsnet", settings.embed_lead_words, settings.embed_max_tokens, "onnx"
            )
            if find_spec("onnxruntime")
            else {}
        ),
    }


@pytest.fixture(scope="module")
def results(shared) -> dict[str, dict[str, Any]]:
    """Each evaluation, run once for all its figures."""
    return {}


def figure_at(result: Any, path: list) -> float | None:
    """The number at `path`: keys, and {field: value} to pick a row of a list."""
    for step in path:
        if isinstance(step, dict):
            result = next((r for r in result if all(r.get(k) == v for k, v in step.items())), None)
        else:
            result = result.get(step) if isinstance(result, dict) else None
        if result is None:
            return None
    return result


def _id(figure: dict) -> str:
    return f"{figure['eval']}:{figure['dataset']}:{figure['split']}:{figure['metric']}"


def test_baseline_is_well_formed():
    assert set(f["eval"] for f in FIGURES) <= set(_runners())
    for f in FIGURES:
        assert {"eval", "dataset", "split", "metric", "path", "value", "floor"} <= set(f)
        assert 0 <= f["floor"] <= f["value"], _id(f)
    assert len({_id(f) for f in FIGURES}) == len(FIGURES)


@pytest.mark.parametrize("figure", FIGURES, ids=_id)
def test_figure_above_its_floor(figure, results, shared):
    name = figure["eval"]
    if name not in results:
        results[name] = _runners()[name](shared)
    value = figure_at(results[name], figure["path"])
    if value is None:
        pytest.skip(f"{figure['dataset']} not present in {shared}")
    assert value >= figure["floor"], (
        f"{_id(figure)} dropped to {value:.4f}, below its floor {figure['floor']} "
        f"(pinned at {figure['value']})"
    )
