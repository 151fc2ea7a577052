"""The centre of the main window: scenario and trade-off tabs, with the source viewer beside them.

The source sits beside the scenario rather than in another tab, so a reader sees
the claim and the passage it rests on at the same time. Only the scenario view is
built when the corpus arrives; the trade-off matrix and the source viewer are
built the first time they are shown, which keeps the first screen quick.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import QApplication, QSplitter, QTabWidget, QVBoxLayout, QWidget

from explorer.ui.i18n import FollowsLanguage

if TYPE_CHECKING:
    from explorer.core.evidence.corpus import Corpus
    from explorer.core.pack.loader import LoadedPack
    from explorer.ui.scenario_view import ScenarioView
    from explorer.ui.source_column import SourceColumn
    from explorer.ui.source_viewer import SourceViewer
    from explorer.ui.theme import Appearance
    from explorer.ui.tradeoffs import TradeOffMatrix


@dataclass(frozen=True)
class Place:
    """Where the reader is: enough to come back to it with Alt+Left."""

    scenario_id: str | None
    stage_id: str | None
    view: int
    #: What the source viewer shows: ("citation", scenario, id) or ("passage", source, start, end).
    source: tuple[Any, ...] | None
    in_source: bool
    #: Was the source open beside (or instead of) the scenario?
    source_open: bool = False
    #: The scenario text at the top of its view (a position in the page, so a reflow keeps it).
    scroll: int = 0


class Workspace(FollowsLanguage, QSplitter):
    """Scenario tabs and the source side by side; stacked (the source in place of the scenario)
    when the width cannot hold both at their minimum measure."""

    SCENARIO_VIEW, TRADEOFF_VIEW = 0, 1

    citationActivated = Signal(str, str)  # scenario id, citation id (scenario view or matrix)
    stageChanged = Signal(str, str)  # scenario id, stage id
    scenarioRequested = Signal(str)  # a "cited in" link in the source viewer
    statusMessage = Signal(str)
    #: "tradeoffs" or "source": a view was just built (for panels that hook into it).
    viewCreated = Signal(str)
    historyChanged = Signal(bool, bool)  # can go back, can go forward

    def __init__(self, parent: QWidget | None = None, *, appearance: Appearance) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._appearance = appearance  # handed to the views it builds: they draw in its colours
        self.setObjectName("workspace")
        self.setChildrenCollapsible(False)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Scenario views"))
        self.tabs.setDocumentMode(True)
        self._corpus: Corpus | None = None
        self._pack: LoadedPack | None = None
        self._splitter_state = QByteArray()
        self._scenario_view: ScenarioView | None = None
        self._tradeoff_matrix: TradeOffMatrix | None = None
        self._matrix_holder = QWidget(self.tabs)
        QVBoxLayout(self._matrix_holder).setContentsMargins(0, 0, 0, 0)
        self._source_viewer: SourceViewer | None = None
        self._column: SourceColumn | None = None
        self.source_place: tuple[Any, ...] | None = None
        self._back: list[Place] = []
        self._forward: list[Place] = []

    def build(self, corpus: Corpus, notes_action: QAction, view: int, splitter_state: QByteArray) -> None:
        from explorer.ui.scenario_view import ScenarioView

        self._corpus = corpus
        self._splitter_state = splitter_state
        self._scenario_view = ScenarioView(
            corpus, self, notes_action=notes_action, appearance=self._appearance
        )
        self._scenario_view.citationActivated.connect(self.citationActivated)
        self._scenario_view.stageChanged.connect(self._stage_changed)
        self._scenario_view.statusMessage.connect(self.statusMessage)
        self.tabs.insertTab(self.SCENARIO_VIEW, self._scenario_view, "")
        self.tabs.insertTab(self.TRADEOFF_VIEW, self._matrix_holder, "")
        self.retranslate_ui()
        self.tabs.setCurrentIndex(view if 0 <= view < self.tabs.count() else 0)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._tab_changed(self.tabs.currentIndex())

    def retranslate_ui(self) -> None:
        """The tabs' and views' names in the language of the moment: when built and on a language change."""
        self.tabs.setAccessibleName(self.tr("Scenario views"))
        if self.tabs.count() == 2:
            self.tabs.setTabText(self.SCENARIO_VIEW, self.tr("Scenario"))
            self.tabs.setTabText(self.TRADEOFF_VIEW, self.tr("Trade-offs"))
        if self._source_viewer is not None:
            self._source_viewer.setAccessibleName(self.tr("Source viewer"))

    @property
    def built(self) -> bool:
        return self._scenario_view is not None

    @property
    def scenario_view(self) -> ScenarioView:
        assert self._scenario_view is not None, "the views exist once the corpus has loaded"
        return self._scenario_view

    @property
    def tradeoff_matrix(self) -> TradeOffMatrix:
        if self._tradeoff_matrix is None:
            from explorer.ui.tradeoffs import TradeOffMatrix

            assert self._corpus is not None, "the views exist once the corpus has loaded"
            matrix = TradeOffMatrix(self._matrix_holder, appearance=self._appearance)
            matrix.set_corpus(self._corpus)
            if self._pack is not None:
                matrix.set_pack(self._pack)
                view = self._scenario_view
                if view is not None and view.scenario_id is not None:
                    matrix.set_scenario(view.scenario_id, view.stage_id)
            matrix.citationActivated.connect(self.citationActivated)
            layout = self._matrix_holder.layout()
            assert layout is not None
            layout.addWidget(matrix)
            self._matrix_holder.setFocusProxy(matrix)
            self._tradeoff_matrix = matrix
            self.viewCreated.emit("tradeoffs")
        return self._tradeoff_matrix

    @property
    def source_viewer(self) -> SourceViewer:
        if self._source_viewer is None:
            from explorer.ui.source_column import SourceColumn
            from explorer.ui.source_viewer import SourceViewer

            assert self._corpus is not None, "the views exist once the corpus has loaded"
            viewer = SourceViewer(self._corpus, self, appearance=self._appearance)
            viewer.setAccessibleName(self.tr("Source viewer"))
            viewer.scenarioRequested.connect(self.scenarioRequested)
            viewer.statusMessage.connect(self.statusMessage)
            if self._pack is not None:
                viewer.set_pack(self._pack)
            column = SourceColumn(viewer, self)
            column.closeRequested.connect(self.close_source)
            column.hide()  # until a passage is opened
            self.addWidget(column)
            self._column = column
            self.setStretchFactor(0, 1)
            self.setStretchFactor(1, 1)
            if not self._splitter_state.isEmpty():
                self.restoreState(self._splitter_state)
            self._source_viewer = viewer
            self.viewCreated.emit("source")
        return self._source_viewer

    def has_source_viewer(self) -> bool:
        return self._source_viewer is not None

    def set_pack(self, pack: LoadedPack) -> None:
        self._pack = pack
        self.scenario_view.set_pack(pack)
        if self._tradeoff_matrix is not None:
            self._tradeoff_matrix.set_pack(pack)
        if self._source_viewer is not None:
            self._source_viewer.set_pack(pack)
            self.close_source()
        self.source_place = None

    def _tab_changed(self, index: int) -> None:
        if index == self.TRADEOFF_VIEW:
            self.tradeoff_matrix  # noqa: B018 - built on first show

    def _stage_changed(self, scenario_id: str, stage_id: str) -> None:
        if self._tradeoff_matrix is not None:
            self._tradeoff_matrix.set_scenario(scenario_id, stage_id)
        self.stageChanged.emit(scenario_id, stage_id)

    def reveal_source(self) -> None:
        self.source_viewer  # noqa: B018 - built on first use
        column = self._column
        assert column is not None
        if column.isHidden():
            column.show()
            sizes = self.sizes()
            if len(sizes) == 2 and min(sizes) < 200:  # never reopen it squeezed to a sliver
                half = sum(sizes) // 2
                self.setSizes([half, sum(sizes) - half])
        self._arrange()

    def reset_sizes(self) -> None:
        """Scenario and source share the width equally (View → Reset layout)."""
        if self.count() == 2:
            half = self.width() // 2
            self.setSizes([half, self.width() - half])

    def source_open(self) -> bool:
        return self._column is not None and not self._column.isHidden()

    def close_source(self) -> None:
        """Close the source viewer (Escape, its close button, View menu); Ctrl+3 opens it again."""
        column = self._column
        if column is None or column.isHidden():
            return
        focus = QApplication.focusWidget()
        had_focus = focus is not None and column.isAncestorOf(focus)
        column.hide()
        self._arrange()
        if had_focus and self.tabs.currentWidget() is not None:
            self.tabs.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)

    def stacked(self) -> bool:
        """True while the source stands in for the scenario (no room for both)."""
        return self.tabs.isHidden()

    # -- layout: side by side, or stacked when the width cannot hold both --------------------------
    def _side_by_side_width(self) -> int:
        column = self._column
        extra = column.minimumSizeHint().width() + self.handleWidth() if column is not None else 0
        return self.tabs.minimumSizeHint().width() + extra

    def _arrange(self) -> None:
        stacked = self.source_open() and self.width() < self._side_by_side_width()
        if stacked != self.tabs.isHidden():
            self.tabs.setHidden(stacked)
        if self._column is not None:
            self._column.set_stacked(stacked)

    def minimumSizeHint(self) -> QSize:
        # The widest of the two, not their sum: when they do not fit side by side they stack,
        # so opening the source never makes the window grow.
        widgets = [w for w in (self.tabs, self._column) if w is not None]
        hints = [w.minimumSizeHint() for w in widgets]
        return QSize(max(h.width() for h in hints), max(h.height() for h in hints))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def show_view(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        widget = self.tabs.currentWidget()
        if widget is not None:
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_citation(self, scenario_id: str, citation_id: str) -> None:
        if self.scenario_view.scenario_id != scenario_id:
            self.scenario_view.show_scenario(scenario_id)
        self.reveal_source()
        self.scenario_view.keep_citation_in_view(citation_id)
        self.source_viewer.show_citation(scenario_id, citation_id)
        self.source_place = ("citation", scenario_id, citation_id)
        self.source_viewer.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_passage(self, source_id: str, edition_start: int, edition_end: int) -> None:
        self.reveal_source()
        self.source_viewer.show_passage(source_id, edition_start, edition_end)
        self.source_place = ("passage", source_id, edition_start, edition_end)
        self.source_viewer.setFocus(Qt.FocusReason.OtherFocusReason)

    def here(self) -> Place:
        focus = QApplication.focusWidget()
        viewer = self._source_viewer
        in_source = bool(viewer is not None and focus is not None and viewer.isAncestorOf(focus))
        view = self._scenario_view
        return Place(
            view.scenario_id if view else None,
            view.stage_id if view else None,
            self.tabs.currentIndex(),
            self.source_place,
            in_source,
            self.source_open(),
            view.top_position() if view else 0,
        )

    def go(self, place: Place) -> None:
        """Show ``place`` again, with the keyboard where it was."""
        if place.scenario_id is not None:
            self.scenario_view.show_scenario(place.scenario_id, place.stage_id)
        self.tabs.setCurrentIndex(place.view)
        if place.source_open and place.source is not None:
            if place.source != self.source_place or not self.source_open():
                if place.source[0] == "citation":
                    self.show_citation(place.source[1], place.source[2])
                else:
                    self.show_passage(*place.source[1:])
        else:
            self.close_source()
        self.source_place = place.source
        if place.scenario_id is not None:
            self.scenario_view.scroll_to_position(place.scroll)
        target = self.source_viewer if place.in_source and self.source_open() else self.tabs.currentWidget()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- history: Alt+Left / Alt+Right ---------------------------------------------------------------
    def record(self) -> None:
        """Remember where the reader is before a jump."""
        here = self.here()
        if here.scenario_id is None and here.source is None:
            return
        if not self._back or self._back[-1] != here:
            self._back.append(here)
        self._forward.clear()
        self.historyChanged.emit(True, False)

    def back(self) -> Place | None:
        return self._step(self._back, self._forward)

    def forward(self) -> Place | None:
        return self._step(self._forward, self._back)

    def _step(self, source: list[Place], other: list[Place]) -> Place | None:
        if not source:
            return None
        other.append(self.here())
        place = source.pop()
        self.go(place)
        self.historyChanged.emit(bool(self._back), bool(self._forward))
        return place

    def clear_history(self) -> None:
        self._back.clear()
        self._forward.clear()
        self.historyChanged.emit(False, False)
