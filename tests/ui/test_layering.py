"""Widgets never reach back to the entry points (``explorer/cli.py``, ``explorer/*_cli.py``)."""

from __future__ import annotations

import ast
from pathlib import Path

EXPLORER = Path(__file__).resolve().parents[2] / "explorer"
ENTRY_POINTS = {"explorer.cli"} | {f"explorer.{path.stem}" for path in EXPLORER.glob("*_cli.py")}


def test_no_widget_imports_an_entry_point() -> None:
    assert "explorer.workshop_cli" in ENTRY_POINTS  # the rule covers the module the console once used
    offenders = []
    for path in sorted((EXPLORER / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            offenders += [f"{path.relative_to(EXPLORER)}: {name}" for name in names if name in ENTRY_POINTS]
    assert offenders == []
