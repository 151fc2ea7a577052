"""The search panel: type (accents optional), see hits grouped by scenario and by source.

Searching runs on the GUI thread: the index answers in a few milliseconds
because it marks matched words only for the rows it returns (see
``explorer.core.search``); typing is debounced so a fast typist triggers one
search, not one per key. The index itself is built off the GUI thread by the
main window, which hands it over with ``set_index``.
"""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from explorer.core.search import SearchIndex, SearchResults, Snippet
from explorer.ui.i18n import FollowsLanguage
from explorer.ui.plain_text import arg
from explorer.ui.safe_documents import SafeTextDocument
from explorer.ui.search_model import HTML_ROLE, SearchResultsModel
from explorer.ui.theme import THEME_EVENTS, Appearance, ThemeColours

_DEBOUNCE_MS = 150
_LIMIT = 40


def snippet_html(snippet: Snippet, colours: ThemeColours) -> str:
    """A snippet as escaped HTML, matched words bold on the passage colour (not colour alone)."""
    style = f"background-color: {colours.passage_background.name()}; color: {colours.passage_text.name()}"
    parts, cursor = [], 0
    for start, end in snippet.marks:
        parts.append(html.escape(snippet.text[cursor:start]))
        parts.append(f"<b style='{style}'>{html.escape(snippet.text[start:end])}</b>")
        cursor = end
    parts.append(html.escape(snippet.text[cursor:]))
    return "".join(parts)


class HtmlDelegate(QStyledItemDelegate):
    """Paints rows whose model gives ``HTML_ROLE`` as rich text, wrapped to the column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Laying out rich text is the costly part of showing results, and the view
        # asks for size hints often: keep each row's document for its width.
        self._documents: dict[tuple[str, int, str], QTextDocument] = {}

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        text = str(index.data(HTML_ROLE))
        width = self._width(option, index)
        key = (text, width, option.font.key())
        document = self._documents.get(key)
        if document is None:
            if len(self._documents) > 2000:
                self._documents.clear()
            document = SafeTextDocument(self)
            document.setDocumentMargin(2)
            document.setDefaultFont(option.font)
            document.setHtml(text)
            document.setTextWidth(width)
            self._documents[key] = document
        return document

    @staticmethod
    def _width(option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> int:
        """The text width of a row: the same in ``sizeHint`` and ``paint``, so heights fit."""
        view = option.widget
        if not isinstance(view, QTreeView):
            return max(80, option.rect.width())
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        return max(80, view.viewport().width() - view.indentation() * (depth + 1) - 8)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if index.data(HTML_ROLE) is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
            rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        else:
            rect = QRect(opt.rect)
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(rect.translated(-rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        if index.data(HTML_ROLE) is None:
            return super().sizeHint(option, index)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 2)


class SearchPanel(FollowsLanguage, QWidget):
    scenarioActivated = Signal(str)
    passageActivated = Signal(str, int, int)  # source id, edition start, edition end

    def __init__(self, parent: QWidget | None = None, *, appearance: Appearance) -> None:
        super().__init__(parent)
        self._appearance = appearance  # matched words are marked in its passage colours
        self._index: SearchIndex | None = None
        self.query = QLineEdit(self)
        self.query.setClearButtonEnabled(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.model = SearchResultsModel(lambda snippet: snippet_html(snippet, appearance.colours()), self)
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(False)
        self.view.setWordWrap(True)
        self.view.setItemDelegate(HtmlDelegate(self.view))
        self.view.setExpandsOnDoubleClick(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.query)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.query)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _: self._timer.start())
        self.query.installEventFilter(self)
        self.view.viewport().installEventFilter(self)
        self.view.activated.connect(self._activate)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The panel's words, and the results' headings and tips, in the language of the moment:
        at start (no results yet) and on a language change."""
        self.query.setPlaceholderText(self.tr("Search scenarios and sources (accents optional)"))
        self.query.setAccessibleName(self.tr("Search query"))
        self.status.setAccessibleName(self.tr("Search status"))
        self.view.setAccessibleName(self.tr("Search results"))
        self._show_status(self.model.results)
        if self.model.results is not None:
            self._redraw_results()

    # -- public API ------------------------------------------------------------------------------
    def set_index(self, index: SearchIndex) -> None:
        self._index = index
        self.run_search()

    def focus_query(self) -> None:
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    def results(self) -> SearchResults | None:
        return self.model.results

    def run_search(self) -> None:
        """Search now for what is typed (the debounce timer calls this)."""
        self._timer.stop()
        text = self.query.text()
        results = self._index.search(text, limit=_LIMIT) if self._index is not None and text.strip() else None
        self.model.set_results(results)
        self.view.expandAll()
        self._show_status(results)

    # -- internals -------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in THEME_EVENTS and self.model.results is not None:
            self._redraw_results()

    def _redraw_results(self) -> None:
        """The same results in the new theme's colours or words, with the reader's place in them kept."""
        path: list[int] = []
        index = self.view.currentIndex()
        while index.isValid():
            path.insert(0, index.row())
            index = index.parent()
        self.model.set_results(self.model.results)
        self.view.expandAll()
        index = QModelIndex()
        for row in path:
            index = self.model.index(row, 0, index)
        if index.isValid():
            self.view.setCurrentIndex(index)

    def _show_status(self, results: SearchResults | None) -> None:
        if self._index is None:
            self.status.setText(self.tr("Preparing the search index…"))
        elif not self.query.text().strip():
            self.status.setText(self.tr("Type a word in English, Dutch or French; accents are optional."))
        elif results is None or not results:
            self.status.setText(self.tr("No matches."))
        else:
            passages = sum(len(g.hits) for g in results.sources)
            parts = []
            if results.scenarios:
                parts.append(self.tr("%n scenarios", "", len(results.scenarios)))
            if passages:
                in_sources = self.tr("in %n sources", "", len(results.sources))
                parts.append(arg(self.tr("%n passages %1", "", passages), in_sources))
            text = arg(self.tr("Found: %1."), "; ".join(parts))
            if results.truncated:
                shown = self.tr(
                    "Showing %1 of %n matches; add a word to narrow.",
                    "",
                    results.scenario_total + results.source_total,
                )
                text += " " + arg(shown, results.count)
            self.status.setText(text)

    def _activate(self, index: QModelIndex) -> None:
        target = self.model.target(index)
        if target is None:  # a section heading: open or close it
            self.view.setExpanded(index, not self.view.isExpanded(index))
        elif isinstance(target, str):
            self.scenarioActivated.emit(target)
        else:
            self.passageActivated.emit(*target)

    def first_hit(self) -> QModelIndex:
        """The first result row that opens something."""
        for section in range(self.model.rowCount()):
            heading = self.model.index(section, 0)
            if self.model.rowCount(heading):
                return self.model.index(0, 0, heading)
        return QModelIndex()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down, Enter or Return in the query box: search now and go to the first hit."""
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            # Wrapped rows change height with the width (also when a scroll bar comes or goes).
            self.view.doItemsLayout()
            return False
        keys = (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        pressed = isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
        if watched is self.query and pressed and isinstance(event, QKeyEvent) and event.key() in keys:
            if self._timer.isActive() or event.key() != Qt.Key.Key_Down:
                self.run_search()
            first = self.first_hit()
            if first.isValid():
                self.view.setCurrentIndex(first)
                self.view.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)
