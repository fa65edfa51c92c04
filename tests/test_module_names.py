"""No module of `src/rasad` binds a top-level name twice. Word tables live as module constants
(`rasad.lang.quotes`, `rasad.lang.date_words`), and two rounds that each add a table of the same
name merge without a conflict: the second silently hides the first. It happened twice
(`ISSUED_DOCUMENTS`, Arabic and Persian, session 46; `DEADLINE_CUES`, the timeline's list
hidden by the publication date's since round 36). An AST walk keeps it from happening again."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import rasad

SRC = Path(rasad.__file__).parent


def top_level_names(tree: ast.Module) -> dict[str, list[int]]:
    """Each name a module binds at its top level by def, class or assignment, with the lines."""
    lines: dict[str, list[int]] = defaultdict(list)
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            lines[node.name].append(node.lineno)
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    lines[target.id].append(node.lineno)
        elif (
            isinstance(node, ast.AnnAssign)
            and node.value is not None
            and isinstance(node.target, ast.Name)
        ):
            lines[node.target.id].append(node.lineno)
    return lines


def test_no_module_binds_a_top_level_name_twice():
    twice = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for name, at in top_level_names(tree).items():
            if len(at) > 1:
                twice.append(f"{path.relative_to(SRC)}: {name} at lines {at}")
    assert not twice, "names bound twice (the later hides the earlier):\n" + "\n".join(twice)


def test_the_walk_sees_a_name_bound_twice():
    tree = ast.parse('WORDS = {"ar": ["تقرير"]}\nX: int = 1\nWORDS = {"fa": ["بیانیه"]}\n')
    assert top_level_names(tree)["WORDS"] == [1, 3]
