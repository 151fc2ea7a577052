"""The presenter view: the room's screen, full screen on the projector when there is one.

It is built from a ``RoomView`` and a signal that brings the next one, and from
nothing else: it holds no reference to the session, so it cannot show a vote
that ``room_view`` has not released. With a second screen it goes full screen
there; otherwise it is a normal window the facilitator drags to the projector
or shares in a video call. Esc leaves full screen, F11 toggles it, Ctrl+= and
Ctrl+- make the type larger or smaller, Ctrl+Shift+L switches between white on
black and black on white (for a bright room).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from explorer.core.workshop.room_view import RoomView
from explorer.ui.actions import make_action
from explorer.ui.i18n import FollowsLanguage, set_action_text
from explorer.ui.plain_text import arg, window_title
from explorer.ui.workshop import look
from explorer.ui.workshop.room_panel import RoomPanel


class PresenterWindow(FollowsLanguage, QWidget):
    def __init__(
        self,
        view: RoomView,
        updates: SignalInstance,
        actions: Iterable[QAction] = (),
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenter")
        self._title = title  # the session's
        self.panel = RoomPanel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)
        self._light = False
        # The facilitator's live keys work here too (a clicker talks to the focused window).
        self.addActions(list(actions))
        # Named in ``retranslate_ui``, so that their names follow a language change too.
        self._key_actions = [
            make_action(self, "", slot, keys)
            for keys, slot in (
                (("Esc",), self.leave_full_screen),
                (("F11",), self.toggle_full_screen),
                (("Ctrl+=", "Ctrl++"), lambda: self.panel.set_zoom(self.panel.zoom * 1.1)),
                (("Ctrl+-",), lambda: self.panel.set_zoom(self.panel.zoom / 1.1)),
                (("Ctrl+0",), lambda: self.panel.set_zoom(1.0)),
                (("Ctrl+Shift+L",), self.toggle_light),
            )
        ]
        updates.connect(self.show_view)
        self.show_view(view)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The window's title and name in the language of the moment: at start and on a language
        change (what the room sees follows in its panel)."""
        title = self._title
        self.setWindowTitle(
            window_title(arg(self.tr("Presenter — %1"), title)) if title else self.tr("Presenter")
        )
        self.setAccessibleName(self.tr("Presenter view"))
        names = (
            self.tr("Leave full screen"),
            self.tr("Full screen"),
            self.tr("Larger type"),
            self.tr("Smaller type"),
            self.tr("Type at its normal size"),
            self.tr("Black on white / white on black"),
        )
        for action, name in zip(self._key_actions, names, strict=True):
            set_action_text(action, name)

    def show_view(self, view: RoomView) -> None:
        self.panel.show_view(view)
        self.panel.fit_text()

    def toggle_light(self) -> None:
        self._light = not self._light
        self.panel.set_colours(look.LIGHT if self._light else look.DARK)
        self.panel.fit_text()

    def leave_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def show_on_projector(self, console: QWidget | None = None) -> bool:
        """Full screen on a screen other than the console's if there is one; True if so."""
        screens = QGuiApplication.screens()
        here = console.screen() if console is not None else QGuiApplication.primaryScreen()
        others = [screen for screen in screens if screen is not here]
        if others:
            target = others[0]
            self.setScreen(target)
            self.setGeometry(target.geometry())
            self.showFullScreen()
            return True
        if not self.isVisible():
            self.resize(1280, 720)
        self.showNormal()
        self.raise_()
        return False
