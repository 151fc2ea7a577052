"""The coverage map: a strip beside a source showing what the pack cites and what it ignores.

The strip stands for the whole reading edition, top to bottom. Cited passages are
tinted; long stretches nobody cites (``explorer.core.evidence.coverage.LONG_GAP``) are
hatched, so they read without colour too, which is where the missing arguments hide.
A click, or Up/Down with the strip focused, jumps to the next uncited stretch.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget

from explorer.core.evidence.coverage import CoverageMap
from explorer.ui.i18n import FollowsLanguage


class CoverageStrip(FollowsLanguage, QWidget):
    jumpRequested = Signal(int)  # an edition offset

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.map: CoverageMap | None = None
        self._current = -1  # the uncited stretch last jumped to
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumWidth(14)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The strip's name and help in the language of the moment: at start and on a language change."""
        self.setAccessibleName(self.tr("Coverage map"))
        self.setAccessibleDescription(
            self.tr("Tinted: cited passages. Hatched: long uncited stretches. Up and Down jump between them.")
        )
        self.setToolTip(self.accessibleDescription())

    def sizeHint(self) -> QSize:
        return QSize(16, 200)

    def set_map(self, coverage: CoverageMap | None) -> None:
        self.map, self._current = coverage, -1
        self.update()

    def _y(self, offset: int) -> float:
        assert self.map is not None
        return self.height() * offset / max(self.map.length, 1)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        if self.map is None:
            return
        width = float(self.width())
        tint = QColor(palette.color(QPalette.ColorRole.Highlight))
        tint.setAlpha(170)
        for start, end in self.map.cited:
            top = self._y(start)
            painter.fillRect(QRectF(0, top, width, max(self._y(end) - top, 2.0)), tint)
        hatch = QBrush(palette.color(QPalette.ColorRole.Text), Qt.BrushStyle.BDiagPattern)
        for start, end in self.map.uncited:
            top = self._y(start)
            painter.fillRect(QRectF(0, top, width, max(self._y(end) - top, 2.0)), hatch)
        if self.hasFocus():
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.map is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        offset = int(event.position().y() / max(self.height(), 1) * self.map.length)
        self.jumpRequested.emit(max(0, min(offset, self.map.length - 1)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.map is None or not self.map.uncited or event.key() not in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            return super().keyPressEvent(event)
        step = 1 if event.key() == Qt.Key.Key_Down else -1
        self._current = (self._current + step) % len(self.map.uncited)
        self.jumpRequested.emit(self.map.uncited[self._current][0])
