"""The documentation keeps up with the code: every setting has a row in the settings table,
every CLI command and subcommand is named as `rasad COMMAND` (README.md or docs/), and every
pipeline stage has a row in docs/architecture.md's stage table."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import click

from rasad.cli import main
from rasad.config import SETTINGS
from rasad.pipeline import registered

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def docs_text() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in DOCS)


def tables(text: str) -> list[list[list[str]]]:
    """Every Markdown table as its rows (the header first, the |---| line left out), each row
    its cells stripped of spaces and backticks."""
    found: list[list[list[str]]] = []
    inside = False
    for line in text.splitlines():
        if not line.lstrip().startswith("|"):
            inside = False
            continue
        cells = [cell.strip().strip("`").strip() for cell in line.strip().strip("|").split("|")]
        if all(set(cell) <= set("-: ") for cell in cells):
            continue
        if not inside:
            found.append([])
            inside = True
        found[-1].append(cells)
    return found


def command_paths(group: click.Group, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """Every command under `group`, as the words typed after `rasad`."""
    for name, command in sorted(group.commands.items()):
        yield (*prefix, name)
        if isinstance(command, click.Group):
            yield from command_paths(command, (*prefix, name))


def mentioned(path: tuple[str, ...], text: str) -> bool:
    """Whether `rasad WORD …` names the command; alternatives as in `rasad eval ner|time`."""
    word = r"(?:[\w-]+\|)*{}(?:\|[\w-]+)*(?![\w-])"
    pattern = r"\brasad\s+" + r"\s+".join(word.format(re.escape(w)) for w in path)
    return re.search(pattern, text) is not None


def test_every_setting_has_a_row_in_a_settings_table():
    rows = {
        cells[0]: cells[1:]
        for table in tables(docs_text())
        if table[0][0].lower().startswith("setting")
        for cells in table[1:]
        if len(cells) > 1
    }
    missing = [s.name for s in SETTINGS if s.name not in rows]
    assert not missing, f"settings without a row `| name | … |` in README.md or docs/: {missing}"
    stale = [s.name for s in SETTINGS if rows[s.name][0] != json.dumps(s.default)]
    assert not stale, f"settings whose documented default (as JSON) is not the code's: {stale}"


def test_every_command_is_named_in_the_docs():
    text = docs_text()
    paths = list(command_paths(main))
    assert ("eval", "ner") in paths  # the walk reaches subcommands
    missing = [" ".join(p) for p in paths if not mentioned(p, text)]
    assert not missing, f"commands never named as `rasad …` in README.md or docs/: {missing}"


def test_every_stage_has_a_row_in_the_architecture_stage_table():
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    named = {
        cell
        for table in tables(text)
        if "stage" in table[0]
        for cells in table[1:]
        for cell in cells[:2]
    }
    missing = [name for name in registered() if name not in named]
    assert not missing, f"stages without a row in docs/architecture.md's stage table: {missing}"


def test_the_checks_can_fail():
    assert mentioned(("eval", "ner"), "run `rasad eval extraction|ner|time`")
    assert not mentioned(("story",), "`rasad stories`")
    assert not mentioned(("eval", "ner"), "`rasad eval nerd`")
    assert tables("| a | b |\n|---|---|\n| `db` | x |\ntext\n| c |") == [
        [["a", "b"], ["db", "x"]],
        [["c"]],
    ]
