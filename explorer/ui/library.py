"""The library: every scenario of the pack, filterable by tag, source, length and text."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCollator,
    QModelIndex,
    QObject,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from explorer.ui.eliding_combo import ElidingComboBox
from explorer.ui.first_paint import known_viewport
from explorer.ui.flat_table import AnyIndex
from explorer.ui.i18n import FollowsLanguage
from explorer.ui.plain_text import arg, make_plain, tooltip
from explorer.ui.qt_compat import rows_filter_change
from explorer.ui.text_lines import wrap_lines

if TYPE_CHECKING:  # the first screen must not wait for the core's imports
    from explorer.core.evidence.corpus import Corpus
    from explorer.core.pack.model import Scenario
    from explorer.ui.first_screen import ScenarioRow


class Role(IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    DECISION_MAKER = Qt.ItemDataRole.UserRole + 2
    MINUTES = Qt.ItemDataRole.UserRole + 3
    TAGS = Qt.ItemDataRole.UserRole + 4
    SOURCES = Qt.ItemDataRole.UserRole + 5
    SEARCH_TEXT = Qt.ItemDataRole.UserRole + 6
    DETAIL = Qt.ItemDataRole.UserRole + 7


#: The roles ``ScenarioListModel.data`` answers. A view asks for a dozen roles a row each time it
#: paints (font, colours, decoration …): those get None at once, without a dozen enum comparisons,
#: which showed in the first paint of the library.
_ANSWERED = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        *Role,
    )
)


class ScenarioListModel(QAbstractListModel):
    """The pack's scenarios, one row each, in the library's order (``set_order``).

    The rows are sorted here, once, in Python. Sorted by the filter proxy instead, every
    comparison called ``data`` twice: showing a 10,000-scenario pack took 2 s, most of it that.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._in_pack: list[Scenario | ScenarioRow] = []
        self._scenarios: list[Scenario | ScenarioRow] = []  # as shown
        self._rows: dict[str, int] = {}  # scenario id → row
        self._path: dict[str, int] = {}
        self._order = ORDERS[0][0]

    def set_scenarios(
        self, scenarios: list[Scenario] | list[ScenarioRow], path: list[str] | None = None
    ) -> None:
        """The rows; ``path`` is their ids in path order (kept rows bring it: no core import)."""
        if path is None:
            from explorer.core.pack.path import path_order

            path = [s.id for s in path_order(scenarios)]  # type: ignore[arg-type]  # Scenarios here
        self.beginResetModel()
        self._in_pack = list(scenarios)
        self._path = {scenario_id: place for place, scenario_id in enumerate(path)}
        self._arrange()
        self.endResetModel()

    def set_order(self, key: str) -> None:
        """Show the rows in the order ``key`` names (``ORDERS``); selections stay on their rows."""
        if key != self._order:
            self._order = key
            self._rearrange()

    def retitle(self, scenarios: list[Scenario]) -> None:
        """The same scenarios in another language: texts change (and an order by title), rows and
        selection stay."""
        if sorted(s.id for s in scenarios) != sorted(s.id for s in self._in_pack):
            self.set_scenarios(scenarios)
            return
        self._in_pack = list(scenarios)
        self._rearrange()
        if self._scenarios:
            self.dataChanged.emit(self.index(0), self.index(len(self._scenarios) - 1))

    def _rearrange(self) -> None:
        self.layoutAboutToBeChanged.emit()
        before = [scenario.id for scenario in self._scenarios]
        self._arrange()
        moved = self.persistentIndexList()
        self.changePersistentIndexList(moved, [self.index(self._rows[before[i.row()]]) for i in moved])
        self.layoutChanged.emit()

    def _arrange(self) -> None:
        """Sort the pack's scenarios into the rows (a stable sort: ties keep the pack's order)."""
        order: Callable[[Scenario | ScenarioRow], Any] | None = None
        if self._order == "path":
            order = lambda scenario: self._path.get(scenario.id, len(self._path))  # noqa: E731
        elif self._order == "title":  # as people sort words: case and accents second
            collator = QCollator()
            collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            order = lambda scenario: collator.sortKey(scenario.title)  # noqa: E731
        elif self._order == "length":
            order = lambda scenario: scenario.minutes  # noqa: E731
        self._scenarios = sorted(self._in_pack, key=order) if order else list(self._in_pack)
        self._rows = {scenario.id: row for row, scenario in enumerate(self._scenarios)}

    def row_of(self, scenario_id: str) -> int:
        return self._rows.get(scenario_id, -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._scenarios)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in _ANSWERED or not index.isValid() or not 0 <= index.row() < len(self._scenarios):
            return None
        scenario = self._scenarios[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return scenario.title
        if role == Role.DETAIL:
            minutes = self.tr("%n min", "", scenario.minutes)
            return f"{minutes} · {scenario.decision_maker}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            minutes = self.tr("about %n minutes", "", scenario.minutes)
            text = f"{scenario.title}. {scenario.decision_maker}, {minutes}. {scenario.summary}"
            return tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        if role == Role.ID:
            return scenario.id
        if role == Role.DECISION_MAKER:
            return scenario.decision_maker
        if role == Role.MINUTES:
            return scenario.minutes
        if role == Role.TAGS:
            return list(scenario.tags)
        if role == Role.SOURCES:
            return sorted(scenario.cited_sources())
        if role == Role.SEARCH_TEXT:
            parts = [
                scenario.title,
                scenario.decision_maker,
                scenario.moment,
                scenario.summary,
                *scenario.tags,
            ]
            return " ".join(parts).casefold()
        return None


#: Orders of the library: (key, label); ``ScenarioListModel._arrange`` sorts by each.
ORDERS: tuple[tuple[str, object], ...] = (
    ("path", QT_TRANSLATE_NOOP("LibraryPanel", "Path for newcomers")),
    ("title", QT_TRANSLATE_NOOP("LibraryPanel", "Title")),
    ("length", QT_TRANSLATE_NOOP("LibraryPanel", "Length")),
    ("pack", QT_TRANSLATE_NOOP("LibraryPanel", "Pack order")),
)

#: Length filters: (label, shortest, longest) in minutes.
ANY_LENGTH = (0, 10_000)
DURATIONS: tuple[tuple[object, int, int], ...] = (  # object: what QT_TRANSLATE_NOOP is typed to return
    (QT_TRANSLATE_NOOP("LibraryPanel", "Any length"), *ANY_LENGTH),
    (QT_TRANSLATE_NOOP("LibraryPanel", "Up to 20 minutes"), 0, 20),
    (QT_TRANSLATE_NOOP("LibraryPanel", "Up to 45 minutes"), 0, 45),
    (QT_TRANSLATE_NOOP("LibraryPanel", "Up to 90 minutes"), 0, 90),
    (QT_TRANSLATE_NOOP("LibraryPanel", "Longer than 90 minutes"), 91, 10_000),
)


class ScenarioFilter(QSortFilterProxyModel):
    """Keeps the scenarios that match every active filter (the model has them in order)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._tag = ""
        self._source = ""
        self._minutes = ANY_LENGTH

    def _refilter(self, name: str, value: object) -> None:
        """Set one filter and filter again, unless it is so already (a pass asks every row)."""
        if getattr(self, name) == value:
            return
        with rows_filter_change(self):
            setattr(self, name, value)

    def set_text(self, text: str) -> None:
        self._refilter("_words", text.casefold().split())

    def set_tag(self, tag: str) -> None:
        self._refilter("_tag", tag)

    def set_source(self, source_id: str) -> None:
        self._refilter("_source", source_id)

    def set_minutes(self, shortest: int, longest: int) -> None:
        self._refilter("_minutes", (shortest, longest))

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not (self._tag or self._source or self._words) and self._minutes == ANY_LENGTH:
            return True  # nothing filtered: no row's data asked for
        index = self.sourceModel().index(source_row, 0, source_parent)
        if self._tag and self._tag not in index.data(Role.TAGS):
            return False
        if self._source and self._source not in index.data(Role.SOURCES):
            return False
        shortest, longest = self._minutes
        if not shortest <= index.data(Role.MINUTES) <= longest:
            return False
        text = index.data(Role.SEARCH_TEXT)
        return all(word in text for word in self._words)


class ScenarioDelegate(QStyledItemDelegate):
    """A row: the title in bold (up to two lines), then minutes and decision-maker."""

    PADDING = 6
    TITLE_LINES = 2

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        return title, QFont(option.font)

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        widget = option.widget
        width = widget.viewport().width() if isinstance(widget, QAbstractItemView) else option.rect.width()
        return max(80, width - 2 * self.PADDING - 4)

    def _title_lines(self, option: QStyleOptionViewItem, index: AnyIndex) -> list[str]:
        title_font, _ = self._fonts(option)
        return wrap_lines(
            index.data() or "", QFontMetrics(title_font), self._text_width(option), self.TITLE_LINES
        )

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        """Every row is as tall as one with a two-line title (the list asks only once: its item
        sizes are uniform). A height that followed each title's wrapping followed the list's
        width too, which Qt's list does not lay out again for (a title that wrapped anew was
        drawn over the next row), and laying out 10,000 rows asked Python 10,000 times (1.3 s)."""
        title_font, detail_font = self._fonts(option)
        title = QFontMetrics(title_font).lineSpacing() * self.TITLE_LINES
        height = title + QFontMetrics(detail_font).lineSpacing()
        return QSize(self._text_width(option), height + 2 * self.PADDING + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        self.initStyleOption(option, index)
        option.text = ""  # drawn below, in two parts
        widget = option.widget
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        title_font, detail_font = self._fonts(option)
        rect: QRect = option.rect.adjusted(self.PADDING + 2, self.PADDING, -self.PADDING, -self.PADDING)
        painter.save()
        painter.setPen(palette.color(role))
        painter.setFont(title_font)
        spacing = QFontMetrics(title_font).lineSpacing()
        top = rect.top()
        for line in self._title_lines(option, index):
            painter.drawText(QRect(rect.left(), top, rect.width(), spacing), 0, line)
            top += spacing
        painter.setFont(detail_font)
        metrics = QFontMetrics(detail_font)
        detail = metrics.elidedText(index.data(Role.DETAIL), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), top, rect.width(), metrics.lineSpacing()), 0, detail)
        painter.restore()


class _FilterBox(QLineEdit):
    """The text filter; Down moves into the list, as in a mail client's search."""

    moveIntoList = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.moveIntoList.emit()
            return
        super().keyPressEvent(event)


