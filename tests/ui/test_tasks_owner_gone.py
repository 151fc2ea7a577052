"""A background task whose owner is deleted while it runs ends quietly."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QObject, QThreadPool

from explorer.ui.tasks import run_task


def test_a_task_whose_owner_is_gone_ends_without_a_traceback(
    qtbot, capfd: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    """At quit, with the search index still building, Qt tore down the task's objects before
    the work ended, and the worker printed "Error calling Python override of QRunnable::run():
    … Signal source has been deleted" (seen in the screenshot tools)."""
    owner = QObject()
    release = threading.Event()
    results: list[object] = []
    task = run_task(lambda: release.wait(10) and "built", parent=owner, on_result=results.append)
    assert not task.done
    shiboken6.delete(task._outcome)  # as the teardown at quit does, while the work runs
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    release.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)  # let a queued delivery (there must be none) arrive
    assert results == []
    err = capfd.readouterr().err
    assert "Traceback" not in err and "Signal source has been deleted" not in err


def _alive(obj: QObject) -> bool:
    try:
        obj.objectName()
    except RuntimeError:
        return False
    return True
