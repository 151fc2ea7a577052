"""The HTML report as a PDF: ``QTextDocument`` laid out on A4 pages, painted on a ``QPdfWriter``.

The document is laid out at the screen's logical resolution, so the report's CSS
lengths (``px``) mean what they mean in a browser, and each page is scaled onto
the 300 dpi PDF with a footer: the title and "page n of N".

``write_pdf`` creates, uses and drops its ``QTextDocument`` in the calling thread
(a text document must stay in one thread), so the same function runs on the GUI
thread or in the thread pool; ``export_pdf`` runs it in the pool through
``explorer.ui.tasks``. The file is written through ``QSaveFile``: a failed export
never leaves half a PDF where a good one was.

Measured (offscreen, development machine, median of 5, machine shared with other
test runs): one entry 0.02–0.03 s; a journal with an entry for each of the bundled
pack's 17 stages (43 pages) 0.16–0.23 s on the calling thread, 0.24 s wall time through
the thread pool (first use loads fonts). A fifth of a second is a visible freeze, so the
app exports in the background, reporting each page done (``on_progress``).

Time linear in the text: ``QAbstractTextDocumentLayout.draw`` walks every line of each
block it paints, even with a clip, so one paragraph spanning hundreds of pages (a long
rationale typed without blank lines) was drawn once per page: quadratic, about five
minutes for 3 MB. ``_split_long_blocks`` cuts such blocks at their line breaks (or, in
a single endless line, at a space) into blocks of at most ``MAX_BLOCK_CHARS`` with no
margin between them, so they look the same and each page draws only its own lines.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QRectF, QSaveFile, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
    QTextTableCell,
)

from explorer.ui.safe_documents import SafeTextDocument
from explorer.ui.tasks import Task, run_task

RESOLUTION = 300  # dots per inch of the PDF
MARGIN_MM = 18
FOOTER_MM = 8  # of the bottom margin, given to the footer line
BODY_POINT_SIZE = 10.0
#: The longest block laid out as one: a few pages' worth at most (see the module's note).
MAX_BLOCK_CHARS = 4000
_LINE_SEPARATOR = "\u2028"  # what <br> becomes inside a QTextDocument block

#: Called after each page with (pages done, pages in all); from the thread that writes.
Progress = Callable[[int, int], None]


class PdfExportError(OSError):
    """The PDF could not be written; the message is for a person."""


def _screen_dpi() -> float:
    screen = QGuiApplication.primaryScreen()
    return screen.logicalDotsPerInchY() if screen is not None else 96.0


def _cuts(text: str, limit: int) -> list[int]:
    """Where to cut a block's text into pieces of at most about ``limit`` characters.

    A cut is at a line break inside the block if there is one in the second half of the
    piece, else at the last space; a piece with neither is cut where it is.
    """
    cuts, start = [], 0
    while len(text) - start > limit:
        end = start + limit
        at = text.rfind(_LINE_SEPARATOR, start + limit // 2, end)
        if at < 0:
            at = text.rfind(" ", start + limit // 2, end)
        if at < 0:
            at = end
        cuts.append(at)
        start = at + 1
    return cuts


def _split_long_blocks(document: QTextDocument, limit: int = MAX_BLOCK_CHARS) -> int:
    """Cut every block longer than ``limit`` into blocks that look the same; returns how many cuts.

    A block in a list is left whole (a new block there would be a new bullet).
    """
    long_blocks = []
    block = document.begin()
    while block.isValid():
        if block.length() > limit and block.textList() is None:
            long_blocks.append((block.position(), block.text()))
        block = block.next()
    document.setUndoRedoEnabled(False)  # an export edits its own copy: nothing to undo
    cursor = QTextCursor(document)
    made = 0
    for position, text in reversed(long_blocks):  # from the end: earlier positions stay valid
        cuts = _cuts(text, limit)
        for at in reversed(cuts):
            cursor.setPosition(position + at)
            if at < len(text) and text[at] in (_LINE_SEPARATOR, " "):
                cursor.deleteChar()  # the break or space becomes the block boundary
            cursor.insertBlock()
        made += len(cuts)
        # The pieces keep the paragraph's spacing only around the whole: none between them.
        first = document.findBlock(position)
        piece = first
        for index in range(len(cuts) + 1):
            block_format = piece.blockFormat()
            if index > 0:
                block_format.setTopMargin(0)
            if index < len(cuts):
                block_format.setBottomMargin(0)
            cursor.setPosition(piece.position())
            cursor.setBlockFormat(block_format)
            piece = piece.next()
    return made


def _tables(document: QTextDocument) -> list[QTextTable]:
    found, frames = [], [document.rootFrame()]
    while frames:
        frame = frames.pop(0)
        frames += frame.childFrames()
        if isinstance(frame, QTextTable):
            found.append(frame)
    return found


def _cell_blocks(cell: QTextTableCell) -> list[QTextBlock]:
    block, end = cell.firstCursorPosition().block(), cell.lastCursorPosition().block()
    blocks = [block]
    while block != end and block.isValid():
        block = block.next()
        blocks.append(block)
    return blocks


def _row_extent(document: QTextDocument, table: QTextTable, row: int) -> tuple[float, float]:
    layout = document.documentLayout()
    rects = [
        layout.blockBoundingRect(block)
        for column in range(table.columns())
        for block in _cell_blocks(table.cellAt(row, column))
    ]
    return min(r.top() for r in rects), max(r.bottom() for r in rects)


def _split_before(document: QTextDocument, table: QTextTable, row: int) -> QTextTable:
    """Move rows ``row``… of ``table`` into a new table that starts a page, under a copy of the header."""
    header = table.format().headerRowCount()
    moved_rows = [*range(header), *range(row, table.rows())]
    copied = []
    for source_row in moved_rows:
        cells = []
        for column in range(table.columns()):
            cell = table.cellAt(source_row, column)
            cursor = cell.firstCursorPosition()
            cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
            cells.append((cursor.selection(), cell.format()))
        copied.append(cells)
    table.removeRows(row, table.rows() - row)
    cursor = QTextCursor(document)
    cursor.setPosition(table.lastPosition() + 1)
    fmt = table.format()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    continued = cursor.insertTable(len(copied), table.columns(), fmt)
    for new_row, cells in enumerate(copied):
        for column, (fragment, cell_format) in enumerate(cells):
            cell = continued.cellAt(new_row, column)
            cell.setFormat(cell_format)
            cell.firstCursorPosition().insertFragment(fragment)
    return continued


def _keep_table_rows_whole(document: QTextDocument) -> None:
    """Keep every table row on one page: a row that would straddle two starts the next page.

    Qt's layout moves a row on only when none of its cells' first lines fit on the
    page; otherwise the cells' text flows over the page break and the row is cut
    in two. Such a table is split before the row, and the rest continues as a
    table of its own on the next page, under a copy of the header row (a table
    whose first row would straddle simply starts on the next page). Rows taller
    than half a page are left to flow.
    """
    page = document.pageSize().height()
    tables = _tables(document)
    while tables:
        # Qt lays a long document out in steps; measuring needs the whole layout done.
        document.pageCount()
        table = tables.pop(0)
        header = table.format().headerRowCount()
        for row in range(header, table.rows()):
            top, bottom = _row_extent(document, table, row)
            if int(top // page) == int((bottom - 1) // page) or bottom - top > page / 2:
                continue
            if row == header:
                fmt = table.format()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                table.setFormat(fmt)
                tables.insert(0, table)  # measured again where it now starts
            else:
                tables.insert(0, _split_before(document, table, row))
            break


def write_pdf(html: str, path: Path, title: str = "", on_progress: Progress | None = None) -> Path:
    """Lay ``html`` out on A4 pages and write it to ``path`` atomically; returns ``path``.

    ``on_progress`` is called after each page (from this thread) with (done, total).
    """
    target = QSaveFile(str(path))
    if not target.open(QSaveFile.OpenModeFlag.WriteOnly):
        raise PdfExportError(f"{path} cannot be written: {target.errorString()}")
    writer = QPdfWriter(target)
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("Peace-operations dilemma explorer")
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        margins,
        QPageLayout.Unit.Millimeter,
    )
    writer.setPageLayout(layout)

    # Lay out in screen pixels (what ``px`` and ``pt`` mean to QTextDocument), paint scaled.
    dpi = _screen_dpi()
    scale = RESOLUTION / dpi
    area = layout.paintRect(QPageLayout.Unit.Point)
    width, height = area.width() * dpi / 72, area.height() * dpi / 72
    footer = FOOTER_MM / 25.4 * dpi

    document = SafeTextDocument()  # a journal's HTML: nothing in it may load a file or URL
    font = QFont()
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(BODY_POINT_SIZE)  # of the printed page: the app's zoom does not apply
    document.setDefaultFont(font)
    document.setHtml(html)
    _split_long_blocks(document)  # before the layout: it is then done once
    document.setPageSize(QSizeF(width, height - footer))
    _keep_table_rows_whole(document)
    pages = document.pageCount()  # after the last change: lays the whole document out again

    footer_font = QFont(font)
    footer_font.setPointSizeF(BODY_POINT_SIZE * 0.8)
    painter = QPainter()
    if not painter.begin(writer):
        raise PdfExportError(f"{path} cannot be written (no PDF device)")
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.scale(scale, scale)
            top = page * (height - footer)
            painter.translate(0, -top)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, top, width, height - footer)
            painter.setClipRect(context.clip)
            document.documentLayout().draw(painter, context)
            painter.restore()

            # The footer in the PDF's own pixels: the painter sizes its font for that device.
            painter.setFont(footer_font)
            painter.setPen(QColor("#555b62"))
            line = QRectF(0, (height - footer * 0.7) * scale, width * scale, footer * 0.7 * scale)
            bottom = Qt.AlignmentFlag.AlignBottom
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | bottom, title)
            painter.drawText(line, Qt.AlignmentFlag.AlignRight | bottom, f"{page + 1} / {pages}")
            if on_progress is not None:
                on_progress(page + 1, pages)
    finally:
        painter.end()
    if not target.commit():
        raise PdfExportError(f"{path} could not be written: {target.errorString()}")
    return path


class PdfProgress(QObject):
    """Pages written so far, delivered on the GUI thread (the signal crosses threads queued)."""

    advanced = Signal(int, int)  # pages done, pages in all


def export_pdf(
    html: str,
    path: Path,
    title: str = "",
    on_done: Callable[[Path], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    parent: QObject | None = None,
    on_progress: Progress | None = None,
) -> Task:
    """Write the PDF in the thread pool; the callbacks (``on_progress`` after each page) run
    on the GUI thread. The task's ``progress`` attribute is the ``PdfProgress`` to connect to."""
    progress = PdfProgress()  # made here, on the GUI thread, so its signal is delivered here
    if on_progress is not None:
        progress.advanced.connect(on_progress)
    task = run_task(
        write_pdf,
        html,
        path,
        title,
        progress.advanced.emit,
        name="export-pdf",
        on_result=on_done,
        on_error=on_error,
        parent=parent,
    )
    progress.setParent(task)  # lives as long as the task
    task.progress = progress  # type: ignore[attr-defined]
    return task
