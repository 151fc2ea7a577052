"""The console's Arguments box: the room's arguments for the item at hand, to accept, hide or merge.

Arguments from phones wait here as "new" until the facilitator decides; the
facilitator can also type one in (accepted at once). Every decision goes through
``WorkshopController.perform``, so it is saved and a refusal is said in the
core's words. The accepted ones make the map (``argument_map``) that the
presenter shows when the facilitator asks for it (``mapToggled``); the box sends
each new map out with ``mapChanged``, so the presenter never reads the session.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from explorer.core.workshop.arguments import (
    ACCEPTED,
    HIDDEN,
    MAX_ARGUMENT_CHARS,
    MERGED,
    accept,
    add_argument,
    argument_map,
    hide,
    merge,
)
from explorer.core.workshop.phone_record import Argument
from explorer.core.workshop.plan import letter
from explorer.ui.eliding_combo import ElidingComboBox
from explorer.ui.i18n import FollowsLanguage
from explorer.ui.plain_text import arg
from explorer.ui.workshop.controller import WorkshopController

ARGUMENT_ROLE = Qt.ItemDataRole.UserRole + 1
#: New arguments first (the facilitator's queue), then the map, then what was set aside.
_ORDER = {"pending": 0, ACCEPTED: 1, HIDDEN: 2, MERGED: 3}
AnyIndex = QModelIndex | QPersistentModelIndex


class ArgumentsModel(QAbstractListModel):
    """The current item's arguments, new ones first, then accepted, hidden and merged."""

    def __init__(self, controller: WorkshopController) -> None:
        super().__init__(controller)
        self._controller = controller
        self._rows: list[Argument] = []
        controller.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        record = self._controller.session.record()
        rows = sorted(record.arguments, key=lambda a: _ORDER.get(a.status, 9)) if record else []
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's own default)
        return 0 if parent.isValid() else len(self._rows)

    def argument(self, row: int) -> Argument | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        argument = self.argument(index.row())
        if argument is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(argument)
        if role == ARGUMENT_ROLE:
            return argument.id
        return None

    def describe(self, argument: Argument) -> str:
        agenda = self._controller.session.agenda_item()
        order = agenda.card.choice_ids() if agenda else []
        choice = letter(order.index(argument.choice)) if argument.choice in order else argument.choice
        side = self.tr("for") if argument.stance == "for" else self.tr("against")
        status = {
            "pending": self.tr("new"),
            ACCEPTED: self.tr("on the map"),
            HIDDEN: self.tr("hidden"),
            MERGED: arg(self.tr("merged into %1"), argument.merged_into),
        }.get(argument.status, argument.status)
        also = arg(self.tr(" (+%1)"), argument.also) if argument.also else ""
        return f"{argument.id} · {choice} {side} · {status}: {argument.text}{also}"


