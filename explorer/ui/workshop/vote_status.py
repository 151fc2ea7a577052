"""Above and below the vote grid: which group and choice the next digit goes to, and the last change.

Moving to another group must be visible, and a facilitator who typed into the
wrong cell must see it at once: the line above the grid names the group and
choice being typed into, the line below says what the last change was (or
what an undo put back), with the key that undoes it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

from explorer.core.workshop.plan import letter
from explorer.core.workshop.vote_history import Tally, VoteChange
from explorer.ui.plain_text import arg
from explorer.ui.workshop.controller import WorkshopController
from explorer.ui.workshop.vote_table import VoteTable


class VoteStatus(QObject):
    """Keeps the two labels up to date; the console places them around the grid."""

    def __init__(self, controller: WorkshopController, table: VoteTable, parent: QWidget) -> None:
        super().__init__(parent)
        self.controller = controller
        self.position = QLabel(parent)
        self.position.setObjectName("vote-position")
        self.position.setTextFormat(Qt.TextFormat.PlainText)  # group names are typed by people
        self.position.setStyleSheet("font-weight: bold;")
        self.position.setWordWrap(True)
        self.last_change = QLabel(parent)
        self.last_change.setObjectName("last-vote-change")
        self.last_change.setTextFormat(Qt.TextFormat.PlainText)
        self.last_change.setWordWrap(True)
        table.positionChanged.connect(self._show_position)
        controller.voteChanged.connect(self._show_change)

    def _show_position(self, row: int, column: int) -> None:
        groups = self.controller.session.plan.groups
        if not 0 <= row < len(groups) or column < 0:
            self.position.setText("")
            return
        self.position.setText(
            arg(
                self.tr("Typing for: %1 (group %2 of %3), choice %4"),
                groups[row].name,
                row + 1,
                len(groups),
                letter(column),
            )
        )

    def _tally_text(self, tally: Tally | None) -> str:
        if tally is None:
            return self.tr("not entered")
        agenda = self.controller.session.agenda_item()
        order = agenda.card.choice_ids() if agenda is not None else list(tally)
        return " · ".join(f"{letter(i)} {tally.get(choice, 0)}" for i, choice in enumerate(order))

    def change_text(self, change: VoteChange, undone: bool) -> str:
        """The last change of the counts, in words (shown under the grid)."""
        group = self.controller.session.plan.group(change.group_id).name
        if undone:
            return arg(self.tr("Undone: %1 is back to %2"), group, self._tally_text(change.before))
        if change.choice_id and change.after is not None:
            agenda = self.controller.session.agenda_item()
            order = agenda.card.choice_ids() if agenda is not None else []
            column = letter(order.index(change.choice_id)) if change.choice_id in order else change.choice_id
            old = "–" if change.before is None else str(change.before.get(change.choice_id, 0))
            new = str(change.after.get(change.choice_id, 0))
            return arg(self.tr("Last change: %1, %2: %3 → %4 (Ctrl+Z undoes it)"), group, column, old, new)
        if change.after is None:
            return arg(self.tr("Last change: %1's entry removed (Ctrl+Z undoes it)"), group)
        now = self._tally_text(change.after)
        return arg(self.tr("Last change: %1 now %2 (Ctrl+Z undoes it)"), group, now)

    def _show_change(self, change: VoteChange, undone: bool) -> None:
        self.last_change.setText(self.change_text(change, undone))
