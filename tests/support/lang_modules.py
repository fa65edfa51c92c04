"""The names each module of `rasad.lang` binds at its top level, read from its source: tests
that a word list lives in one lang module only ask it."""

from __future__ import annotations

import ast
import pkgutil
from collections.abc import Iterator
from pathlib import Path

import rasad
import rasad.lang

LANG = Path(rasad.__file__).parent / "lang"


def lang_module_names() -> Iterator[tuple[str, list[str]]]:
    """(module name, the names its top-level assignments bind) for every lang module."""
    for info in pkgutil.iter_modules(rasad.lang.__path__):
        tree = ast.parse((LANG / f"{info.name}.py").read_text(encoding="utf-8"))
        names = [t.id for n in tree.body if isinstance(n, ast.Assign) for t in n.targets]
        yield info.name, names
