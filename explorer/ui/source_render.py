"""A source's reading edition and original as ``QTextDocument``s, with exact offset maps.

The edition is rendered block by block with ``QTextCursor`` (headings as headings,
footnotes, captions and pull quotes set apart and labelled), so document positions
are not edition offsets: every block's text starts at a recorded position, and the
labels and frame boundaries in between belong to no edition offset. ``spans`` turns
an edition span into the document ranges that show it, so a highlight covers
exactly the cited characters and nothing the app added.

Documents are built once per source and cached by the viewer: a jump to a citation
is then only an extra selection and a scroll. A large edition (over eight times
``WINDOW_CHARS``) is never laid out whole, which would take time growing with its
length: only a window of blocks around the passage is in the document
(``render_around``), and the viewer moves the window as the reader scrolls
(``edition_window``); offsets outside the window have no document position.

Qt counts UTF-16 units while Python counts code points; ``QtOffsets`` converts
where a text has characters outside the BMP (none of the shipped sources does, so
the conversion is usually the identity).
"""

from __future__ import annotations

import bisect
from collections import OrderedDict

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
)
from PySide6.QtWidgets import QPlainTextDocumentLayout

from explorer.core.evidence.corpus import SourceDocument
from explorer.core.evidence.edition import Block
from explorer.ui.plain_text import arg
from explorer.ui.vocabulary import language_name

#: Blocks boxed apart from the running text.
_BOXED = frozenset({"caption", "pullquote", "abstract", "author-note"})
#: FontSizeAdjustment per kind: Qt's relative sizes, so text follows the app's zoom.
_SIZES = {"title": 3, "subtitle": 1, "heading": 2, "subheading": 1, "lede": 1, "pullquote": 1}
_SMALL = frozenset({"footnote", "caption", "meta", "author-note", "byline", "signature"})


#: Called by this name, with the context written out, so that lupdate files each string under it.
translate = QCoreApplication.translate


class QtOffsets:
    """Python string index ↔ Qt (UTF-16) position, for one text."""

    def __init__(self, text: str) -> None:
        # Indices of characters that take two UTF-16 units.
        bmp_only = text.isascii() or max(text, default="a") <= "\uffff"
        self._astral = [] if bmp_only else [i for i, char in enumerate(text) if ord(char) > 0xFFFF]

    def to_qt(self, index: int) -> int:
        return index + bisect.bisect_left(self._astral, index)

    def to_python(self, position: int) -> int:
        index = position
        for at in self._astral:  # rare: only texts with characters outside the BMP
            if self.to_qt(at) < position:
                index -= 1
        return index


def _label(kind: str, block: Block, document_language: str) -> str:
    """What a set-apart block is, in words; its language if it differs from the document's."""
    # Most footnotes begin with their number; do not say it twice.
    numbered = block.label and not block.text.startswith(block.label)
    # Only the kinds set apart have a label (one translation looked up per block).
    if kind == "footnote":
        label = (
            arg(translate("SourceRender", "Footnote %1"), block.label)
            if numbered
            else translate("SourceRender", "Footnote")
        )
    elif kind == "caption":
        label = translate("SourceRender", "Caption")
    elif kind == "pullquote":
        label = translate("SourceRender", "Pull quote")
    elif kind == "abstract":
        label = translate("SourceRender", "Abstract")
    elif kind == "author-note":
        label = translate("SourceRender", "About the author")
    else:
        label = ""
    if block.lang != document_language and (block.lang != "en" or kind in _BOXED):
        language = arg(translate("SourceRender", "in %1"), language_name(block.lang))
        label = f"{label} · {language}" if label else language.capitalize()
    return label


#: Characters of a large edition rendered before and after the passage (the window's half).
WINDOW_CHARS = 12_000
#: Windows of a large edition kept laid out besides the shown one.
KEPT_WINDOWS = 4


