"""A combo box that shortens its shown choice with "…" rather than cutting it off.

A combo narrower than its current item (a French stage title in the matrix's bar, a long
choice in the reflection panel or the console's Arguments box) has Qt draw the text cut
at the edge, mid-word, with nothing to say that more follows. This one draws as much as
fits followed by "…", and its tooltip gives the whole item; the list that drops down is
as wide as before and shows every item whole.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent, QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QToolTip

from explorer.ui.plain_text import tooltip


class ElidingComboBox(QComboBox):
    def shown_text(self) -> str:
        """The current item's text as drawn: whole, or shortened with "…" to the field's width."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        # Less a little: the style draws the label inset from the field's edge.
        return self.fontMetrics().elidedText(
            self.currentText(), Qt.TextElideMode.ElideRight, field.width() - 4
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.isEditable():
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def event(self, event: QEvent) -> bool:
        # Hovered while shortened: the whole item (else the combo's own tooltip, if it has one).
        if event.type() == QEvent.Type.ToolTip and self.shown_text() != self.currentText():
            assert isinstance(event, QHelpEvent)
            QToolTip.showText(event.globalPos(), tooltip(self.currentText()), self)
            return True
        return super().event(event)
