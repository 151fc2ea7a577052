"""Weights and the ranking they give: one slider per dimension, the ranked choices, and in
words why the first is first and how far the weights are from another first choice.

It shows what ``explorer.core.reflection.ranking`` computes; the formula is shown to the reader
as written there.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSlider,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.core.pack.model import Dimension
from explorer.core.reflection.ranking import (
    ASSUMPTION_FACTORS,
    DEFAULT_WEIGHT,
    MAX_WEIGHT,
    MIN_WEIGHT,
    Outcome,
    Ranking,
    ScoredChoice,
    explain,
    sensitivity,
    weight_of,
)
from explorer.ui.i18n import FollowsLanguage
from explorer.ui.plain_text import arg, make_plain, mnemonic_free, tooltip

_Index = QModelIndex | QPersistentModelIndex


def _number(value: float) -> str:
    """Signed, at most two decimals: +4, −0.5, 0."""
    return f"{value:+.2f}".rstrip("0").rstrip(".").replace("-", "−") if value else "0"


def _weight(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".") if value else "0"


class WeightsEditor(FollowsLanguage, QWidget):
    """One slider per dimension (0 … 4) and how much facilitator assumptions count."""

    weightsChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(0, 3)
        self._grid.setColumnStretch(1, 2)
        self._sliders: dict[str, QSlider] = {}
        self._words: dict[str, QLabel] = {}
        self._weights: dict[str, float] = {}
        self.factor = QComboBox(self)
        for factor in ASSUMPTION_FACTORS:
            self.factor.addItem("", factor)
        self.factor.currentIndexChanged.connect(lambda _i: self.weightsChanged.emit())
        self.factor_label = QLabel(self)
        self.factor_label.setBuddy(self.factor)
        self.reset_button = QPushButton(self)
        self.reset_button.clicked.connect(self.reset)
        self.scale = QLabel(self)
        self.scale.setWordWrap(True)
        make_plain(self.scale)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The editor's words in the language of the moment: at start and on a language change
        (the sliders' names, with the dimensions' labels, follow from ``set_dimensions``)."""
        self.factor.setAccessibleName(self.tr("How much facilitator assumptions count"))
        for index, text in enumerate(
            (self.tr("count fully"), self.tr("count half"), self.tr("do not count"))
        ):
            self.factor.setItemText(index, text)
        self.factor_label.setText(self.tr("Facilitator &assumptions:"))
        self.reset_button.setText(self.tr("&Equal weights"))
        self.reset_button.setAccessibleName(self.tr("Set every weight back to the default"))
        self.scale.setText(self.tr("Weights: 0 = does not matter … 4 = most of all"))
        for dimension_id in self._sliders:
            self._show_word(dimension_id)  # the words a weight's tooltip says

    def word(self, value: int) -> str:
        words = (
            self.tr("does not matter"),
            self.tr("a little"),
            self.tr("matters"),
            self.tr("a lot"),
            self.tr("most of all"),
        )
        return words[max(0, min(len(words) - 1, value))]

    def set_dimensions(self, dimensions: list[Dimension], weights: dict[str, float], factor: float) -> None:
        """Show a slider for each dimension; ``weights`` may hold others too (they are kept)."""
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget not in (
                self.factor,
                self.factor_label,
                self.reset_button,
                self.scale,
            ):
                widget.hide()  # at once: deletion waits for the event loop
                widget.deleteLater()
        self._sliders.clear()
        self._words.clear()
        self._weights = dict(weights)
        self._grid.addWidget(self.scale, 0, 0, 1, 3)
        for row, dimension in enumerate(dimensions, start=1):
            slider = QSlider(Qt.Orientation.Horizontal, self)
            slider.setRange(int(MIN_WEIGHT), int(MAX_WEIGHT))
            slider.setPageStep(1)
            slider.setTickPosition(QSlider.TickPosition.TicksBelow)
            slider.setMinimumWidth(slider.fontMetrics().averageCharWidth() * 10)
            # Every shown weight is recorded, so a report shows what the reader saw.
            self._weights[dimension.id] = weight_of(weights, dimension.id)
            slider.setValue(round(self._weights[dimension.id]))
            slider.setAccessibleName(arg(self.tr("Weight of %1"), dimension.label))
            slider.setToolTip(tooltip(dimension.description))
            label = QLabel(self)
            make_plain(label)  # a pack's label, shown as typed
            label.setText(mnemonic_free(dimension.label))  # a buddy label: & would mark a shortcut
            label.setWordWrap(True)  # a narrow dock wraps long names instead of scrolling sideways
            label.setBuddy(slider)
            label.setToolTip(tooltip(dimension.description))
            word = QLabel(self)
            make_plain(word)
            word.setMinimumWidth(word.fontMetrics().horizontalAdvance("4") * 2)
            self._grid.addWidget(label, row, 0)
            self._grid.addWidget(slider, row, 1)
            self._grid.addWidget(word, row, 2)
            self._sliders[dimension.id] = slider
            self._words[dimension.id] = word
            slider.valueChanged.connect(lambda value, d=dimension.id: self._moved(d, value))
            self._show_word(dimension.id)
        row = len(dimensions) + 1
        self._grid.addWidget(self.factor_label, row, 0)
        self._grid.addWidget(self.factor, row, 1, 1, 2)
        self._grid.addWidget(self.reset_button, row + 1, 1, 1, 2, Qt.AlignmentFlag.AlignRight)
        self.factor.blockSignals(True)
        self.factor.setCurrentIndex(max(0, self.factor.findData(factor)))
        self.factor.blockSignals(False)

    def slider(self, dimension_id: str) -> QSlider:
        return self._sliders[dimension_id]

    def weights(self) -> dict[str, float]:
        return dict(self._weights)

    def assumption_factor(self) -> float:
        return float(self.factor.currentData())

    def reset(self) -> None:
        for dimension_id, slider in self._sliders.items():
            self._weights[dimension_id] = DEFAULT_WEIGHT
            slider.blockSignals(True)
            slider.setValue(int(DEFAULT_WEIGHT))
            slider.blockSignals(False)
            self._show_word(dimension_id)
        self.weightsChanged.emit()

    def _moved(self, dimension_id: str, value: int) -> None:
        self._weights[dimension_id] = float(value)
        self._show_word(dimension_id)
        self.weightsChanged.emit()

    def _show_word(self, dimension_id: str) -> None:
        value = self._sliders[dimension_id].value()
        self._words[dimension_id].setText(str(value))
        self._words[dimension_id].setToolTip(self.word(value))
        self._sliders[dimension_id].setAccessibleDescription(self.word(value))


