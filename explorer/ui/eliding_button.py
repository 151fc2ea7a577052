"""A tool button whose words shorten with "…" instead of widening the window.

A disclosure's words are a sentence, longer in French and at a large zoom than the
column it sits in; a plain ``QToolButton`` asks for its whole text as its minimum
width, and the main window grows past the screen to give it. This one asks only for
its arrow and a few letters, shows as much of the text as fits, and keeps the whole
of it in its tooltip and accessible name, so nothing is lost to any reader.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QStyle, QStyleOptionToolButton, QToolButton, QWidget

from explorer.ui.plain_text import tooltip


class ElidingToolButton(QToolButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._tip = ""
        # A tool button is Fixed: a layout would never give it less than its whole text.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str, tip: str = "") -> None:
        """The words to show (shortened to the width when needed) and what the tooltip adds."""
        self._full, self._tip = text, tip
        self.setAccessibleName(text)
        self.setAccessibleDescription(tip)
        self._fit()
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        return self._hint(self._full)

    def minimumSizeHint(self) -> QSize:
        return self._hint(self._full[:3] + "…")

    def _hint(self, text: str) -> QSize:
        """What ``QToolButton.sizeHint`` would say for ``text`` (text beside the arrow), without
        setting it: setting a text asks for a new layout, and this is asked during one."""
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        metrics = self.fontMetrics()
        width, height = option.iconSize.width(), option.iconSize.height()
        width += 4 + metrics.horizontalAdvance(text) + 2 * metrics.horizontalAdvance(" ")
        height = max(height, metrics.height())
        return self.style().sizeFromContents(
            QStyle.ContentsType.CT_ToolButton, option, QSize(width, height), self
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = self.width() - self._hint("").width()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(room, 0))
        if shown != self.text():
            super().setText(shown)
        whole = self._full if shown != self._full else ""  # the tooltip gives back what was cut
        self.setToolTip(tooltip("\n\n".join(part for part in (whole, self._tip) if part)))
