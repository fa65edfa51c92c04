"""The package's layers import only downwards: the web layer and the CLI on top, the services
below them, then the store, the analysis views, the stages and the pure NLP packages, and the
text primitives and language data at the bottom. An AST walk over every module of
`src/rasad` (function-level imports included) keeps it so."""

from __future__ import annotations

import ast
from pathlib import Path

import rasad

SRC = Path(rasad.__file__).parent

# Top to bottom. A module may import its own layer and the layers below it.
LAYERS: list[tuple[str, tuple[str, ...]]] = [
    ("interfaces", ("rasad.cli", "rasad.api", "rasad.display")),
    ("services", ("rasad.services", "rasad.eval")),
    ("store", ("rasad.store",)),
    ("analysis", ("rasad.analysis",)),
    ("stages", ("rasad.stages",)),
    ("nlp", ("rasad.entities", "rasad.cluster")),
    ("pipeline", ("rasad.pipeline",)),
    ("text", ("rasad.text", "rasad.lang", "rasad.data", "rasad.schema")),
    ("core", ("rasad.model", "rasad.config", "rasad")),
]
# Within the top layer: the CLI starts the web app (`rasad serve`); the app never imports the CLI.
FORBIDDEN = {("rasad.api", "rasad.cli"), ("rasad.display", "rasad.cli")}


def module_name(path: Path) -> str:
    parts = ("rasad", *path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(path: Path) -> set[str]:
    """Every rasad module a file imports, at any depth of the file."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "rasad"}
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            found |= {node.module} if node.module.split(".")[0] == "rasad" else set()
    return found


def layer_of(module: str) -> int:
    """The index of the layer of `module` (the most specific prefix that names one)."""
    best, length = None, -1
    for index, (_, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > length:
                best, length = index, len(prefix)
    assert best is not None, f"{module} belongs to no layer: add it to LAYERS"
    return best


def top_package(module: str) -> str:
    return ".".join(module.split(".")[:2])


def import_graph() -> dict[str, set[str]]:
    return {module_name(p): imported(p) for p in sorted(SRC.rglob("*.py"))}


def test_every_module_imports_only_its_own_layer_and_below():
    upward = [
        f"{module} ({LAYERS[layer_of(module)][0]}) imports {target} ({LAYERS[layer_of(target)][0]})"
        for module, targets in import_graph().items()
        for target in sorted(targets)
        if layer_of(target) < layer_of(module)
    ]
    assert upward == []


def test_nothing_imports_the_cli_and_only_the_cli_imports_the_api():
    wrong = [
        f"{module} imports {target}"
        for module, targets in import_graph().items()
        for target in targets
        if (top_package(module), top_package(target)) in FORBIDDEN
        or (
            top_package(target) == "rasad.api"
            and top_package(module) not in ("rasad.api", "rasad.cli")
        )
    ]
    assert wrong == []


def test_nothing_below_the_services_imports_the_store():
    store = layer_of("rasad.store")
    wrong = [
        f"{module} imports {target}"
        for module, targets in import_graph().items()
        if layer_of(module) > store
        for target in targets
        if top_package(target) == "rasad.store"
    ]
    assert wrong == []


def test_the_layer_table_names_every_package():
    for module in import_graph():
        layer_of(module)  # asserts
