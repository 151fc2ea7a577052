"""The search dock: holds the search panel, built the first time the reader looks at it.

The full-text index is built in the background after a pack loads; the dock
keeps it until the panel exists, so neither has to wait for the other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QWidget

from explorer.ui.i18n import FollowsLanguage

if TYPE_CHECKING:
    from explorer.core.search import SearchIndex
    from explorer.ui.search_panel import SearchPanel
    from explorer.ui.theme import Appearance


class SearchDock(FollowsLanguage, QDockWidget):
    scenarioActivated = Signal(str)
    passageActivated = Signal(str, int, int)  # source id, edition start, edition end

    def __init__(self, parent: QWidget | None = None, *, appearance: Appearance) -> None:
        super().__init__(self.tr("Search"), parent)
        self._appearance = appearance  # for the panel it builds
        self.setObjectName("search-dock")  # restoreState finds docks by name
        self.setWidget(QLabel(self.tr("Search is getting ready…"), self))
        self._waiting = self.widget()
        self.index: SearchIndex | None = None
        self._panel: SearchPanel | None = None
        self._ready = False  # the pack has loaded: a panel may be built
        self.visibilityChanged.connect(self._shown)

    def retranslate_ui(self) -> None:
        """The dock's words in the language of the moment: on a language change."""
        self.setWindowTitle(self.tr("Search"))
        if isinstance(self._waiting, QLabel):  # kept (unshown) once the panel took its place
            self._waiting.setText(self.tr("Search is getting ready…"))

    @property
    def panel(self) -> SearchPanel:
        if self._panel is None:
            from explorer.ui.search_panel import SearchPanel

            panel = SearchPanel(self, appearance=self._appearance)
            panel.scenarioActivated.connect(self.scenarioActivated)
            panel.passageActivated.connect(self.passageActivated)
            if self.index is not None:
                panel.set_index(self.index)
            self.setWidget(panel)
            self._panel = panel
        return self._panel

    def set_ready(self) -> None:
        """The pack is loaded; build the panel now if search is already in front."""
        self._ready = True
        if not self.visibleRegion().isEmpty():
            self.panel  # noqa: B018

    def set_index(self, index: SearchIndex) -> None:
        self.index = index
        if self._panel is not None:
            self._panel.set_index(index)

    def focus_query(self) -> None:
        self.show()
        self.raise_()
        if self._ready:
            self.panel.focus_query()

    def _shown(self, visible: bool) -> None:
        if visible and self._ready:
            self.panel  # noqa: B018 - built the first time the reader looks at it
