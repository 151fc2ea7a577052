"""Run slow work (loading, indexing, export) off the GUI thread.

One helper for the whole app, in the spirit of Anki's ``QueryOp`` and napari's
``thread_worker``: the function runs in ``QThreadPool.globalInstance()`` and its
result or exception comes back as a signal delivered on the GUI thread, so the
window never freezes and no code calls ``processEvents()``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

#: Tasks still running, so that neither side is garbage-collected mid-flight.
_running: set[Task] = set()


class _Outcome(QObject):
    """Carries the outcome across threads.

    It is created (and, held by the ``Task``, destroyed) on the GUI thread; a
    signal emitted from the worker reaches the ``Task`` through a queued
    connection because the ``Task`` lives on the GUI thread.
    """

    done = Signal(bool, object)


class _Job(QRunnable):
    def __init__(self, function: Callable[[], Any], outcome: _Outcome) -> None:
        super().__init__()
        self._function = function
        self._outcome = outcome

    def run(self) -> None:
        try:
            result = self._function()
        except Exception as error:  # reported to the GUI thread, never lost
            self._outcome.done.emit(False, error)
        else:
            self._outcome.done.emit(True, result)


class Task(QObject):
    """A function running in the thread pool; its signals arrive on the GUI thread."""

    succeeded = Signal(object)  # the function's return value
    failed = Signal(object)  # the exception it raised (with its traceback)
    finished = Signal()  # after either of the above

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._outcome = _Outcome()
        self._outcome.done.connect(self._deliver)
        # Deleted with its parent before the work ended: nothing will be delivered.
        self.destroyed.connect(lambda: _running.discard(self))

    @Slot(bool, object)
    def _deliver(self, ok: bool, value: object) -> None:
        self.done = True
        _running.discard(self)
        if ok:
            self.result = value
            self.succeeded.emit(value)
        else:
            assert isinstance(value, BaseException)
            self.error = value
            self.failed.emit(value)
        self.finished.emit()


def run_task(
    function: Callable[..., Any],
    *args: Any,
    name: str = "",
    on_result: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    parent: QObject | None = None,
    **kwargs: Any,
) -> Task:
    """Start ``function(*args, **kwargs)`` in the thread pool and return its ``Task``.

    ``on_result`` and ``on_error`` are called on the GUI thread; connect to the
    task's signals instead when the receiver may be gone by the time it ends.
    """
    task = Task(name or getattr(function, "__name__", "task"), parent)
    if on_result is not None:
        task.succeeded.connect(on_result)
    if on_error is not None:
        task.failed.connect(on_error)
    _running.add(task)
    QThreadPool.globalInstance().start(_Job(lambda: function(*args, **kwargs), task._outcome))
    return task


def wait_for_all(milliseconds: int = -1) -> bool:
    """Block until every task's function has returned (for shutdown and tests)."""
    return QThreadPool.globalInstance().waitForDone(milliseconds)
