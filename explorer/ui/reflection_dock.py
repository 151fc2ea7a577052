"""Individual reflection beside the reading: the panel and the journal as docks,
a Journal menu, "cite in my rationale" from the source viewer, export.

One call, with the context the main window builds (``explorer.ui.controller_context``)::

    from explorer.ui.reflection_dock import attach_reflection
    self.reflection = attach_reflection(self.context)

The docks are created when first asked for, once a pack has arrived (the corpus comes with it).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget, QMessageBox

from explorer.ui import settings as keys
from explorer.ui.actions import make_action
from explorer.ui.i18n import QT_TRANSLATE_NOOP, translate_action
from explorer.ui.plain_text import arg, show_message, status_line
from explorer.ui.settings import CURRENT_JOURNAL
from explorer.ui.vocabulary import journal_name

if TYPE_CHECKING:  # the panel, the journal and their imports load when first used
    from explorer.core.evidence.corpus import Corpus
    from explorer.core.pack.loader import LoadedPack
    from explorer.core.reflection.journal import Journal, JournalEntry
    from explorer.ui.controller_context import ControllerContext
    from explorer.ui.journal_view import JournalView
    from explorer.ui.reflection_panel import ReflectionPanel
    from explorer.ui.tasks import Task


class ReflectionController(QObject):
    """Owns the reflection panel, the journal view, their docks and the Journal menu."""

    def __init__(self, context: ControllerContext) -> None:
        super().__init__(context.window)
        self.context = context
        window = context.window
        from explorer.ui.user_dirs import journals_directory

        self.directory = journals_directory()
        self.panel: ReflectionPanel | None = None
        self.journal_view: JournalView | None = None
        self.panel_dock: QDockWidget | None = None
        self.journal_dock: QDockWidget | None = None
        self.last_export: Task | None = None
        self._journal: Journal | None = None
        menu = context.add_menu(QT_TRANSLATE_NOOP("ReflectionController", "&Journal"), "ReflectionController")
        self.actions: dict[str, QAction] = {}
        for name, text, shortcut, slot in (
            (
                "reflect",
                QT_TRANSLATE_NOOP("ReflectionController", "&Reflect on this stage"),
                "Ctrl+J",
                self.focus_panel,
            ),
            (
                "entries",
                QT_TRANSLATE_NOOP("ReflectionController", "Journal &entries"),
                "Ctrl+Shift+J",
                self.focus_journal,
            ),
            (
                "cite",
                QT_TRANSLATE_NOOP("ReflectionController", "&Cite selection in my rationale"),
                "Ctrl+Shift+R",
                self.cite_selection,
            ),
            ("new", QT_TRANSLATE_NOOP("ReflectionController", "&New journal…"), "", self.new_journal),
            (
                "export",
                QT_TRANSLATE_NOOP("ReflectionController", "E&xport journal…"),
                "",
                self.export_journal,
            ),
            (
                "export-entry",
                QT_TRANSLATE_NOOP("ReflectionController", "Export this e&ntry…"),
                "",
                self.export_entry,
            ),
        ):
            if name in ("cite", "new"):
                menu.addSeparator()
            action = make_action(window, text, slot, (shortcut,) if shortcut else (), menu=menu)
            translate_action(action, "ReflectionController", text)  # and again on LanguageChange
            action.setEnabled(False)  # until the first pack (and the corpus) has loaded
            self.actions[name] = action
        context.pack_loaded.connect(self._pack_loaded)
        context.scenario_shown.connect(self._stage_shown)
        pack = context.pack()
        if pack is not None:  # attached after the first pack arrived
            self._pack_loaded(pack)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)
        window.installEventFilter(self)  # its close asks ``may_close`` first

    @property
    def journal(self) -> Journal:
        """The journal in use, opened on first need (it is not needed to show the window)."""
        if self._journal is None:
            self._journal = self._open_current()
        return self._journal

    @journal.setter
    def journal(self, journal: Journal) -> None:
        self._journal = journal

    def _open_current(self) -> Journal:
        from explorer.core.reflection.journal import DEFAULT_NAME, Journal, journal_path

        remembered = self.context.settings.get(CURRENT_JOURNAL)
        if remembered and Path(remembered).exists():
            return Journal.open(Path(remembered))
        return Journal.open(journal_path(DEFAULT_NAME, self.directory))

    # -- building once the corpus is there ---------------------------------------------------------
    def _pack_loaded(self, pack: LoadedPack) -> None:
        for action in self.actions.values():
            action.setEnabled(True)
        view = self.context.scenario_view()
        if view is not None:  # hindsight in the scenario view waits for the reader's choice
            view.set_decision_lookup(self.has_choice)
        if self.panel is not None:
            self.panel.set_pack(pack)
            self._follow_current_stage()
        elif self._docks_in_saved_layout():
            self._ensure_built()  # the reader left them open: bring them back as they were

    def _docks_in_saved_layout(self) -> bool:
        saved = self.context.settings.get(keys.WINDOW_STATE)
        return "reflection-dock".encode("utf-16-be") in bytes(saved.data())

    def _follow_current_stage(self) -> None:
        shown = self.context.current_stage()
        if shown is not None and self.panel is not None:
            self.panel.set_stage(*shown)

    def _ensure_built(self) -> bool:
        """Build the panel and the journal view on first use (once the pack is there)."""
        if self.panel is not None:
            return True
        corpus, pack = self.context.corpus(), self.context.pack()
        if corpus is None or pack is None:
            return False
        self._build(corpus)
        assert self.panel is not None
        self.panel.set_pack(pack)
        self._follow_current_stage()
        return True

    def _build(self, corpus: Corpus) -> None:
        from explorer.ui.journal_view import JournalView
        from explorer.ui.reflection_panel import ReflectionPanel

        context, window = self.context, self.context.window
        self.panel = ReflectionPanel(
            corpus, self.journal, context.pack(), window, appearance=context.appearance
        )
        self.journal_view = JournalView(self.journal, self.directory, window, appearance=context.appearance)
        self.panel_dock = context.add_dock(
            self.panel,
            QT_TRANSLATE_NOOP("ReflectionController", "Reflection"),
            "reflection",
            Qt.DockWidgetArea.RightDockWidgetArea,
            "ReflectionController",
        )
        self.journal_dock = context.add_dock(
            self.journal_view,
            QT_TRANSLATE_NOOP("ReflectionController", "Journal"),
            "journal",
            Qt.DockWidgetArea.RightDockWidgetArea,
            "ReflectionController",
        )
        # The window restored its layout before these docks existed: if the saved layout knows
        # them, restore it again now; else place them (a dock added to a shown window stays
        # hidden until shown).
        if self._docks_in_saved_layout():
            window.restoreState(context.settings.get(keys.WINDOW_STATE))
        else:
            # First run: placed, but closed, so the reading space stays wide; Journal →
            # Reflect on this stage (Ctrl+J) opens it, and the layout is remembered after.
            window.tabifyDockWidget(self.panel_dock, self.journal_dock)
            width = self.panel.fontMetrics().averageCharWidth() * 72
            window.resizeDocks([self.panel_dock], [width], Qt.Orientation.Horizontal)
            self.panel_dock.hide()
            self.journal_dock.hide()
        self.panel.passageRequested.connect(context.open_passage)
        self.panel.saved.connect(lambda _path: self._refresh_view())
        self.panel.entryChanged.connect(lambda _scenario, _stage: self._decision_changed())
        self.panel.exportRequested.connect(self._export_entry_of)
        self.journal_view.entryActivated.connect(self._open_entry)
        self.journal_view.journalSwitched.connect(self._switch)
        self.journal_view.exportRequested.connect(self.export_journal)
        viewer = context.source_viewer()
        if viewer is not None:  # "Cite in my rationale" where the reader selects: the text's menu
            viewer.add_selection_action(self.actions["cite"])

    def has_choice(self, scenario_id: str, stage_id: str) -> bool:
        """True once the reader has recorded a choice for the stage in the journal in use."""
        entry = self.journal.entry(scenario_id, stage_id)
        return entry is not None and entry.choice is not None

    def _decision_changed(self) -> None:
        view = self.context.scenario_view()
        if view is not None:
            view.decision_changed()

    # -- actions -------------------------------------------------------------------------------------
    def _stage_shown(self, scenario_id: str, stage_id: str) -> None:
        if self.panel is not None:
            self.panel.set_stage(scenario_id, stage_id)

    def focus_panel(self) -> None:
        self._ensure_built()
        if self.panel_dock is not None and self.panel is not None:
            self._give_width()
            self.panel_dock.show()
            self.panel_dock.raise_()
            self.panel.choice_combo.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _give_width(self) -> None:
        """A dock opened for the first time gets room for its sliders and ranking."""
        if self.panel_dock is not None and self.panel is not None and self.panel_dock.isHidden():
            style = self.panel.style()
            scrollbar = style.pixelMetric(style.PixelMetric.PM_ScrollBarExtent) if style else 16
            width = max(
                self.panel.fontMetrics().averageCharWidth() * 72,
                self.panel.minimumSizeHint().width() + scrollbar + 8,
            )
            self.panel_dock.show()
            dock = self.panel_dock
            # After the dock is laid out; a resize asked for while it is hidden is ignored.
            window = self.context.window
            QTimer.singleShot(0, dock, lambda: window.resizeDocks([dock], [width], Qt.Orientation.Horizontal))

    def focus_journal(self) -> None:
        self._ensure_built()
        if self.journal_dock is not None and self.journal_view is not None:
            self.journal_view.refresh()
            self.journal_dock.show()
            self.journal_dock.raise_()
            self.journal_view.search.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def cite_selection(self) -> bool:
        if not self._ensure_built() or self.panel is None:
            return False
        viewer = self.context.source_viewer()
        span = viewer.selected_span() if viewer is not None else None
        if span is None:
            self.context.show_status(
                self.tr("Select a passage in the source viewer first, then cite it."), 6000
            )
            return False
        cited = self.panel.add_citation(*span)
        if cited and self.panel_dock is not None:
            self.panel_dock.show()
            self.panel_dock.raise_()
        return cited

    def new_journal(self) -> None:
        self._ensure_built()
        if self.journal_view is not None:
            self.journal_view.new_journal()

    def export_journal(self) -> None:
        self._export(None)

    def export_entry(self) -> None:
        entry = self.panel.current_entry() if self.panel is not None else None
        if entry is None:
            self.context.show_status(self.tr("Nothing written for this stage yet."), 6000)
            return
        self._export([entry])

    def flush(self) -> None:
        if self.panel is not None:
            self.panel.flush()

    # -- helpers -------------------------------------------------------------------------------------
    def _refresh_view(self) -> None:
        if self.journal_view is not None:
            self.journal_view.refresh_entries()

    def may_close(self) -> bool:
        """Asked before the window closes: True unless unsaved entries would be lost and the
        reader chose to stay."""
        if self.panel is None:
            return True
        self.panel.flush(final=True)  # one more try, waited for: the disk may have room again
        if not self.panel.has_unsaved():
            return True
        answer = show_message(  # quotes the journal's name and the error as typed
            self.context.window,
            QMessageBox.Icon.Warning,
            self.tr("Journal not saved"),
            arg(
                self.tr(
                    "Your latest changes to the journal “%1” could not be saved:\n%2\n\n"
                    "They are still here. Quit anyway and lose them?"
                ),
                journal_name(self.journal.name),
                self.panel.save_error,
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def open_journal_file(self, path: Path) -> None:
        """Write in the journal at ``path`` from now on (asked by a second launch of the app)."""
        from explorer.core.reflection.journal import Journal

        if self._journal is not None and self._journal.path == path:
            return
        journal = Journal.open(path)
        if self.journal_view is not None:
            self.journal_view.switch_to(journal)  # emits journalSwitched → _switch
        else:
            self._switch(journal)

    def _switch(self, journal: Journal) -> None:
        previous = self._journal
        self.journal = journal
        self.context.settings.set(CURRENT_JOURNAL, str(journal.path))
        if self.panel is not None:
            self.panel.set_journal(journal)  # saves what the previous journal still had pending
        if previous is not None and previous is not journal:
            previous.close()  # its file may now be written by another window
        self._decision_changed()
        from explorer.core.reflection.journal import DEFAULT_NAME

        name = journal_name(journal.name or DEFAULT_NAME)
        self.context.show_status(status_line(arg(self.tr("Writing in the journal “%1”."), name)), 6000)

    def _open_entry(self, scenario_id: str, stage_id: str) -> None:
        self.context.open_scenario(scenario_id, stage_id)
        self.focus_panel()

    def _export_entry_of(self, scenario_id: str, stage_id: str) -> None:
        entry = self.journal.entry(scenario_id, stage_id)
        if entry is not None:
            self._export([entry])

    def _export(self, entries: list[JournalEntry] | None) -> None:
        corpus = self.context.corpus()
        if corpus is None:
            return
        self.flush()
        if entries is None and not len(self.journal):
            self.context.show_status(self.tr("This journal has no entries to export yet."), 6000)
            return
        from explorer.ui.journal_view import export_report

        task = export_report(self.context.window, self.journal, self.context.pack(), corpus, entries)
        if task is None:
            return
        self.last_export = task
        show = self.context.show_status
        show(self.tr("Exporting…"), 0)
        progress = getattr(task, "progress", None)  # a PDF says how far it is, page by page
        if progress is not None:
            progress.advanced.connect(
                lambda done, total: show(arg(self.tr("Exporting… page %1 of %2"), done, total), 0)
            )
        task.succeeded.connect(lambda path: show(status_line(arg(self.tr("Exported to %1"), path)), 8000))
        task.failed.connect(self._export_failed)

    def _export_failed(self, error: BaseException) -> None:
        self.context.show_status("", 0)
        show_message(
            self.context.window,
            QMessageBox.Icon.Warning,
            self.tr("Export failed"),
            arg(self.tr("The journal could not be exported: %1"), error),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Before the window closes: unsaved entries may keep it open (the reader chose to stay).
        if watched is self.context.window and event.type() == QEvent.Type.Close and not self.may_close():
            event.ignore()
            return True
        return super().eventFilter(watched, event)


def attach_reflection(context: ControllerContext) -> ReflectionController:
    """Add individual reflection (the Journal menu, its docks) to the context's window; keep
    the returned controller."""
    return ReflectionController(context)
