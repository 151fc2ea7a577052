"""Where the user's own files live (journals, workshop sessions): Qt's per-platform data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def app_data_dir(kind: str) -> Path:
    """``<AppDataLocation>/<kind>``, e.g. ``~/.local/share/peace-ops-explorer/explorer/journals``."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) / kind


def journals_directory() -> Path:
    """Where the user's journals are kept (created when the first one is saved)."""
    return app_data_dir("journals")


def sessions_dir() -> Path:
    """Where workshop sessions are saved, one self-contained file each."""
    return app_data_dir("workshops")
