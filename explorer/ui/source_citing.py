"""Cite by selecting, in the source viewer: "Copy as citation" and the text's context menu.

The selection (in the reading edition, or in the original text where the edition
shows it) becomes a ready ``evidence`` entry on the clipboard; the core finds the
shortest prefix/suffix that makes the quote unique
(``explorer.core.evidence.citation_snippet``). "Append citation to scenario" writes the
entry into a chosen scenario file's ``evidence``, keeping the file's comments and layout
(``explorer.core.pack.evidence_append``); the pack watcher then reloads the pack.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QInputDialog, QPlainTextEdit, QTextEdit, QWidget

from explorer.core.evidence.citation_snippet import CitationSnippet, citation_for_selection
from explorer.core.pack.evidence_append import append_evidence
from explorer.core.pack.loader import LoadedPack
from explorer.ui.plain_text import arg
from explorer.ui.source_pane import SourcePane
from explorer.ui.tasks import Task, run_task


class SelectionCiting(QObject):
    statusMessage = Signal(str)  # what was copied, or why nothing was
    appended = Signal(str)  # the scenario file a citation was appended to

    def __init__(
        self, pane: SourcePane, pack: Callable[[], LoadedPack | None], action: QAction, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._pane = pane
        self._pack = pack
        self._action = action
        #: The scenario file "Append citation" writes to, chosen once per pack.
        self.target: Path | None = None
        self.task: Task | None = None
        #: Offered in the text's context menu, in this order.
        self.menu_actions = [action]
        action.triggered.connect(self.copy_as_citation)
        for view in (pane.browser, pane.original_view):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(
                lambda position, view=view: self._context_menu(view, position)
            )

    def _context_menu(self, view: QTextEdit | QPlainTextEdit, position: QPoint) -> None:
        """The text's own menu (copy, select all) and, for a selection, "Copy as citation"."""
        menu = view.createStandardContextMenu(position)
        menu.addSeparator()
        selected = view.textCursor().hasSelection()
        for action in self.menu_actions:
            menu.addAction(action)
            action.setEnabled(selected)
        menu.exec(view.viewport().mapToGlobal(position))
        for action in self.menu_actions:
            action.setEnabled(True)
        menu.deleteLater()

    def snippet(self) -> CitationSnippet | None:
        """The selection as a ready evidence entry, or None (with the reason as a status message)."""
        pane = self._pane
        source, span = pane.source, pane.selected_span()
        if source is None or span is None:
            if pane.has_selection():  # in the original, outside what the edition keeps
                self.statusMessage.emit(
                    self.tr("The reading edition leaves this text out; cite the text itself.")
                )
            else:
                self.statusMessage.emit(
                    self.tr("Select a passage of the source first, then copy it as a citation.")
                )
            return None
        start, end = span
        pack = self._pack()
        taken = {cid for scenario in pack.scenarios for cid in scenario.evidence} if pack else set()
        try:
            return citation_for_selection(source, start, end, taken)
        except ValueError:
            self.statusMessage.emit(self.tr("The selection holds no text."))
            return None

    def copy_as_citation(self) -> None:
        """Put the selection on the clipboard as YAML for a scenario's ``evidence``."""
        snippet = self.snippet()
        if snippet is None:
            return
        QGuiApplication.clipboard().setText(snippet.yaml())
        if snippet.unique:
            message = self.tr("Copied citation “%1”: paste it under a scenario's evidence.")
        else:
            message = self.tr("Copied citation “%1”, but the quote is not unique: select a longer passage.")
        self.statusMessage.emit(arg(message, snippet.citation_id))

    def choose_target(self) -> Path | None:
        """Ask which scenario file of the open pack receives appended citations."""
        pack = self._pack()
        if pack is None or not pack.files:
            self.statusMessage.emit(self.tr("Open a pack with a valid scenario first."))
            return None
        names = {f"{pack.scenario(sid).title} ({path.name})": path for sid, path in pack.files.items()}
        parent = self.parent()
        chosen, ok = QInputDialog.getItem(
            parent if isinstance(parent, QWidget) else None,
            self.tr("Append citations to"),
            self.tr("Scenario file:"),
            list(names),
            0,
            False,
        )
        self.target = names[chosen] if ok and chosen in names else self.target
        return self.target

    def append_to_scenario(self) -> None:
        """Append the selection's citation to the target scenario file's ``evidence`` (off the GUI thread)."""
        snippet = self.snippet()
        if snippet is None:
            return
        target = self.target or self.choose_target()
        if target is None:
            return
        task = run_task(
            append_evidence, target, snippet.citation_id, snippet.yaml(), name="append-evidence", parent=self
        )
        task.succeeded.connect(lambda _result: self._appended(target, snippet.citation_id))
        task.failed.connect(lambda error: self.statusMessage.emit(arg(self.tr("Not appended: %1"), error)))
        self.task = task

    def _appended(self, target: Path, citation_id: str) -> None:
        self.statusMessage.emit(arg(self.tr("Appended citation “%1” to %2."), citation_id, target.name))
        self.appended.emit(str(target))
