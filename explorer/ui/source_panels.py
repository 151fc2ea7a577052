"""The side panels of the source viewer: the cited passage with its translation,
and the "cited in" list of every scenario place citing the passage."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QListView, QVBoxLayout, QWidget

from explorer.core.evidence.backlinks import Backlink
from explorer.ui import vocabulary
from explorer.ui.i18n import FollowsLanguage
from explorer.ui.plain_text import arg, source_with_time, tooltip
from explorer.ui.vocabulary import language_name

_Index = QModelIndex | QPersistentModelIndex
_PLACES = {
    "context": QT_TRANSLATE_NOOP("BacklinkListModel", "context"),
    "choice": QT_TRANSLATE_NOOP("BacklinkListModel", "choice"),
    "argument-for": QT_TRANSLATE_NOOP("BacklinkListModel", "argument for"),
    "argument-against": QT_TRANSLATE_NOOP("BacklinkListModel", "argument against"),
    "tradeoff": QT_TRANSLATE_NOOP("BacklinkListModel", "trade-off"),
    "notes": QT_TRANSLATE_NOOP("BacklinkListModel", "facilitator notes"),
    "evidence": QT_TRANSLATE_NOOP("BacklinkListModel", "evidence list"),
}


_DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole)
_SCENARIO_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
#: The roles ``BacklinkListModel.data`` answers (as plain numbers: a set lookup, no enum work).
_ANSWERED_ROLES = frozenset(
    {_DISPLAY_ROLE, _TOOLTIP_ROLE, int(Qt.ItemDataRole.AccessibleTextRole), _SCENARIO_ID_ROLE}
)


class BacklinkListModel(QAbstractListModel):
    """Backlinks as rows: where they are, and whether they cite this very passage."""

    ScenarioIdRole = _SCENARIO_ID_ROLE

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._links: list[Backlink] = []
        self._mark_overlaps = True

    def set_backlinks(self, links: list[Backlink], mark_overlaps: bool = True) -> None:
        """``mark_overlaps``: say which links cite an overlapping rather than the same passage."""
        self.beginResetModel()
        self._links = list(links)
        self._mark_overlaps = mark_overlaps
        self.endResetModel()

    def backlink(self, row: int) -> Backlink:
        return self._links[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self._links)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # The view asks every row for several roles to size it (word-wrapped rows differ in
        # height), and a passage of a large pack has a hundred rows or more: the roles this
        # model has nothing for are answered first, without translating anything.
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._links):
            return None
        link = self._links[row]
        if role == _SCENARIO_ID_ROLE:
            return link.scenario_id
        overlap = "" if link.exact or not self._mark_overlaps else self.tr(" (overlapping passage)")
        if role == _DISPLAY_ROLE:
            return f"{link.where}{overlap}"
        place = self.tr(str(_PLACES.get(link.place, link.place)))
        text = arg(self.tr("%1 — cited in the %2%3. Enter opens the scenario."), link.where, place, overlap)
        return tooltip(text) if role == _TOOLTIP_ROLE else text


class _WrappedPanel(QWidget):
    """A panel of word-wrapped labels whose minimum height is what they need at its width.

    Qt gives a wrapped label a minimum height for a width of its own choosing. The viewer's
    side panels sit in a splitter when the viewer is narrow, which sized them by that
    minimum and cut off the last line of a gloss.
    """

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is not None and self.width() > 0:
            hint.setHeight(max(hint.height(), layout.totalMinimumHeightForWidth(self.width())))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the labels wrap anew at a new width: a new minimum height


class PassagePanel(FollowsLanguage, _WrappedPanel):
    """What is cited here: language, the English gloss (marked as not in the source), a note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)

        self.gloss_box = QFrame(self)
        self.gloss_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.gloss_heading = QLabel(self.gloss_box)
        self.gloss_heading.setTextFormat(Qt.TextFormat.RichText)
        self.gloss = QLabel(self.gloss_box)
        self.gloss.setWordWrap(True)
        self.gloss.setTextFormat(Qt.TextFormat.PlainText)
        self.gloss.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QVBoxLayout(self.gloss_box)
        box.setContentsMargins(8, 6, 8, 8)
        box.addWidget(self.gloss_heading)
        box.addWidget(self.gloss)

        # The time the passage describes, when the source was written later (``Citation.about``).
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.PlainText)

        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.about)
        layout.addWidget(self.gloss_box)
        layout.addWidget(self.note)
        layout.addStretch(1)  # keep the labels at the top when the panel is given more room
        self.clear()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The panel's own words in the language of the moment: at start and on a language change.
        The passage's words follow from the viewer, which shows the passage again."""
        self.title.setAccessibleName(self.tr("Cited passage"))
        self.gloss_box.setAccessibleName(vocabulary.translation_label())
        self.gloss_heading.setText(f"<b>{escape(vocabulary.translation_label())}</b>")
        self.gloss.setAccessibleName(self.tr("English translation of the cited passage"))
        self.about.setAccessibleName(self.tr("Time the cited passage describes"))
        self.note.setAccessibleName(self.tr("Note on the citation"))

    def clear(self) -> None:
        self.title.setText(self.tr("No passage selected: the whole document is shown."))
        self.gloss.clear()
        self.gloss_box.hide()
        self.about.clear()
        self.about.hide()
        self.note.clear()
        self.note.hide()
        self.updateGeometry()  # the parent layout caches word-wrapped heights

    def show_passage(
        self, lang: str, where: str, gloss: str, note: str, source_label: str = "", about: str = ""
    ) -> None:
        """``about`` (with the source's label): the citation describes that time, before the source."""
        language = language_name(lang)
        self.title.setText(
            arg(self.tr("Highlighted passage, in %1%2"), language, f" — {where}" if where else "")
        )
        self.about.setText(
            arg(
                self.tr("%1: the passage describes that time, not when it was written."),
                source_with_time(source_label, about),
            )
            if about
            else ""
        )
        self.about.setVisible(bool(about))
        self.gloss.setText(gloss)
        self.gloss_box.setVisible(bool(gloss))
        self.note.setText(arg(self.tr("Note: %1"), note) if note else "")
        self.note.setVisible(bool(note))
        self.updateGeometry()


