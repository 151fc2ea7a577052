"""The trade-off matrix: choices × dimensions, with the evidence behind each cell.

A cell shows direction and strength as a symbol (▲▲ ▲ ▼ ▼▼) on a tint of the
theme's better/worse colour, and the evidence status as a mark (● stated,
◐ inferred, ○ facilitator assumption); tooltips say all of it in words.
Selecting a cell (mouse or keyboard) lists the citations behind it; activating a
citation asks the main window to open it in the source viewer. A toggle shows
the same data as a chart (``tradeoff_chart``).
"""

from __future__ import annotations

import html
import textwrap

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.core.pack.model import Citation
from explorer.core.reflection.matrix import Cell, TradeOffTable, tradeoff_table
from explorer.ui import vocabulary
from explorer.ui.eliding_combo import ElidingComboBox
from explorer.ui.i18n import FollowsLanguage
from explorer.ui.pack_language import localized
from explorer.ui.plain_text import arg, source_with_time, tooltip
from explorer.ui.scrolling_label import ScrollingLabel
from explorer.ui.theme import Appearance, ThemeColours
from explorer.ui.tradeoff_chart import TradeOffChart, describe_cell
from explorer.ui.vocabulary import evidence_words

_Index = QModelIndex | QPersistentModelIndex


def header_lines(text: str, width: int) -> list[str]:
    """``text`` in lines of about ``width`` characters, never breaking a word: a Dutch
    ``inlichtingeneenheid`` or a French ``opérationnelle`` is longer than a short header's
    line, and is kept whole (its column is made wide enough) rather than cut mid-letter."""
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [text]


CELL_ROLE = Qt.ItemDataRole.UserRole + 1
CITATION_ID_ROLE = Qt.ItemDataRole.UserRole + 2


def _tint(base: QColor, colour: QColor, amount: float) -> QColor:
    return QColor(
        round(base.red() + (colour.red() - base.red()) * amount),
        round(base.green() + (colour.green() - base.green()) * amount),
        round(base.blue() + (colour.blue() - base.blue()) * amount),
    )


class TradeOffTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table: TradeOffTable | None = None
        self._palette = QPalette()
        self._colours: ThemeColours | None = None  # the theme's, given with the table
        #: Dimensions as rows, choices as columns: every dimension visible in a narrow matrix.
        self.transposed = False
        #: Choices headed by their number only (keyed above the table): when even the transposed
        #: matrix has no room for their names, the columns need only fit the symbols.
        self.numbered = False

    def set_numbered(self, on: bool) -> None:
        if on != self.numbered:
            self.numbered = on
            # The choices' headers change, and the dimensions' wrap tighter to leave room.
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, max(0, self.rowCount() - 1))

    def set_transposed(self, on: bool) -> None:
        if on != self.transposed:
            self.beginResetModel()
            self.transposed = on
            self.endResetModel()

    def choice_dimension(self, index: _Index) -> tuple[int, int]:
        """(choice row, dimension column) of the table behind a cell of the view."""
        return (index.column(), index.row()) if self.transposed else (index.row(), index.column())

    def index_for(self, choice: int, dimension: int) -> QModelIndex:
        """The view's cell for a choice and a dimension, in either layout."""
        return self.index(dimension, choice) if self.transposed else self.index(choice, dimension)

    def set_table(self, table: TradeOffTable | None, palette: QPalette, colours: ThemeColours) -> None:
        self.beginResetModel()
        self._colours = colours
        self.table, self._palette = table, palette
        self.endResetModel()

    def cell(self, index: _Index) -> Cell | None:
        return self.table.cell(*self.choice_dimension(index)) if self.table and index.isValid() else None

    def _counts(self) -> tuple[int, int]:
        if self.table is None:
            return 0, 0
        choices, dimensions = len(self.table.choices), len(self.table.dimensions)
        return (dimensions, choices) if self.transposed else (choices, dimensions)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._counts()[0]

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._counts()[1]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if self.table is None or not index.isValid():
            return None
        cell = self.cell(index)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if cell is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return "·"
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                dimension = self.table.dimensions[self.choice_dimension(index)[1]]
                text = arg(self.tr("No stated effect on %1"), dimension.label)
                return tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{cell.symbol} {cell.mark}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = describe_cell(cell)
            return tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        if role == Qt.ItemDataRole.BackgroundRole and self._colours is not None:
            base = self._palette.color(QPalette.ColorRole.Base)
            return QBrush(_tint(base, self._colours.effect(cell.effect), 0.22 * abs(cell.effect)))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(self._palette.color(QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.FontRole:
            bold = QFont()  # only boldness set: resolved against the view's (zoomed) font
            bold.setBold(True)
            return bold
        if role == CELL_ROLE:
            return cell
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if self.table is None:
            return None
        horizontal = orientation == Qt.Orientation.Horizontal
        dimension = horizontal != self.transposed  # which axis this header names
        if dimension and not 0 <= section < len(self.table.dimensions):
            return None
        if not dimension and not 0 <= section < len(self.table.choices):
            return None
        # Column headers wrap short (the columns stay narrow); row headers have more room.
        wrap = 14 if horizontal or self.numbered else (20 if dimension else 30)
        if role == Qt.ItemDataRole.DisplayRole:
            if dimension:
                return "\n".join(header_lines(self.table.dimensions[section].label, wrap))
            if self.numbered and horizontal:
                return str(section + 1)
            return "\n".join(header_lines(self.table.choices[section].label, wrap))
        if role == Qt.ItemDataRole.AccessibleTextRole and not dimension:
            return self.table.choices[section].label
        if role == Qt.ItemDataRole.ToolTipRole:
            if dimension:
                dim = self.table.dimensions[section]
                return tooltip(f"{dim.label}\n{dim.description}")
            return tooltip(self.table.choices[section].label)
        return None


class CitationListModel(QAbstractListModel):
    """The citations behind one cell: quote, source and English gloss."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, Citation, str]] = []

    def set_citations(self, rows: list[tuple[str, Citation, str]]) -> None:
        """Rows of (citation id, citation, source label)."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        citation_id, citation, label = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = f"“{' '.join(citation.quote.split())}” — {label}"
            if citation.gloss:
                text += "\n" + vocabulary.gloss_line(citation.gloss)
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Enter or double-click opens the passage in its source")
        if role == CITATION_ID_ROLE:
            return citation_id
        return None


class TradeOffMatrix(FollowsLanguage, QWidget):
    citationActivated = Signal(str, str)  # scenario id, citation id

    def __init__(
        self, parent: QWidget | None = None, corpus: Corpus | None = None, *, appearance: Appearance
    ) -> None:
        super().__init__(parent)
        self._appearance = appearance  # tints and chart bars in its colours
        #: The pack as given and as shown (in the app's language: claims, dimension labels, glosses).
        self._base_pack: LoadedPack | None = None
        self._pack: LoadedPack | None = None
        self._corpus = corpus  # only for the sources' short labels in the citation list
        self._scenario_id: str | None = None

        self.stage_label = QLabel(self)
        self.stage_box = ElidingComboBox(self)
        self.stage_label.setBuddy(self.stage_box)
        self.table_button = self._toggle()
        self.chart_button = self._toggle()
        self.table_button.setChecked(True)
        views = QButtonGroup(self)
        views.setExclusive(True)
        views.addButton(self.table_button, 0)
        views.addButton(self.chart_button, 1)

        self.model = TradeOffTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setMinimumSectionSize(72)
        # The numbered choices' names, above the matrix when its columns are headed by numbers.
        self.choice_key = QLabel(self)
        self.choice_key.setWordWrap(True)
        self.choice_key.setTextFormat(Qt.TextFormat.PlainText)  # pack text
        self.choice_key.hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._apply_row_height()
        self.chart = TradeOffChart(self, appearance=appearance)
        self.chart_scroll = chart_scroll = QScrollArea(self)
        chart_scroll.setWidget(self.chart)
        chart_scroll.setWidgetResizable(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(chart_scroll)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)  # the app's own words and a line break

        self.cell_title = QLabel(self)
        self.cell_title.setTextFormat(Qt.TextFormat.RichText)  # built here, pack text escaped
        # A long claim and its reasoning scroll rather than lose their last lines to a short pane.
        self.cell_title_area = ScrollingLabel(self.cell_title, self)
        self.citations = CitationListModel(self)
        self.citation_view = QListView(self)
        self.citation_view.setModel(self.citations)
        self.citation_view.setWordWrap(True)
        self.citation_view.setSpacing(3)
        self.citation_view.setAlternatingRowColors(True)
        # Quotes wrap to the panel's width instead of scrolling sideways.
        self.citation_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.citation_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.stage_label)
        bar.addWidget(self.stage_box)
        bar.addStretch(1)
        bar.addWidget(self.table_button)
        bar.addWidget(self.chart_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.choice_key)
        left_layout.addWidget(self.stack, 1)
        left_layout.addWidget(self.legend)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.cell_title_area)
        right_layout.addWidget(self.citation_view, 1)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.table)
        self._show_stage_bar(False)

        views.idToggled.connect(lambda view, on: self.stack.setCurrentIndex(view) if on else None)
        self.stage_box.currentIndexChanged.connect(self._stage_chosen)
        self.table.selectionModel().currentChanged.connect(lambda current, _: self._show_cell(current))
        self.table.activated.connect(self._activate_cell)
        self.chart.cellClicked.connect(
            lambda row, column: self.table.setCurrentIndex(self.model.index_for(row, column))
        )
        self.citation_view.activated.connect(self._activate_citation)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The matrix's words, and the pack's (the table, the chart and the selected cell), in the
        language of the moment: at start (no pack yet) and on a language change."""
        self.stage_label.setText(self.tr("&Stage:"))
        self.stage_box.setAccessibleName(self.tr("Stage of the scenario"))
        for button, text, tip in (
            (self.table_button, self.tr("&Table"), self.tr("Show the trade-offs as a table")),
            (self.chart_button, self.tr("C&hart"), self.tr("Show the trade-offs as a chart")),
        ):
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
        self.table.setAccessibleName(self.tr("Trade-off matrix: choices by dimensions"))
        self.choice_key.setAccessibleName(self.tr("Choices by number"))
        self.chart_scroll.setAccessibleName(self.tr("Trade-off chart"))
        self.legend.setAccessibleName(self.tr("Legend"))
        self.legend.setText(
            self.tr("▲▲ strongly better · ▲ better · ▼ worse · ▼▼ strongly worse · a dot: no stated effect")
            + "<br>"
            + html.escape(vocabulary.evidence_legend())
        )
        self.cell_title.setAccessibleName(self.tr("Selected trade-off"))
        self.citation_view.setAccessibleName(self.tr("Citations behind the selected trade-off"))
        if self.model.table is None:
            self.cell_title.setText(
                html.escape(self.tr("Select a cell to see the claim and the passages behind it."))
            )
        self._show_in_app_language()

    def _show_in_app_language(self) -> None:
        """The same scenario, stage and cell, in the pack's translation for the app's language."""
        if self._base_pack is not None:
            self._pack = localized(self._base_pack)
        if self._pack is not None and self._scenario_id is not None:
            stage_id = self.stage_box.currentData()
            current = self.table.currentIndex()
            cell = self.model.choice_dimension(current) if current.isValid() else None
            self.set_scenario(self._scenario_id, stage_id if isinstance(stage_id, str) else None)
            if cell is not None:
                self.table.setCurrentIndex(self.model.index_for(*cell))

    def _toggle(self) -> QToolButton:
        button = QToolButton(self)
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    def _apply_row_height(self) -> None:
        # Rows tall enough to read a symbol at a glance on a projector; from the font, so they zoom.
        # Transposed, the rows are the many dimensions: a little tighter, so all of them show.
        factor = 1.6 if self.model.transposed else 2.2
        self.table.verticalHeader().setMinimumSectionSize(int(QFontMetrics(self.font()).height() * factor))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._apply_row_height()
        elif event.type() == QEvent.Type.PaletteChange and self.model.table is not None:
            # The tints follow the theme (the appearance has the new colours by then).
            self.model.set_table(self.model.table, self.palette(), self._appearance.colours())

    def _fit_columns(self) -> None:
        """Columns as wide as their wrapped headers; stretched to fill when there is room.

        When every dimension cannot have a column (beside the source viewer, on a small
        screen), the matrix is transposed: dimensions as rows, choices as columns.
        """
        table = self.model.table
        if table is not None:
            metrics = self.table.fontMetrics()
            choice_header = max(
                (
                    metrics.horizontalAdvance(line)
                    for c in table.choices
                    for line in header_lines(c.label, 30)
                ),
                default=0,
            )
            header_metrics = self.table.horizontalHeader().fontMetrics()
            needed = (
                choice_header
                + 24
                + sum(
                    max(
                        self.table.horizontalHeader().minimumSectionSize(),
                        max(header_metrics.horizontalAdvance(line) for line in header_lines(d.label, 14))
                        + 16,
                    )
                    for d in table.dimensions
                )
            )
            transposed = needed > self.table.viewport().width()
            if transposed != self.model.transposed:
                self.model.set_transposed(transposed)
                self._apply_row_height()
        header = self.table.horizontalHeader()
        if self.model.transposed:  # a few choices share the width: no column out of view
            self._number_choices_if_narrow()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            return
        self._number_choices(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # What the columns will take once resized to their contents (``header.length()`` still
        # holds the stretched widths until the delayed resize runs).
        wanted = sum(
            max(header.sectionSizeHint(column), self.table.sizeHintForColumn(column))
            for column in range(header.count())
        )
        if wanted < self.table.viewport().width():
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def _number_choices_if_narrow(self) -> None:
        """Transposed and still too narrow for the choices' names: head them by number instead."""
        table = self.model.table
        if table is None:
            return
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 8
        # Stretched columns share the width equally: each must hold the widest name's longest line
        # (a Dutch ``overgangsautoriteiten`` is kept whole, so it sets the need).
        widest = max(
            (max(metrics.horizontalAdvance(line) for line in header_lines(c.label, 14)) + margin)
            for c in table.choices
        )
        room = self.table.viewport().width()
        self._number_choices(max(widest, 72) * len(table.choices) > room)

    def _number_choices(self, on: bool) -> None:
        table = self.model.table
        on = on and table is not None
        header = self.table.horizontalHeader()
        bold = QFont(self.table.font())
        bold.setBold(True)  # the cells' font
        symbols = QFontMetrics(bold).horizontalAdvance("▼▼ ◐") + 10
        header.setMinimumSectionSize(symbols if on else 72)
        self.model.set_numbered(on)
        if on and table is not None:
            self.choice_key.setText("\n".join(f"{n}  {c.label}" for n, c in enumerate(table.choices, 1)))
        self.choice_key.setVisible(on)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()
        # Narrow (beside the source viewer): the citations go under the matrix.
        narrow = event.size().width() < 760
        orientation = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if orientation != self.splitter.orientation():
            self.splitter.setOrientation(orientation)
            # Stacked, the matrix or chart is what the reader came for: two thirds of the height.
            if narrow:
                height = max(1, event.size().height())
                self.splitter.setSizes([height * 2 // 3, height // 3])

    def _show_stage_bar(self, visible: bool) -> None:
        self.stage_label.setVisible(visible)
        self.stage_box.setVisible(visible)

    # -- public API ------------------------------------------------------------------------------
    def set_pack(self, pack: LoadedPack) -> None:
        self._base_pack = pack
        self._pack = localized(pack)
        self._scenario_id = None
        self._set_table(None)

    def set_scenario(self, scenario_id: str, stage_id: str | None) -> None:
        if self._pack is None:
            return
        try:
            scenario = self._pack.scenario(scenario_id)
        except KeyError:
            self._set_table(None)
            return
        self._scenario_id = scenario_id
        self.stage_box.blockSignals(True)
        self.stage_box.clear()
        for stage in scenario.stages:
            self.stage_box.addItem(stage.title, stage.id)
        found = self.stage_box.findData(stage_id) if stage_id else 0
        self.stage_box.setCurrentIndex(max(found, 0))
        self.stage_box.blockSignals(False)
        self._show_stage_bar(len(scenario.stages) > 1)
        self._stage_chosen(self.stage_box.currentIndex())

    def set_corpus(self, corpus: Corpus) -> None:
        """Name sources by their short labels (‘Kamerbrief 23 maart 2018’) instead of ids."""
        self._corpus = corpus

    def show_chart(self, on: bool) -> None:
        (self.chart_button if on else self.table_button).setChecked(True)

    # -- internals -------------------------------------------------------------------------------
    def _stage_chosen(self, _index: int) -> None:
        if self._pack is None or self._scenario_id is None:
            return
        stage_id = self.stage_box.currentData()
        self._set_table(
            tradeoff_table(self._pack, self._scenario_id, stage_id if isinstance(stage_id, str) else None)
        )

    def _set_table(self, table: TradeOffTable | None) -> None:
        self.model.set_table(table, self.palette(), self._appearance.colours())
        self._fit_columns()
        self.chart.set_table(table)
        self.citations.set_citations([])
        self.cell_title.setText(
            html.escape(self.tr("Select a cell to see the claim and the passages behind it."))
        )

    def _show_cell(self, index: QModelIndex) -> None:
        cell = self.model.cell(index)
        if self._pack is None or self._scenario_id is None or cell is None:
            self.citations.set_citations([])
            if self.model.table is not None and index.isValid():
                words = self.model.data(index, Qt.ItemDataRole.AccessibleTextRole)
                self.cell_title.setText(html.escape(str(words)))
            return
        self.chart.select(*self.model.choice_dimension(index))
        scenario = self._pack.scenario(self._scenario_id)
        reasoning = self.tr("Reasoning (the step from the passages to the claim):")
        claims = "<br>".join(
            f"“{html.escape(t.claim)}”"
            + (f"<br>◐ <i>{html.escape(reasoning)}</i> {html.escape(t.reasoning)}" if t.reasoning else "")
            for t in cell.tradeoffs
        )
        self.cell_title.setText(
            f"<b>{html.escape(cell.choice.label)} › {html.escape(cell.dimension.label)}</b>: "
            f"{cell.symbol} {cell.mark}<br>{claims}<br><i>{html.escape(evidence_words(cell.evidence))}</i>"
        )
        rows = []
        for citation_id in cell.citations:
            citation = scenario.evidence.get(citation_id)
            if citation is not None:
                label = source_with_time(self._source_label(citation.source), citation.about)
                rows.append((citation_id, citation, label))
        self.citations.set_citations(rows)

    def _source_label(self, source_id: str) -> str:
        """The source's short label if the corpus was given, else its id."""
        if self._corpus is not None and source_id in self._corpus:
            return self._corpus[source_id].metadata.label
        return source_id

    def _activate_cell(self, index: QModelIndex) -> None:
        self._show_cell(index)
        if self.citations.rowCount():
            self.citation_view.setCurrentIndex(self.citations.index(0))
            self.citation_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _activate_citation(self, index: QModelIndex) -> None:
        citation_id = index.data(CITATION_ID_ROLE)
        if self._scenario_id and isinstance(citation_id, str):
            self.citationActivated.emit(self._scenario_id, citation_id)
