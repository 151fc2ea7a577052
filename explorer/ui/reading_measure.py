"""The reading measure: how long a line of the scenario's page may be, kept by side margins.

The page (``ReadingBrowser``) keeps its lines to ``MEASURE`` average characters, centred, at
any width and zoom. A module of its own, importing only the text classes, because the kept
first screen (``first_screen``) lays its page out the same way before the first paint, when
the browser's own module (and the style classes it needs) can wait.
"""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextEdit

MEASURE = 110  # average characters a line
MIN_MEASURE = 45  # the fewest characters a line that still reads as prose


def side_margin(view: QTextEdit) -> int:
    """The left and right margin that keeps ``view``'s lines to the measure at its width and font."""
    widest = view.fontMetrics().averageCharWidth() * MEASURE
    return max(0, (view.viewport().width() - widest) // 2)


def set_side_margin(document: QTextDocument, side: int) -> None:
    """Give ``document``'s page both side margins (unless it has them: a change lays it out again)."""
    root = document.rootFrame()
    frame = root.frameFormat()
    if frame.leftMargin() != side or frame.rightMargin() != side:
        frame.setLeftMargin(side)
        frame.setRightMargin(side)
        root.setFrameFormat(frame)