class _FillingList(QListView):
    """A list that takes the room left to it and asks for no more than its minimum.

    A vertical layout with wrapped labels in it takes each child's height for its width as
    that child's minimum; with a list's usual preferred height (about 200 px) counted in
    it, the side column claimed more than a narrow viewer has, and the gloss above it was
    cut off.
    """

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()


class BacklinksPanel(FollowsLanguage, _WrappedPanel):
    """The "cited in" list; Enter or a double click asks for the scenario."""

    scenarioRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.RichText)  # the app's words and a count
        self.heading.setWordWrap(True)  # a long heading wraps rather than widen the viewer
        self.model = BacklinkListModel(self)
        self.view = _FillingList(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setSpacing(2)
        self.view.setAlternatingRowColors(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)  # rows re-wrap when the panel resizes
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.heading.setBuddy(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        self.view.activated.connect(self._activated)
        self._heading_shown = False  # a count was shown (set_backlinks), not the bare heading
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The panel's own words in the language of the moment: at start and on a language change.
        The heading with its count follows from the viewer, which sets the backlinks again."""
        if not self._heading_shown:
            self.heading.setText(self.tr("<b>Cited in</b>"))
        self.view.setAccessibleName(self.tr("Cited in: scenarios citing this passage"))

    def set_backlinks(self, links: list[Backlink], whole_document: bool, more: bool = False) -> None:
        """``more``: ``links`` are the first of more places than the list shows."""
        self.model.set_backlinks(links, mark_overlaps=not whole_document)
        if whole_document:
            text = self.tr("<b>Cited in</b> (anywhere in this document): %1")
        else:
            text = self.tr("<b>Cited in</b> (this passage or an overlapping one): %1")
        count = arg(self.tr("the first %1 of more"), len(links)) if more else str(len(links))
        self.heading.setText(arg(text, count))
        self._heading_shown = True

    def _activated(self, index: QModelIndex) -> None:
        scenario_id = index.data(BacklinkListModel.ScenarioIdRole)
        if isinstance(scenario_id, str):
            self.scenarioRequested.emit(scenario_id)
