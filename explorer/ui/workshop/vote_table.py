"""Vote entry: a grid of groups × choices in which the facilitator types counts.

Built for speed while the room waits: typing a digit in a cell starts editing
it, Tab goes to the next choice (and on to the next group), Enter commits and
goes down to the next group, Delete takes a group's entry back out. Every cell
is committed through the controller at once (and so saved). The vertical
header shows each group's total, and its size when known, so a count that
does not add up shows before the room notices.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QIntValidator, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from explorer.core.workshop.plan import letter
from explorer.core.workshop.session import MAX_COUNT, Round, Step
from explorer.ui.flat_table import AnyIndex
from explorer.ui.plain_text import tooltip
from explorer.ui.workshop.controller import WorkshopController


def round_of(step: Step) -> Round | None:
    """The vote round the console shows at a step (entered at the vote steps, read after)."""
    if step in (Step.FIRST_VOTE, Step.DISCUSSION):
        return 1
    if step in (Step.SECOND_VOTE, Step.RESULTS):
        return 2
    return None


class VoteModel(QAbstractTableModel):
    """Counts of the round the session is at: one row per group, one column per choice."""

    def __init__(self, controller: WorkshopController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        controller.changed.connect(self.refresh)
        self._round: Round | None = None
        self._item = -1
        self.refresh()

    @property
    def round(self) -> Round | None:
        return self._round

    def editable(self) -> bool:
        session = self.controller.session
        wanted = Step.FIRST_VOTE if self._round == 1 else Step.SECOND_VOTE
        return self._round is not None and session.step is wanted and not self.controller.read_only

    def refresh(self) -> None:
        session = self.controller.session
        shape = (round_of(session.step), session.item)
        if shape != (self._round, self._item):
            self.beginResetModel()
            self._round, self._item = shape
            self.endResetModel()
        elif self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)

    def _choices(self) -> list[str]:
        agenda = self.controller.session.agenda_item(self._item)
        return agenda.card.choice_ids() if agenda is not None and self._round is not None else []

    def _votes(self) -> dict[str, dict[str, int]]:
        record = self.controller.session.record(self._item)
        if record is None or self._round is None:
            return {}
        return record.votes(self._round)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        if parent.isValid() or self._round is None:
            return 0
        return len(self.controller.session.plan.groups)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._choices())

    def group_id(self, row: int) -> str:
        return self.controller.session.plan.groups[row].id

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        session = self.controller.session
        if orientation == Qt.Orientation.Horizontal:
            agenda = session.agenda_item(self._item)
            if agenda is None or section >= len(agenda.card.choices):
                return None
            choice = agenda.card.choices[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return letter(section)
            if role == Qt.ItemDataRole.ToolTipRole:
                return tooltip(f"{letter(section)}: {choice.label}")
            return None
        if section >= len(session.plan.groups):
            return None
        group = session.plan.groups[section]
        tally = self._votes().get(group.id)
        if role == Qt.ItemDataRole.DisplayRole:
            if tally is None:
                return self.tr("%1 (not in)").replace("%1", group.name)
            total = sum(tally.values())
            if group.size is not None:
                mark = " ⚠" if total > group.size else ""
                return f"{group.name}  {total}/{group.size}{mark}"
            return f"{group.name}  {total}"
        if role == Qt.ItemDataRole.ToolTipRole and tally is not None and group.size is not None:
            total = sum(tally.values())
            if total > group.size:
                return (
                    self.tr("%1 votes for a group of %2: a typo?")
                    .replace("%1", str(total))
                    .replace("%2", str(group.size))
                )
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        choices = self._choices()
        tally = self._votes().get(self.group_id(index.row()))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if tally is None:
                return "" if role == Qt.ItemDataRole.EditRole else "–"
            return str(tally.get(choices[index.column()], 0))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            group = self.controller.session.plan.groups[index.row()].name
            count = "not entered" if tally is None else str(tally.get(choices[index.column()], 0))
            return f"{group}, {letter(index.column())}: {count}"
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable():
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self._round is None:
            return False
        text = str(value).strip()
        if not text:
            return False
        try:
            count = int(text)
        except ValueError:
            return False
        choices = self._choices()
        group_id = self.group_id(index.row())
        tally = dict(self._votes().get(group_id) or dict.fromkeys(choices, 0))
        tally[choices[index.column()]] = count
        return self.controller.set_votes(self._round, group_id, tally)

    def clear_row(self, row: int) -> bool:
        if self._round is None or not 0 <= row < self.rowCount():
            return False
        return self.controller.clear_votes(self._round, self.group_id(row))


class CountDelegate(QStyledItemDelegate):
    """A plain number field: digits only, the old count selected so typing replaces it."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setValidator(QIntValidator(0, MAX_COUNT, editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        editor.setAccessibleName(self.tr("Count"))
        return editor


class VoteTable(QTableView):
    """The grid; Enter goes down a group, Delete removes a group's entry."""

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vote-table")
        self.setAccessibleName(self.tr("Votes: counts per group and choice"))
        self.vote_model = VoteModel(controller, self)
        self.setModel(self.vote_model)
        self.setItemDelegate(CountDelegate(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.vote_model.modelReset.connect(self._start)

    def _start(self) -> None:
        if self.vote_model.rowCount() and self.vote_model.columnCount():
            self.setCurrentIndex(self.vote_model.index(0, 0))

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            # Enter: the next group's count for the same choice is usually the next one called out.
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            current = self.currentIndex()
            if current.isValid() and current.row() + 1 < self.vote_model.rowCount():
                self.setCurrentIndex(self.vote_model.index(current.row() + 1, current.column()))
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            if self.currentIndex().isValid() and self.vote_model.editable():
                self.vote_model.clear_row(self.currentIndex().row())
            return
        super().keyPressEvent(event)
