"""The trade-off chart: the matrix drawn as diverging bars, one small panel per choice.

Drawn with ``QPainter`` (QtCharts is not available). In every panel the rows are
the same dimensions in the same order, and a bar runs right for better, left for
worse, its length the strength (1 or 2). Nothing relies on colour alone: each
bar carries the table's symbols (▲▲ … ▼▼, ● ◐ ○), and the evidence status is
also the fill (solid: stated, hatched: inferred, outline only: assumption).
Colours come from the theme, so dark and high-contrast themes stay legible.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QPoint,
    QRect,
    QRectF,
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
from explorer.ui import theme
from explorer.ui.plain_text import tooltip

_PANEL_MIN_WIDTH = 330


def effect_words(effect: int) -> str:
    words = {
        2: QT_TRANSLATE_NOOP("TradeOffs", "strongly better"),
        1: QT_TRANSLATE_NOOP("TradeOffs", "better"),
        -1: QT_TRANSLATE_NOOP("TradeOffs", "worse"),
        -2: QT_TRANSLATE_NOOP("TradeOffs", "strongly worse"),
    }
    return QCoreApplication.translate("TradeOffs", str(words.get(effect, "no effect")))


def evidence_words(evidence: Evidence) -> str:
    words = {
        Evidence.STATED: QT_TRANSLATE_NOOP("TradeOffs", "stated in the cited documents"),
        Evidence.INFERRED: QT_TRANSLATE_NOOP("TradeOffs", "inferred from the cited passages"),
        Evidence.ASSUMPTION: QT_TRANSLATE_NOOP("TradeOffs", "facilitator assumption, not from the documents"),
    }
    return QCoreApplication.translate("TradeOffs", str(words[evidence]))


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


class TradeOffChart(QWidget):
    """Small multiples of diverging bars; clicking a bar selects that cell."""

    cellClicked = Signal(int, int)  # row (choice), column (dimension)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table: TradeOffTable | None = None
        self._bars: list[tuple[QRect, int, int]] = []
        self._selected: tuple[int, int] | None = None
        self.setAccessibleName(self.tr("Trade-off chart"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(False)

    def set_table(self, table: TradeOffTable | None) -> None:
        self._table = table
        self._selected = None
        self.setAccessibleDescription(describe_table(table) if table else "")
        self.setMinimumHeight(self._height_for(self.width()))
        self.update()

    def bars(self) -> list[tuple[QRect, int, int]]:
        """Where each bar was last painted, with its (row, column): for clicks and tests."""
        return list(self._bars)

    def select(self, row: int, column: int) -> None:
        self._selected = (row, column)
        self.update()

    # -- geometry ----------------------------------------------------------------------------------
    def _metrics(self) -> tuple[int, int, int]:
        """Row height, panel title height, legend height: all from the font, so they zoom."""
        line = QFontMetrics(self.font()).height()
        return int(line * 2.3), int(line * 3), int(line * 3.4)

    def _columns(self, width: int) -> int:
        count = len(self._table.choices) if self._table else 1
        return max(1, min(count, width // _PANEL_MIN_WIDTH))

    def _panel_height(self) -> int:
        row, title, _ = self._metrics()
        dimensions = len(self._table.dimensions) if self._table else 0
        return title + row * dimensions + row

    def _height_for(self, width: int) -> int:
        if self._table is None:
            return 80
        columns = self._columns(max(width, 1))
        rows = -(-len(self._table.choices) // columns)
        return rows * (self._panel_height() + 12) + self._metrics()[2] + 16

    def sizeHint(self) -> QSize:
        return QSize(2 * _PANEL_MIN_WIDTH, self._height_for(2 * _PANEL_MIN_WIDTH))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.setMinimumHeight(self._height_for(event.size().width()))

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
        columns = self._columns(self.width())
        width = (self.width() - 12 * (columns + 1)) // columns
        height = self._panel_height()
        for row in range(len(self._table.choices)):
            x = 12 + (row % columns) * (width + 12)
            y = 8 + (row // columns) * (height + 12)
            self._paint_panel(painter, QRect(x, y, width, height), row)
        legend_top = 8 + (-(-len(self._table.choices) // columns)) * (height + 12)
        self._paint_legend(painter, QRect(12, legend_top, self.width() - 24, self._metrics()[2]))
        painter.end()

    def _paint_panel(self, painter: QPainter, rect: QRect, row: int) -> None:
        assert self._table is not None
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        row_height, title_height, _ = self._metrics()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(QBrush(palette.color(QPalette.ColorRole.AlternateBase)))
        painter.drawRoundedRect(QRectF(rect), 4, 4)

        choice = self._table.choices[row]
        gains, losses = self._table.totals(row)
        title_font = self.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text)
        title_rect = rect.adjusted(8, 4, -8, 0)
        title_rect.setHeight(metrics_line := QFontMetrics(title_font).height() + 4)
        metrics = QFontMetrics(title_font)
        painter.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(choice.label, Qt.TextElideMode.ElideRight, title_rect.width()),
        )
        painter.setFont(self.font())
        totals = self.tr("gains %1 · losses %2").replace("%1", f"+{gains}").replace("%2", f"{losses:+d}")
        totals_rect = title_rect.translated(0, metrics_line)
        painter.setPen(theme.colours().muted_text)
        painter.drawText(totals_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, totals)

        label_width = min(int(rect.width() * 0.4), 220)
        plot = QRect(rect.left() + label_width + 12, rect.top() + title_height, 0, 0)
        plot.setRight(rect.right() - 10)
        centre = plot.left() + plot.width() // 2
        metrics = QFontMetrics(self.font())
        # Room at both ends for the symbols beside the longest bars.
        unit = max(4.0, (plot.width() // 2 - metrics.horizontalAdvance("▼▼ ◐") - 10) / 2)
        for col, dimension in enumerate(self._table.dimensions):
            top = plot.top() + col * row_height
            painter.setPen(text)
            label_rect = QRect(rect.left() + 8, top, label_width, row_height)
            # Up to two lines: dimension labels are short phrases.
            painter.drawText(
                label_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
                dimension.label,
            )
            cell = self._table.cell(row, col)
            if cell is None:  # no bar: the choice claims no effect on this dimension
                continue
            self._paint_bar(painter, cell, centre, unit, top, row_height, (row, col))
        # The zero line on top of the bars.
        painter.setPen(QPen(text, 1))
        painter.drawLine(
            centre, plot.top() - 2, centre, plot.top() + row_height * len(self._table.dimensions) + 2
        )

    def _paint_bar(
        self,
        painter: QPainter,
        cell: Cell,
        centre: int,
        unit: float,
        top: int,
        row_height: int,
        key: tuple[int, int],
    ) -> None:
        length = int(abs(cell.effect) * unit)
        bar_height = int(row_height * 0.45)
        y = top + (row_height - bar_height) // 2
        bar = (
            QRect(centre, y, length, bar_height)
            if cell.effect > 0
            else QRect(centre - length, y, length, bar_height)
        )
        colour = theme.effect_colour(cell.effect)
        outline = QPen(colour, 2)
        if cell.evidence is Evidence.ASSUMPTION:
            outline.setStyle(Qt.PenStyle.DashLine)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        elif cell.evidence is Evidence.INFERRED:
            painter.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern))
        else:
            painter.setBrush(QBrush(colour))
        painter.setPen(outline)
        painter.drawRect(bar.adjusted(1, 1, -1, -1))
        if self._selected == key:
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(bar.adjusted(-3, -3, 3, 3))
        self._bars.append((bar.adjusted(-2, -2, 2, 2), *key))
        # The same symbols as the table, beside the bar's end.
        label = f"{cell.symbol} {cell.mark}"
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        width = QFontMetrics(self.font()).horizontalAdvance(label) + 6
        if cell.effect > 0:
            label_rect = QRect(bar.right() + 4, top, width, row_height)
            align = Qt.AlignmentFlag.AlignLeft
        else:
            label_rect = QRect(bar.left() - 4 - width, top, width, row_height)
            align = Qt.AlignmentFlag.AlignRight
        painter.drawText(label_rect, align | Qt.AlignmentFlag.AlignVCenter, label)

    def _paint_legend(self, painter: QPainter, rect: QRect) -> None:
        palette = self.palette()
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        line = QFontMetrics(self.font()).height()
        first = self.tr(
            "Bars right: better (▲ +1, ▲▲ +2) · Bars left: worse (▼ −1, ▼▼ −2) · No bar: no stated effect"
        )
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), line + 4), Qt.AlignmentFlag.AlignLeft, first
        )
        x, y = rect.left(), rect.top() + line + 8
        sample = theme.effect_colour(1)
        for evidence, words in (
            (Evidence.STATED, self.tr("● stated (solid)")),
            (Evidence.INFERRED, self.tr("◐ inferred (hatched)")),
            (Evidence.ASSUMPTION, self.tr("○ facilitator assumption (outline)")),
        ):
            swatch = QRect(x, y + 2, line * 2, line - 4)
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
            advance = QFontMetrics(self.font()).horizontalAdvance(words)
            painter.drawText(
                QRect(swatch.right() + 6, y, advance + 4, line), Qt.AlignmentFlag.AlignVCenter, words
            )
            x = swatch.right() + advance + 24

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
