"""One place that finds the data the app ships, wherever it runs from.

Three layouts: a source checkout (``resources/`` and ``scenarios/`` beside the
package), an installed wheel (copied into ``explorer/_data/``) and a PyInstaller
app (unpacked under ``sys._MEIPASS``, same ``explorer/_data/`` layout).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


@cache
def data_root() -> Path:
    """The directory holding ``resources/`` and ``scenarios/``."""
    candidates = []
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        candidates.append(Path(frozen_base) / "explorer" / "_data")
    candidates += [_PACKAGE / "_data", _PACKAGE.parent]
    for candidate in candidates:
        if (candidate / "resources" / "sources").is_dir():
            return candidate
    searched = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"the explorer's data (resources/sources) was not found in: {searched}")


def resources_dir() -> Path:
    return data_root() / "resources"


def sources_dir() -> Path:
    return resources_dir() / "sources"


def bundled_pack_dir() -> Path:
    return data_root() / "scenarios"
