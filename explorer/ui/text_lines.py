"""Words wrapped into a few lines of a given width, the last one elided if the text is longer.

For text a widget paints itself (the library's rows, the results chart's choice labels):
a fixed number of lines keeps the layout steady, and an ellipsis shows where words were
left out instead of cutting a line in half.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics


def wrap_lines(text: str, metrics: QFontMetrics, width: int, max_lines: int) -> list[str]:
    """Greedy word wrap into at most ``max_lines`` lines, the last one elided if needed."""
    lines: list[str] = []
    current = ""
    words = text.split()
    for at, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if metrics.horizontalAdvance(candidate) <= width or not current:
            current = candidate
            continue
        if len(lines) == max_lines - 1:
            rest = " ".join([current, *words[at:]])
            return [*lines, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]
        # A word wider than the line on its own (a Dutch compound in a narrow column) is shortened
        # with "…" rather than drawn past both edges.
        lines.append(metrics.elidedText(current, Qt.TextElideMode.ElideRight, width))
        current = word
    if current:
        lines.append(metrics.elidedText(current, Qt.TextElideMode.ElideRight, width))
    return lines
