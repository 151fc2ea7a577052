"""Room voting attached to a running session: the console's Phones dock and the presenter's join screen.

Everything room voting adds to the workshop windows is put in place here, so the
console and the presenter need no change of their own: the Phones box goes into
a dock on the console (a ``QMainWindow``), and the join screen lies over the
presenter's slide. A running session plugs it in with two calls::

    self.room = RoomVoting(self.console, self.controller, self.console.closed)  # console made
    self.room.attach_presenter(self.presenter)                                 # presenter made

The server stops when room voting is turned off, when the session ends, and when
the console has closed (``closed``); the session keeps its token and its phones'
ballots, so turning room voting on again after a resume gives phones the same address.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, SignalInstance
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from explorer.ui.workshop.controller import WorkshopController
from explorer.ui.workshop.join_screen import JoinScreen
from explorer.ui.workshop.room_bridge import RoomBridge
from explorer.ui.workshop.room_voting import RoomVotingBox


class RoomVoting(QObject):
    def __init__(self, console: QMainWindow, controller: WorkshopController, closed: SignalInstance) -> None:
        super().__init__(console)
        self.bridge = RoomBridge(controller)
        closed.connect(self.bridge.shut_down)
        self.box = RoomVotingBox(self.bridge)
        self.dock = QDockWidget(self.tr("Phones"), console)
        self.dock.setObjectName("phones")
        self.dock.setAccessibleName(self.tr("Voting from phones"))
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.dock.setWidget(self.box)
        console.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.join_screen: JoinScreen | None = None

    def attach_presenter(self, presenter: QWidget) -> JoinScreen:
        """Lay the join screen over ``presenter`` (once per presenter window)."""
        if self.join_screen is None or self.join_screen.parentWidget() is not presenter:
            self.join_screen = JoinScreen(self.bridge, presenter)
            self.box.joinScreenToggled.connect(self.join_screen.show_join)
            self.join_screen.show_join(self.box.join_screen.isChecked())
        return self.join_screen
