"""Help dialogs: every keyboard shortcut, and About with the sources' full references."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from explorer import __version__
from explorer.ui.flat_table import AnyIndex
from explorer.ui.plain_text import arg
from explorer.ui.vocabulary import export_labels

if TYPE_CHECKING:
    from explorer.core.evidence.corpus import Corpus

Shortcut = tuple[str, str, str]  # area, what it does, keys


def menu_shortcuts(menu_bar: QMenuBar) -> list[Shortcut]:
    """Every action with a shortcut in the menus, so the list can never fall behind them."""
    found: list[Shortcut] = []

    def walk(menu: QMenu, area: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), area)  # type: ignore[arg-type]
                continue
            keys = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()]
            if keys and not action.isSeparator():
                found.append((area, action.text().replace("&", ""), ", ".join(keys)))

    for action in menu_bar.actions():
        if isinstance(action.menu(), QMenu):
            walk(action.menu(), action.text().replace("&", ""))  # type: ignore[arg-type]
    return found


class ShortcutTableModel(QAbstractTableModel):
    def __init__(self, shortcuts: list[Shortcut], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = shortcuts

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Where"), self.tr("What"), self.tr("Keys"))[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._rows[index.row()][index.column()]
        return None


class ShortcutsDialog(QDialog):
    """A table of every shortcut: the menus' own, then keys that work inside views."""

    def __init__(self, shortcuts: list[Shortcut], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        in_views: list[Shortcut] = [
            (self.tr("Everywhere"), self.tr("Move between controls"), self.tr("Tab, Shift+Tab")),
            (self.tr("Library"), self.tr("Open the scenario and move into it"), self.tr("Enter")),
            (self.tr("Library filter"), self.tr("Move into the list"), self.tr("Down")),
            (self.tr("Scenario"), self.tr("Next or previous link (citation)"), self.tr("Tab, Shift+Tab")),
            (self.tr("Scenario"), self.tr("Open the focused citation"), self.tr("Enter")),
            (self.tr("Stage tabs"), self.tr("Previous or next stage"), self.tr("Left, Right")),
            (self.tr("Pack problems"), self.tr("Open the file"), self.tr("Enter")),
            (self.tr("Pack problems"), self.tr("Copy file:line: message"), self.tr("Ctrl+C")),
        ]
        self.model = ShortcutTableModel(shortcuts + in_views, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 560)


class AboutDialog(QDialog):
    """What the app is, its version, and the five sources with full references."""

    def __init__(self, corpus: Corpus | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About the explorer"))
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(True)
        self.text.setAccessibleName(self.tr("About the explorer"))
        references = "".join(
            f"<li>{escape(doc.metadata.reference(export_labels()))}<br/><i>{escape(doc.metadata.licence)}</i></li>"
            for doc in (corpus or ())
        )
        # tr() outside the f-strings, where lupdate finds it.
        loading, name = (
            self.tr("The sources are still loading."),
            self.tr("Peace-operations dilemma explorer"),
        )
        about = self.tr("Policy dilemmas of peace operations, every claim linked to its passage.")
        sources_title = self.tr("Sources")
        version = arg(self.tr("Version %1"), escape(__version__))
        sources = f"<ol>{references}</ol>" if references else f"<p>{loading}</p>"
        self.text.setHtml(
            f"<h2>{name}</h2>"
            f"<p>{version}</p>"
            f"<p>{about}</p>"
            f"<h3>{sources_title}</h3>{sources}"
            + "<p>"
            + self.tr(
                "The originals are kept byte for byte as received; the reading editions only "
                "rejoin broken words, reflow paragraphs and set footnotes apart."
            )
            + "</p>"
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(680, 560)
