"""Vote entry: a grid of groups × choices in which the facilitator types counts.

Built so that no count can land in the wrong group while the room waits:

- Digits typed in a cell count at once: each one is committed through the
  controller (and so saved); there is no editor to confirm and nothing is held
  back until Enter. The first digit in a cell replaces its count, the next ones
  extend it, Backspace takes the last digit off.
- Tab and Shift+Tab (or the arrows) move between the choices of the *same*
  group and stop at its ends; they never wrap into another group.
- Moving to another group is explicit: Enter goes to the next group's first
  choice, Up and Down move between groups. The whole row of the group being
  typed into is highlighted, and ``positionChanged`` lets the console name it.
- Delete takes a group's entry out; Ctrl+Z (the console's action, through the
  controller) undoes any change, a multi-digit number at once.
- Ctrl+Tab and Ctrl+Shift+Tab take the keyboard out of the grid.

The vertical header shows each group's total, and its size when known, so a
count that does not add up shows before the room notices.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from explorer.core.workshop.plan import letter
from explorer.core.workshop.session import MAX_COUNT, Round, Step
from explorer.core.workshop.vote_history import VoteChange
from explorer.ui.flat_table import AnyIndex
from explorer.ui.i18n import FollowsLanguage
from explorer.ui.plain_text import arg, tooltip
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
                return arg(self.tr("%1 (not in)"), group.name)
            total = sum(tally.values())
            if group.size is not None:
                mark = " ⚠" if total > group.size else ""
                return f"{group.name}  {total}/{group.size}{mark}"
            return f"{group.name}  {total}"
        if role == Qt.ItemDataRole.ToolTipRole and tally is not None and group.size is not None:
            total = sum(tally.values())
            if total > group.size:
                return arg(self.tr("%n votes for a group of %1: a typo?", "", total), group.size)
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

    def count(self, row: int, column: int) -> int | None:
        """The count in a cell (None: the group has no entry in this round)."""
        tally = self._votes().get(self.group_id(row))
        return None if tally is None else tally.get(self._choices()[column], 0)

    def set_count(self, row: int, column: int, count: int) -> bool:
        """Enter one cell's count through the controller (saved at once)."""
        if self._round is None or not (0 <= row < self.rowCount() and 0 <= column < self.columnCount()):
            return False
        return self.controller.set_count(self._round, self.group_id(row), self._choices()[column], count)

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            count = int(str(value).strip())
        except ValueError:
            return False
        return self.set_count(index.row(), index.column(), count)

    def clear_row(self, row: int) -> bool:
        if self._round is None or not 0 <= row < self.rowCount():
            return False
        return self.controller.clear_votes(self._round, self.group_id(row))


class CurrentCellDelegate(QStyledItemDelegate):
    """Draws a thick frame round the cell the next digit goes into (the row is highlighted too)."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().paint(painter, option, index)
        if index == self.view.currentIndex():
            painter.save()
            pen = QPen(option.palette.text().color())
            pen.setWidth(3)
            painter.setPen(pen)
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
            painter.restore()


class VoteTable(FollowsLanguage, QTableView):
    """The grid; see the module's docstring for its keys."""

    #: The cell being typed into changed (row, column; -1, -1 for none).
    positionChanged = Signal(int, int)
    #: A key that could not act, and why (the console shows it).
    hint = Signal(str)

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vote-table")
        self.controller = controller
        self.vote_model = VoteModel(controller, self)
        self.setModel(self.vote_model)
        self.setItemDelegate(CurrentCellDelegate(self))
        # No editor: keys are handled here, so every digit is committed as it is typed.
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setTabKeyNavigation(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setHighlightSections(True)
        #: Digits typed in the current cell since the keyboard arrived there.
        self._typed = ""
        self.vote_model.modelReset.connect(self._start)
        controller.voteChanged.connect(self._vote_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The grid's name and keys in the language of the moment: at start and on a language change."""
        self.setAccessibleName(self.tr("Votes: counts per group and choice"))
        self.setAccessibleDescription(
            self.tr(
                "Type a count; Tab goes to the next choice of the same group; "
                "Enter goes to the next group; Delete removes the group's entry; Ctrl+Z undoes."
            )
        )

    def _start(self) -> None:
        if self.vote_model.rowCount() and self.vote_model.columnCount():
            self.setCurrentIndex(self.vote_model.index(0, 0))

    def currentChanged(self, current: AnyIndex, previous: AnyIndex) -> None:
        super().currentChanged(current, previous)
        self._typed = ""
        self.controller.history.close_edit()
        if current.isValid():
            self.positionChanged.emit(current.row(), current.column())
        else:
            self.positionChanged.emit(-1, -1)

    def _vote_changed(self, _change: VoteChange, undone: bool) -> None:
        if undone:  # the cell shows the old count again: the next digit starts afresh
            self._typed = ""

    # -- keys ---------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # Tab and Shift+Tab move inside the row while there are votes to enter; the view
        # would otherwise walk on into the next group (or out of the grid). Ctrl+Tab and
        # Ctrl+Shift+Tab leave the grid, as they leave a text field.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            forward = (
                event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            return QWidget.focusNextPrevChild(self, forward)
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and self.vote_model.editable()
        ):
            self.keyPressEvent(event)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        if not current.isValid() or not self.vote_model.editable():
            super().keyPressEvent(event)
            return
        key, text = event.key(), event.text()
        shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        if plain and len(text) == 1 and text.isdigit() and text.isascii():
            self._type_digit(current.row(), current.column(), text)
        elif key == Qt.Key.Key_Backspace and plain:
            self._backspace(current.row(), current.column())
        elif key == Qt.Key.Key_Delete and plain:
            self._typed = ""
            self.vote_model.clear_row(current.row())
        elif key == Qt.Key.Key_Backtab or (key == Qt.Key.Key_Tab and shift) or key == Qt.Key.Key_Left:
            self._to_column(current.column() - 1)
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Right):
            self._to_column(current.column() + 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.next_group()
        else:
            super().keyPressEvent(event)

    def _type_digit(self, row: int, column: int, digit: str) -> None:
        typed = (self._typed + digit).lstrip("0") or "0"
        if int(typed) > MAX_COUNT:
            self.hint.emit(arg(self.tr("A count goes up to %1."), MAX_COUNT))
            return
        if self.vote_model.set_count(row, column, int(typed)):
            self._typed = typed

    def _backspace(self, row: int, column: int) -> None:
        shown = self.vote_model.count(row, column)
        if shown is None:
            return
        typed = (self._typed or str(shown))[:-1]
        count = int(typed or "0")
        if count == shown or self.vote_model.set_count(row, column, count):
            self._typed = typed

    def _to_column(self, column: int) -> None:
        current = self.currentIndex()
        if column < 0:
            self.hint.emit(self.tr("This is the group's first choice."))
        elif column >= self.vote_model.columnCount():
            self.hint.emit(self.tr("This is the group's last choice: Enter goes to the next group."))
        else:
            self.setCurrentIndex(self.vote_model.index(current.row(), column))

    def next_group(self) -> None:
        """To the next group's first choice (Enter): the one explicit way on to another group."""
        current = self.currentIndex()
        if current.row() + 1 >= self.vote_model.rowCount():
            self.hint.emit(self.tr("This is the last group."))
            return
        self.setCurrentIndex(self.vote_model.index(current.row() + 1, 0))
