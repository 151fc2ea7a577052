"""Room voting attached to a running session: the console's docks and the presenter's overlays.

Everything room voting adds to the workshop windows is put in place here, so the
console and the presenter need no change of their own: the Phones box and the
Arguments box go into docks on the console (a ``QMainWindow``), and the join
screen and the map of arguments lie over the presenter's slide. A running
session plugs it in with two calls::

    self.room = RoomVoting(self.console, self.controller, self.console.closed)  # console made
    self.room.attach_presenter(self.presenter)                                 # presenter made

The server stops when room voting is turned off, when the session ends, and when
the console has closed (``closed``); the session keeps its token and its phones'
ballots, so turning room voting on again after a resume gives phones the same address.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, SignalInstance
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from explorer.ui.i18n import QT_TRANSLATE_NOOP, keep
from explorer.ui.workshop.argument_map_screen import ArgumentMapScreen
from explorer.ui.workshop.arguments_box import ArgumentsBox
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
        self.dock = QDockWidget(console)
        self.dock.setObjectName("phones")
        # Kept: the console translates them again on a language change (i18n.retranslate).
        keep(self.dock, "RoomVoting", QT_TRANSLATE_NOOP("RoomVoting", "Phones"), "setWindowTitle")
        keep(
            self.dock,
            "RoomVoting",
            QT_TRANSLATE_NOOP("RoomVoting", "Voting from phones"),
            "setAccessibleName",
        )
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.dock.setWidget(self.box)
        console.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.arguments = ArgumentsBox(controller)
        self.arguments_dock = QDockWidget(console)
        self.arguments_dock.setObjectName("arguments")
        keep(
            self.arguments_dock, "RoomVoting", QT_TRANSLATE_NOOP("RoomVoting", "Arguments"), "setWindowTitle"
        )
        keep(
            self.arguments_dock,
            "RoomVoting",
            QT_TRANSLATE_NOOP("RoomVoting", "The room's arguments"),
            "setAccessibleName",
        )
        self.arguments_dock.setFeatures(self.dock.features())
        self.arguments_dock.setWidget(self.arguments)
        console.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.arguments_dock)
        self.join_screen: JoinScreen | None = None
        self.map_screen: ArgumentMapScreen | None = None

    def attach_presenter(self, presenter: QWidget) -> None:
        """Lay the join screen and the map over ``presenter`` (once per presenter window)."""
        if self.join_screen is not None and self.join_screen.parentWidget() is presenter:
            return
        self.map_screen = ArgumentMapScreen(presenter)
        self.arguments.mapChanged.connect(self.map_screen.set_map)
        self.arguments.mapToggled.connect(self.map_screen.show_map)
        self.arguments.refresh()
        self.map_screen.show_map(self.arguments.show_map.isChecked())
        # The join screen goes over the map: people who come late still find the address.
        self.join_screen = JoinScreen(self.bridge, presenter)
        self.box.joinScreenToggled.connect(self.join_screen.show_join)
        self.join_screen.show_join(self.box.join_screen.isChecked())
