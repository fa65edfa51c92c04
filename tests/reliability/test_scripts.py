"""Short runs of the reliability scripts: the reader fuzz and the kill-and-resume trials."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


def test_fuzzed_readers_give_documents_or_reasons():
    fuzz = _script("fuzz")
    fuzz.fuzz_round(fuzz.seed_inputs(), examples=150)


def test_killed_ingests_resume_to_the_same_documents_and_stories(tmp_path: Path):
    trials = _script("kill_trials").kill_trials(
        trials=3, docs=9, seed=11, batch_size=2, full=False, workdir=tmp_path
    )
    assert len(trials) == 3
    for trial in trials:
        assert trial.integrity == "ok"
        assert not trial.mismatches, trial.mismatches
