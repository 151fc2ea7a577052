"""The console's "Phones" box: turn room voting on, pick the address, see who has voted (never what).

It talks to a ``RoomBridge`` only. The count it shows live ("17 of 24 phones
voted") comes from ``explorer.core.workshop.ballots.turnout``, which never
holds a choice, so the console can be seen by the room without giving the vote
away. Groups whose votes were typed at the console are named beside it, so the
facilitator sees which votes came from phones and which by hand.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from explorer.room.addresses import RoomAddress
from explorer.ui.i18n import FollowsLanguage
from explorer.ui.plain_text import arg, make_plain
from explorer.ui.workshop.room_bridge import RoomBridge, network_addresses


class RoomVotingBox(FollowsLanguage, QWidget):
    """Room voting on and off, its address, and the live count of phones that voted.

    The console's "Phones" dock holds it; the dock's title names it.
    """

    joinScreenToggled = Signal(bool)  # show (True) or hide the join screen on the presenter

    def __init__(self, bridge: RoomBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.switch = QPushButton()
        self.switch.setCheckable(True)
        self.addresses = QComboBox()
        self.rescan = QPushButton()
        self.address = QLabel()
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setWordWrap(True)
        make_plain(self.address, self.status)  # group and interface names are shown as typed
        self.join_screen = QPushButton()
        self.join_screen.setCheckable(True)
        self.join_screen.setEnabled(False)

        row = QHBoxLayout()
        row.addWidget(self.addresses, 1)
        row.addWidget(self.rescan)
        layout = QVBoxLayout(self)
        layout.addWidget(self.switch)
        layout.addLayout(row)
        layout.addWidget(self.address)
        layout.addWidget(self.join_screen)
        layout.addWidget(self.status)

        self.switch.toggled.connect(self._switched)
        self.rescan.clicked.connect(self.scan)
        self.join_screen.toggled.connect(self.joinScreenToggled)
        bridge.started.connect(self._started)
        bridge.stopped.connect(self._stopped)
        bridge.failed.connect(self._failed)
        bridge.turnoutChanged.connect(self.refresh)
        self.scan()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The box's words, and what it says of the network and the phones, in the language of the
        moment: at start (once the addresses are listed) and on a language change."""
        if self.bridge.running:
            self.switch.setText(self.tr("Phones can vote (click to stop)"))
        else:
            self.switch.setText(self.tr("&Let phones vote"))
        self.switch.setAccessibleName(self.tr("Let phones vote over the room's network"))
        self.addresses.setAccessibleName(self.tr("Network address for phones"))
        self.rescan.setText(self.tr("Look again"))
        self.rescan.setAccessibleName(self.tr("Look again for network addresses"))
        self.address.setAccessibleName(self.tr("Join address"))
        self.status.setAccessibleName(self.tr("Phones that joined and voted"))
        self.join_screen.setText(self.tr("Show &join screen"))
        self.join_screen.setAccessibleName(self.tr("Show the join address and QR code on the presenter"))
        if self.addresses.count() == 0:
            self._say_no_network()
        self.refresh()  # the count of phones

    def _say_no_network(self) -> None:
        self.status.setText(
            self.tr(
                "This computer is on no network phones could reach. Join the room's Wi-Fi, then look again."
            )
        )

    def scan(self, found: list[RoomAddress] | None = None) -> None:
        """List the addresses phones could reach (``found`` instead of the system's, for tests)."""
        chosen = self.addresses.currentData()
        self.addresses.clear()
        for address in network_addresses() if found is None else found:
            self.addresses.addItem(f"{address.host} — {address.label}", address.host)
        if self.addresses.count() == 0:
            self._say_no_network()
        index = self.addresses.findData(chosen)
        if index >= 0:
            self.addresses.setCurrentIndex(index)
        self.switch.setEnabled(self.addresses.count() > 0 or self.bridge.running)

    def _switched(self, on: bool) -> None:
        if on and not self.bridge.running:
            host = self.addresses.currentData()
            if not host or not self.bridge.start(host):
                self.switch.setChecked(False)
        elif not on and self.bridge.running:
            self.bridge.stop()

    def _started(self, address: str) -> None:
        self.switch.setChecked(True)
        self.switch.setText(self.tr("Phones can vote (click to stop)"))
        self.addresses.setEnabled(False)
        self.rescan.setEnabled(False)
        self.address.setText(address)
        self.join_screen.setEnabled(True)
        self.refresh()

    def _stopped(self) -> None:
        self.switch.setChecked(False)
        self.switch.setText(self.tr("&Let phones vote"))
        self.addresses.setEnabled(True)
        self.rescan.setEnabled(True)
        self.address.clear()
        self.join_screen.setChecked(False)
        self.join_screen.setEnabled(False)
        self.refresh()

    def _failed(self, reason: str) -> None:
        self.status.setText(reason)

    def refresh(self) -> None:
        """The live count: how many phones joined and voted, and which groups were typed in by hand."""
        if not self.bridge.running:
            if self.addresses.count():
                self.status.setText(self.tr("Phones are off. Votes are typed in at the console."))
            return
        counted = self.bridge.turnout()
        if counted is None or counted.phones_joined == 0:
            self.status.setText(
                self.tr(
                    "No phone has joined yet. Phones must be on the same network as this computer; "
                    "a guest Wi-Fi that keeps devices apart will not do."
                )
            )
            return
        if not self.bridge.voting():
            self.status.setText(self.tr("%n phones joined. No vote is open.", "", counted.phones_joined))
            return
        text = arg(self.tr("%1 of %n phones voted", "", counted.phones_joined), counted.phones_voted)
        if len(counted.groups) > 1:
            text += "\n" + "  ·  ".join(
                arg(self.tr("%1: %2 of %3"), name, voted, joined) for name, joined, voted in counted.groups
            )
        if counted.typed_groups:
            typed = self.tr("Typed at the console: %1 (%n votes)", "", counted.typed_votes)
            text += "\n" + arg(typed, ", ".join(counted.typed_groups))
        self.status.setText(text)
