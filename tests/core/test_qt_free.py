"""explorer.core must never depend on Qt: walk every module's imports."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "explorer" / "core"
QT_NAMES = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "qtpy")


def test_no_core_module_imports_qt() -> None:
    offenders = []
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [
                f"{path.relative_to(CORE)}: {name}" for name in names if name.split(".")[0] in QT_NAMES
            ]
    assert offenders == []


def test_importing_the_core_loads_no_qt() -> None:
    """Also catches Qt pulled in indirectly, through a dependency."""
    modules = sorted(
        ".".join(p.relative_to(CORE).with_suffix("").parts)
        for p in CORE.rglob("*.py")
        if p.stem != "__init__"
    )
    code = (
        "import sys\n"
        + "".join(f"import explorer.core.{name}\n" for name in modules)
        + f"print([m for m in sys.modules if m.split('.')[0] in {QT_NAMES!r}])"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.strip() == "[]"
