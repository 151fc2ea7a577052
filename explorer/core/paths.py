"""One place that finds the data the app ships, wherever it runs from.

Three layouts: a source checkout (``resources/`` and ``scenarios/`` beside the
package), an installed wheel (copied into ``explorer/_data/``) and a PyInstaller
app (unpacked under ``sys._MEIPASS``, same ``explorer/_data/`` layout).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

#: Must match ``explorer.app``'s organisation and application names (a UI test checks).
ORGANISATION, APPLICATION = "peace-ops-explorer", "explorer"

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


def user_data_dir() -> Path:
    """Where the user's own files live: what ``QStandardPaths.AppDataLocation`` is, without Qt."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / ORGANISATION / APPLICATION


def app_dirs() -> list[Path]:
    """Every folder where the app keeps files of its own (data, settings, cache), without Qt.

    Exports never write over a file in them (``explorer.core.export_target``).
    """
    if sys.platform == "win32":
        local = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return [user_data_dir(), local / ORGANISATION]
    if sys.platform == "darwin":
        library = Path.home() / "Library"
        return [user_data_dir(), library / "Preferences", library / "Caches" / ORGANISATION]
    home = Path.home()
    config = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config")
    cache = Path(os.environ.get("XDG_CACHE_HOME") or home / ".cache")
    return [user_data_dir(), config / ORGANISATION, cache / ORGANISATION]
