"""Every user setting in one place, with its default, over ``QSettings``.

Keys and defaults are declared once here (as napari does in ``napari.settings``),
so a widget never invents a key or a default of its own. ``QSettings`` is
created when a ``Settings`` object is, never at import time, so tests that
point Qt at a temporary configuration directory are isolated.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T", str, int, bool, QByteArray)


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T


#: The interface language: ``""`` (follow the system), ``en``, ``nl`` or ``fr`` (``explorer.ui.i18n``).
LANGUAGE = Setting("ui/language", "")
#: ``system``, ``light``, ``dark`` or ``high-contrast``.
THEME = Setting("appearance/theme", "system")
#: Zoom steps from the platform's default font size (each step is 10 %).
ZOOM = Setting("appearance/zoom", 0)
SHOW_FACILITATOR_NOTES = Setting("scenario/facilitator_notes", False)
LAST_PACK = Setting("session/last_pack", "")
LAST_SCENARIO = Setting("session/last_scenario", "")
LAST_STAGE = Setting("session/last_stage", "")
WELCOME_SEEN = Setting("session/welcome_seen", False)
WINDOW_GEOMETRY = Setting("window/geometry", QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray())
SPLITTER_STATE = Setting("window/splitter", QByteArray())
CURRENT_VIEW = Setting("window/view", 0)
LIBRARY_ORDER = Setting("library/order", "path")  # path (for newcomers), title, length or pack
CURRENT_JOURNAL = Setting("reflection/journal", "")  # the path of the journal in use
REVIEWER_NAME = Setting("review/reviewer", "")  # signed on every verdict the reader records
SHOW_REVIEW_MARKS = Setting("review/marks", True)  # mark reviewed claims in the scenario view
#: The folder the last workshop debrief was exported to ("": the user's Documents).
DEBRIEF_FOLDER = Setting("workshop/debrief_folder", "")


class Settings:
    """Typed access to the app's settings; values of the wrong type fall back to the default."""

    def __init__(self, path: Path | None = None) -> None:
        # Organisation and application names (set by explorer.app) locate the default file.
        self._store = QSettings(str(path), QSettings.Format.IniFormat) if path else QSettings()

    def get(self, setting: Setting[T]) -> T:
        value = self._store.value(setting.key, setting.default)
        default = setting.default
        if isinstance(default, bool):
            # INI files give booleans back as the strings "true" / "false".
            if isinstance(value, str):
                return value.lower() in {"true", "1", "yes"}
            return bool(value)
        if isinstance(default, int):
            try:
                return int(value)  # type: ignore[call-overload]  # QSettings gives int or str
            except (TypeError, ValueError):
                return default
        if isinstance(default, QByteArray):
            return value if isinstance(value, QByteArray) else default
        return value if isinstance(value, str) else default

    def set(self, setting: Setting[T], value: T) -> None:
        self._store.setValue(setting.key, value)

    def reset(self, setting: Setting[T]) -> None:
        self._store.remove(setting.key)

    def sync(self) -> None:
        self._store.sync()
