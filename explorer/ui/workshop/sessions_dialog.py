"""File → Workshop sessions…: every saved session, finished or not, to open again.

A finished session opens to read its results and export its debrief; an
unfinished one opens where the room was. The list is read in the background
(each file is parsed to say where it stands), so the dialog opens at once.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from explorer.core.workshop.files import SessionSummary, find_sessions
from explorer.ui.flat_table import AnyIndex
from explorer.ui.plain_text import arg
from explorer.ui.tasks import Task, run_task


class SessionsModel(QAbstractTableModel):
    """One row a session file: title, where it stands, when it was saved, finished or not."""

    TITLE, WHERE, SAVED, STATE = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sessions: list[SessionSummary] = []

    def set_sessions(self, sessions: list[SessionSummary]) -> None:
        self.beginResetModel()
        self.sessions = list(sessions)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.sessions)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Workshop"), self.tr("Where it stands"), self.tr("Last saved"), self.tr("State"))[
            section
        ]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        summary = self.sessions[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(summary.path)
        column = index.column()
        if column == self.TITLE:
            return summary.title
        if column == self.WHERE:
            return summary.where
        if column == self.SAVED:
            return time.strftime("%Y-%m-%d %H:%M", time.localtime(summary.saved))
        return self.tr("Ended") if summary.finished else self.tr("Not ended (can be resumed)")


class SessionsDialog(QDialog):
    """Pick a saved session; ``chosen`` is its path once the dialog is accepted."""

    def __init__(self, directory: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Workshop sessions"))
        self.setObjectName("workshop-sessions")
        self.chosen: Path | None = None
        self.model = SessionsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("sessions")
        self.table.setAccessibleName(self.tr("Saved workshop sessions"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda _index: self.accept())
        self.status = QLabel(self.tr("Reading the saved sessions…"), self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setAccessibleName(self.tr("Open the selected session"))
        self.open_button.setDefault(True)
        self.open_button.setEnabled(False)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(820, 420)
        self.loading: Task = run_task(find_sessions, directory, name="find-sessions", parent=self)
        self.loading.succeeded.connect(self._listed)
        self.loading.failed.connect(lambda error: self.status.setText(str(error)))

    def _listed(self, sessions: list[SessionSummary]) -> None:
        self.model.set_sessions(sessions)
        ended = sum(1 for s in sessions if s.finished)
        if not sessions:
            self.status.setText(self.tr("No workshop has been saved yet."))
        else:
            self.status.setText(arg(self.tr("%n sessions, %1 of them ended.", "", len(sessions)), ended))
            self.table.setCurrentIndex(self.model.index(0, 0))
            self.table.selectRow(0)
        self.open_button.setEnabled(bool(sessions))
        self.table.setFocus()

    def accept(self) -> None:
        row = self.table.currentIndex().row()
        if not 0 <= row < len(self.model.sessions):
            return
        self.chosen = self.model.sessions[row].path
        super().accept()
