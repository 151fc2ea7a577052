"""The find-in-document bar of the source viewer.

It only collects what the user wants (the text, next or previous, close) and
shows where they are ("3 of 12"); the viewer finds the matches (accent- and
case-insensitively, with ``explorer.core.search.find_all``) and moves to them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from explorer.ui.i18n import FollowsLanguage
from explorer.ui.plain_text import arg


class FindBar(FollowsLanguage, QWidget):
    """Enter: next match; Shift+Enter: previous; Escape: close."""

    textChanged = Signal(str)
    nextRequested = Signal()
    previousRequested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit(self)
        self.field.setClearButtonEnabled(True)
        self.previous_button = self._button("▲", self.previousRequested)
        self.next_button = self._button("▼", self.nextRequested)
        self.count = QLabel(self)
        self.close_button = self._button("✕", self.closed)
        self._counted: tuple[int, int] | None = None  # what show_count last showed

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        self.label = QLabel(self)
        self.label.setBuddy(self.field)
        layout.addWidget(self.label)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.count)
        layout.addWidget(self.close_button)
        self.setFocusProxy(self.field)
        self.field.textChanged.connect(self.textChanged)
        self.field.installEventFilter(self)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every word of the bar in the language of the moment: at start and on a language change."""
        self.field.setPlaceholderText(self.tr("Find in this document (accents and case ignored)"))
        self.field.setAccessibleName(self.tr("Find in document"))
        for button, tip in (
            (self.previous_button, self.tr("Previous match (Shift+Enter)")),
            (self.next_button, self.tr("Next match (Enter)")),
            (self.close_button, self.tr("Close the find bar (Escape)")),
        ):
            button.setToolTip(tip)
            button.setAccessibleName(tip)
        self.count.setAccessibleName(self.tr("Matches"))
        self.label.setText(self.tr("&Find:"))
        if self._counted is not None:
            self.show_count(*self._counted)

    def _button(self, text: str, signal: SignalInstance) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.clicked.connect(signal)
        return button

    def text(self) -> str:
        return self.field.text()

    def open(self, text: str = "") -> None:
        """Show the bar, focus the field, select what is in it (or put ``text`` in it)."""
        if text:
            self.field.setText(text)
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def show_count(self, current: int, total: int) -> None:
        self._counted = (current, total)
        if not self.field.text().strip():
            self.count.clear()
        elif total == 0:
            self.count.setText(self.tr("No matches"))
        else:
            self.count.setText(arg(self.tr("%1 of %2"), current + 1, total))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                backwards = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                (self.previousRequested if backwards else self.nextRequested).emit()
                return True
            if key == Qt.Key.Key_Escape:
                self.closed.emit()
                return True
            if event.matches(QKeySequence.StandardKey.FindNext):
                self.nextRequested.emit()
                return True
            if event.matches(QKeySequence.StandardKey.FindPrevious):
                self.previousRequested.emit()
                return True
        return super().eventFilter(watched, event)
