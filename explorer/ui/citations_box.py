"""The passages the reader cites in an entry: quote, source, translation; show or remove them.

Passages arrive from the source viewer's selection (``ReflectionPanel.add_citation``);
here the reader reads them back, adds an English translation where the pack has none,
opens them in the source viewer, or removes them.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from explorer.core.evidence.corpus import Corpus
from explorer.core.reflection.journal import ReaderCitation
from explorer.ui import vocabulary
from explorer.ui.i18n import FollowsLanguage
from explorer.ui.plain_text import tooltip

_Index = QModelIndex | QPersistentModelIndex


class CitationsModel(QAbstractListModel):
    """The passages the reader cites in this entry: quote, source, translation."""

    def __init__(self, corpus: Corpus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._corpus = corpus
        self._citations: list[ReaderCitation] = []

    def set_citations(self, citations: list[ReaderCitation]) -> None:
        self.beginResetModel()
        self._citations = list(citations)
        self.endResetModel()

    def citation(self, row: int) -> ReaderCitation:
        return self._citations[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._citations)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        citation = self._citations[index.row()]
        source = citation.source
        label = self._corpus[source].metadata.label if source in self._corpus else source
        if role == Qt.ItemDataRole.DisplayRole:
            quote = citation.quote if len(citation.quote) <= 160 else citation.quote[:159] + "…"
            text = f"“{quote}”\n— {label}"
            if citation.gloss:
                text += "\n" + vocabulary.gloss_line(citation.gloss)
            return text
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = f"“{citation.quote}” — {label}"
            if citation.gloss:
                text += "\n" + vocabulary.gloss_line(citation.gloss)
            return tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        return None


class CitationsBox(FollowsLanguage, QWidget):
    """The list of cited passages with a translation field and Show / Remove buttons.

    It edits the entry's own list of citations in place and says so with ``changed``.
    """

    changed = Signal()
    passageRequested = Signal(str, int, int)  # source id, edition start, edition end

    def __init__(self, corpus: Corpus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._citations: list[ReaderCitation] = []
        self.model = CitationsModel(corpus, self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.gloss = QLineEdit(self)
        self.show_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        form = QFormLayout()
        self.gloss_caption = QLabel(self)
        self.gloss_caption.setBuddy(self.gloss)
        form.addRow(self.gloss_caption, self.gloss)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.view)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.view.selectionModel().currentChanged.connect(self._selected)
        self.view.activated.connect(lambda _index: self.show_selected())
        self.gloss.textEdited.connect(self._gloss_edited)
        self.show_button.clicked.connect(self.show_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self._selected(QModelIndex(), QModelIndex())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The box's words in the language of the moment: at start and on a language change."""
        self.view.setAccessibleName(self.tr("Passages you cite"))
        self.gloss.setAccessibleName(self.tr("Your translation of the selected passage"))
        hint = self.tr("Optional; marked as a translation in exports")
        self.gloss.setPlaceholderText(hint)
        # In French the hint is wider than the field, which shortens it with "…": whole here.
        self.gloss.setToolTip(hint)
        self.gloss.setAccessibleDescription(hint)
        self.show_button.setText(self.tr("Sho&w in source"))
        self.remove_button.setText(self.tr("Re&move"))
        self.show_button.setAccessibleName(self.tr("Show the selected passage in the source"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected passage"))
        self.hint.setText(
            self.tr("Select text in the source viewer and choose “Cite in my rationale” (Ctrl+Shift+R).")
        )
        self.gloss_caption.setText(self.tr("Translat&ion:"))

    def set_citations(self, citations: list[ReaderCitation], current: int = -1) -> None:
        """Show (and edit in place) this list of citations, selecting row ``current``."""
        self._citations = citations
        self.model.set_citations(citations)
        if 0 <= current < len(citations):
            self.view.setCurrentIndex(self.model.index(current))
        else:
            self._selected(QModelIndex(), QModelIndex())

    def set_read_only(self, read_only: bool) -> None:
        self.gloss.setReadOnly(read_only)
        self.remove_button.setVisible(not read_only)

    def selected(self) -> ReaderCitation | None:
        index = self.view.currentIndex()
        return self.model.citation(index.row()) if index.isValid() else None

    def show_selected(self) -> None:
        citation = self.selected()
        if citation is not None and citation.span is not None:
            self.passageRequested.emit(
                citation.source, citation.span.edition_start, citation.span.edition_end
            )

    def remove_selected(self) -> None:
        citation = self.selected()
        if citation is not None and not self.gloss.isReadOnly():
            row = self._citations.index(citation)
            self._citations.remove(citation)
            self.set_citations(self._citations, min(row, len(self._citations) - 1))
            self.changed.emit()

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        citation = self.model.citation(current.row()) if current.isValid() else None
        self.gloss.setText(citation.gloss if citation else "")
        self.gloss.setEnabled(citation is not None)
        self.show_button.setEnabled(citation is not None)
        self.remove_button.setEnabled(citation is not None)

    def _gloss_edited(self, text: str) -> None:
        citation = self.selected()
        if citation is not None:
            citation.gloss = text
            index = self.view.currentIndex()
            self.model.dataChanged.emit(index, index)
            self.changed.emit()
