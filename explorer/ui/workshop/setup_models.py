"""The set-up dialog's models: the agenda to choose from, a stage's passages, the groups."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.core.workshop.plan import default_minutes, default_passages, stage_citations
from explorer.core.workshop.roles import LoadedRoles
from explorer.ui.flat_table import AnyIndex, FlatTableModel
from explorer.ui.plain_text import arg, tooltip


@dataclass
class AgendaRow:
    scenario_id: str
    stage_id: str
    title: str
    stage_title: str
    minutes: int
    discussion: int
    candidates: list[str]
    passages: list[str]
    included: bool = False


class AgendaSetupModel(QAbstractTableModel):
    """Every stage of the pack; the ticked ones, in this order, make the agenda."""

    ON, SCENARIO, STAGE, MINUTES, DISCUSSION, PASSAGES = range(6)

    def __init__(self, pack: LoadedPack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AgendaRow] = []
        for scenario in pack.scenarios:
            minutes, discussion = default_minutes(scenario)
            for stage in scenario.stages:
                self.rows.append(
                    AgendaRow(
                        scenario.id,
                        stage.id,
                        scenario.title,
                        stage.title,
                        minutes,
                        discussion,
                        stage_citations(scenario, stage),
                        default_passages(scenario, stage),
                    )
                )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("On"),
                self.tr("Scenario"),
                self.tr("Stage"),
                self.tr("Minutes"),
                self.tr("Discussion"),
                self.tr("Passages"),
            )[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == self.ON:
            return Qt.CheckState.Checked if row.included else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            values = {
                self.SCENARIO: row.title,
                self.STAGE: row.stage_title,
                self.MINUTES: row.minutes,
                self.DISCUSSION: row.discussion,
                self.PASSAGES: arg(self.tr("%1 of %2"), len(row.passages), len(row.candidates)),
            }
            return values.get(column)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.ON:
            return self.tr("On the agenda") if row.included else self.tr("Not on the agenda")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.ON:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in (self.MINUTES, self.DISCUSSION):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.ON:
            row.included = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole and index.column() in (self.MINUTES, self.DISCUSSION):
            try:
                minutes = int(str(value))
            except ValueError:
                return False
            if not 1 <= minutes <= 480:
                return False
            if index.column() == self.MINUTES:
                row.minutes = minutes
            else:
                row.discussion = minutes
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.PASSAGES))
        return True

    def move(self, row: int, delta: int) -> int:
        """Move a row up (-1) or down (+1); returns where it ended."""
        target = row + delta
        if not (0 <= row < len(self.rows) and 0 <= target < len(self.rows)):
            return row
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target + (1 if delta > 0 else 0))
        self.rows.insert(target, self.rows.pop(row))
        self.endMoveRows()
        return target

    def passages_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, self.PASSAGES), self.index(row, self.PASSAGES))

    def agenda(self) -> list[AgendaRow]:
        return [row for row in self.rows if row.included]


class PassageModel(QAbstractListModel):
    """The passages of one stage, ticked if the evidence step shows them."""

    def __init__(self, pack: LoadedPack, corpus: Corpus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pack, self.corpus = pack, corpus
        self.row: AgendaRow | None = None

    def set_row(self, row: AgendaRow | None) -> None:
        self.beginResetModel()
        self.row = row
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() or self.row is None else len(self.row.candidates)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.row is None:
            return None
        citation_id = self.row.candidates[index.row()]
        citation = self.pack.scenario(self.row.scenario_id).evidence[citation_id]
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if citation_id in self.row.passages else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            quote = " ".join(citation.quote.split())
            short = quote if len(quote) <= 110 else quote[:109] + "…"
            return f"{self.corpus[citation.source].metadata.label}: “{short}”"
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(citation.gloss or citation.quote)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.row is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        citation_id = self.row.candidates[index.row()]
        chosen = set(self.row.passages)
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            chosen.add(citation_id)
        else:
            chosen.discard(citation_id)
        # Shown in the stage's own order, whatever order they were ticked in.
        self.row.passages = [cid for cid in self.row.candidates if cid in chosen]
        self.dataChanged.emit(index, index)
        return True


@dataclass
class GroupRow:
    name: str
    size: int | None = None
    role: str | None = None


class GroupsModel(FlatTableModel):
    """The groups (tables or teams): a name, how many people if known, a role if any."""

    NAME, SIZE, ROLE = range(3)

    def __init__(self, roles: LoadedRoles, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.roles = roles
        self.groups: list[GroupRow] = [GroupRow(self.tr("Table 1")), GroupRow(self.tr("Table 2"))]

    def role_name(self, role_id: str | None) -> str:
        if not role_id:
            return self.tr("(no role)")
        try:
            return self.roles.role(role_id).name
        except KeyError:
            return role_id

    def row_total(self) -> int:
        return len(self.groups)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Group"), self.tr("People (optional)"), self.tr("Role (optional)"))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        group = self.groups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (group.name, "" if group.size is None else str(group.size), self.role_name(group.role))[
                index.column()
            ]
        if role == Qt.ItemDataRole.EditRole:
            return (group.name, "" if group.size is None else str(group.size), group.role or "")[
                index.column()
            ]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        group, text = self.groups[index.row()], str(value).strip()
        if index.column() == self.NAME:
            group.name = text
        elif index.column() == self.SIZE:
            if text and not text.isdigit():
                return False
            group.size = int(text) if text else None
        else:
            group.role = text or None
        self.dataChanged.emit(index, index)
        return True

    def add_group(self) -> int:
        row = len(self.groups)
        self.beginInsertRows(QModelIndex(), row, row)
        self.groups.append(GroupRow(arg(self.tr("Table %1"), row + 1)))
        self.endInsertRows()
        return row

    def remove_group(self, row: int) -> None:
        if 0 <= row < len(self.groups):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.groups[row]
            self.endRemoveRows()


class RoleDelegate(QStyledItemDelegate):
    """Chooses a group's role from the roles the documents give."""

    def __init__(self, roles: LoadedRoles, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.roles = roles

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Role"))
        combo.addItem(self.tr("(no role)"), "")
        for role in self.roles.roles:
            combo.addItem(role.name, role.id)
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")))

    def setModelData(self, editor: QWidget, model: object, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)  # type: ignore[attr-defined]