class LibraryPanel(FollowsLanguage, QWidget):
    """Filter bar, scenario list and a count of what is shown."""

    #: The current scenario changed (arrows, click): show it.
    scenarioSelected = Signal(str)
    #: Enter or double-click: show it and move into it.
    scenarioActivated = Signal(str)
    orderChanged = Signal(str)  # the key of the order chosen, to be remembered

    def __init__(self, corpus: Corpus | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ScenarioListModel(self)
        self.proxy = ScenarioFilter(self)
        self.proxy.setSourceModel(self.model)

        self.filter_box = _FilterBox(self)
        self.filter_box.setClearButtonEnabled(True)
        self.tag_box = ElidingComboBox(self)
        self.source_box = ElidingComboBox(self)
        self.duration_box = QComboBox(self)
        self.order_box = QComboBox(self)
        for key, _label in ORDERS:
            self.order_box.addItem("", key)
        for box in (self.tag_box, self.source_box, self.duration_box, self.order_box):
            # Long source titles are elided in the closed box (the list shows them whole),
            # so the library's width never follows the longest title.
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(12)
        for _label, shortest, longest in DURATIONS:
            self.duration_box.addItem("", (shortest, longest))

        self.view = QListView(self)
        known_viewport(self.view)  # shown on the first screen: wrapped without PySide's type search
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(ScenarioDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)  # titles re-wrap to the new width
        self.view.setUniformItemSizes(True)  # (``ScenarioDelegate.sizeHint``)
        self.count_label = QLabel(self)
        self.placeholder = QLabel(self)
        self._loaded = False  # the placeholder says "loading" until the first scenarios arrive
        self.placeholder.setWordWrap(True)
        make_plain(self.placeholder)  # may say why a pack did not load, quoting it

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.filter_box)
        self._captions: list[QLabel] = []
        for box in (self.tag_box, self.source_box, self.duration_box, self.order_box):
            caption = QLabel(self)
            caption.setBuddy(box)
            form.addRow(caption, box)
            self._captions.append(caption)
        self.retranslate_ui()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(form)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

        self.filter_box.textChanged.connect(self.proxy.set_text)
        self.filter_box.moveIntoList.connect(self.focus_list)
        self.tag_box.currentIndexChanged.connect(
            lambda _: self.proxy.set_tag(self.tag_box.currentData() or "")
        )
        self.source_box.currentIndexChanged.connect(
            lambda _: self.proxy.set_source(self.source_box.currentData() or "")
        )
        self.duration_box.currentIndexChanged.connect(
            lambda _: self.proxy.set_minutes(*self.duration_box.currentData())
        )
        self.order_box.currentIndexChanged.connect(lambda _: self._apply_order())
        self._apply_order()
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset):
            signal.connect(self._update_count)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.view.activated.connect(self._activated)
        self.set_corpus(corpus)
        self._update_count()

    def retranslate_ui(self) -> None:
        """Every word of the panel in the language of the moment: at start and on a language change."""
        self.filter_box.setPlaceholderText(self.tr("Filter by words…"))
        self.filter_box.setAccessibleName(self.tr("Filter scenarios by words"))
        self.tag_box.setAccessibleName(self.tr("Filter scenarios by tag"))
        self.source_box.setAccessibleName(self.tr("Filter scenarios by source document cited"))
        self.order_box.setAccessibleName(self.tr("Order of the scenarios"))
        self.duration_box.setAccessibleName(self.tr("Filter scenarios by length"))
        for index, (_key, label) in enumerate(ORDERS):
            self.order_box.setItemText(index, self.tr(str(label)))
        for index, (label, _shortest, _longest) in enumerate(DURATIONS):
            self.duration_box.setItemText(index, self.tr(str(label)))
        for caption, text in zip(
            self._captions,
            (self.tr("&Tag"), self.tr("&Source"), self.tr("Len&gth"), self.tr("Or&der")),
            strict=True,
        ):
            caption.setText(text)
        if self.source_box.count():
            self.source_box.setItemText(0, self.tr("Any source"))
        if self.tag_box.count():
            self.tag_box.setItemText(0, self.tr("Any tag"))
        self.view.setAccessibleName(self.tr("Scenarios"))
        self.count_label.setAccessibleName(self.tr("Number of scenarios shown"))
        if self._loaded:
            self.placeholder.setText(self.tr("This pack has no valid scenarios; see Pack problems."))
        else:
            self.placeholder.setText(self.tr("Loading scenarios…"))
        self._update_count()
        self.view.viewport().update()  # the rows' "min" and "about … minutes" are drawn anew

    def set_corpus(self, corpus: Corpus | None) -> None:
        self.source_box.blockSignals(True)
        self.source_box.clear()
        self.source_box.addItem(self.tr("Any source"), "")
        for document in corpus or ():
            self.source_box.addItem(document.metadata.label, document.id)
        self.source_box.blockSignals(False)
        self.proxy.set_source("")

    def set_scenarios(
        self, scenarios: list[Scenario] | list[ScenarioRow], path: list[str] | None = None
    ) -> None:
        self.model.set_scenarios(scenarios, path)
        tags: dict[str, int] = {}
        for scenario in scenarios:
            for tag in scenario.tags:
                tags[tag] = tags.get(tag, 0) + 1
        self.tag_box.blockSignals(True)
        self.tag_box.clear()
        self.tag_box.addItem(self.tr("Any tag"), "")
        for tag in sorted(tags):
            self.tag_box.addItem(f"{tag} ({tags[tag]})", tag)
        self.tag_box.blockSignals(False)
        self.proxy.set_tag("")
        self.placeholder.setVisible(not scenarios)
        self._loaded = True
        self.placeholder.setText(self.tr("This pack has no valid scenarios; see Pack problems."))
        self._update_count()

    def order(self) -> str:
        """The library's order: ``path`` (for newcomers), ``title``, ``length`` or ``pack``."""
        return str(self.order_box.currentData())

    def set_order(self, key: str) -> None:
        found = self.order_box.findData(key)
        self.order_box.setCurrentIndex(found if found >= 0 else 0)

    def _apply_order(self) -> None:
        self.model.set_order(self.order())
        self.orderChanged.emit(self.order())

    def shown_count(self) -> int:
        return self.proxy.rowCount()

    def _update_count(self) -> None:
        self.count_label.setText(
            arg(self.tr("%1 of %n scenarios", "", self.model.rowCount()), self.proxy.rowCount())
        )

    def select(self, scenario_id: str) -> None:
        """Make ``scenario_id`` the current row without announcing it again."""
        row = self.model.row_of(scenario_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row))
        if index.isValid() and index != self.view.currentIndex():
            self.view.selectionModel().blockSignals(True)
            self.view.setCurrentIndex(index)
            self.view.selectionModel().blockSignals(False)
            self.view.viewport().update()

    def focus_list(self) -> None:
        if not self.view.currentIndex().isValid() and self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_filter(self) -> None:
        self.filter_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_box.selectAll()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.scenarioSelected.emit(current.data(Role.ID))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.scenarioActivated.emit(index.data(Role.ID))
