"""The journal view: every entry across scenarios, searchable, with dates; journals (profiles)
side by side; and export of the journal or one entry to Markdown, HTML or PDF.

Journals live in ``QStandardPaths.AppDataLocation``/``journals`` (the same folder
``explorer.core.reflection.journal.journals_dir`` finds without Qt, for the command line).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from explorer.core.evidence.corpus import Corpus
from explorer.core.export_target import ExportError, check_target, write_export
from explorer.core.pack.loader import LoadedPack
from explorer.core.paths import app_dirs
from explorer.core.reflection.journal import (
    Journal,
    JournalEntry,
    create_journal,
    list_journals,
    matches,
    slug,
)
from explorer.core.report import build_report, local_time, to_html, to_markdown
from explorer.ui.i18n import FollowsLanguage
from explorer.ui.pack_language import app_language
from explorer.ui.pdf_export import export_pdf
from explorer.ui.plain_text import arg, make_plain, show_message, tooltip
from explorer.ui.qt_compat import rows_filter_change
from explorer.ui.tasks import Task, run_task
from explorer.ui.theme import Appearance
from explorer.ui.user_dirs import journals_directory
from explorer.ui.vocabulary import export_labels, journal_name

_Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # (scenario id, stage id)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class EntriesModel(QAbstractTableModel):
    SCENARIO, STAGE, CHOICE, CONFIDENCE, UPDATED = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[JournalEntry] = []

    def set_entries(self, entries: list[JournalEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> JournalEntry:
        return self._entries[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            names = (
                self.tr("Scenario"),
                self.tr("Stage"),
                self.tr("Choice"),
                self.tr("Confidence"),
                self.tr("Updated"),
            )
            return names[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry, column = self._entries[index.row()], index.column()
        if role == KEY_ROLE:
            return entry.key
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            values = (
                entry.scenario_title or entry.scenario,
                entry.stage_title or entry.stage,
                entry.choice_label or (self.tr("not decided") if role == Qt.ItemDataRole.DisplayRole else ""),
                f"{entry.confidence}/5" if entry.confidence else "",
                local_time(entry.updated) if role == Qt.ItemDataRole.DisplayRole else entry.updated,
            )
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(entry.rationale[:400]) or self.tr("No rationale written yet.")
        return None


class EntryFilter(QSortFilterProxyModel):
    """Keeps the entries that contain every word typed (``journal.matches``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_text(self, text: str) -> None:
        with rows_filter_change(self):
            self._text = text

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, EntriesModel)
        return matches(model.entry(source_row), self._text)


