"""The two texts of one source — reading edition and original — with the highlighted
passage and the find matches painted on whichever is shown.

Highlights are ``ExtraSelection``s over cached documents (``source_render``), so a
jump costs one selection and one scroll. A large edition is rendered in a window
around the passage (``edition_window``): before painting or scrolling to a span,
the pane makes sure the window holds it; find searches the whole text in Python.
The original is only made into a document when the reader asks for it. Spans come in as Python offsets of the
edition text or of the original; the renderers map them to document positions.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontDatabase,
    QResizeEvent,
    QShowEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QScrollBar,
    QStackedWidget,
    QTextEdit,
    QWidget,
)

from explorer.core.evidence.corpus import SourceDocument
from explorer.core.search import find_all
from explorer.ui.edition_window import EditionWindow
from explorer.ui.i18n import FollowsLanguage
from explorer.ui.safe_documents import SafeTextBrowser
from explorer.ui.source_render import RenderedEdition, RenderedOriginal
from explorer.ui.theme import Appearance

#: Beyond this many matches only the current one is painted (a one-letter search).
_MAX_PAINTED_MATCHES = 1000


@dataclass(frozen=True)
class Passage:
    """A highlighted span of a source, in the edition and in the original."""

    source_id: str
    edition_start: int
    edition_end: int
    original_start: int
    original_end: int
    scenario_id: str | None = None
    citation_id: str | None = None


def original_span(source: SourceDocument, start: int, end: int) -> tuple[int, int]:
    """The original span shown by an edition span (layout spaces have none)."""
    shown = [p for p in (source.edition.original_position(i) for i in range(start, end)) if p >= 0]
    return (min(shown), max(shown) + 1) if shown else (0, 0)


class SourcePane(FollowsLanguage, QStackedWidget):
    def __init__(self, parent: QWidget | None = None, *, appearance: Appearance) -> None:
        super().__init__(parent)
        self._appearance = appearance  # the passage is highlighted in its colours
        self._editions: dict[str, RenderedEdition] = {}
        self._originals: dict[str, RenderedOriginal] = {}
        self.source: SourceDocument | None = None
        self.passage: Passage | None = None
        self._matches: list[tuple[int, int]] = []
        self._match = -1
        self._reveal_pending = False

        flags = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        self.browser = SafeTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setTextInteractionFlags(flags)
        self.original_view = QPlainTextEdit(self)
        self.original_view.setReadOnly(True)
        self.original_view.setTextInteractionFlags(flags)
        #: The reading edition and, for a large one, its whole-text scroll bar.
        self.reading = QWidget(self)
        self.position_bar = QScrollBar(Qt.Orientation.Vertical, self.reading)
        reading = QHBoxLayout(self.reading)
        reading.setContentsMargins(0, 0, 0, 0)
        reading.setSpacing(0)
        reading.addWidget(self.browser, 1)
        reading.addWidget(self.position_bar)
        self.edition_window = EditionWindow(self.browser, self.position_bar, self)
        self.edition_window.moved.connect(self.paint)
        self.addWidget(self.reading)
        self.addWidget(self.original_view)
        self.setFocusProxy(self.browser)
        self._apply_mono_font()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The views' names in the language of the moment: at start and on a language change."""
        self.browser.setAccessibleName(self.tr("Reading edition"))
        self.original_view.setAccessibleName(self.tr("Original text, as received"))
        self.edition_window.retranslate_ui()

    # -- what is shown -----------------------------------------------------------------------------
    def open(self, source: SourceDocument) -> bool:
        """Show a source (rendered once, then cached); False if it was already shown."""
        if self.source is not None and self.source.id == source.id:
            return False
        self.source = source
        if source.id not in self._editions:
            self._editions[source.id] = RenderedEdition(source, self.palette(), self)
        rendered = self._editions[source.id]
        rendered.document.setDefaultFont(self.browser.font())
        self.browser.setDocument(rendered.document)
        self.edition_window.set_edition(rendered)
        if self.showing_original():
            self.original_view.setDocument(self._original().document)
        self._matches, self._match = [], -1
        return True

    def _original(self) -> RenderedOriginal:
        """The shown source's original as a document, made the first time it is wanted."""
        assert self.source is not None
        if self.source.id not in self._originals:
            self._originals[self.source.id] = RenderedOriginal(self.source, self)
        return self._originals[self.source.id]

    def set_passage(self, passage: Passage | None) -> None:
        """Highlight a passage (or nothing) and scroll to it (or to the top)."""
        self.passage = passage
        if passage is not None and not self.showing_original():
            self.edition_window.ensure(passage.edition_start, passage.edition_end)
        self.paint()
        self.reveal_passage()

    def showing_original(self) -> bool:
        return self.currentWidget() is self.original_view

    def set_original(self, on: bool) -> None:
        view = self.original_view if on else self.browser
        self._matches, self._match = [], -1  # offsets of the other text; the viewer finds again
        if on and self.source is not None:
            document = self._original().document
            if self.original_view.document() is not document:
                self.original_view.setDocument(document)
        self.setCurrentWidget(self.original_view if on else self.reading)
        self.setFocusProxy(view)
        self.paint()
        self.reveal_passage()

    def view(self) -> QTextEdit | QPlainTextEdit:
        return self.original_view if self.showing_original() else self.browser

    def text(self) -> str:
        """The visible text as Python sees it: the edition's or the original's."""
        if self.source is None:
            return ""
        return self.source.original if self.showing_original() else self.source.edition.text

    def spans(self, start: int, end: int, original: bool | None = None) -> list[tuple[int, int]]:
        """Document ranges showing a span of the edition (or the original) text."""
        if self.source is None:
            return []
        original = self.showing_original() if original is None else original
        if original:
            return self._original().spans(start, end)
        return self._editions[self.source.id].spans(start, end)

    def text_index(self, position: int) -> int:
        """Text offset at a document position of the visible view."""
        if self.source is None:
            return 0
        if self.showing_original():
            return self._original().index(position)
        return self._editions[self.source.id].edition_offset(position)

    # -- painting ----------------------------------------------------------------------------------
    def paint(self) -> None:
        """Paint the passage and the find matches on the visible view only."""
        original = self.showing_original()
        selections: list[QTextEdit.ExtraSelection] = []
        if self.passage is not None:
            p = self.passage
            start, end = (p.original_start, p.original_end) if original else (p.edition_start, p.edition_end)
            selections += self._selections(self.spans(start, end), self._passage_format(), original)
        if self._matches:
            palette = self.palette()
            highlight = palette.color(palette.ColorRole.Highlight)
            every = QTextCharFormat()
            every.setBackground(QBrush(QColor(highlight.red(), highlight.green(), highlight.blue(), 70)))
            background, foreground = highlight, palette.color(palette.ColorRole.HighlightedText)
            passage = self._appearance.colours().passage_background
            if abs(highlight.hue() - passage.hue()) < 20 and abs(highlight.value() - passage.value()) < 40:
                # High contrast highlights in the passage's yellow: invert the text instead.
                background, foreground = (
                    palette.color(palette.ColorRole.Text),
                    palette.color(palette.ColorRole.Base),
                )
            current = QTextCharFormat()
            current.setBackground(QBrush(background))
            current.setForeground(QBrush(foreground))
            if len(self._matches) <= _MAX_PAINTED_MATCHES:
                for a, b in self._matches:
                    selections += self._selections(self.spans(a, b), every, original)
            if 0 <= self._match < len(self._matches):
                selections += self._selections(self.spans(*self._matches[self._match]), current, original)
        self.view().setExtraSelections(selections)
        (self.browser if original else self.original_view).setExtraSelections([])

    def _passage_format(self) -> QTextCharFormat:
        colours = self._appearance.colours()
        fmt = QTextCharFormat()
        fmt.setBackground(QBrush(colours.passage_background))
        fmt.setForeground(QBrush(colours.passage_text))
        fmt.setFontUnderline(True)  # not colour alone
        return fmt

    def _selections(
        self, spans: list[tuple[int, int]], fmt: QTextCharFormat, original: bool
    ) -> list[QTextEdit.ExtraSelection]:
        document = self.original_view.document() if original else self.browser.document()
        selections = []
        for start, end in spans:
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        return selections

    def highlighted_text(self, original: bool = False) -> str:
        """The document text under the passage highlight (blocks joined as in the edition)."""
        if self.passage is None:
            return ""
        p = self.passage
        start, end = (p.original_start, p.original_end) if original else (p.edition_start, p.edition_end)
        pieces = [
            s.cursor.selectedText().replace("\u2029", "\n")
            for s in self._selections(self.spans(start, end, original), QTextCharFormat(), original)
        ]
        return "".join(pieces) if original else "\n\n".join(pieces)

    # -- scrolling ---------------------------------------------------------------------------------
    def reveal(self, text_index: int) -> None:
        """Put the caret at a text offset of the visible view and scroll it to the upper third."""
        if self.source is None:
            return
        view = self.view()
        if self.showing_original():
            position = self._original().position(text_index)
        else:
            self.edition_window.ensure(text_index)
            position = self._editions[self.source.id].position(text_index)
        cursor = QTextCursor(view.document())
        cursor.setPosition(position)
        view.setTextCursor(cursor)
        if isinstance(view, QPlainTextEdit):
            view.centerCursor()  # scrolls by lines, not pixels
        else:
            bar = view.verticalScrollBar()
            bar.setValue(bar.value() + view.cursorRect(cursor).top() - view.viewport().height() // 4)
            self.edition_window.sync()
        # Hidden or not yet laid out: scroll again once the pane has its real size.
        self._reveal_pending = not self.isVisible()

    def reveal_passage(self) -> None:
        p = self.passage
        if p is None:
            self.reveal(0)
        else:
            self.reveal(p.original_start if self.showing_original() else p.edition_start)

    # -- find --------------------------------------------------------------------------------------
    def find_text(self, needle: str) -> tuple[int, int]:
        """Find ``needle`` (case and accents ignored) from the caret on; (current, total)."""
        # While the user types, the match grows where it is: search on from the
        # current match's start, else from the caret.
        current = self.current_match()
        origin = current[0] if current else self.text_index(self.view().textCursor().selectionStart())
        self._matches = find_all(self.text(), needle)
        following = (i for i, (start, _) in enumerate(self._matches) if start >= origin)
        self._match = next(following, 0) if self._matches else -1
        return self._go_to_match()

    def find_step(self, step: int) -> tuple[int, int]:
        if self._matches:
            self._match = (self._match + step) % len(self._matches)
        return self._go_to_match()

    def clear_find(self) -> None:
        self._matches, self._match = [], -1
        self.paint()

    def current_match(self) -> tuple[int, int] | None:
        """The current match as a span of the visible text."""
        return self._matches[self._match] if 0 <= self._match < len(self._matches) else None

    def _go_to_match(self) -> tuple[int, int]:
        self.paint()
        match = self.current_match()
        if match is not None:
            self.reveal(match[0])
            spans = self.spans(*match)
            if spans:  # the caret follows the match, so the next search starts here
                view = self.view()
                cursor = view.textCursor()
                cursor.setPosition(spans[-1][1])
                view.setTextCursor(cursor)
        return self._match, len(self._matches)

    # -- selection ---------------------------------------------------------------------------------
    def has_selection(self) -> bool:
        return self.source is not None and self.view().textCursor().hasSelection()

    def selected_span(self) -> tuple[int, int] | None:
        """The reader's selection as a span of the reading edition, if any.

        In the original view the selection is taken as the reading edition shows it; None
        when it is text the edition leaves out (``has_selection`` tells the two apart).
        """
        cursor = self.view().textCursor()
        if self.source is None or not cursor.hasSelection():
            return None
        start, end = self.text_index(cursor.selectionStart()), self.text_index(cursor.selectionEnd())
        return self.source.edition.edition_span(start, end) if self.showing_original() else (start, end)

    def selected_text(self) -> str:
        """The user's selection as source text (edition offsets, so labels are left out)."""
        cursor = self.view().textCursor()
        if self.source is None or not cursor.hasSelection():
            return ""
        if self.showing_original():
            return cursor.selectedText().replace("\u2029", "\n")
        start, end = self.text_index(cursor.selectionStart()), self.text_index(cursor.selectionEnd())
        return self.source.edition.text[start:end]

    # -- events ------------------------------------------------------------------------------------
    def _apply_mono_font(self) -> None:
        # A style-sheet family rather than setFont: the size is then inherited like
        # every other widget's, so the original follows the app's zoom.
        family = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
        self.original_view.setStyleSheet(f'QPlainTextEdit {{ font-family: "{family}"; }}')

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.browser.document().setDefaultFont(self.browser.font())
        elif event.type() == QEvent.Type.PaletteChange and self._editions:
            # Frame and label colours are baked into the rendering: render again.
            current, stale = self.source, list(self._editions.values())
            self._editions.clear()
            self.source = None
            if current is not None:
                self.open(current)
                self.paint()
                self.reveal_passage()
            for rendered in stale:
                rendered.deleteLater()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._reveal_pending:
            self.reveal_passage()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._reveal_pending and self.isVisible():
            self.reveal_passage()