class RenderedEdition(QObject):
    """The reading edition of one source as a ``QTextDocument`` and its offset map.

    ``windowed`` editions hold only blocks ``first`` to ``last`` (excluded) at a
    time; the others hold every block from the start.
    """

    def __init__(
        self,
        source: SourceDocument,
        palette: QPalette,
        parent: QObject | None = None,
        window_chars: int = WINDOW_CHARS,
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.document = self._new_document()
        self._palette = palette
        self.window_chars = window_chars
        blocks = source.edition.blocks
        self.windowed = len(source.edition.text) > 8 * window_chars
        #: Document position where each rendered edition block's text starts (block ``first`` + i).
        self._starts: list[int] = []
        self._offsets = [QtOffsets(block.text) for block in blocks]
        self._block_starts = [block.start for block in blocks]
        self.first = self.last = 0
        #: Windows shown before, least recently shown first: (first, last) → (document, starts).
        self._windows: OrderedDict[tuple[int, int], tuple[QTextDocument, list[int]]] = OrderedDict()
        if not self.windowed:
            self._render(0, len(blocks))

    @property
    def block_count(self) -> int:
        return len(self.source.edition.blocks)

    def block_index(self, edition_offset: int) -> int:
        """The edition block that holds (or, in a gap, precedes) an offset."""
        return max(bisect.bisect_right(self._block_starts, edition_offset) - 1, 0)

    def covers(self, start: int, end: int | None = None) -> bool:
        """True if the blocks showing ``start..end`` are all in the document."""
        last = self.block_index(start if end is None else max(start, end - 1))
        return self.last > self.first and self.first <= self.block_index(start) and last < self.last

    def window_around(self, start: int, end: int | None = None, ahead: int = 0) -> tuple[int, int]:
        """The blocks to render so that ``window_chars`` surround the span ``start..end``.

        ``ahead`` > 0 puts three quarters of them after the span (the reader scrolls
        down), < 0 before it (up), so the window moves less often.
        """
        blocks = self.source.edition.blocks
        before = after = self.window_chars
        if ahead:
            before, after = (self.window_chars // 2, self.window_chars * 3 // 2)[:: 1 if ahead > 0 else -1]
        first = self.block_index(start)
        last = self.block_index(start if end is None else max(start, end - 1)) + 1
        while first > 0 and blocks[self.block_index(start)].start - blocks[first].start < before:
            first -= 1
        reach = blocks[last - 1].end
        while last < len(blocks) and blocks[last - 1].end - reach < after:
            last += 1
        return first, last

    def render_around(self, start: int, end: int | None = None, ahead: int = 0) -> bool:
        """Make the document show the window around a span; True if ``document`` changed.

        The last few windows are kept, laid out: going back to a passage read a moment
        ago (Alt+Left, previous citation) shows its window again without rendering it.
        """
        if not self.windowed:
            return False
        first, last = self.window_around(start, end, ahead)
        if (first, last) == (self.first, self.last):
            return False
        if self.last > self.first:
            self._windows[(self.first, self.last)] = (self.document, self._starts)
        kept = self._windows.pop((first, last), None)
        if kept is not None:
            font = self.document.defaultFont()
            self.document, self._starts = kept
            self.first, self.last = first, last
            if self.document.defaultFont() != font:  # the app zoomed meanwhile
                self.document.setDefaultFont(font)
        else:
            self._render(first, last)
        while len(self._windows) > KEPT_WINDOWS:
            _, (stale, _starts) = self._windows.popitem(last=False)
            stale.deleteLater()
        return True

    def _new_document(self) -> QTextDocument:
        document = QTextDocument(self)
        document.setUndoRedoEnabled(False)
        document.setDocumentMargin(18)
        return document

    def _render(self, first: int, last: int) -> None:
        if self.last > self.first:
            # A new document rather than clearing the shown one (kept by ``render_around``):
            # a document no view shows yet is not laid out again after every insertion.
            previous, self.document = self.document, self._new_document()
            self.document.setDefaultFont(previous.defaultFont())
        self._starts = []
        self.first, self.last = first, last
        palette = self._palette
        cursor = QTextCursor(self.document)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        box_border = palette.color(QPalette.ColorRole.Mid)
        box_background = palette.color(QPalette.ColorRole.AlternateBase)
        language = self.source.metadata.language
        fresh = True  # the cursor stands in an empty block it can use
        for block in self.source.edition.blocks[first:last]:
            kind = block.kind
            boxed = kind in _BOXED
            if boxed:
                if not fresh:
                    cursor.insertBlock()
                frame = QTextFrameFormat()
                frame.setBorder(1)
                frame.setBorderBrush(QBrush(box_border))
                frame.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
                frame.setPadding(8)
                frame.setMargin(0)
                frame.setTopMargin(6)
                frame.setBottomMargin(10)
                if kind in ("pullquote", "caption"):
                    frame.setLeftMargin(28)
                    frame.setRightMargin(28)
                frame.setBackground(QBrush(box_background))
                cursor.insertFrame(frame)
            elif not fresh:
                cursor.insertBlock()
            cursor.setBlockFormat(self._block_format(kind))
            label = _label(kind, block, language)
            if label:
                label_format = QTextCharFormat()
                label_format.setFontWeight(QFont.Weight.Bold)
                label_format.setForeground(QBrush(muted))
                label_format.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
                cursor.insertText(label, label_format)
                if boxed:
                    cursor.insertBlock(self._block_format(kind))
                else:
                    cursor.insertText("  ", label_format)
            self._starts.append(cursor.position())
            cursor.insertText(block.text, self._char_format(kind, muted))
            if boxed:
                cursor.movePosition(QTextCursor.MoveOperation.End)  # out of the frame
                fresh = True
            else:
                fresh = False

    @staticmethod
    def _block_format(kind: str) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        if kind in ("title", "heading", "subtitle", "subheading"):
            fmt.setTopMargin(16 if kind == "heading" else 8)
            fmt.setBottomMargin(6)
            fmt.setHeadingLevel({"title": 1, "subtitle": 2, "heading": 2, "subheading": 3}[kind])
        elif kind == "footnote":
            fmt.setLeftMargin(32)
            fmt.setBottomMargin(4)
        elif kind == "list-item":
            fmt.setLeftMargin(24)
            fmt.setBottomMargin(4)
        elif kind == "signature":
            fmt.setAlignment(Qt.AlignmentFlag.AlignRight)
            fmt.setBottomMargin(8)
        else:
            fmt.setBottomMargin(10)
        return fmt

    @staticmethod
    def _char_format(kind: str, muted: QColor) -> QTextCharFormat:
        fmt = QTextCharFormat()
        if kind in _SIZES:
            fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, _SIZES[kind])
        elif kind in _SMALL:
            fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
        if kind in ("title", "heading", "subheading", "subtitle"):
            fmt.setFontWeight(QFont.Weight.Bold)
        if kind in ("byline", "lede", "pullquote", "caption", "subtitle"):
            fmt.setFontItalic(True)
        if kind == "meta":
            fmt.setForeground(QBrush(muted))
        return fmt

    # -- offset maps ---------------------------------------------------------------------------
    def position(self, edition_offset: int) -> int:
        """Document position showing an edition offset (gaps between blocks snap forward).

        Outside a window: its first or last position, whichever is nearer.
        """
        if self.last <= self.first:
            return 0
        blocks = self.source.edition.blocks
        at = self.block_index(edition_offset)
        if at < self.first:
            return self._starts[0]
        if at >= self.last:
            return self.document.characterCount() - 1
        block = blocks[at]
        if edition_offset > block.end and at + 1 < self.last:
            return self._starts[at + 1 - self.first]
        local = max(0, min(edition_offset, block.end) - block.start)
        return self._starts[at - self.first] + self._offsets[at].to_qt(local)

    def spans(self, start: int, end: int) -> list[tuple[int, int]]:
        """Document ranges showing the edition span ``start..end``, one per block it touches.

        Only blocks in the document count: in a window, a span is cut to the window.
        """
        ranges = []
        blocks = self.source.edition.blocks
        for index in range(max(self.first, self.block_index(start)), self.last):
            block = blocks[index]
            if block.end <= start:
                continue
            if block.start >= end:
                break
            a, b = max(start, block.start) - block.start, min(end, block.end) - block.start
            qt, at = self._offsets[index], self._starts[index - self.first]
            ranges.append((at + qt.to_qt(a), at + qt.to_qt(b)))
        return ranges

    def edition_offset(self, position: int) -> int:
        """Edition offset at a document position (labels snap to their block's start)."""
        if not self._starts:
            return 0
        at = max(bisect.bisect_right(self._starts, position) - 1, 0)
        index = self.first + at
        block = self.source.edition.blocks[index]
        if position < self._starts[at]:
            return block.start
        local = self._offsets[index].to_python(position - self._starts[at])
        return min(block.start + local, block.end)


class RenderedOriginal(QObject):
    """The original text, as received, for a ``QPlainTextEdit``."""

    def __init__(self, source: SourceDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.document = QTextDocument(self)
        self.document.setDocumentLayout(QPlainTextDocumentLayout(self.document))
        self.document.setUndoRedoEnabled(False)
        self.document.setPlainText(source.original)
        self._offsets = QtOffsets(source.original)

    def spans(self, start: int, end: int) -> list[tuple[int, int]]:
        return [(self._offsets.to_qt(start), self._offsets.to_qt(end))] if end > start else []

    def position(self, index: int) -> int:
        return self._offsets.to_qt(index)

    def index(self, position: int) -> int:
        return self._offsets.to_python(position)
