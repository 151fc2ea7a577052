"""Draws one ``RoomView``: the presenter's whole screen, and the console's small preview of it.

The panel knows nothing of the session: it is given a ``RoomView`` (see
``explorer.core.workshop.room_view``), which holds only what the room may see, and
lays it out in large type. Text that does not fit is made smaller step by step
(down to half size) rather than cut off, since nobody can scroll a projector.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from explorer.core.workshop.room_view import BLANK, RoomView
from explorer.ui import i18n, vocabulary
from explorer.ui.claim_html import replay_label
from explorer.ui.i18n import FollowsLanguage
from explorer.ui.markdown_render import render_markdown
from explorer.ui.plain_text import arg
from explorer.ui.safe_documents import SafeTextDocument
from explorer.ui.workshop import look
from explorer.ui.workshop.look import RoomColours
from explorer.ui.workshop.results_chart import ResultsChart, ShiftTable

_SMALLEST_FIT = 0.5
#: Slides with little text get larger type: a vote screen is read from the back of the room.
_BODY_SCALE = {
    "first-vote": 1.35,
    "second-vote": 1.35,
    "evidence": 1.45,
    "context": 1.1,
    "lobby": 1.1,
    "results": 0.9,
}


def _hex(colour: QColor) -> str:
    return colour.name()


def _inline_markdown(text: str) -> str:
    """Markdown rendered without its paragraph margins (for a line inside a table cell)."""
    rendered = render_markdown(text).strip()
    return re.sub(r"</p>\s*<p>", "<br>", rendered.removeprefix("<p>").removesuffix("</p>"))


#: Called by this name, with the context written out, so that lupdate files each string under it.
translate = QCoreApplication.translate


def body_html(view: RoomView, colours: RoomColours, unit: float) -> str:
    """The main text of a slide as rich text for a ``QLabel`` (everything escaped)."""
    accent, muted = _hex(colours.accent), _hex(colours.muted)
    small = f"font-size:{round(unit * 0.72)}px"
    parts: list[str] = []
    if view.agenda:
        parts += [f"<p>{html.escape(line)}</p>" for line in view.agenda]
    if view.kind == "lobby" and view.groups:
        groups = translate("RoomPanel", "Groups")
        parts.append(f'<p style="color:{accent}; {small}">{html.escape(groups)}</p>')
        parts.append(f'<p style="{small}">' + "<br>".join(html.escape(g) for g in view.groups) + "</p>")
    if view.text:
        parts.append(render_markdown(view.text))
    if view.kind == "roles" and view.groups:
        argued_by = arg(translate("RoomPanel", "Argued by: %1"), ", ".join(view.groups))
        parts.append(f'<p style="color:{accent}; {small}">{html.escape(argued_by)}</p>')
    if view.question and view.kind != "results":
        parts.append(f"<p><b>{html.escape(view.question)}</b></p>")
    elif view.question:
        parts.append(f'<p style="{small}"><b>{html.escape(view.question)}</b></p>')
    if view.choices and view.results is None:
        rows = []
        for choice in view.choices:
            description = (
                f'<br><span style="color:{muted}; {small}">{_inline_markdown(choice.description)}</span>'
                if choice.description
                else ""
            )
            letter_cell = f'<td style="color:{accent}; padding-right:{round(unit * 0.6)}px">'
            label_cell = f'<td style="padding-bottom:{round(unit * 0.35)}px">'
            rows.append(
                f"<tr>{letter_cell}<b>{choice.letter}</b></td>"
                f"{label_cell}<b>{html.escape(choice.label)}</b>{description}</td></tr>"
            )
        parts.append(f'<table cellspacing="0" cellpadding="0">{"".join(rows)}</table>')
    if view.passage is not None:
        passage = view.passage
        parts.append(f"<p>“{html.escape(passage.quote)}”</p>")
        if passage.gloss:
            parts.append(
                f'<p style="color:{muted}"><i><span style="{small}">'
                f"{html.escape(vocabulary.translation_label())}:</span> "
                f"{html.escape(passage.gloss)}</i></p>"
            )
        parts.append(f'<p style="color:{accent}; {small}">— {html.escape(passage.source_label)}</p>')
    if view.analysis_as_of:
        parts.insert(
            0, f'<p style="color:{accent}; {small}">{replay_label(view.as_of, view.analysis_as_of)}</p>'
        )
    if view.afterwards:
        title = (
            arg(
                translate("RoomPanel", "What happened afterwards (after %1)"),
                vocabulary.date_said(view.as_of),
            )
            if view.as_of
            else translate("RoomPanel", "What happened afterwards")
        )
        parts.append(f'<p style="color:{accent}; {small}">{html.escape(title)}</p>')
        parts.append(f'<div style="{small}">{render_markdown(view.afterwards)}</div>')
    if view.prompts:
        label = (
            translate("RoomPanel", "Questions")
            if view.kind == "roles"
            else translate("RoomPanel", "To discuss")
        )
        parts.append(f'<p style="color:{accent}; {small}">{label}</p>')
        parts.append("<ul>" + "".join(f"<li>{html.escape(p)}</li>" for p in view.prompts) + "</ul>")
    return "".join(parts)


class RoomPanel(FollowsLanguage, QWidget):
    """Renders a ``RoomView`` in large, high-contrast type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("room-panel")
        self._view: RoomView | None = None
        self._colours = look.DARK
        self._zoom = 1.0
        self._fit = 1.0
        self._sheet = ""
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        self.step_label = self._label("room-step")
        self.progress = self._label("room-progress", Qt.AlignmentFlag.AlignRight)
        self.heading = self._label("room-heading")
        self.subheading = self._label("room-subheading")
        self.body = self._label("room-body")
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.chart = ResultsChart(self)
        self.shift = ShiftTable(self)
        # Nobody scrolls a projector: the type shrinks to fit instead (``fit_text``).
        self.shift.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.status = self._label("room-status")
        self.timer = self._label("room-timer", Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.sources = self._label("room-sources")

        top = QHBoxLayout()
        top.addWidget(self.step_label, 1)
        top.addWidget(self.progress)
        # Chart above, shift below: both get the full width, so long role names still fit.
        results = QVBoxLayout()
        results.addWidget(self.chart, 3)
        results.addWidget(self.shift, 2)
        self.results = QWidget(self)
        self.results.setLayout(results)
        results.setContentsMargins(0, 0, 0, 0)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.timer)
        layout = self._layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.results, 3)
        layout.addLayout(bottom)
        layout.addWidget(self.sources)
        self.set_colours(look.DARK)  # nothing to draw yet
        self._view = RoomView(BLANK)
        self.retranslate_ui()  # names the panel and draws the blank slide

    def _label(self, name: str, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    # -- what to show -------------------------------------------------------------------------
    @property
    def view(self) -> RoomView | None:
        return self._view

    def show_view(self, view: RoomView) -> None:
        self._view = view
        self._fit = 1.0
        self._render()

    def set_colours(self, colours: RoomColours) -> None:
        self._colours = colours
        look.apply_colours(self, colours)
        self.chart.set_colours(colours)
        self._render()

    def set_zoom(self, factor: float) -> None:
        """The presenter's own zoom, on top of the app's."""
        self._zoom = max(0.5, min(3.0, factor))
        self._render()

    @property
    def zoom(self) -> float:
        return self._zoom

    def retranslate_ui(self) -> None:
        """The panel's name in the language of the moment, unless its window names it (a preview),
        and the slide in it: the room's screen (and the console's preview) speaks the language."""
        if not i18n.kept(self, "setAccessibleName"):
            self.setAccessibleName(self.tr("What the room sees"))
        self._render()

    def _render(self) -> None:
        view = self._view
        if view is None:
            return
        blank = view.kind == BLANK
        colours = self._colours
        if blank:  # a blanked screen is black whatever the colours: the room sees nothing
            look.apply_colours(self, look.DARK)
        else:
            look.apply_colours(self, colours)
        size = look.unit(max(1, self.height()), look.zoom_factor() * self._zoom) * self._fit
        self.step_label.setText(vocabulary.room_step(view))
        self.progress.setText(vocabulary.room_progress(view))
        self.heading.setText(view.heading)
        self.subheading.setText(vocabulary.room_subheading(view))
        self.body.setText(body_html(view, colours, size))
        has_results = view.results is not None
        self.chart.set_results(view.results)
        self.chart.set_unit(size)
        self.shift.set_results(view.results)
        status = []
        if view.voted:
            status.append(arg(self.tr("Voted: %1"), ", ".join(f"✓ {name}" for name in view.voted)))
        if view.waiting:
            status.append(arg(self.tr("Waiting for: %1"), ", ".join(view.waiting)))
        self.status.setText("    ".join(status))
        self.timer.setText(view.timer.text() if view.timer is not None else "")
        self.sources.setText(arg(self.tr("Sources: %1"), "; ".join(view.sources)) if view.sources else "")

        visible = {
            self.step_label: not blank and bool(self.step_label.text()),
            self.progress: not blank and bool(view.items),
            self.heading: not blank and bool(view.heading),
            self.subheading: not blank and bool(self.subheading.text()),
            self.body: not blank and bool(self.body.text()),
            self.results: not blank and has_results,
            self.status: not blank and bool(self.status.text()),
            self.timer: not blank and view.timer is not None,
            self.sources: not blank and bool(view.sources),
        }
        for widget, shown in visible.items():
            widget.setVisible(shown)
        self._size_fonts(size, view)

    def _size_fonts(self, size: float, view: RoomView) -> None:
        colours = self._colours
        margin = round(size * 1.2)
        self._layout.setContentsMargins(margin, round(size * 0.6), margin, round(size * 0.6))
        self._layout.setSpacing(round(size * 0.35))
        self.step_label.setFont(look.font(size * 0.7, bold=True))
        self.progress.setFont(look.font(size * 0.7))
        self.heading.setFont(
            look.font(size * (1.25 if view.kind in ("context", "evidence") else 1.6), bold=True)
        )
        self.subheading.setFont(look.font(size * 0.75))
        self.body.setFont(look.font(size * _BODY_SCALE.get(view.kind, 1.0)))
        # With results on screen the chart gets the room; otherwise the text does.
        self._layout.setStretchFactor(self.body, 0 if view.results is not None else 1)
        self.status.setFont(look.font(size * 0.8))
        timer_big = view.kind == "discussion" and view.results is None
        self.timer.setFont(look.font(size * (3.2 if timer_big else 1.6), bold=True))
        self.sources.setFont(look.font(size * 0.6))
        self.shift.set_text_font(look.font(size * 0.75))
        sheet = look.style_sheet(look.DARK if view.kind == BLANK else colours, round(size * 0.6))
        if sheet != self._sheet:  # a new style sheet re-polishes every child: only when it changes
            self._sheet = sheet
            self.setStyleSheet(sheet)

    # -- fitting ------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit = 1.0
        self._render()
        self.fit_text()

    def overflows(self) -> bool:
        """True when the body text needs more height than the panel gives it."""
        if not self.body.isVisible() or self.body.width() <= 0 or self.results.isVisible():
            return False  # with results the body holds one line and the chart scales itself
        document = SafeTextDocument()
        document.setDefaultFont(self.body.font())
        document.setHtml(self.body.text())
        document.setTextWidth(self.body.contentsRect().width())
        return document.size().height() > self.body.contentsRect().height() + 1

    def shift_overflows(self) -> bool:
        """True when the shift table has more rows than it can show."""
        if not self.results.isVisible() or not self.shift.isVisible():
            return False
        model = self.shift.model()
        needed = self.shift.horizontalHeader().height() + sum(
            self.shift.rowHeight(row) for row in range(model.rowCount())
        )
        return needed > self.shift.viewport().height() + self.shift.horizontalHeader().height()

    def fit_text(self) -> None:
        """Shrink the type until the body (or the shift table) fits, at least to half size."""
        self._layout.activate()
        while self._fit > _SMALLEST_FIT and (self.overflows() or self.shift_overflows()):
            self._fit = max(_SMALLEST_FIT, self._fit * 0.9)
            self._render()
            self._layout.activate()

    def visible_texts(self) -> list[str]:
        """Every piece of text the room can see now: labels, the chart, the shift table."""
        texts = []
        for label in (
            self.step_label,
            self.progress,
            self.heading,
            self.subheading,
            self.body,
            self.status,
            self.timer,
            self.sources,
        ):
            if label.isVisibleTo(self) and label.text():
                document = SafeTextDocument()
                document.setHtml(label.text()) if label.textFormat() == Qt.TextFormat.RichText else None
                texts.append(
                    document.toPlainText() if label.textFormat() == Qt.TextFormat.RichText else label.text()
                )
        if self.results.isVisibleTo(self):
            texts += self.chart.painted_texts() or [self.chart.describe()]
            model = self.shift.model()
            for row in range(model.rowCount()):
                texts += [str(model.index(row, column).data()) for column in range(model.columnCount())]
        return texts
