"""The source viewer: a document's reading edition, opened at a cited passage.

``show_citation`` opens the source, highlights exactly the cited edition span and
scrolls to it; the side panel shows the English gloss of a Dutch or French quote
(marked as a translation, not part of the source) and every place in the pack that
cites this passage or an overlapping one. A toggle shows the original text, as
received, with the same passage highlighted (``source_pane``).

Previous/next citation: after ``show_citation`` they walk the *scenario's*
citations in the order its author listed the evidence (a reader checking a
scenario's evidence, possibly across sources); after ``show_passage`` or
``show_source`` they walk every citation of *this source* in reading order.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.core.evidence.backlinks import CitedPassage, backlinks, scenario_citations, source_citations
from explorer.core.evidence.corpus import Corpus, SourceDocument, kind_words
from explorer.core.evidence.coverage import coverage_map
from explorer.core.evidence.source_date import date_words
from explorer.core.pack.loader import LoadedPack
from explorer.ui import i18n, vocabulary
from explorer.ui.actions import make_action, plain
from explorer.ui.coverage_strip import CoverageStrip
from explorer.ui.find_bar import FindBar
from explorer.ui.i18n import FollowsLanguage
from explorer.ui.pack_language import localized
from explorer.ui.plain_text import arg, tooltip
from explorer.ui.scrolling_label import VerticalScrollArea
from explorer.ui.source_citing import SelectionCiting
from explorer.ui.source_pane import Passage, SourcePane, original_span
from explorer.ui.source_panels import BacklinksPanel, PassagePanel
from explorer.ui.theme import Appearance
from explorer.ui.vocabulary import export_labels, language_name

#: Places listed under "Cited in"; past this the heading says there are more.
MAX_BACKLINKS_SHOWN = 200
#: A viewer lower than this many lines of its text (a 1024×700 laptop, a viewer stacked
#: under the scenario, larger type on a projector) shows the document's full reference on
#: hover, not as a third header line: the details line above it already names authors,
#: date and kind, and every line counts for the text. Counted in lines, not pixels, so that
#: zooming in (the header's lines grow too) keeps the passage its room: 43 lines are 600 px
#: at the usual 9-point type.
COMPACT_LINES = 43


class SourceViewer(FollowsLanguage, QWidget):
    scenarioRequested = Signal(str)  # a "cited in" link was followed
    sourceShown = Signal(str)  # source id, whenever another document is shown
    statusMessage = Signal(str)  # what a copy put on the clipboard, or why it did not

    def __init__(self, corpus: Corpus, parent: QWidget | None = None, *, appearance: Appearance) -> None:
        super().__init__(parent)
        self._corpus = corpus
        #: The pack as given and as shown (in the app's language: glosses, scenario titles).
        self._base_pack: LoadedPack | None = None
        self._pack: LoadedPack | None = None
        #: The scenario whose citations previous/next walk; None: this source's citations.
        self._nav_scenario: str | None = None

        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previous_action = self._action(self.tr("◀ &Previous citation"), "Alt+Up", self.previous_citation)
        self.next_action = self._action(self.tr("Ne&xt citation ▶"), "Alt+Down", self.next_citation)
        self.find_action = self._action(self.tr("&Find…"), QKeySequence.StandardKey.Find, self.open_find)
        self.copy_action = self._action(
            self.tr("&Copy with reference"), "Ctrl+Shift+C", self.copy_with_reference
        )
        self.cite_action = self._action(self.tr("Copy as c&itation"), "Ctrl+Alt+C", None)
        self.cite_action.setStatusTip(
            self.tr("Put the selected passage on the clipboard as a scenario's evidence entry")
        )
        self.original_action = self._action(self.tr("&Original text"), "Ctrl+U", None)
        self.original_action.setCheckable(True)
        self.coverage_action = self._action(self.tr("Coverage &map"), "Ctrl+Alt+M", None)
        self.coverage_action.setCheckable(True)
        self.nav_label = QLabel(self)

        # A tool bar, not a row of buttons: what does not fit goes behind its » button, so the
        # viewer's minimum width (and the window's) never follows the width of these labels.
        self.tool_bar = bar = QToolBar(self)
        bar.addWidget(self._button(self.previous_action))
        bar.addWidget(self.nav_label)
        bar.addWidget(self._button(self.next_action))
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        for action in (
            self.find_action,
            self.copy_action,
            self.cite_action,
            self.original_action,
            self.coverage_action,
        ):
            bar.addWidget(self._button(action))

        self.find_bar = FindBar(self)
        self.find_bar.hide()
        self.pane = SourcePane(self, appearance=appearance)
        self.passage_panel = PassagePanel(self)
        # Never shorter than its wrapped text (a two-line gloss was cut off in a narrow window):
        # the backlinks below, which scroll, give up the height instead.
        self.passage_panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.backlinks_panel = BacklinksPanel(self)

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        side_layout.addWidget(self.passage_panel)
        side_layout.addWidget(self.backlinks_panel, 1)
        reading = QWidget(self)
        reading_layout = QVBoxLayout(reading)
        reading_layout.setContentsMargins(0, 0, 0, 0)
        reading_layout.addWidget(self.find_bar)
        self.coverage_strip = CoverageStrip(self)
        self.coverage_strip.hide()
        text_row = QHBoxLayout()
        text_row.setContentsMargins(0, 0, 0, 0)
        text_row.addWidget(self.pane, 1)
        text_row.addWidget(self.coverage_strip)
        reading_layout.addLayout(text_row, 1)
        # The side panel scrolls rather than take the text's height: under the text, in a narrow
        # viewer on a 1024×700 screen, a five-line French gloss and the "Cited in" list left the
        # reading pane some three lines (and the gloss still lost its last line).
        self.side_scroll = VerticalScrollArea(self)
        self.side_scroll.setWidget(side)
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(reading)
        self.splitter.addWidget(self.side_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.header)
        layout.addWidget(bar)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.pane)

        self.original_action.toggled.connect(self._show_original)
        self.coverage_action.toggled.connect(self._show_coverage)
        self.coverage_strip.jumpRequested.connect(self._jump_to)
        self.sourceShown.connect(lambda _source_id: self._update_coverage())
        self.find_bar.textChanged.connect(self._find)
        self.find_bar.nextRequested.connect(lambda: self._find_step(1))
        self.find_bar.previousRequested.connect(lambda: self._find_step(-1))
        self.find_bar.closed.connect(self.close_find)
        self.backlinks_panel.scenarioRequested.connect(self.scenarioRequested)
        self.citing = SelectionCiting(self.pane, lambda: self._pack, self.cite_action, self)
        self.citing.statusMessage.connect(self.statusMessage)
        self.append_action = self._action(
            self.tr("&Append citation to scenario…"), "Ctrl+Alt+A", self.citing.append_to_scenario
        )
        self.citing.menu_actions.append(self.append_action)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The viewer's words in the language of the moment: at start and on a language change.
        The actions' texts are set again (with their tooltips and their buttons' names), and the
        document details, the side panels (with the pack's glosses in the app's language, once
        there is a pack) and the position are shown again."""
        self.header.setAccessibleName(self.tr("Document details"))
        source = self.pane.source
        if source is None:
            self.header.setToolTip("")
            self.header.setText(
                self.tr("<i>No document open. Follow a citation to open its source here.</i>")
            )
        else:
            self._show_header(source)
        for action, text in (
            (self.previous_action, self.tr("◀ &Previous citation")),
            (self.next_action, self.tr("Ne&xt citation ▶")),
            (self.find_action, self.tr("&Find…")),
            (self.copy_action, self.tr("&Copy with reference")),
            (self.cite_action, self.tr("Copy as c&itation")),
            (self.original_action, self.tr("&Original text")),
            (self.coverage_action, self.tr("Coverage &map")),
            (self.append_action, self.tr("&Append citation to scenario…")),
        ):
            i18n.set_action_text(action, text)
        self.cite_action.setStatusTip(
            self.tr("Put the selected passage on the clipboard as a scenario's evidence entry")
        )
        for button in self.tool_bar.findChildren(QToolButton):
            if button.defaultAction() is not None:
                button.setAccessibleName(plain(button.defaultAction().text()))
        self.nav_label.setAccessibleName(self.tr("Citation position"))
        self.tool_bar.setAccessibleName(self.tr("Source viewer tools"))
        if self._base_pack is not None:
            self._pack = localized(self._base_pack)  # the gloss beside a quote is the reader's
            self._update_side()
        self._update_navigation()

    def _action(
        self, text: str, keys: str | QKeySequence.StandardKey, slot: Callable[[], None] | None
    ) -> QAction:
        # Active while focus is anywhere in the viewer, so the main window's own
        # shortcuts stay free elsewhere.
        return make_action(self, text, slot, (keys,), context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setAccessibleName(plain(action.text()))
        return button

    def shortcuts(self) -> list[tuple[str, str]]:
        """(keys, what they do) for the app's shortcuts dialog."""
        actions = (
            self.previous_action,
            self.next_action,
            self.find_action,
            self.copy_action,
            self.cite_action,
            self.original_action,
            self.coverage_action,
            self.append_action,
        )
        listed = [
            (a.shortcut().toString(QKeySequence.SequenceFormat.NativeText), plain(a.text())) for a in actions
        ]
        return [*listed, (self.tr("Enter / Shift+Enter"), self.tr("Next / previous match, in the find bar"))]

    # -- public API ------------------------------------------------------------------------------
    def set_pack(self, pack: LoadedPack) -> None:
        self._base_pack = pack
        self._pack = pack = localized(pack)
        if self.citing.target not in pack.files.values():
            self.citing.target = None  # chosen again in the new pack
        self._update_coverage()
        if self._nav_scenario and not any(s.id == self._nav_scenario for s in pack.scenarios):
            self._nav_scenario = None
        self._update_side()
        self._update_navigation()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # zoomed: the header's lines grew or shrank
            self._refit_header()

    def show_citation(self, scenario_id: str, citation_id: str) -> None:
        """Open the cited source at the citation, highlighted exactly."""
        if self._pack is None:
            return
        try:
            _, anchor = self._pack.citation(scenario_id, citation_id)
        except KeyError:
            return
        self._nav_scenario = scenario_id
        a = anchor
        self._show(
            Passage(a.source_id, a.edition_start, a.edition_end, a.start, a.end, scenario_id, citation_id)
        )

    def show_passage(self, source_id: str, edition_start: int, edition_end: int) -> None:
        """Open a source at an edition span (a search hit), highlighted."""
        if source_id not in self._corpus:
            return
        source = self._corpus[source_id]
        start = max(0, min(edition_start, len(source.edition.text)))
        end = max(start, min(edition_end, len(source.edition.text)))
        self._nav_scenario = None
        self._show(Passage(source_id, start, end, *original_span(source, start, end)))

    def show_source(self, source_id: str) -> None:
        """Open a source at its beginning, nothing highlighted."""
        if source_id in self._corpus:
            self._nav_scenario = None
            self._show(None, self._corpus[source_id])

    def current_source_id(self) -> str | None:
        return self.pane.source.id if self.pane.source else None

    def add_selection_action(self, action: QAction) -> None:
        """Offer ``action`` in the text's context menu, after "Copy as citation" (e.g. the journal's
        "Cite selection in my rationale"); enabled there only while text is selected."""
        self.citing.menu_actions.append(action)

    def highlighted_span(self) -> tuple[str, int, int] | None:
        p = self.pane.passage
        return (p.source_id, p.edition_start, p.edition_end) if p else None

    def selected_span(self) -> tuple[str, int, int] | None:
        """The reader's selection as (source id, edition start, edition end), if any.

        In the original view the selection is cited as the reading edition shows it.
        """
        source, span = self.pane.source, self.pane.selected_span()
        return (source.id, *span) if source is not None and span is not None else None

    def highlighted_text(self) -> str:
        """The edition text under the highlight, read back from the shown document."""
        return self.pane.highlighted_text()

    def original_highlighted_text(self) -> str:
        """The original text under the highlight of the original view."""
        return self.pane.highlighted_text(original=True)

    def showing_original(self) -> bool:
        return self.pane.showing_original()

    # -- showing -----------------------------------------------------------------------------------
    def _show(self, passage: Passage | None, source: SourceDocument | None = None) -> None:
        if source is None and passage is not None:
            source = self._corpus[passage.source_id]
        if source is None:
            return
        if self.pane.open(source):
            self._show_header(source)
            self.sourceShown.emit(source.id)
        self.pane.set_passage(passage)
        if self.find_bar.isVisible():  # find again from the new reading position
            self.pane.clear_find()
            self._find(self.find_bar.text())
        self._update_side()
        self._update_navigation()

    def _show_header(self, source: SourceDocument) -> None:
        """The document's title and details; its full reference as a third line, or on hover
        in a low viewer (``COMPACT_LINES``)."""
        meta = source.metadata
        labels = export_labels()  # the kind ("Tijdschriftartikel") as the reference line says it
        title = f"{meta.title}: {meta.subtitle}" if meta.subtitle else meta.title
        details = [
            ", ".join(meta.authors) or meta.publisher,
            meta.publisher if meta.authors else "",
            date_words(meta.date, labels),
            kind_words(meta.kind, labels),
            language_name(meta.language),
        ]
        line = " · ".join(html.escape(part) for part in details if part)
        label = self.tr("Reference")  # outside the f-string, where lupdate finds it
        reference = f"{label}: {meta.reference(labels)}"
        heading = f"<span style='font-size: large'><b>{html.escape(title)}</b></span><br>{line}"
        if self._compact_header():
            self.header.setToolTip(tooltip(reference))
            self.header.setText(heading)
        else:
            self.header.setToolTip("")
            self.header.setText(f"{heading}<br><small>{html.escape(reference)}</small>")

    def _compact_header(self) -> bool:
        return 0 < self.height() < COMPACT_LINES * self.fontMetrics().lineSpacing()

    def _refit_header(self) -> None:
        """Show the header again if the viewer's height or type changed which form it takes."""
        shown_compact = bool(self.header.toolTip())  # the reference is on hover exactly then
        if self.pane.source is not None and shown_compact != self._compact_header():
            self._show_header(self.pane.source)

    def _show_original(self, on: bool) -> None:
        self.pane.set_original(on)
        if self.find_bar.isVisible():
            self._find(self.find_bar.text())

    # -- side panels and navigation --------------------------------------------------------------
    def _update_side(self) -> None:
        source, p = self.pane.source, self.pane.passage
        if source is None or self._pack is None:
            self.backlinks_panel.set_backlinks([], whole_document=p is None)
            self.passage_panel.clear()
            return
        # A passage of a huge pack can be cited thousands of times: the list shows the
        # first places (in pack order) and says there are more.
        shown = MAX_BACKLINKS_SHOWN
        if p is None:
            links = backlinks(
                self._pack, source.id, 0, len(source.original), limit=shown + 1, labels=export_labels()
            )
            self.backlinks_panel.set_backlinks(links[:shown], whole_document=True, more=len(links) > shown)
            self.passage_panel.clear()
            return
        links = backlinks(
            self._pack, p.source_id, p.original_start, p.original_end, limit=shown + 1, labels=export_labels()
        )
        self.backlinks_panel.set_backlinks(links[:shown], whole_document=False, more=len(links) > shown)
        scenario_id, citation_id = p.scenario_id, p.citation_id
        if not (scenario_id and citation_id):
            # A search hit that is exactly a citation still gets that citation's gloss.
            exact = next((link for link in links if link.exact), None)
            scenario_id, citation_id = (exact.scenario_id, exact.citation_id) if exact else (None, None)
        # The pack may have been reloaded since the passage was opened.
        try:
            scenario = self._pack.scenario(scenario_id) if scenario_id else None
        except KeyError:
            scenario = None
        citation = scenario.evidence.get(citation_id) if scenario and citation_id else None
        where = scenario.title if scenario and p.scenario_id else ""
        self.passage_panel.show_passage(
            source.edition.block_at(p.edition_start).lang,
            where,
            citation.gloss if citation else "",
            citation.note if citation else "",
            source.metadata.label,
            citation.about if citation else "",
        )

    def _navigation(self) -> list[CitedPassage]:
        if self._pack is None:
            return []
        if self._nav_scenario is not None:
            return scenario_citations(self._pack, self._nav_scenario)
        if self.pane.source is not None:
            return source_citations(self._pack, self.pane.source.id)
        return []

    def _current_step(self, items: list[CitedPassage]) -> int | None:
        p = self.pane.passage
        if p is None or p.citation_id is None:
            return None
        key = (p.scenario_id, p.citation_id)
        return next((i for i, c in enumerate(items) if (c.scenario_id, c.citation_id) == key), None)

    def _target(self, step: int) -> CitedPassage | None:
        items = self._navigation()
        current = self._current_step(items)
        if current is not None:
            target = current + step
            return items[target] if 0 <= target < len(items) else None
        position = self.pane.passage.edition_start if self.pane.passage else -1
        if step > 0:
            return next((c for c in items if c.anchor.edition_start > position), None)
        before = [c for c in items if c.anchor.edition_start < position]
        return before[-1] if before else None

    def _step(self, step: int) -> None:
        target = self._target(step)
        if target is not None:
            a = target.anchor
            passage = Passage(
                a.source_id,
                a.edition_start,
                a.edition_end,
                a.start,
                a.end,
                target.scenario_id,
                target.citation_id,
            )
            self._show(passage)

    def next_citation(self) -> None:
        self._step(1)

    def previous_citation(self) -> None:
        self._step(-1)

    def _update_navigation(self) -> None:
        items = self._navigation()
        current = self._current_step(items)
        scope = self.tr("in this scenario") if self._nav_scenario else self.tr("in this document")
        if current is not None:
            text = arg(self.tr("Citation %1 of %n %2", "", len(items)), current + 1, scope)
        else:
            text = arg(self.tr("%n citations %1", "", len(items)), scope)
        self.nav_label.setText(text)
        self.previous_action.setEnabled(self._target(-1) is not None)
        self.next_action.setEnabled(self._target(1) is not None)

    # -- find --------------------------------------------------------------------------------------
    def open_find(self) -> None:
        selected = self.pane.view().textCursor().selectedText()
        self.find_bar.open(selected if selected and "\u2029" not in selected else "")

    def close_find(self) -> None:
        self.find_bar.hide()
        self.pane.clear_find()
        self.pane.view().setFocus(Qt.FocusReason.OtherFocusReason)

    def _find(self, needle: str) -> None:
        self.find_bar.show_count(*self.pane.find_text(needle))

    def _find_step(self, step: int) -> None:
        self.find_bar.show_count(*self.pane.find_step(step))

    def current_match(self) -> tuple[int, int] | None:
        return self.pane.current_match()

    # -- copy --------------------------------------------------------------------------------------
    def passage_with_reference(self) -> str:
        """The selected text, or else the highlighted passage, quoted with its full reference."""
        source = self.pane.source
        if source is None:
            return ""
        text, gloss = self.pane.selected_text(), ""
        if not text and self.pane.passage is not None:
            p = self.pane.passage
            text = source.edition.text[p.edition_start : p.edition_end]
            if not self.passage_panel.gloss_box.isHidden():
                gloss = self.passage_panel.gloss.text()
        if not text.strip():
            return ""
        meta = source.metadata
        quoted = f"“{text.strip()}” — {meta.label}, {meta.reference(export_labels())}"
        if gloss:
            quoted += "\n" + vocabulary.gloss_line(gloss)
        return quoted

    def copy_with_reference(self) -> None:
        text = self.passage_with_reference()
        if text:
            QGuiApplication.clipboard().setText(text)

    def _show_coverage(self, on: bool) -> None:
        self.coverage_strip.setVisible(on)
        self._update_coverage()

    def _update_coverage(self) -> None:
        """The coverage map of the source shown, when the map is on (one source: a few ms)."""
        source = self.pane.source
        if not self.coverage_action.isChecked() or source is None or self._pack is None:
            self.coverage_strip.set_map(None)
            return
        self.coverage_strip.set_map(coverage_map(source, self._pack))

    def _jump_to(self, edition_offset: int) -> None:
        source = self.pane.source
        if source is None:
            return
        if self.pane.showing_original():
            position = source.edition.original_position(edition_offset)
            self.pane.reveal(max(position, 0))
        else:
            self.pane.reveal(edition_offset)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Narrow (a docked viewer): put the side panel under the text.
        # Or too narrow for both side by side: at a large zoom the side panel's headings (which do
        # not wrap) would leave the text a few letters a line, words broken mid-letter.
        reading = self.pane.fontMetrics().averageCharWidth() * 40
        narrow = event.size().width() < max(640, self.side_scroll.minimumSizeHint().width() + reading)
        orientation = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if orientation != self.splitter.orientation():
            self.splitter.setOrientation(orientation)
            if narrow:  # the text is what the reader came for: three fifths of the height
                height = max(1, self.splitter.height())
                self.splitter.setSizes([height * 3 // 5, height - height * 3 // 5])
        self._refit_header()
