"""Autosaves of one view's file: written on the app's writer thread, the last one at once on close.

``save`` queues a write (``tasks.save_in_order``: one thread, in the order asked,
a write superseded before it started skipped) and calls ``done`` on the GUI
thread with None once it is on disk, or with the error. Closing cannot wait for
the event loop to bring that news: ``finish`` waits for the queue, then writes the
current snapshot on the calling thread and says at once whether it reached the
disk. Outcomes of writes queued before a ``finish`` are ignored when they arrive:
the finishing write says how things stand.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from explorer.core.store import StoreError
from explorer.ui.tasks import save_in_order, wait_for_saves


class BackgroundSaver(QObject):
    """The saves of one view (a journal panel, a workshop controller)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._asked = 0  # writes queued so far
        self._settled = 0  # writes whose news ``finish`` made stale
        self._in_flight = 0

    @property
    def pending(self) -> bool:
        """True while a queued write has not reported back."""
        return self._in_flight > 0

    def save(self, key: str, write: Callable[[], None], done: Callable[[BaseException | None], None]) -> None:
        """Queue ``write`` (it must only use data it owns); ``done(error or None)`` when it ends."""
        self._asked += 1
        self._in_flight += 1
        number = self._asked

        def ended(error: BaseException | None, written: bool = True) -> None:
            self._in_flight -= 1
            if number > self._settled and written:  # skipped: a newer write carries this one's content
                done(error)

        save_in_order(
            key,
            write,
            on_result=lambda written: ended(None, bool(written)),
            on_error=ended,
            parent=self,
        )

    def finish(self, write: Callable[[], None]) -> OSError | StoreError | None:
        """After every queued write, run ``write`` here and now; the error, or None if it is on disk."""
        wait_for_saves()
        self._settled = self._asked
        try:
            write()
        except (OSError, StoreError) as error:
            return error
        return None
