"""The store interfaces stay honest: `Store` is the union of the narrow protocols, both stores
implement all of it, and each service function calls on its store only what the protocol it
is annotated with declares."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

import rasad.store as store_package
from rasad.store import base
from rasad.store.postgres import PostgresStore
from rasad.store.sqlite import SQLiteStore

SERVICES = Path(__file__).resolve().parents[2] / "src" / "rasad" / "services"
PROTOCOLS = {
    name: cls
    for name, cls in vars(base).items()
    if inspect.isclass(cls) and cls.__module__ == base.__name__ and cls is not base.StoreError
}
# what a store offers besides the protocol: opening and checking its own database
STORE_ONLY = {"migrate", "writing", "integrity_ok", "schema_version", "database", "path", "url"}


def members(protocol: type) -> set[str]:
    """The methods a protocol declares, its bases' included."""
    return {
        name
        for cls in protocol.__mro__
        if cls in PROTOCOLS.values()
        for name in vars(cls)
        if not name.startswith("_")
    }


def test_each_method_is_declared_once_and_store_joins_them_all():
    declared = [n for cls in PROTOCOLS.values() for n in vars(cls) if not n.startswith("_")]
    assert len(declared) == len(set(declared))
    assert members(base.Store) == set(declared)


def test_the_package_exports_every_protocol():
    assert set(PROTOCOLS) <= set(store_package.__all__)


@pytest.mark.parametrize("store_class", [SQLiteStore, PostgresStore])
def test_both_stores_implement_the_whole_protocol(store_class):
    offered = {n for n in dir(store_class) if not n.startswith("_")}
    assert members(base.Store) <= offered
    assert offered - members(base.Store) <= STORE_ONLY | {
        "MARK",
        "BYTEWISE",
        "CONTAINS",
        "IN_ORDER",
    }


def _annotated_uses() -> list[tuple[str, str, str]]:
    """(where, protocol, method) for each `store.method` a service function calls on a store
    parameter annotated with one protocol (or `self.store`, annotated in `__init__`)."""
    uses = []
    for path in sorted(SERVICES.glob("*.py")):
        tree = ast.parse(path.read_text())
        for cls in [tree, *(n for n in ast.walk(tree) if isinstance(n, ast.ClassDef))]:
            own = _store_annotation(next(_functions(cls, "__init__"), None))
            for fn in _functions(cls):
                protocol = _store_annotation(fn)
                for node in ast.walk(fn):
                    if not isinstance(node, ast.Attribute):
                        continue
                    target = node.value
                    if isinstance(target, ast.Name) and target.id == "store" and protocol:
                        uses.append((f"{path.name}:{fn.name}", protocol, node.attr))
                    elif (
                        isinstance(target, ast.Attribute)
                        and target.attr == "store"
                        and isinstance(target.value, ast.Name)
                        and target.value.id == "self"
                        and own
                    ):
                        uses.append((f"{path.name}:{fn.name}", own, node.attr))
    return uses


def _functions(parent: ast.AST, name: str | None = None):
    for node in getattr(parent, "body", []):
        if isinstance(node, ast.FunctionDef) and name in (None, node.name):
            yield node


def _store_annotation(fn: ast.FunctionDef | None) -> str | None:
    """The protocol a function's `store` parameter is annotated with (None: not one)."""
    if fn is None:
        return None
    for arg in fn.args.args + fn.args.kwonlyargs:
        if arg.arg == "store" and arg.annotation is not None:
            name = ast.unparse(arg.annotation).replace(" | None", "")
            return name if name in PROTOCOLS else None
    return None


def test_services_call_only_what_their_protocol_declares():
    uses = _annotated_uses()
    assert len(uses) > 40  # the check sees the services' store calls
    wrong = [
        f"{where} calls store.{method}, not in {protocol}"
        for where, protocol, method in uses
        if method not in members(PROTOCOLS[protocol])
    ]
    assert wrong == []
