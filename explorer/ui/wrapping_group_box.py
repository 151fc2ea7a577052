"""A group box whose title wraps.

``QGroupBox`` draws its title on one line and never lets the box be narrower than it: the
French "1. Première intuition, avant de lire les éléments de preuve" set the reflection
panel's least width, and at a large zoom it pushed the window past the screen. Here the
title is a word-wrapped label at the top of the box (``title()`` and ``setTitle`` as before,
the title also the box's accessible name); the frame's own title stays empty.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget


class WrappingGroupBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)

    def place_heading(self) -> None:
        """Put the title at the top of the box's layout (once the layout is made)."""
        layout = self.layout()
        if isinstance(layout, QFormLayout):
            layout.insertRow(0, self.heading)
        elif isinstance(layout, QVBoxLayout):
            layout.insertWidget(0, self.heading)

    def setTitle(self, title: str) -> None:
        self.heading.setText(title)
        self.setAccessibleName(self.heading.text())

    def title(self) -> str:
        return self.heading.text()
