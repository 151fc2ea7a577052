"""The trade-off chart: the matrix drawn as a dot plot, every choice at once.

Drawn with ``QPainter`` (QtCharts is not available). One row per dimension, five
columns for the effect (▼▼ ▼ · ▲ ▲▲), and in them a numbered marker for each choice:
the numbers are the choices' order in the scenario, keyed above the plot with their
totals. Nothing relies on colour alone: the column is the effect, and the evidence
status is the fill (solid: stated, hatched: inferred, dashed outline: assumption).
Colours come from the theme, so dark and high-contrast themes stay legible.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from explorer.core.pack.model import Evidence
from explorer.core.reflection.matrix import Cell, TradeOffTable
from explorer.ui.i18n import FollowsLanguage
from explorer.ui.plain_text import arg, tooltip
from explorer.ui.theme import Appearance
from explorer.ui.vocabulary import evidence_words

#: The effect columns, worst to best; 0 holds the choices that claim no effect on a dimension.
_COLUMNS = (-2, -1, 0, 1, 2)
_SYMBOLS = {-2: "▼▼", -1: "▼", 0: "·", 1: "▲", 2: "▲▲"}


def effect_words(effect: int) -> str:
    words = {
        2: QT_TRANSLATE_NOOP("TradeOffs", "strongly better"),
        1: QT_TRANSLATE_NOOP("TradeOffs", "better"),
        -1: QT_TRANSLATE_NOOP("TradeOffs", "worse"),
        -2: QT_TRANSLATE_NOOP("TradeOffs", "strongly worse"),
    }
    return QCoreApplication.translate("TradeOffs", str(words.get(effect, "no effect")))


def describe_cell(cell: Cell) -> str:
    """A cell in words: for tooltips, accessible text and the chart's description."""
    claims = " ".join(t.claim for t in cell.tradeoffs)
    return (
        f"{cell.dimension.label}: {effect_words(cell.effect)} ({cell.effect:+d}) {cell.symbol}. "
        f"{evidence_words(cell.evidence)} {cell.mark}. {claims}"
    )


def describe_table(table: TradeOffTable) -> str:
    """The whole chart in words, for screen readers."""
    lines = []
    for row, choice in enumerate(table.choices):
        cells = [c for c in (table.cell(row, col) for col in range(len(table.dimensions))) if c]
        effects = "; ".join(
            f"{c.dimension.label} {effect_words(c.effect)} ({c.effect:+d}, {evidence_words(c.evidence)})"
            for c in cells
        )
        lines.append(f"{choice.label}: {effects}.")
    return " ".join(lines)