class JournalView(FollowsLanguage, QWidget):
    journalSwitched = Signal(object)  # Journal
    entryActivated = Signal(str, str)  # scenario id, stage id
    exportRequested = Signal()  # export the whole journal

    def __init__(
        self,
        journal: Journal,
        directory: Path | None = None,
        parent: QWidget | None = None,
        *,
        appearance: Appearance,
    ) -> None:
        super().__init__(parent)
        self._appearance = appearance  # the warning banner is drawn in its colours
        self.directory = directory or journals_directory()
        self.journal = journal
        self.journals = QComboBox(self)
        self.new_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setObjectName("journalBanner")
        self.banner.setStyleSheet(self._banner_style())  # again when the theme changes
        self.count = QLabel(self)
        make_plain(self.banner, self.count)  # the banner quotes the journal's file and problem
        self.model = EntriesModel(self)
        self.proxy = EntryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(EntriesModel.UPDATED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(
            EntriesModel.SCENARIO, QHeaderView.ResizeMode.Stretch
        )
        top = QHBoxLayout()
        top.addWidget(self.journals, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.search.textChanged.connect(self._filter)
        self.table.activated.connect(self._activate)
        self.new_button.clicked.connect(self.new_journal)
        self.export_button.clicked.connect(self.exportRequested)
        self.journals.activated.connect(self._switch)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The view's words in the language of the moment, and the journals, the banner, the
        entries and their count listed in them (``refresh``): at start and on a language change."""
        self.journals.setAccessibleName(self.tr("Journal"))
        self.new_button.setText(self.tr("&New journal…"))
        self.export_button.setText(self.tr("Ex&port…"))
        self.new_button.setAccessibleName(self.tr("New journal"))
        self.export_button.setAccessibleName(self.tr("Export the journal"))
        self.search.setPlaceholderText(self.tr("Search your entries…"))
        self.search.setAccessibleName(self.tr("Search journal entries"))
        self.table.setAccessibleName(self.tr("Journal entries"))
        self.refresh()

    def refresh(self) -> None:
        """List the journals and the current journal's entries again (after a save or a switch)."""
        self.journals.blockSignals(True)
        self.journals.clear()
        infos = list_journals(self.directory)
        if not any(info.path == self.journal.path for info in infos):
            self.journals.addItem(journal_name(self.journal.name), str(self.journal.path))  # not saved yet
        for info in infos:
            suffix = "" if info.readable else self.tr(" (damaged)")
            self.journals.addItem(f"{journal_name(info.name)}{suffix}", str(info.path))
        self.journals.setCurrentIndex(max(0, self.journals.findData(str(self.journal.path))))
        self.journals.blockSignals(False)
        self.banner.setVisible(self.journal.read_only)
        self.banner.setText(arg(self.tr("This journal is read-only. %1"), self.journal.message))
        self.refresh_entries()

    def refresh_entries(self) -> None:
        """Show the current journal's entries again, from memory (after each save)."""
        self.model.set_entries(self.journal.entries())
        self._filter(self.search.text())

    def switch_to(self, journal: Journal) -> None:
        self.journal = journal
        self.refresh()
        self.journalSwitched.emit(journal)

    def new_journal(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New journal"), self.tr("Name of the new journal:"))
        if ok and name.strip():
            self.switch_to(create_journal(name, self.directory))

    def _switch(self, index: int) -> None:
        path = Path(self.journals.itemData(index))
        if path != self.journal.path:
            self.switch_to(Journal.open(path))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the theme changed: so does the banner
            self.banner.setStyleSheet(self._banner_style())

    def _banner_style(self) -> str:
        return self._appearance.colours().banner_style("journalBanner")

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        # Qt's plural forms (%n): "1 entry", "2 entries", in every language.
        if shown == total:
            self.count.setText(self.tr("%n entries", "", total))
        else:
            self.count.setText(arg(self.tr("%1 of %n entries", "", total), shown))

    def _activate(self, index: QModelIndex) -> None:
        scenario, stage = index.data(KEY_ROLE)
        self.entryActivated.emit(scenario, stage)


# -- export -----------------------------------------------------------------------------------------
FORMATS = {"pdf": "PDF (*.pdf)", "html": "HTML (*.html)", "md": "Markdown (*.md)"}


def write_text_report(text: str, path: Path, protected: Iterable[Path] = ()) -> Path:
    return write_export(path, text.encode("utf-8"), protected, app_dirs())


def export_report(
    parent: QWidget,
    journal: Journal,
    pack: LoadedPack | None,
    corpus: Corpus,
    entries: Iterable[JournalEntry] | None = None,
    path: Path | None = None,
) -> Task | None:
    """Export the journal (or some entries) to the file the user picks; the format follows the suffix.

    Returns the background task writing the file (None if the user cancelled).
    """
    if path is None:
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("JournalView", "Export journal"),
            str(Path.home() / f"{slug(journal.name)}.pdf"),
            ";;".join(FORMATS.values()),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower().lstrip(".") not in FORMATS:
            fmt = next((k for k, v in FORMATS.items() if v == chosen_filter), "pdf")
            path = path.with_name(f"{path.name}.{fmt}")
    fmt = path.suffix.lower().lstrip(".")
    fmt = "md" if fmt == "markdown" else fmt
    try:  # said at once, before any work: never over the journal, an app file or through a link
        check_target(path, [journal.path], app_dirs())
    except ExportError as error:
        show_message(
            parent,
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("JournalView", "Export journal"),
            str(error),
        )
        return None
    report = build_report(
        journal, pack, corpus, entries, labels=export_labels(), language=app_language()
    )  # the pack as shown
    if fmt == "pdf":
        return export_pdf(to_html(report, for_print=True), path, report.title, parent=parent)
    text = to_markdown(report) if fmt == "md" else to_html(report)
    return run_task(write_text_report, text, path, [journal.path], name="export-report", parent=parent)