class RankingModel(QAbstractTableModel):
    """Rank, choice and score of each choice; the reader's own choice is marked."""

    RANK, CHOICE, SCORE = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ranking: Ranking | None = None
        self._chosen: str | None = None
        self._labels: dict[str, str] = {}

    def set_ranking(self, ranking: Ranking | None, chosen: str | None, labels: dict[str, str]) -> None:
        self.beginResetModel()
        self._ranking, self._chosen, self._labels = ranking, chosen, labels
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._ranking is None else len(self._ranking.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Rank"), self.tr("Choice"), self.tr("Score"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if self._ranking is None or not index.isValid():
            return None
        row = self._ranking.rows[index.row()]
        shared = sum(1 for other in self._ranking.rows if other.rank == row.rank) > 1
        mine = row.choice.id == self._chosen
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.RANK:
                return f"{row.rank}=" if shared else str(row.rank)
            if index.column() == self.CHOICE:
                return row.choice.label + (self.tr("  ✓ your choice") if mine else "")
            return _number(row.score)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != self.CHOICE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and mine:
            font = QFont()
            font.setBold(True)
            return font
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self._describe(row)
            return tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        return None

    def _describe(self, row: ScoredChoice) -> str:
        """The row in words, contribution by contribution (tooltip and screen readers)."""
        parts = [
            f"{self._labels.get(c.dimension, c.dimension)}: {c.weight:g} × {c.effect:+d}"
            + (f" × {c.factor:g}" if c.factor != 1 else "")
            + f" = {_number(c.value)}"
            for c in row.contributions
        ]
        head = arg(self.tr("%1, rank %2, score %3"), row.choice.label, row.rank, _number(row.score))
        return head + "\n" + "\n".join(parts)


class RankingBox(FollowsLanguage, QWidget):
    """The weight sliders, the ranking table, its explanation and sensitivity, and the formula."""

    weightsChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weights = WeightsEditor(self)
        self.model = RankingModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.installEventFilter(self)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.sensitivity = QLabel(self)
        make_plain(self.explanation, self.sensitivity)  # they quote choice and dimension labels
        self.sensitivity.setWordWrap(True)
        self.formula_button = QToolButton(self)
        self.formula_button.setCheckable(True)
        self.formula = QLabel(self)
        self.formula.setWordWrap(True)
        self.formula.setTextFormat(Qt.TextFormat.RichText)
        self.formula.hide()
        self.formula_button.toggled.connect(self.formula.setVisible)
        self.weights.weightsChanged.connect(self.weightsChanged)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.weights, self.table, self.explanation, self.sensitivity):
            layout.addWidget(widget)
        layout.addWidget(self.formula_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.formula)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The box's words in the language of the moment: at start and on a language change (the
        explanation and sensitivity follow from ``show_ranking``, which the panel calls again)."""
        self.table.setAccessibleName(self.tr("Ranking of the choices by your weights"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self.explanation.setAccessibleName(self.tr("Why the ranking is as it is"))
        self.sensitivity.setAccessibleName(self.tr("How sensitive the ranking is to your weights"))
        self.formula_button.setText(self.tr("How is this computed?"))
        self.formula_button.setAccessibleName(self.tr("Show how the ranking is computed"))
        self.formula.setText(self.formula_text())
        self.formula.setAccessibleName(self.tr("How the ranking is computed"))

    def formula_text(self) -> str:
        return self.tr(
            "<p><b>score</b> = Σ over the choice's trade-offs of <b>weight</b>(dimension) × "
            "<b>effect</b> × <b>k</b></p><p><b>weight</b>: your slider, 0 (does not matter) … 4 "
            "(most of all). <b>effect</b>: the trade-off's direction and strength, −2 … +2, as the "
            "scenario states it. <b>k</b>: 1 for a trade-off stated in or inferred from the documents; "
            "your setting (1, ½ or 0) for a facilitator assumption.</p><p>Equal scores share a rank. "
            "<b>Sensitivity</b>: the smallest change of one weight, within 0 … 4, that lets another "
            "choice draw level with the first.</p>"
        )

    def show_ranking(self, ranking: Ranking, chosen: str | None, labels: dict[str, str]) -> None:
        self.model.set_ranking(ranking, chosen, labels)
        self._fit_table()
        self.explanation.setText(self.explanation_text(ranking, labels))
        self.sensitivity.setText(self.sensitivity_text(ranking, labels))

    def _fit_table(self) -> None:
        """As tall as its rows (the panel scrolls, the table does not), also after a zoom."""
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        self.table.resizeRowsToContents()
        rows = sum(self.table.rowHeight(r) for r in range(self.model.rowCount()))
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + rows + 2 * self.table.frameWidth())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The table learns of a zoom after its parent: fit it once it has its new font.
        # A new width (the dock resized) changes how the choices wrap: fit again.
        refit = (QEvent.Type.FontChange, QEvent.Type.Resize)
        if watched is self.table and event.type() in refit:
            QTimer.singleShot(0, self.table, self._fit_table)  # dropped if the table goes first
        return super().eventFilter(watched, event)

    def explanation_text(self, ranking: Ranking, dim: dict[str, str]) -> str:
        name = {row.choice.id: row.choice.label for row in ranking.rows}
        if ranking.outcome is Outcome.EMPTY:
            return self.tr("This stage has no choices.")
        if ranking.outcome is Outcome.NO_WEIGHTS:
            return self.tr(
                "All weights are zero: every choice scores 0, so there is no ranking. "
                "Give at least one dimension a weight."
            )
        if ranking.outcome is Outcome.TIE:
            tied = self.tr(" and ").join(f"“{name[r.choice.id]}”" for r in ranking.top)
            return arg(self.tr("%1 share the first place with %2."), tied, _number(ranking.top[0].score))
        explanation = explain(ranking)
        assert explanation is not None
        leader = explanation.leader
        text = arg(self.tr("“%1” leads with %2."), name[leader.choice.id], _number(leader.score))
        carried = ", ".join(
            f"{dim.get(c.dimension, c.dimension)} {_number(c.value)}" for c in explanation.carried_by
        )
        if carried:
            text += " " + arg(self.tr("Carried by %1."), carried)
        if explanation.held_back_by:
            held = ", ".join(
                f"{dim.get(c.dimension, c.dimension)} {_number(c.value)}" for c in explanation.held_back_by
            )
            text += " " + arg(self.tr("Held back by %1."), held)
        if explanation.runner_up is not None and explanation.versus_runner_up:
            best, value = explanation.versus_runner_up[0]
            text += " " + arg(
                self.tr("Ahead of “%1” by %2, most of all on %3 (%4)."),
                name[explanation.runner_up.choice.id],
                _weight(explanation.margin),
                dim.get(best, best),
                _number(value),
            )
        return text

    def sensitivity_text(self, ranking: Ranking, dim: dict[str, str]) -> str:
        name = {row.choice.id: row.choice.label for row in ranking.rows}
        result = sensitivity(ranking)
        lines = []
        if result.flip is not None:
            f = result.flip
            text = (
                self.tr("Sensitivity: raising the weight of %1 from %2 to %3 makes “%4” draw level.")
                if f.delta > 0
                else self.tr("Sensitivity: lowering the weight of %1 from %2 to %3 makes “%4” draw level.")
            )
            lines.append(
                arg(
                    text,
                    dim.get(f.dimension, f.dimension),
                    _weight(f.current),
                    _weight(f.new),
                    name[f.challenger],
                )
            )
        elif ranking.outcome is Outcome.RANKED and len(ranking.rows) > 1:
            lines.append(self.tr("Sensitivity: no change of a single weight (0–4) changes the first place."))
        for tie_break in result.tie_breaks:
            favoured = self.tr(" or ").join(f"“{name[c]}”" for c in tie_break.if_raised)
            lines.append(
                arg(
                    self.tr("Raising %1 would favour %2."),
                    dim.get(tie_break.dimension, tie_break.dimension),
                    favoured,
                )
            )
        return " ".join(lines)
