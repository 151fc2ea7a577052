"""Scrolling a large reading edition that is only rendered around where the reader is.

A windowed ``RenderedEdition`` holds a few dozen kilobytes of blocks at a time,
so opening a 1 MB source or jumping across it costs the same as a small one. The
browser's own scroll bar would only span that window, so it is hidden and a
scroll bar of edition characters stands beside it: it covers the whole text,
follows the browser as the reader scrolls, and dragging it anywhere shows that
part of the text. When the view comes within a screen of either end of the
window, the window is rendered again around the top line, which stays in place.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QScrollBar, QTextBrowser

from explorer.ui.source_render import RenderedEdition


class EditionWindow(QObject):
    """Keeps the browser's window of a large edition around what the reader looks at."""

    moved = Signal()  # the window was rendered again: highlights must be painted again

    def __init__(self, browser: QTextBrowser, bar: QScrollBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.browser, self.bar = browser, bar
        self.edition: RenderedEdition | None = None
        self._syncing = False
        self._move_pending = False
        self.retranslate_ui()
        bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the text keeps the keyboard; Page keys scroll it
        bar.hide()
        browser.verticalScrollBar().valueChanged.connect(self._inner_scrolled)
        bar.valueChanged.connect(self._outer_moved)
        browser.installEventFilter(self)

    def retranslate_ui(self) -> None:
        """The bar's name in the language of the moment (a QObject: its pane calls this on LanguageChange)."""
        self.bar.setAccessibleName(self.tr("Position in the document"))

    @property
    def moving(self) -> bool:
        """True while a move of the window, asked for by a scroll, waits for the event loop."""
        return self._move_pending

    @property
    def active(self) -> bool:
        return self.edition is not None and self.edition.windowed

    def set_edition(self, edition: RenderedEdition) -> None:
        self.edition = edition
        windowed = edition.windowed
        self.bar.setVisible(windowed)
        policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOff if windowed else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        self.browser.setVerticalScrollBarPolicy(policy)
        if windowed:
            self._syncing = True
            self.bar.setRange(0, len(edition.source.edition.text))
            self._syncing = False

    def ensure(self, start: int, end: int | None = None) -> bool:
        """Make sure an edition span is rendered (moving the window there if not); True if it moved."""
        if not self.active:
            return False
        assert self.edition is not None
        if self.edition.covers(start, end) and self._room_around(start):
            return False
        self._render_around(start, end)
        return True

    def sync(self) -> None:
        """Put the outer scroll bar where the browser's top line is."""
        if not self.active:
            return
        assert self.edition is not None
        self._syncing = True
        try:
            text_length = len(self.edition.source.edition.text)
            shown = self.edition.source.edition.blocks
            window_chars = shown[self.edition.last - 1].end - shown[self.edition.first].start
            height = max(1.0, self.browser.document().size().height())
            page = int(window_chars * self.browser.viewport().height() / height)
            self.bar.setPageStep(max(1, min(page, text_length)))
            self.bar.setSingleStep(max(1, page // 20))
            self.bar.setValue(self.top_offset())
        finally:
            self._syncing = False

    def top_offset(self) -> int:
        """The edition offset shown at the top of the browser."""
        assert self.edition is not None
        return self.edition.edition_offset(self.browser.cursorForPosition(QPoint(0, 0)).position())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Home and Ctrl+End go to the ends of the whole text, not of the window."""
        if not (self.active and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)):
            return False
        assert self.edition is not None
        if event.matches(QKeySequence.StandardKey.MoveToStartOfDocument):
            self._go_to_end(QTextCursor.MoveOperation.Start, 0)
        elif event.matches(QKeySequence.StandardKey.MoveToEndOfDocument):
            self._go_to_end(QTextCursor.MoveOperation.End, len(self.edition.source.edition.text))
        else:
            return False
        return True

    def _go_to_end(self, operation: QTextCursor.MoveOperation, offset: int) -> None:
        self.ensure(offset)
        cursor = self.browser.textCursor()
        cursor.movePosition(operation)
        self.browser.setTextCursor(cursor)
        self.browser.ensureCursorVisible()
        self.sync()

    # -- moving the window -----------------------------------------------------------------------
    def _room_around(self, offset: int) -> bool:
        """False if ``offset`` is within a few screens of a window edge that has more text beyond."""
        assert self.edition is not None
        blocks, edition = self.edition.source.edition.blocks, self.edition
        margin = edition.window_chars // 4
        before = edition.first == 0 or offset - blocks[edition.first].start >= margin
        after = edition.last == edition.block_count or blocks[edition.last - 1].end - offset >= margin
        return before and after

    def _render_around(self, start: int, end: int | None = None, ahead: int = 0) -> None:
        assert self.edition is not None
        syncing, self._syncing = self._syncing, True  # the browser scrolls while it changes document
        try:
            if not self.edition.render_around(start, end, ahead):
                return
            self.browser.setDocument(self.edition.document)
        finally:
            self._syncing = syncing
        self.moved.emit()

    def _inner_scrolled(self, value: int) -> None:
        if self._syncing or not self.active:
            return
        assert self.edition is not None
        inner = self.browser.verticalScrollBar()
        screen = self.browser.viewport().height()
        near_top = value < screen and self.edition.first > 0
        near_bottom = value > inner.maximum() - screen and self.edition.last < self.edition.block_count
        if (near_top or near_bottom) and not self._move_pending:
            # Not from inside the scroll: the browser may be in the middle of moving its caret
            # in the document it shows. A screen of text is left to show meanwhile.
            self._move_pending = True
            ahead = 1 if near_bottom else -1
            QTimer.singleShot(0, self, lambda: self._move_to_top(ahead))
        self.sync()

    def _move_to_top(self, ahead: int) -> None:
        self._move_pending = False
        if self.active:
            self._keep_top_while(lambda top: self._render_around(top, None, ahead))
            self.sync()

    def _outer_moved(self, offset: int) -> None:
        if self._syncing or not self.active:
            return
        assert self.edition is not None
        self._syncing = True
        try:
            self.ensure(offset)
            self._scroll_to(offset, 0)
        finally:
            self._syncing = False

    def _keep_top_while(self, change: Callable[[int], None]) -> None:
        """Run ``change(top offset)`` (it renders again), then put the same text at the top."""
        assert self.edition is not None
        top_cursor = self.browser.cursorForPosition(QPoint(0, 0))
        top = self.edition.edition_offset(top_cursor.position())
        above = self.browser.cursorRect(top_cursor).top()  # how far the top line starts above the edge
        caret = self.browser.textCursor()
        anchor, position = (self.edition.edition_offset(p) for p in (caret.anchor(), caret.position()))
        self._syncing = True
        try:
            change(top)
            self._restore_caret(anchor, position)
            self._scroll_to(top, above)
        finally:
            self._syncing = False

    def _restore_caret(self, anchor: int, position: int) -> None:
        assert self.edition is not None
        if not self.edition.covers(position):
            return
        cursor = self.browser.textCursor()
        if self.edition.covers(anchor):
            cursor.setPosition(self.edition.position(anchor))
        cursor.setPosition(self.edition.position(position), cursor.MoveMode.KeepAnchor)
        self.browser.setTextCursor(cursor)

    def _scroll_to(self, offset: int, above: int) -> None:
        """Scroll so that the line showing ``offset`` starts ``above`` pixels from the top."""
        assert self.edition is not None
        cursor = self.browser.textCursor()
        cursor.setPosition(self.edition.position(offset))
        inner = self.browser.verticalScrollBar()
        inner.setValue(inner.value() + self.browser.cursorRect(cursor).top() - above)
