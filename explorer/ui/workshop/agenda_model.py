"""The agenda as a list for the console: each item, its planned time, and where the room is."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from explorer.ui.flat_table import AnyIndex
from explorer.ui.plain_text import tooltip
from explorer.ui.workshop.controller import WorkshopController


class AgendaModel(QAbstractListModel):
    def __init__(self, controller: WorkshopController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        controller.changed.connect(self._refresh)

    def _refresh(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.controller.session.plan.agenda)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        session = self.controller.session
        item = session.plan.agenda[index.row()]
        record = session.items[index.row()]
        current = index.row() == session.item
        done = bool(record.tally(2)) and not session.missing_votes(2, index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            mark = "▶ " if current else ("✓ " if done else "")
            minutes = self.tr("%n min", "", item.minutes)
            return f"{mark}{index.row() + 1}. {item.card.title}\n    {item.card.stage_title} · {minutes}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = self.tr(", now showing") if current else (self.tr(", done") if done else "")
            minutes = self.tr("%n min", "", item.minutes)
            return f"{index.row() + 1}. {item.card.title}, {item.card.stage_title}, {minutes}{state}"
        if role == Qt.ItemDataRole.FontRole and current:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(item.card.summary)
        return None
