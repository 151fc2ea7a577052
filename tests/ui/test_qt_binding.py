"""Guard against a Qt binding that corrupts the interpreter (PySide6 6.12.0)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_calls_do_not_consume_references_to_none() -> None:
    # PySide6 6.12.0 took one reference off None per void call; on Python 3.11 the
    # app then aborted after a few hundred interactions. pyproject.toml excludes it.
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        probe.setObjectName("probe")
    assert sys.getrefcount(None) - before > -10
