"""Pack problems: what ``explorer validate`` reports, each entry pointing at its file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTreeView, QVBoxLayout, QWidget

from explorer.ui.flat_table import AnyIndex, FlatTableModel
from explorer.ui.i18n import FollowsLanguage
from explorer.ui.plain_text import arg, make_plain, tooltip

if TYPE_CHECKING:  # the first screen must not wait for the core's imports
    from explorer.core.pack.problem import Problem


class ProblemTableModel(FlatTableModel):
    """One row a problem: severity (in words and a mark), location, message."""

    SEVERITY, LOCATION, MESSAGE = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._problems: list[Problem] = []

    def set_problems(self, problems: list[Problem]) -> None:
        self.beginResetModel()
        self._problems = list(problems)
        self.endResetModel()

    def problem_at(self, row: int) -> Problem:
        return self._problems[row]

    def row_total(self) -> int:
        return len(self._problems)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Severity"), self.tr("Location"), self.tr("Problem"))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        problem = self._problems[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.SEVERITY:
                return self.tr("✖ error") if problem.severity == "error" else self.tr("⚠ warning")
            if column == self.LOCATION:
                return f"{problem.file}:{problem.line}:{problem.column}"
            at = self.tr("at")  # "… (at texts[title])": outside the f-string, for lupdate
            where = f" ({at} {problem.path})" if problem.path else ""
            return problem.message + where
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = problem.format()
            return tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        return None


class ProblemsPanel(FollowsLanguage, QWidget):
    """Lists a pack's problems; Enter or double-click opens the file, Ctrl+C copies."""

    problemActivated = Signal(object)  # Problem
    #: "file:line:column — message" after its file was handed to the desktop to open.
    locationOpened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ProblemTableModel(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        make_plain(self.summary)
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(True)
        header = self.view.header()
        header.setSectionResizeMode(ProblemTableModel.SEVERITY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProblemTableModel.LOCATION, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.activated.connect(lambda index: self.open_problem(self.model.problem_at(index.row())))

        self.copy_action = QAction(self.view)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_selection)
        self.open_action = QAction(self.view)
        self.open_action.triggered.connect(self._open_current)
        self.view.addAction(self.open_action)
        self.view.addAction(self.copy_action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The panel's words in the language of the moment, and the same problems (none at start)
        listed again under them: at start and on a language change."""
        self.view.setAccessibleName(self.tr("Pack problems"))
        self.copy_action.setText(self.tr("&Copy"))
        self.open_action.setText(self.tr("&Open file"))
        self.set_problems([self.model.problem_at(row) for row in range(self.model.rowCount())])

    def set_problems(self, problems: list[Problem]) -> None:
        self.model.set_problems(problems)
        errors = sum(1 for p in problems if p.severity == "error")
        warnings = len(problems) - errors
        if not problems:
            self.summary.setText(self.tr("No problems: every scenario file is valid."))
        else:
            # Qt's plural forms (%n) for each count: "1 error", "2 warnings".
            counts = arg(
                self.tr("%1, %2"), self.tr("%n errors", "", errors), self.tr("%n warnings", "", warnings)
            )
            rest = self.tr(
                "Scenarios with errors are left out of the library; Enter opens the file, Ctrl+C copies."
            )
            self.summary.setText(arg(self.tr("%1. %2"), counts, rest))

    def selected_problems(self) -> list[Problem]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.problem_at(row) for row in rows]

    def copy_selection(self) -> None:
        problems = self.selected_problems()
        if not problems and self.view.currentIndex().isValid():
            problems = [self.model.problem_at(self.view.currentIndex().row())]
        QGuiApplication.clipboard().setText("\n".join(p.format() for p in problems))

    def _open_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.open_problem(self.model.problem_at(index.row()))

    def open_problem(self, problem: Problem) -> None:
        """Open the problem's file with the desktop's editor and say where to look."""
        path = Path(problem.file)
        if not path.is_absolute():  # the pack loader reports paths relative to the working directory
            path = Path.cwd() / path
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.view.setToolTip(tooltip(problem.format()))
        self.problemActivated.emit(problem)
        self.locationOpened.emit(f"{problem.file}:{problem.line}:{problem.column} — {problem.message}")
