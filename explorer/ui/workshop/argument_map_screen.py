"""The presenter's map of the room's arguments: the question, its choices, and each one's pros and cons.

It draws an ``ArgumentMap`` (``explorer.core.workshop.arguments``), which holds
only the arguments the facilitator accepted, and nothing else of the session.
Like the join screen it lies over the presenter's slide as a covering child
widget, shown and hidden from the console.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from explorer.core.workshop.arguments import ArgumentMap
from explorer.ui.i18n import FollowsLanguage
from explorer.ui.plain_text import arg
from explorer.ui.workshop import look
from explorer.ui.workshop.look import RoomColours


class ArgumentMapScreen(FollowsLanguage, QWidget):
    def __init__(self, parent: QWidget, colours: RoomColours = look.DARK) -> None:
        super().__init__(parent)
        self.colours = colours
        self.map: ArgumentMap | None = None
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.addWidget(self.label)
        look.apply_colours(self, colours)
        self.hide()
        parent.installEventFilter(self)
        self.setGeometry(parent.rect())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The screen's name and the map in the language of the moment: at start and on a language
        change ("No arguments on the map yet.", "(+2)"); hidden at start, it draws nothing then."""
        self.setAccessibleName(self.tr("Map of the room's arguments"))
        self._render()

    def set_map(self, shown: ArgumentMap | None) -> None:
        self.map = shown
        self._render()

    def show_map(self, shown: bool) -> None:
        self.setVisible(shown)
        if shown:
            self.raise_()
            self._render()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if parent is not None and watched is parent and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
            self._render()
        return False

    def texts(self) -> list[str]:
        """Every line the room reads on the map (for tests and accessibility checks)."""
        if self.map is None:
            return []
        found = [self.map.question]
        for choice in self.map.choices:
            found.append(f"{choice.letter}. {choice.label}")
            found += [f"+ {self._line(a.text, a.also)}" for a in choice.pros]
            found += [f"− {self._line(a.text, a.also)}" for a in choice.cons]
        return found

    def _line(self, text: str, also: int) -> str:
        return text + (arg(self.tr(" (+%1)"), also) if also else "")

    def _render(self) -> None:
        if not self.isVisible():
            return
        unit = look.unit(max(1, self.height()), look.zoom_factor())
        accent, muted = self.colours.accent.name(), self.colours.muted.name()
        text_colour = self.colours.text.name()
        if self.map is None or self.map.empty:
            question = html.escape(self.map.question) if self.map is not None else ""
            nothing = self.tr("No arguments on the map yet.")
            body = f'<p style="color:{muted}">{html.escape(nothing)}</p>'
            self.label.setText(f'<h1 style="color:{accent}">{question}</h1>{body}')
            return
        columns = []
        for choice in self.map.choices:
            lines = [
                f'<p style="color:{accent}; font-weight:bold">{html.escape(choice.letter)}. '
                f"{html.escape(choice.label)}</p>"
            ]
            lines += [
                f'<p style="color:{text_colour}">+ {html.escape(self._line(a.text, a.also))}</p>'
                for a in choice.pros
            ]
            lines += [
                f'<p style="color:{muted}">− {html.escape(self._line(a.text, a.also))}</p>'
                for a in choice.cons
            ]
            columns.append(f'<td valign="top" style="padding-right:{round(unit)}px">{"".join(lines)}</td>')
        self.label.setText(
            f'<div style="font-size:{round(unit)}px">'
            f'<p style="color:{accent}; font-size:{round(unit * 1.4)}px; font-weight:bold">'
            f"{html.escape(self.map.question)}</p>"
            f'<table width="100%"><tr>{"".join(columns)}</tr></table></div>'
        )