class ArgumentsBox(FollowsLanguage, QWidget):
    mapToggled = Signal(bool)  # show (True) or hide the map on the presenter
    mapChanged = Signal(object)  # ArgumentMap | None: what the presenter's map shows

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.model = ArgumentsModel(controller)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.accept_button = QPushButton()
        self.hide_button = QPushButton()
        self.merge_target = ElidingComboBox()
        self.merge_button = QPushButton()
        self.choice = ElidingComboBox()
        self.stance = QComboBox()
        self.stance.addItem("", "for")
        self.stance.addItem("", "against")
        self.text = QLineEdit()
        self.text.setMaxLength(MAX_ARGUMENT_CHARS)
        self.add_button = QPushButton()
        self.show_map = QPushButton()
        self.show_map.setCheckable(True)

        for box in (self.merge_target, self.choice):
            # A long argument or choice is elided in the closed box: the dock's width never
            # follows the longest one (the console must fit a 1024-pixel screen).
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(12)
        # Two short rows each, not one long one: deciding (the buttons, then what to merge into)
        # and adding (which choice and which side, then the words).
        decide = QHBoxLayout()
        for widget in (self.accept_button, self.hide_button, self.merge_button):
            decide.addWidget(widget)
        new = QHBoxLayout()
        new.addWidget(self.choice, 1)
        new.addWidget(self.stance)
        words = QHBoxLayout()
        words.addWidget(self.text, 1)
        words.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(decide)
        layout.addWidget(self.merge_target)
        layout.addLayout(new)
        layout.addLayout(words)
        layout.addWidget(self.show_map)
        order: list[QWidget] = [self.list, self.accept_button, self.hide_button, self.merge_button]
        order += [self.merge_target, self.choice, self.stance, self.text, self.add_button, self.show_map]
        for first, second in pairwise(order):  # Tab as the rows read
            QWidget.setTabOrder(first, second)

        self.accept_button.clicked.connect(lambda: self._decide(accept))
        self.hide_button.clicked.connect(lambda: self._decide(hide))
        self.merge_button.clicked.connect(self._merge)
        self.add_button.clicked.connect(self._add)
        self.text.returnPressed.connect(self._add)
        self.show_map.toggled.connect(self.mapToggled)
        self._selected_id = ""  # kept across the model's resets, so a decision keeps the row chosen
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        controller.changed.connect(self.refresh)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        """The box's words in the language of the moment: at start and on a language change."""
        self.list.setAccessibleName(self.tr("Arguments of this item"))
        self.accept_button.setText(self.tr("&Accept"))
        self.accept_button.setAccessibleName(self.tr("Accept the selected argument onto the map"))
        self.hide_button.setText(self.tr("&Hide"))
        self.hide_button.setAccessibleName(self.tr("Hide the selected argument"))
        self.merge_target.setAccessibleName(self.tr("Argument to merge the selected one into"))
        self.merge_button.setText(self.tr("&Merge into"))
        self.merge_button.setAccessibleName(self.tr("Merge the selected argument into the one chosen"))
        self.choice.setAccessibleName(self.tr("Choice the new argument is about"))
        self.stance.setItemText(0, self.tr("for"))
        self.stance.setItemText(1, self.tr("against"))
        self.stance.setAccessibleName(self.tr("For or against"))
        self.text.setPlaceholderText(self.tr("An argument, in one line"))
        self.text.setAccessibleName(self.tr("New argument"))
        self.add_button.setText(self.tr("A&dd"))
        self.add_button.setAccessibleName(self.tr("Add the argument to the map"))
        self.show_map.setText(self.tr("Show the &map"))
        self.show_map.setAccessibleName(self.tr("Show the map of arguments on the presenter"))
        if self.model.rowCount():  # "for", "on the map" ... in the list, in the new words
            self.model.dataChanged.emit(self.model.index(0), self.model.index(self.model.rowCount() - 1))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        argument = self.model.argument(current.row())
        if argument is not None:
            self._selected_id = argument.id
        self._update_buttons()

    def select(self, argument_id: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.data(self.model.index(row), ARGUMENT_ROLE) == argument_id:
                self.list.setCurrentIndex(self.model.index(row))
                return

    def selected(self) -> Argument | None:
        return self.model.argument(self.list.currentIndex().row())

    def refresh(self) -> None:
        session = self.controller.session
        agenda = session.agenda_item()
        chosen = self.choice.currentData()
        self.choice.clear()
        if agenda is not None:
            for i, choice in enumerate(agenda.card.choices):
                self.choice.addItem(f"{letter(i)}. {choice.label}", choice.id)
        index = self.choice.findData(chosen)
        self.choice.setCurrentIndex(max(0, index))
        self.setEnabled(agenda is not None)
        if self._selected_id:
            self.select(self._selected_id)
        self._update_buttons()
        self.mapChanged.emit(argument_map(session))

    def _update_buttons(self) -> None:
        argument = self.selected()
        standing = argument is not None and argument.status != MERGED
        self.accept_button.setEnabled(standing and argument is not None and argument.status != ACCEPTED)
        self.hide_button.setEnabled(standing and argument is not None and argument.status != HIDDEN)
        self.merge_target.clear()
        record = self.controller.session.record()
        if argument is not None and standing and record is not None:
            for other in record.arguments:
                same_side = (other.choice, other.stance) == (argument.choice, argument.stance)
                if other.id != argument.id and other.status != MERGED and same_side:
                    self.merge_target.addItem(f"{other.id}: {other.text}", other.id)
        self.merge_button.setEnabled(self.merge_target.count() > 0)

    def _decide(self, action: Any) -> None:
        argument, item = self.selected(), self.controller.session.item
        if argument is not None:
            self.controller.perform(lambda session: action(session, item, argument.id))

    def _merge(self) -> None:
        argument, item, into = self.selected(), self.controller.session.item, self.merge_target.currentData()
        if argument is not None and into:
            self.controller.perform(lambda session: merge(session, item, argument.id, into))

    def _add(self) -> None:
        choice, stance, text = self.choice.currentData(), self.stance.currentData(), self.text.text()
        now = self.controller.now()
        if self.controller.perform(lambda session: add_argument(session, choice, stance, text, now)):
            self.text.clear()
