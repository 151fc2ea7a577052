"""Search results as a tree: "Scenarios" / "Sources" → scenario or source → hits."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from explorer.core.search import ScenarioHit, SearchResults, Snippet, SourceHit

HTML_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
#: What a row opens: a scenario id, a (source id, start, end) passage, or nothing.
Target = str | tuple[str, int, int] | None

_KINDS = {
    "paragraph": QT_TRANSLATE_NOOP("SearchResultsModel", "Paragraph"),
    "heading": QT_TRANSLATE_NOOP("SearchResultsModel", "Heading"),
    "subheading": QT_TRANSLATE_NOOP("SearchResultsModel", "Heading"),
    "title": QT_TRANSLATE_NOOP("SearchResultsModel", "Title"),
    "subtitle": QT_TRANSLATE_NOOP("SearchResultsModel", "Subtitle"),
    "footnote": QT_TRANSLATE_NOOP("SearchResultsModel", "Footnote"),
    "caption": QT_TRANSLATE_NOOP("SearchResultsModel", "Caption"),
    "pullquote": QT_TRANSLATE_NOOP("SearchResultsModel", "Pull quote"),
    "abstract": QT_TRANSLATE_NOOP("SearchResultsModel", "Abstract"),
    "list-item": QT_TRANSLATE_NOOP("SearchResultsModel", "List item"),
    "lede": QT_TRANSLATE_NOOP("SearchResultsModel", "Introduction"),
    "meta": QT_TRANSLATE_NOOP("SearchResultsModel", "Details"),
    "byline": QT_TRANSLATE_NOOP("SearchResultsModel", "Byline"),
    "author-note": QT_TRANSLATE_NOOP("SearchResultsModel", "About the author"),
    "signature": QT_TRANSLATE_NOOP("SearchResultsModel", "Signature"),
    "quote": QT_TRANSLATE_NOOP("SearchResultsModel", "Quotation"),
}


@dataclass(eq=False)
class _Node:
    text: str
    html: str | None = None
    target: Target = None
    tooltip: str = ""
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)

    def add(self, child: _Node) -> _Node:
        child.parent = self
        self.children.append(child)
        return child

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class SearchResultsModel(QAbstractItemModel):
    def __init__(self, snippet_html: Callable[[Snippet], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._snippet_html = snippet_html
        self._root = _Node("")
        self.results: SearchResults | None = None

    def set_results(self, results: SearchResults | None) -> None:
        self.beginResetModel()
        self.results = results
        self._root = _Node("")
        if results is not None:
            self._build(results)
        self.endResetModel()

    def _build(self, results: SearchResults) -> None:
        if results.scenarios:
            section = self._root.add(self._section(self.tr("Scenarios"), len(results.scenarios)))
            for group in results.scenarios:
                node = section.add(
                    _Node(group.title, f"<b>{html.escape(group.title)}</b>", group.scenario_id)
                )
                for hit in group.hits:
                    node.add(self._scenario_hit(hit))
        if results.sources:
            section = self._root.add(self._section(self.tr("Sources"), len(results.sources)))
            for source in results.sources:
                first = source.hits[0]
                passages = self.tr("%n passages", "", len(source.hits))
                label = f"{source.label} — {passages}"
                target = (first.source_id, first.match_start, first.match_end)
                node = section.add(_Node(label, f"<b>{html.escape(source.label)}</b> — {passages}", target))
                for source_hit in source.hits:
                    node.add(self._source_hit(source_hit))

    @staticmethod
    def _section(title: str, count: int) -> _Node:
        return _Node(f"{title} ({count})", f"<b>{html.escape(title)}</b> ({count})")

    def _scenario_hit(self, hit: ScenarioHit) -> _Node:
        where = html.escape(hit.field)
        tip = self.tr("Enter opens the scenario")
        return _Node(
            f"{hit.field}: {hit.snippet.text}",
            f"<i>{where}</i>: {self._snippet_html(hit.snippet)}",
            hit.scenario_id,
            tip,
        )

    def _source_hit(self, hit: SourceHit) -> _Node:
        kind = self.tr(str(_KINDS.get(hit.block_kind, hit.block_kind.capitalize())))
        tip = self.tr("Enter opens the passage, highlighted")
        return _Node(
            f"{kind}: {hit.snippet.text}",
            f"<i>{html.escape(kind)}</i>: {self._snippet_html(hit.snippet)}",
            (hit.source_id, hit.match_start, hit.match_end),
            tip,
        )

    def _node(self, index: _Index) -> _Node:
        node = index.internalPointer() if index.isValid() else None
        return node if isinstance(node, _Node) else self._root

    def target(self, index: _Index) -> Target:
        return self._node(index).target if index.isValid() else None

    # -- QAbstractItemModel ----------------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self._node(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row(), 0, parent)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(self._node(parent).children) if parent.column() <= 0 else 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        node = self._node(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return node.text
        if role == HTML_ROLE:
            return node.html
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.tooltip or None
        return None
