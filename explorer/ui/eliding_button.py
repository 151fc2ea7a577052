"""A tool button whose words shorten with "…" instead of widening the window.

A disclosure's words are a sentence, longer in French and at a large zoom than the
column it sits in; a plain ``QToolButton`` asks for its whole text as its minimum
width, and the main window grows past the screen to give it. This one asks only for
its arrow and a few letters and draws as much of its text as fits; its text, accessible
name and tooltip stay whole (hovered while shortened, the tooltip starts with the text).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QHelpEvent, QPaintEvent
from PySide6.QtWidgets import (
    QSizePolicy,
    QStyle,
    QStyleOptionToolButton,
    QStylePainter,
    QToolButton,
    QToolTip,
    QWidget,
)

from explorer.ui.plain_text import tooltip


class ElidingToolButton(QToolButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A tool button is Fixed: a layout would never give it less than its whole text.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def minimumSizeHint(self) -> QSize:
        return self._hint(self.text()[:3] + "…")

    def shown_text(self) -> str:
        """The text as drawn: whole, or shortened with "…" to the button's width."""
        room = max(0, self.width() - self._hint("").width())
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, room)

    def _hint(self, text: str) -> QSize:
        """What ``QToolButton.sizeHint`` says for ``text`` beside the arrow, without setting it."""
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        metrics = self.fontMetrics()
        width = (
            option.iconSize.width() + 4 + metrics.horizontalAdvance(text) + 2 * metrics.horizontalAdvance(" ")
        )
        height = max(option.iconSize.height(), metrics.height())
        contents = QSize(width, height)
        return self.style().sizeFromContents(QStyle.ContentsType.CT_ToolButton, option, contents, self)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        option.text = self.shown_text()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ToolButton, option)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.shown_text() != self.text():
            assert isinstance(event, QHelpEvent)
            parts = (self.text(), self.toolTip())
            QToolTip.showText(event.globalPos(), tooltip("\n\n".join(p for p in parts if p)), self)
            return True
        return super().event(event)
