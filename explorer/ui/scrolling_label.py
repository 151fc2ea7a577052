"""Scroll areas for wrapped text: a label that scrolls when its text is taller than the room it
is given, and a panel that scrolls up and down only (``VerticalScrollArea``).

A word-wrapped ``QLabel`` in a crowded column is squeezed below the height its text needs,
and its last lines are simply cut (a trade-off's claim and reasoning, longer in French,
beside the source viewer on a 1024×700 screen). In this scroll area the label asks for the
height its text needs at the width it has, takes it when there is room, and scrolls when
there is not: every word stays readable.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QWidget


class ScrollingLabel(QScrollArea):
    #: Squeezed hardest, it still shows this many lines (and scrolls for the rest).
    MIN_LINES = 3

    def __init__(self, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setWidget(label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setFocusProxy(label)

    def _needed(self) -> int:
        """The label's height at the width it is shown at (the scroll bar's width kept free)."""
        bar = self.verticalScrollBar().sizeHint().width()
        width = max(1, self.viewport().width() if self.isVisible() else self.width() - bar)
        return self.label.heightForWidth(width) + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._needed())

    def minimumSizeHint(self) -> QSize:
        lines = self.label.fontMetrics().lineSpacing() * self.MIN_LINES
        return QSize(super().minimumSizeHint().width(), min(self._needed(), lines))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # a new width wraps the text to a new height


class VerticalScrollArea(QScrollArea):
    """Scrolls up and down only, and is never narrower than what it holds: its labels wrap
    to its width, and a heading that cannot wrap (a large zoom) is not cut at the side."""

    def minimumSizeHint(self) -> QSize:
        inner = self.widget()
        if inner is None:
            return super().minimumSizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        width = inner.minimumSizeHint().width() + bar + 2 * self.frameWidth()
        return QSize(width, super().minimumSizeHint().height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # what it holds may now need another width (a zoom step)
        return super().eventFilter(watched, event)
