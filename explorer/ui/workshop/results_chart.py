"""The results: first and second vote side by side (``QPainter``), and the shift as a table.

Each choice gets its letter, its two bars and their counts. The rounds differ in
more than colour: the first is hatched with an outline, the second solid, and
the legend says which is which. Everything the chart draws is also in its
accessible description and in ``painted_texts``; ``cut_off_texts`` names any drawn in a
box too small for it (the tests read both).

The shift table lists the whole room, each role and each group: how many moved
and from which choice to which.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetrics, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QTableView, QWidget

from explorer.core.workshop.room_view import ResultsView, ShiftLine
from explorer.ui import i18n
from explorer.ui.flat_table import AnyIndex, FlatTableModel
from explorer.ui.i18n import FollowsLanguage
from explorer.ui.plain_text import arg
from explorer.ui.text_lines import wrap_lines
from explorer.ui.workshop import look
from explorer.ui.workshop.look import RoomColours

#: The most lines a choice's label takes under its bars; a longer one ends in an ellipsis.
LABEL_LINES = 3


class ResultsChart(FollowsLanguage, QWidget):
    """Bars of the first and the second vote per choice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("results-chart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 80)
        self._results: ResultsView | None = None
        self._colours = look.DARK
        self._unit = 20.0
        self._texts: list[str] = []
        self._cut_off: list[str] = []
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The chart's name in the language of the moment, unless its window names it (a preview);
        it paints its words as it paints. (The unit of size stays: a language change once reset
        it to the default, and the console's preview drew at another size until reopened.)"""
        if not i18n.kept(self, "setAccessibleName"):
            self.setAccessibleName(self.tr("Vote results"))
        self.update()

    def set_results(self, results: ResultsView | None) -> None:
        self._results = results
        self.setAccessibleDescription(self.describe())
        self.update()

    def set_colours(self, colours: RoomColours) -> None:
        self._colours = colours
        self.update()

    def set_unit(self, size: float) -> None:
        """The body text size of the screen the chart is on (its labels scale with it)."""
        self._unit = size
        self.update()

    def describe(self) -> str:
        results = self._results
        if results is None:
            return ""
        parts = []
        for i, letter in enumerate(results.letters):
            if results.second is not None:
                text = self.tr("%1 (%2): first vote %3, second vote %4")
                parts.append(arg(text, letter, results.labels[i], results.first[i], results.second[i]))
            else:
                parts.append(
                    arg(self.tr("%1 (%2): first vote %3"), letter, results.labels[i], results.first[i])
                )
        return "; ".join(parts)

    def painted_texts(self) -> list[str]:
        """What the last paint drew, as text."""
        return list(self._texts)

    def cut_off_texts(self) -> list[str]:
        """What the last paint drew in a box too small for it (cut off at the box's edge)."""
        return list(self._cut_off)

    def _text(self, painter: QPainter, rect: QRectF, flags: Qt.AlignmentFlag, text: str) -> None:
        drawn = painter.drawText(rect, int(flags), text)
        read = text.replace("\n", " ")  # as read: a wrapped label is one text
        self._texts.append(read)
        # Cut off: its lines do not fit the box, down to the baseline (a capital letter's box may
        # leave out the space under the line that no capital reaches), or run past its sides or
        # past the chart's own edge.
        too_tall = drawn.height() > rect.height() + painter.fontMetrics().descent()
        too_wide = drawn.width() > rect.width() + 1 or drawn.right() > self.width() + 1
        if too_tall or too_wide:
            self._cut_off.append(read)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._texts, self._cut_off = [], []
        results = self._results
        if results is None or not results.letters:
            return
        colours = self._colours
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = min(self._unit, self.height() / 9)
        area = QRectF(self.rect()).adjusted(size * 0.3, size * 0.2, -size * 0.3, -size * 0.2)
        two = results.second is not None

        # Legend: a swatch and the words for each round.
        painter.setFont(look.font(size * 0.8))
        legend_height = size * 1.3
        x = area.left()
        for label, second_round in (
            (self.tr("First vote"), False),
            (self.tr("Second vote"), True),
        ):
            if second_round and not two:
                break
            swatch = QRectF(x, area.top() + size * 0.2, size * 0.9, size * 0.9)
            room = area.right() - (swatch.right() + size * 0.3)
            if room < size * 2:  # no room left for a word: the tooltip and the table say it
                break
            self._bar(painter, swatch, second_round)
            metrics = QFontMetrics(painter.font())
            # Narrow (the console's preview), the second round's words are shortened with "…".
            label = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(room))
            width = min(metrics.horizontalAdvance(label) + size, room)
            painter.setPen(colours.text)
            self._text(
                painter,
                QRectF(swatch.right() + size * 0.3, area.top(), width, legend_height),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                label,
            )
            x = swatch.right() + size * 0.3 + width + size
        # Under the bars, each choice's letter and its label: the labels wrap to as many lines
        # as the longest needs, up to ``LABEL_LINES`` (a label cut to the box's height lost
        # its last word, half drawn, on a 1024-pixel projector).
        slot = area.width() / len(results.letters)
        label_font = look.font(size * 0.6)
        label_metrics = QFontMetrics(label_font)
        label_width = max(1, int(slot - size * 0.4))
        labels = [wrap_lines(label, label_metrics, label_width, LABEL_LINES) for label in results.labels]
        # In fractional pixels, rounded up: at a small size (the console's preview) each line is
        # a fraction taller than the whole pixels of ``lineSpacing()``, and three of them lost the
        # last line's lower half (French labels run to three lines).
        line_spacing = QFontMetricsF(label_font).lineSpacing()
        label_height = math.ceil(max(len(lines) for lines in labels) * line_spacing) + 1
        plot = area.adjusted(0, legend_height + size * 0.3, 0, -(size * 1.6 + label_height))

        values = list(results.first) + (list(results.second) if results.second is not None else [])
        top = max([*values, 1])
        bar_width = slot * (0.34 if two else 0.5)
        count_font = look.font(size * 0.95, bold=True)
        for i, letter in enumerate(results.letters):
            left = (
                plot.left()
                + slot * i
                + (slot - bar_width * (2 if two else 1) - (size * 0.2 if two else 0)) / 2
            )
            rounds = [(results.first[i], False)]
            if results.second is not None:
                rounds.append((results.second[i], True))
            for j, (count, second_round) in enumerate(rounds):
                height = (plot.height() - size * 1.3) * count / top
                bar = QRectF(left + j * (bar_width + size * 0.2), plot.bottom() - height, bar_width, height)
                if count:
                    self._bar(painter, bar, second_round)
                painter.setPen(colours.text)
                painter.setFont(count_font)
                above = QRectF(bar.left() - size, bar.top() - size * 1.3, bar_width + 2 * size, size * 1.2)
                self._text(
                    painter, above, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, str(count)
                )
            # The baseline, the letter and the choice's label under its bars.
            painter.setPen(QPen(colours.muted, max(1.0, size / 12)))
            painter.drawLine(
                int(plot.left() + slot * i + size * 0.2),
                int(plot.bottom()),
                int(plot.left() + slot * (i + 1) - size * 0.2),
                int(plot.bottom()),
            )
            painter.setPen(colours.accent)
            painter.setFont(look.font(size * 1.2, bold=True))
            under = QRectF(plot.left() + slot * i, plot.bottom() + size * 0.2, slot, size * 1.3)
            self._text(painter, under, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, letter)
            painter.setPen(colours.text)
            painter.setFont(label_font)
            below = QRectF(plot.left() + slot * i + size * 0.2, under.bottom(), label_width, label_height)
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            self._text(painter, below, flags, "\n".join(labels[i]))
        painter.end()

    def _bar(self, painter: QPainter, rect: QRectF, second_round: bool) -> None:
        colours = self._colours
        if second_round:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.second_round)
        else:
            painter.setPen(QPen(colours.first_round, max(2.0, rect.width() / 30)))
            painter.setBrush(QBrush(colours.first_round, Qt.BrushStyle.BDiagPattern))
        painter.drawRect(rect)
        painter.setBrush(Qt.BrushStyle.NoBrush)


