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
app exports in the background.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QRectF, QSaveFile, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from explorer.ui.tasks import Task, run_task

RESOLUTION = 300  # dots per inch of the PDF
MARGIN_MM = 18
FOOTER_MM = 8  # of the bottom margin, given to the footer line
BODY_POINT_SIZE = 10.0


class PdfExportError(OSError):
    """The PDF could not be written; the message is for a person."""


def _screen_dpi() -> float:
    screen = QGuiApplication.primaryScreen()
    return screen.logicalDotsPerInchY() if screen is not None else 96.0


def write_pdf(html: str, path: Path, title: str = "") -> Path:
    """Lay ``html`` out on A4 pages and write it to ``path`` atomically; returns ``path``."""
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

    document = QTextDocument()
    font = QFont()
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(BODY_POINT_SIZE)  # of the printed page: the app's zoom does not apply
    document.setDefaultFont(font)
    document.setHtml(html)
    document.setPageSize(QSizeF(width, height - footer))
    pages = document.pageCount()

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
    finally:
        painter.end()
    if not target.commit():
        raise PdfExportError(f"{path} could not be written: {target.errorString()}")
    return path


def export_pdf(
    html: str,
    path: Path,
    title: str = "",
    on_done: Callable[[Path], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    parent: QObject | None = None,
) -> Task:
    """Write the PDF in the thread pool; the callbacks run on the GUI thread."""
    return run_task(
        write_pdf, html, path, title, name="export-pdf", on_result=on_done, on_error=on_error, parent=parent
    )
