"""The presenter's join screen: a QR code, the address written out, and how many phones joined.

People often retype the address rather than scan it, so it is shown in large
type beside the code, with the token in groups of four. The code is painted
module by module (``explorer.room.qr``), so it is sharp on any projector. The
screen lies over the presenter's slide as a child widget that covers it, so the
presenter itself needs no change: show it, hide it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from explorer.room.qr import QUIET_ZONE, qr_modules
from explorer.ui.i18n import FollowsLanguage
from explorer.ui.workshop import look
from explorer.ui.workshop.look import RoomColours
from explorer.ui.workshop.room_bridge import RoomBridge


class JoinScreen(FollowsLanguage, QWidget):
    def __init__(self, bridge: RoomBridge, parent: QWidget, colours: RoomColours = look.DARK) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.colours = colours
        self.address = ""
        self._modules: list[list[bool]] = []
        self.hide()
        parent.installEventFilter(self)
        self.setGeometry(parent.rect())
        bridge.started.connect(self.set_address)
        bridge.stopped.connect(self._stopped)
        bridge.turnoutChanged.connect(self.update)
        if bridge.address:
            self.set_address(bridge.address)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The screen's name in the language of the moment (it paints its words as it paints)."""
        self.setAccessibleName(self.tr("Join screen: vote from your phone"))

    def set_address(self, address: str) -> None:
        self.address = address
        self._modules = qr_modules(address) if address else []
        self.setAccessibleDescription(address)
        self.update()

    def _stopped(self) -> None:
        self.set_address("")
        self.hide()

    def show_join(self, shown: bool) -> None:
        self.setVisible(shown and bool(self.address))
        if self.isVisible():
            self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if parent is not None and watched is parent and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
        return False

    def texts(self) -> list[str]:
        """What the room reads on this screen (for tests and accessibility checks)."""
        counted = self.bridge.turnout()
        joined = counted.phones_joined if counted is not None else 0
        return [
            self.tr("Vote from your phone"),
            self.tr("Scan the code, or type this address:"),
            # With its http://: typed without it, some phones try https first and fail.
            self.address,
            self.tr("%n phones joined", "", joined),
        ]

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        width, height = self.width(), self.height()
        painter.fillRect(self.rect(), self.colours.background)
        if not self._modules:
            return
        heading, hint, address, joined = self.texts()
        unit = look.unit(height, look.zoom_factor())
        margin = unit * 1.5
        # The code on the left, as large as the height allows, with its white quiet zone.
        count = len(self._modules) + 2 * QUIET_ZONE
        side = min(height - 2 * margin, width * 0.48)
        module = max(1, int(side // count))
        side = module * count
        left, top = margin, (height - side) / 2
        painter.fillRect(QRectF(left, top, side, side), QColor("#ffffff"))
        origin = QUIET_ZONE * module
        for row, line in enumerate(self._modules):
            for column, dark in enumerate(line):
                if dark:
                    painter.fillRect(
                        QRectF(left + origin + column * module, top + origin + row * module, module, module),
                        QColor("#000000"),
                    )
        # The words on the right: large enough to read and retype from the back of the room.
        text_left = left + side + margin
        text_width = width - text_left - margin
        y = top
        for text, scale, colour, bold in (
            (heading, 1.8, self.colours.accent, True),
            (hint, 1.0, self.colours.text, False),
            (address, 1.5, self.colours.text, True),
            (joined, 1.0, self.colours.muted, False),
        ):
            font = look.font(unit * scale, bold)
            if text is address:
                font.setFamily("DejaVu Sans Mono")
                font.setStyleHint(QFont.StyleHint.Monospace)
            painter.setFont(font)
            painter.setPen(colour)
            box = painter.boundingRect(
                QRectF(text_left, y, text_width, height), int(Qt.TextFlag.TextWordWrap), text
            )
            painter.drawText(box, int(Qt.TextFlag.TextWordWrap), text)
            y = box.bottom() + unit * 0.8
        painter.end()
