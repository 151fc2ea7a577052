"""Run slow work (loading, indexing, export) off the GUI thread.

One helper for the whole app, in the spirit of Anki's ``QueryOp`` and napari's
``thread_worker``: the function runs in ``QThreadPool.globalInstance()`` and its
result or exception comes back as a signal delivered on the GUI thread, so the
window never freezes and no code calls ``processEvents()``.

Saves go through ``save_in_order``: the same ``Task``, but run on one writer
thread of its own, so writes reach the disk in the order they were asked for
(a pool would let a later save of a file overtake an earlier one). A save that a
newer save of the same file supersedes before it started is skipped: the newer
one holds everything. ``wait_for_all`` waits for the last save at quit.
"""

from __future__ import annotations

import contextlib
import threading
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
            self._report(False, error)
        else:
            self._report(True, result)

    def _report(self, ok: bool, value: object) -> None:
        # The task's owner (a window closing, the app quitting) may have deleted it while the
        # work ran ("Signal source has been deleted"): nobody waits for the outcome any more.
        with contextlib.suppress(RuntimeError):
            self._outcome.done.emit(ok, value)


class Task(QObject):
    """A function running in the thread pool; its signals arrive on the GUI thread."""

    #: Set to ask the function to stop, when whoever started the task gave the function
    #: this event's ``is_set`` to poll (``explorer.ui.loading``); ``None``: not cancellable.
    cancel: threading.Event | None = None

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


#: The one thread that writes users' files, created on the first save.
_writer: QThreadPool | None = None
#: Per file, the number of the newest save asked for; read by the writer thread.
_newest: dict[str, int] = {}
_newest_lock = threading.Lock()


def _writer_pool() -> QThreadPool:
    global _writer
    if _writer is None:
        _writer = QThreadPool()
        _writer.setObjectName("explorer-writer")
        _writer.setMaxThreadCount(1)  # one thread: first asked, first written
    return _writer


def save_in_order(
    key: str,
    write: Callable[[], None],
    *,
    on_result: Callable[[bool], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    parent: QObject | None = None,
) -> Task:
    """Run ``write()`` on the writer thread after every save asked for before it.

    ``key`` names what is written (the file): a save still waiting when a newer one
    with the same key is asked for is skipped. ``write`` must only use data it
    owns (encoded bytes, a path), never objects the GUI keeps changing. The task
    succeeds with True once written, False if skipped; it fails with what
    ``write`` raised.
    """
    with _newest_lock:
        number = _newest[key] = _newest.get(key, 0) + 1

    def run() -> bool:
        with _newest_lock:
            if _newest[key] != number:
                return False
        write()
        return True

    task = Task(f"save {key}", parent)
    if on_result is not None:
        task.succeeded.connect(on_result)
    if on_error is not None:
        task.failed.connect(on_error)
    _running.add(task)
    _writer_pool().start(_Job(run, task._outcome))
    return task


def wait_for_saves(milliseconds: int = -1) -> bool:
    """Block until every save asked for so far is on disk (or failed)."""
    return _writer is None or _writer.waitForDone(milliseconds)


def wait_for_all(milliseconds: int = -1) -> bool:
    """Block until every task's function has returned and every save is written (shutdown, tests).

    Saves are waited for without a limit: quitting must not lose the last one.
    """
    saved = wait_for_saves(-1)
    return QThreadPool.globalInstance().waitForDone(milliseconds) and saved