class ShiftModel(FlatTableModel):
    """The shift: whole room, then roles, then groups; who moved, and from where to where."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: (kind of line, is it the whole room's?, the line)
        self._rows: list[tuple[str, bool, ShiftLine]] = []
        self.bold_font: QFont | None = None

    def set_results(self, results: ResultsView | None) -> None:
        self.beginResetModel()
        self._rows = []
        if results is not None and results.room is not None:
            self._rows.append(("", True, results.room))
            self._rows += [(self.tr("Role"), False, line) for line in results.roles]
            self._rows += [("", False, line) for line in results.groups]
        self.endResetModel()

    def row_total(self) -> int:
        return len(self._rows)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Who"), self.tr("Moved"), self.tr("From → to"))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        kind, whole_room, line = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                # The core names the room's line in English; the debrief's word for it, translated
                # when drawn (so a language change shows at once).
                who = QCoreApplication.translate("Export", "Whole room") if whole_room else line.who
                return f"{kind}: {who}" if kind else who
            if index.column() == 1:
                return str(line.moved)
            flows = [f"{f.source} → {f.target} {f.count}" for f in line.flows]
            return ", ".join(flows) or self.tr("no change")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and index.row() == 0 and self.bold_font is not None:
            return self.bold_font  # the whole room first, in bold
        return None


class ShiftTable(FollowsLanguage, QTableView):
    """The shift table as the room sees it: no grid clutter, no scroll bars unless needed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shift-table")
        self.shift_model = ShiftModel(self)
        self.setModel(self.shift_model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().hide()
        self.setShowGrid(False)
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The table's name in the language of the moment (its rows follow with the room's view)."""
        self.setAccessibleName(self.tr("Shift between the votes"))

    def set_results(self, results: ResultsView | None) -> None:
        self.shift_model.set_results(results)

    def set_text_font(self, font: QFont) -> None:
        """The table's type, headers included (they are read from as far away)."""
        self.setFont(font)
        self.horizontalHeader().setFont(font)
        bold = QFont(font)
        bold.setBold(True)
        self.shift_model.bold_font = bold
        self.resizeRowsToContents()
