"""A workshop session open on screen: its controller, console and presenter together."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from explorer.core.workshop.files import LoadedSession
from explorer.ui.theme import Appearance
from explorer.ui.workshop.console import WorkshopConsole
from explorer.ui.workshop.console_actions import LIVE
from explorer.ui.workshop.controller import WorkshopController
from explorer.ui.workshop.presenter import PresenterWindow
from explorer.ui.workshop.room_dock import RoomVoting


class RunningSession(QObject):
    """A session open on screen: its controller, console and presenter, kept together."""

    finished = Signal()  # the console was closed (the session is saved and can be resumed)
    quitRequested = Signal()  # Quit in the console or the presenter: the launcher asks once

    def __init__(
        self, loaded: LoadedSession, parent: QObject | None = None, *, appearance: Appearance
    ) -> None:
        super().__init__(parent)
        self.controller = WorkshopController(loaded)
        self.console = WorkshopConsole(self.controller, appearance=appearance)
        # The controller lives exactly as long as the console that drives it.
        self.controller.setParent(self.console)
        self.presenter: PresenterWindow | None = None
        self.console.presenterRequested.connect(self.show_presenter)
        self.console.closed.connect(self._console_closed)
        self.console.quitRequested.connect(self.quitRequested)
        # Phones in the room: the console's Phones and Arguments boxes, the presenter's join
        # screen and argument map; the web server starts only when the facilitator turns it on.
        self.room = RoomVoting(self.console, self.controller, self.console.closed)

    def _console_closed(self) -> None:
        if self.presenter is not None:
            self.presenter.close()
        self.controller.release()
        self.finished.emit()

    def start(self) -> None:
        self.console.show()
        self.show_presenter()
        self.console.raise_()
        self.console.activateWindow()

    def show_presenter(self) -> PresenterWindow:
        if self.presenter is None:
            live = [self.console.actions_by_name[name] for name in LIVE]
            self.presenter = PresenterWindow(
                self.controller.room(), self.controller.roomChanged, live, self.controller.session.title
            )
            self.room.attach_presenter(self.presenter)
        self.presenter.show_on_projector(self.console)
        return self.presenter

    def close(self) -> None:
        """Close the presenter and the console without asking (the caller asked, if needed)."""
        self.console.close_confirmed = True
        if self.presenter is not None:
            self.presenter.close()
        self.console.close()
