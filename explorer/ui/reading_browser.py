"""The scenario's page: a text browser that keeps a readable measure and a place in the text.

Lines are kept to a readable length, centred, at any zoom (``explorer.ui.reading_measure``).
The browser never asks for less than ``MIN_MEASURE`` characters a line (the workspace
stacks the source over the scenario rather than crush it), and it can hold a place in the
text (a position, not a pixel offset) across the reflows that follow a resize, a zoom or a
panel opening: the position at the top when going back, or a clicked citation kept in view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QSize, QTimer, QUrl, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QTextCursor, QWheelEvent
from PySide6.QtWidgets import QStyle, QWidget

from explorer.ui.reading_measure import MIN_MEASURE, set_side_margin, side_margin
from explorer.ui.safe_documents import SafeTextBrowser


class ReadingBrowser(SafeTextBrowser):
    """A text browser that keeps lines to a readable length, centred, at any zoom (and loads nothing)."""

    #: Tab moved the keyboard onto a link (Qt only reports mouse hovering).
    linkFocused = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A window being laid out resizes its views several times; fit once it settles
        # (every fit that changes the margins lays the whole page out again).
        self._fit_later = QTimer(self)
        self._fit_later.setSingleShot(True)
        self._fit_later.setInterval(0)
        self._fit_later.timeout.connect(self.fit_measure)
        #: (document position, centred?) to keep in view through reflows; None: leave the scroll alone.
        self._pinned: tuple[int, bool] | None = None
        self.verticalScrollBar().sliderPressed.connect(self.unpin)

    def minimumSizeHint(self) -> QSize:
        base = super().minimumSizeHint()
        style = self.style()
        bar = style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) if style else 16
        margin = int(self.document().documentMargin()) * 2 + self.frameWidth() * 2
        width = self.fontMetrics().averageCharWidth() * MIN_MEASURE + bar + margin
        return QSize(max(base.width(), width), base.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_later.start()

    def fit_measure(self) -> None:
        set_side_margin(self.document(), side_margin(self))
        if self._pinned is not None:
            self._scroll(*self._pinned)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_measure()

    def focusNextPrevChild(self, next: bool) -> bool:
        moved = super().focusNextPrevChild(next)
        cursor = self.textCursor()
        if moved and cursor.hasSelection() and cursor.charFormat().isAnchor():
            self.linkFocused.emit(QUrl(cursor.charFormat().anchorHref()))
        return moved

    # -- a place in the text -----------------------------------------------------------------------
    def top_position(self) -> int:
        """The document position shown at the top of the view."""
        return self.cursorForPosition(QPoint(self.viewport().width() // 2, 1)).position()

    def pin(self, position: int, centred: bool = False) -> None:
        """Show ``position`` (at the top, or centred if it is out of view) and keep it through reflows."""
        self._pinned = (position, centred)
        self._scroll(position, centred)

    def unpin(self) -> None:
        self._pinned = None

    def anchor_position(self, href: str) -> int | None:
        """Where the first link to ``href`` starts in the page, if there is one."""
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.charFormat().anchorHref() == href:
                    return fragment.position()
                it += 1
            block = block.next()
        return None

    def _scroll(self, position: int, centred: bool) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(max(0, min(position, self.document().characterCount() - 1)))
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        if not centred:
            bar.setValue(bar.value() + rect.top())
        elif rect.top() < 0 or rect.bottom() > self.viewport().height():  # only if out of view
            bar.setValue(bar.value() + rect.center().y() - self.viewport().height() // 2)

    # The reader moving through the page takes over from a pinned place.
    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        # The mouse left the page: no link is hovered any more, so its preview goes.
        self.highlighted.emit(QUrl())

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.unpin()
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.unpin()
        super().keyPressEvent(event)
