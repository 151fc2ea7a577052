"""Run something once a window has been painted on screen, not merely shown.

``show()`` returns before anything is drawn: the window is exposed and painted on a
later turn of the event loop. Work queued with a zero timer at ``show()`` runs before
that paint, so a pack load started that way holds the interpreter (and a core) while
the reader still looks at nothing. ``after_first_paint`` waits for the paint instead;
the timed start (``explorer self-test --gui-start``) uses it to stamp the moment the
window was really drawn.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractScrollArea, QWidget


class _PaintWatch(QObject):
    """Watches one window for its next paint while exposed; calls back once, on the next turn."""

    def __init__(self, window: QWidget, then: Callable[[], object], fallback_ms: int | None) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[], object] | None = then
        window.installEventFilter(self)
        if fallback_ms is not None:
            # A window that is never exposed (minimised at start, an unmapped test window) gets
            # no paint: the work must not wait for one forever.
            QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is not self._window:
            return False
        if kind == QEvent.Type.Close:
            # Closed before it was drawn: stop watching (a Python filter still installed while the
            # window is torn down can crash PySide); only the fallback, if any, calls back now.
            self._window.removeEventFilter(self)
        elif kind in (QEvent.Type.Paint, QEvent.Type.UpdateRequest):
            # The window's own paint comes first in a full repaint and its children are drawn in
            # the same pass: a zero timer set now runs once the whole pass is done.
            handle = self._window.windowHandle()
            if handle is not None and handle.isExposed():
                self._window.removeEventFilter(self)
                QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        # Left in place once fired (inert, a child of the window): deleting the object a timer's
        # callback belongs to from inside that callback crashes PySide.
        then, self._then = self._then, None
        if then is not None:
            self._window.removeEventFilter(self)
            then()


def after_first_paint(window: QWidget, then: Callable[[], object], fallback_ms: int | None = 1000) -> None:
    """Call ``then`` on the turn of the event loop after ``window`` is next painted on screen.

    A window already drawn is asked to paint again (``update``), so the paint waited for
    shows what it holds now. ``fallback_ms``: call ``then`` anyway if no paint came by then
    (None: wait for the paint however long it takes, as the timed start does).
    """
    _PaintWatch(window, then, fallback_ms)
    window.update()


def known_viewport(area: QAbstractScrollArea) -> QWidget:
    """``area.viewport()``, without PySide's type discovery on the first such call.

    The first time PySide wraps a widget Qt hands back as a plain ``QWidget *`` (a viewport),
    it looks for the most derived Python class among QtWidgets' and builds the enum classes
    of some twenty classes on the way (about 10 ms, measured before the first paint).
    ``findChild`` with the class given wraps the same widget directly, and later
    ``viewport()`` calls get that wrapper back: call this once on a view that the first
    screen shows.
    """
    found = area.findChild(QWidget, "qt_scrollarea_viewport", Qt.FindChildOption.FindDirectChildrenOnly)
    return found if found is not None else area.viewport()
