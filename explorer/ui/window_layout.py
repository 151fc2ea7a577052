"""The windows' geometry: fitted to the screen they are on, remembered, and reset on request.

A geometry saved on a large monitor and restored on a laptop or a projector would put
panels and buttons off-screen; ``fit_to_screen`` shrinks and moves the window into the
screen's available area instead. ``reset_layout`` is View → Reset layout: the panels as on
a first start and a window that fits the screen. Mouse back and forward buttons go back
and forward anywhere in the window (``MouseNavigation``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStyle, QWidget

DEFAULT_SIZE = (1400, 900)
LIBRARY_WIDTH = 340


def fitted(window: QRect, screen: QRect) -> QRect:
    """``window`` shrunk to fit ``screen`` if it is larger, and moved onto it."""
    width, height = min(window.width(), screen.width()), min(window.height(), screen.height())
    left = max(screen.left(), min(window.left(), screen.right() - width + 1))
    top = max(screen.top(), min(window.top(), screen.bottom() - height + 1))
    return QRect(left, top, width, height)


def fit_to_screen(window: QWidget) -> None:
    """Keep the whole window on its screen (after a restored geometry or a resize asked for)."""
    if window.isMaximized() or window.isFullScreen():
        return
    screen = window.screen()
    if screen is None:
        return
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    # The title bar and borders count: fit the frame, then move the client area with it.
    extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
    target = fitted(frame, area)
    if target != frame:
        window.resize(target.width() - extra_w, target.height() - extra_h)
        window.move(target.topLeft())


def fit_once_shown(window: QWidget) -> None:
    """Fit ``window``'s frame, title bar included, to its screen once it is on screen: the
    window manager's frame is known only then."""
    from explorer.ui.first_paint import after_first_paint

    after_first_paint(window, lambda: fit_to_screen(window), fallback_ms=None)


def open_fitted(window: QWidget, preferred: tuple[int, int]) -> None:
    """Give ``window`` its ``preferred`` size, or the screen's if smaller, and fit it once shown:
    a dialog or console sized for a large monitor would put its buttons off a laptop's screen."""
    window.resize(*default_size(window, preferred))
    fit_once_shown(window)


def default_size(window: QWidget, preferred: tuple[int, int] = DEFAULT_SIZE) -> tuple[int, int]:
    """``preferred`` (the main window's by default), shrunk to the screen's available area less
    a title bar (before the window is shown its frame is not known; ``fit_once_shown`` fits
    the real one)."""
    screen = window.screen()
    if screen is None:
        return preferred
    area = screen.availableGeometry()
    title = window.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight)
    return min(preferred[0], area.width()), min(preferred[1], area.height() - title)


def place_default_docks(window: QMainWindow, library: QDockWidget) -> None:
    window.resizeDocks([library], [LIBRARY_WIDTH], Qt.Orientation.Horizontal)


def reset_layout(window: QMainWindow, default_state: QByteArray, library: QDockWidget) -> None:
    """The panels as on a first start (only the library and search open), and a window that fits."""
    window.restoreState(default_state)
    for dock in window.findChildren(QDockWidget):
        if dock.parent() is window and dock.objectName() not in ("library-dock", "search-dock"):
            dock.hide()
    if window.isMaximized() or window.isFullScreen():
        window.showNormal()
    window.resize(*default_size(window))
    fit_to_screen(window)
    library.show()
    library.raise_()
    place_default_docks(window, library)


class MouseNavigation(QObject):
    """The mouse's back and forward buttons, anywhere in the window, go back and forward."""

    def __init__(self, window: QWidget, back: Callable[[], None], forward: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._back, self._forward = back, forward

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.MouseButtonPress or not isinstance(event, QMouseEvent):
            return False
        button = event.button()
        navigation = (Qt.MouseButton.BackButton, Qt.MouseButton.ForwardButton)
        if button in navigation and isinstance(watched, QWidget) and watched.window() is self._window:
            (self._back if button == Qt.MouseButton.BackButton else self._forward)()
            return True
        return False


def make_room(window: QMainWindow, docks: list[QDockWidget], width: int) -> list[QDockWidget]:
    """Close side panels, in the order given, until the window's minimum
    width fits ``width``; return the ones closed.

    Called just before the window lays itself out, so a panel opened or a zoom step on a
    small screen closes another panel instead of pushing the window past the screen.
    """
    closed: list[QDockWidget] = []
    for dock in docks:
        if window.minimumSizeHint().width() <= width:
            break
        if dock.isHidden() or dock.isFloating():
            continue
        dock.hide()
        closed.append(dock)
    return closed
