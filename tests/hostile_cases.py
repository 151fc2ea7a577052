"""The hostile pack corpus: the committed small cases and the large ones built at test time.

``tools/make_hostile_packs.py`` writes both kinds; it is loaded from its path, since
``tools/`` is not a package.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = ROOT / "tests" / "data" / "hostile"


def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_hostile_packs", ROOT / "tools" / "make_hostile_packs.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_cases(scratch: Path) -> list[Path]:
    """Every case folder: the committed ones and the large ones written under ``scratch``."""
    (scratch / "outside").mkdir(parents=True, exist_ok=True)
    generator().write_large_cases(scratch / "large", scratch / "outside")
    return sorted(p for p in HOSTILE.iterdir() if p.is_dir()) + sorted((scratch / "large").iterdir())


def expected(case: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    return data