class TradeOffChart(FollowsLanguage, QWidget):
    """Every choice at once: one row per dimension, a numbered marker per choice in the column of
    its effect (▼▼ ▼ · ▲ ▲▲). Clicking a marker selects that cell.

    A dot plot rather than one bar panel per choice, so that the choices can be compared on a
    dimension at a glance and all of them fit beside the source viewer. Nothing relies on colour
    alone: the column says the effect, the number says the choice, the fill says the status.
    """

    cellClicked = Signal(int, int)  # row (choice), column (dimension)

    def __init__(self, parent: QWidget | None = None, *, appearance: Appearance) -> None:
        super().__init__(parent)
        #: Painted in its colours; a theme change repaints (its new palette updates the widget).
        self._appearance = appearance
        self._table: TradeOffTable | None = None
        self._bars: list[tuple[QRect, int, int]] = []
        self._selected: tuple[int, int] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(False)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The chart's name in the language of the moment (its painted words are translated as it
        paints; its description follows from the matrix, which gives it its table again)."""
        self.setAccessibleName(self.tr("Trade-off chart"))

    def set_table(self, table: TradeOffTable | None) -> None:
        self._table = table
        self._selected = None
        self.setAccessibleDescription(describe_table(table) if table else "")
        self.setMinimumHeight(self._height_for(self.width()))
        self.update()

    def bars(self) -> list[tuple[QRect, int, int]]:
        """Where each marker was last painted, with its (row, column): for clicks and tests."""
        return list(self._bars)

    def select(self, row: int, column: int) -> None:
        self._selected = (row, column)
        self.update()

    # -- geometry ----------------------------------------------------------------------------------
    def _line(self) -> int:
        return QFontMetrics(self.font()).height()

    def _marker(self) -> int:
        """The diameter of a choice's marker: from the font, so it zooms."""
        return int(self._line() * 1.45)

    def _label_width(self, width: int) -> int:
        return max(90, min(int(width * 0.34), 14 * self._line()))

    def _cell_width(self, width: int) -> int:
        return max(self._marker() + 4, (width - 24 - self._label_width(width) - 12) // 5)

    def _per_line(self, width: int) -> int:
        """How many markers fit side by side in one effect column."""
        return max(1, (self._cell_width(width) - 4) // (self._marker() + 3))

    def _row_heights(self, width: int) -> list[int]:
        if self._table is None:
            return []
        line, per_line = self._line(), self._per_line(width)
        heights = []
        for col in range(len(self._table.dimensions)):
            crowded = max(len(self._column_markers(col, effect)) for effect in _COLUMNS)
            lines = max(1, -(-crowded // per_line))
            heights.append(max(int(line * 2.4), lines * (self._marker() + 3) + line // 2))
        return heights

    def _choices_height(self) -> int:
        choices = len(self._table.choices) if self._table else 0
        return int(self._line() * 1.5) * choices + self._line() // 2

    def _height_for(self, width: int) -> int:
        if self._table is None:
            return 80
        width = max(width, 1)
        line = self._line()
        return (
            8
            + self._choices_height()
            + int(line * 1.8)  # column headings
            + sum(self._row_heights(width))
            + 8
            + self._legend_height(width)  # the key to the columns and fills
            + 8
        )

    def sizeHint(self) -> QSize:
        return QSize(560, self._height_for(560))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.setMinimumHeight(self._height_for(event.size().width()))

    def _column_markers(self, col: int, effect: int) -> list[int]:
        """The choices (rows) whose effect on dimension ``col`` is ``effect`` (0: none claimed)."""
        assert self._table is not None
        rows = []
        for row in range(len(self._table.choices)):
            cell = self._table.cell(row, col)
            if (cell.effect if cell is not None else 0) == effect:
                rows.append(row)
        return rows

    # -- painting ----------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        self._bars = []
        if self._table is None or not self._table.choices:
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No scenario selected."))
            painter.end()
            return
        width = self.width()
        y = 8 + self._paint_choices(painter, QRect(12, 8, width - 24, self._choices_height()))
        y += self._paint_headings(painter, y, width)
        plot_top = y
        for col, height in enumerate(self._row_heights(width)):
            self._paint_row(painter, col, y, height, width)
            y += height
        # The no-effect column's centre line, over the whole plot.
        centre = self._column_left(2, width) + self._cell_width(width) // 2
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DotLine))
        painter.drawLine(centre, plot_top, centre, y)
        self._paint_legend(painter, QRect(12, y + 8, width - 24, self._legend_height(width)))
        painter.end()

    def _paint_choices(self, painter: QPainter, rect: QRect) -> int:
        """The numbered choices with their totals: the key to the markers. Returns the height used."""
        assert self._table is not None
        palette = self.palette()
        line = self._line()
        step = int(line * 1.5)
        bold = self.font()
        bold.setBold(True)
        for row, choice in enumerate(self._table.choices):
            top = rect.top() + row * step
            self._paint_number(painter, QRect(rect.left(), top, self._marker(), self._marker()), row, None)
            gains, losses = self._table.totals(row)
            totals = arg(self.tr("gains %1 · losses %2"), f"+{gains}", f"{losses:+d}")
            metrics = QFontMetrics(self.font())
            totals_width = metrics.horizontalAdvance(totals) + 12
            label_rect = QRect(rect.left() + self._marker() + 8, top, rect.width() - totals_width, step)
            label_rect.setWidth(max(40, rect.width() - self._marker() - 8 - totals_width))
            painter.setFont(bold)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(
                label_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                QFontMetrics(bold).elidedText(choice.label, Qt.TextElideMode.ElideRight, label_rect.width()),
            )
            painter.setFont(self.font())
            painter.setPen(self._appearance.colours().muted_text)
            painter.drawText(
                QRect(rect.right() - totals_width, top, totals_width, step),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                totals,
            )
        return self._choices_height()

    def _column_left(self, index: int, width: int) -> int:
        return 12 + self._label_width(width) + 12 + index * self._cell_width(width)

    def _paint_headings(self, painter: QPainter, top: int, width: int) -> int:
        height = int(self._line() * 1.8)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        for index, effect in enumerate(_COLUMNS):
            rect = QRect(self._column_left(index, width), top, self._cell_width(width), height)
            symbol = _SYMBOLS[effect]
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, symbol)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(12, top + height - 2, width - 12, top + height - 2)
        return height

    def _paint_row(self, painter: QPainter, col: int, top: int, height: int, width: int) -> None:
        assert self._table is not None
        palette = self.palette()
        if col % 2:
            painter.fillRect(
                QRect(12, top, width - 24, height), palette.color(QPalette.ColorRole.AlternateBase)
            )
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(
            QRect(16, top, self._label_width(width) - 4, height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
            self._table.dimensions[col].label,
        )
        size, per_line = self._marker(), self._per_line(width)
        for index, effect in enumerate(_COLUMNS):
            rows = self._column_markers(col, effect)
            if not rows:
                continue
            lines = -(-len(rows) // per_line)
            block = lines * (size + 3) - 3
            left = self._column_left(index, width)
            for n, row in enumerate(rows):
                in_line = min(per_line, len(rows) - (n // per_line) * per_line)
                line_width = in_line * (size + 3) - 3
                x = left + (self._cell_width(width) - line_width) // 2 + (n % per_line) * (size + 3)
                y = top + (height - block) // 2 + (n // per_line) * (size + 3)
                marker = QRect(x, y, size, size)
                cell = self._table.cell(row, col)
                self._paint_number(painter, marker, row, cell)
                if cell is not None:
                    if self._selected == (row, col):
                        painter.setPen(
                            QPen(palette.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DotLine)
                        )
                        painter.setBrush(Qt.BrushStyle.NoBrush)
                        painter.drawEllipse(marker.adjusted(-3, -3, 3, 3))
                    self._bars.append((marker.adjusted(-2, -2, 2, 2), row, col))

    def _paint_number(self, painter: QPainter, rect: QRect, row: int, cell: Cell | None) -> None:
        """A choice's numbered marker; ``cell`` gives its effect colour and evidence fill (None: the
        choice claims no effect here, or the marker is the key above the plot)."""
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        if cell is None:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid) if rect.top() else text, 1))
            painter.setBrush(QBrush(palette.color(QPalette.ColorRole.Base)))
            painter.drawEllipse(rect.adjusted(1, 1, -1, -1))
            number_colour = text
        else:
            colour = self._appearance.colours().effect(cell.effect)
            outline = QPen(colour, 2)
            if cell.evidence is Evidence.ASSUMPTION:
                outline.setStyle(Qt.PenStyle.DashLine)
                painter.setBrush(QBrush(palette.color(QPalette.ColorRole.Base)))
                number_colour = text
            elif cell.evidence is Evidence.INFERRED:
                # Hatched, with a plain disc behind the number so it stays readable.
                painter.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern))
                number_colour = text
            else:
                painter.setBrush(QBrush(colour))
                number_colour = palette.color(QPalette.ColorRole.Base)
            painter.setPen(outline)
            painter.drawEllipse(rect.adjusted(1, 1, -1, -1))
            if cell.evidence is Evidence.INFERRED:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(palette.color(QPalette.ColorRole.Base)))
                inner = rect.width() // 4
                painter.drawEllipse(rect.adjusted(inner, inner, -inner, -inner))
        font = self.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(number_colour)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(row + 1))
        painter.setFont(self.font())

    def _legend_items(self) -> tuple[str, list[tuple[Evidence, str]]]:
        first = self.tr(
            "Right: better (▲ +1, ▲▲ +2) · Left: worse (▼ −1, ▼▼ −2) · Middle (·): no effect claimed"
        )
        fills = [
            (Evidence.STATED, self.tr("● stated (solid)")),
            (Evidence.INFERRED, self.tr("◐ inferred (hatched)")),
            (Evidence.ASSUMPTION, self.tr("○ facilitator assumption (outline)")),
        ]
        return first, fills

    def _key_layout(self, rect: QRect) -> tuple[QRect, list[tuple[QRect, QRect]], int]:
        """Where the key's sentence and each fill sample go, wrapping to the width; and its height."""
        metrics = QFontMetrics(self.font())
        line = self._line()
        first, fills = self._legend_items()
        text = metrics.boundingRect(
            QRect(rect.left(), rect.top(), rect.width(), 10 * line), int(Qt.TextFlag.TextWordWrap), first
        )
        x, y = rect.left(), text.bottom() + 8
        places = []
        for _, words in fills:
            need = line * 2 + 6 + metrics.horizontalAdvance(words) + 4
            if x > rect.left() and x + need > rect.right():
                x, y = rect.left(), y + line + 6
            swatch = QRect(x, y + 2, line * 2, line - 4)
            places.append((swatch, QRect(swatch.right() + 6, y, need - line * 2 - 6, line)))
            x += need + 20
        return text, places, y + line - rect.top()

    def _legend_height(self, width: int) -> int:
        return self._key_layout(QRect(12, 0, max(width, 1) - 24, 0))[2]

    def _paint_legend(self, painter: QPainter, rect: QRect) -> None:
        palette = self.palette()
        first, fills = self._legend_items()
        text_rect, places, _ = self._key_layout(rect)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, first)
        sample = self._appearance.colours().effect(1)
        for (evidence, words), (swatch, label) in zip(fills, places, strict=True):
            pen = QPen(
                sample, 2, Qt.PenStyle.DashLine if evidence is Evidence.ASSUMPTION else Qt.PenStyle.SolidLine
            )
            painter.setPen(pen)
            brush = {
                Evidence.STATED: QBrush(sample),
                Evidence.INFERRED: QBrush(sample, Qt.BrushStyle.BDiagPattern),
                Evidence.ASSUMPTION: QBrush(Qt.BrushStyle.NoBrush),
            }[evidence]
            painter.setBrush(brush)
            painter.drawRect(swatch)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(label, Qt.AlignmentFlag.AlignVCenter, words)

    # -- interaction -------------------------------------------------------------------------------
    def _bar_at(self, point: QPoint) -> tuple[int, int] | None:
        return next(((r, c) for rect, r, c in self._bars if rect.contains(point)), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self._bar_at(event.position().toPoint())
        if hit is not None:
            self.select(*hit)
            self.cellClicked.emit(*hit)
        super().mousePressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent) and self._table is not None:
            hit = self._bar_at(event.pos())
            cell = self._table.cell(*hit) if hit else None
            if cell is not None:
                text = tooltip(f"{cell.choice.label} — {describe_cell(cell)}")
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
