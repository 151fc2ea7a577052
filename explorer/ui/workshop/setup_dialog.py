"""Set up a workshop: the agenda (scenarios, timings, passages), the groups and their roles.

What the dialog collects is checked by the core (``explorer.core.workshop.plan.new_plan``);
a refusal is shown in the dialog, in the core's words, and the dialog stays open.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QItemSelectionModel, QLocale, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.core.workshop.plan import Plan, WorkshopError, agenda_item, new_plan, strip_cites
from explorer.core.workshop.roles import LoadedRoles
from explorer.ui import window_layout
from explorer.ui.i18n import FollowsLanguage
from explorer.ui.plain_text import arg, make_plain
from explorer.ui.theme import THEME_EVENTS, Appearance
from explorer.ui.vocabulary import export_labels
from explorer.ui.workshop.setup_models import AgendaSetupModel, GroupsModel, PassageModel, RoleDelegate


class WorkshopSetupDialog(FollowsLanguage, QDialog):
    def __init__(
        self,
        pack: LoadedPack,
        corpus: Corpus,
        roles: LoadedRoles,
        parent: QWidget | None = None,
        *,
        appearance: Appearance,
    ) -> None:
        super().__init__(parent)
        self._appearance = appearance  # the error line is in its error colour
        self.setObjectName("workshop-setup")
        self.pack, self.corpus, self.roles = pack, corpus, roles
        self.result_plan: Plan | None = None

        today = QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
        self.title = QLineEdit(arg(self.tr("Workshop of %1"), today), self)  # the facilitator's words

        self.agenda_model = AgendaSetupModel(pack, self)
        self.agenda = QTableView(self)
        self.agenda.setObjectName("setup-agenda")
        self.agenda.setModel(self.agenda_model)
        self.agenda.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenda.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda.verticalHeader().hide()
        header = self.agenda.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AgendaSetupModel.SCENARIO, QHeaderView.ResizeMode.Stretch)
        self.up = QPushButton(self)
        self.down = QPushButton(self)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        QShortcut(QKeySequence("Alt+Up"), self.agenda, lambda: self._move(-1))
        QShortcut(QKeySequence("Alt+Down"), self.agenda, lambda: self._move(1))
        self.total = QLabel(self)
        self.passage_model = PassageModel(pack, corpus, self)
        self.passages = QListView(self)
        self.passages.setObjectName("setup-passages")
        self.passages.setModel(self.passage_model)

        self.groups_model = GroupsModel(roles, self)
        self.groups = QTableView(self)
        self.groups.setObjectName("setup-groups")
        self.groups.setModel(self.groups_model)
        self.groups.setItemDelegateForColumn(GroupsModel.ROLE, RoleDelegate(roles, self.groups))
        self.groups.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.groups.verticalHeader().hide()
        self.add_group = QPushButton(self)
        self.remove_group = QPushButton(self)
        self.add_group.clicked.connect(self._add_group)
        self.remove_group.clicked.connect(
            lambda: self.groups_model.remove_group(self.groups.currentIndex().row())
        )
        self.role_brief = QTextBrowser(self)
        self.role_brief.setMaximumHeight(130)

        self.error = QLabel(self)
        make_plain(self.error)  # the core's words, which may quote the pack
        self.error.setObjectName("setup-error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(appearance.colours().error_style())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        self.title_caption = QLabel(self)
        self.title_caption.setBuddy(self.title)
        form.addRow(self.title_caption, self.title)
        self.agenda_box = agenda_box = QGroupBox(self)
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.addWidget(self.agenda, 3)
        moves = QHBoxLayout()
        moves.addWidget(self.up)
        moves.addWidget(self.down)
        moves.addStretch(1)
        moves.addWidget(self.total)
        agenda_layout.addLayout(moves)
        self.passages_caption = QLabel(self)
        agenda_layout.addWidget(self.passages_caption)
        agenda_layout.addWidget(self.passages, 2)
        self.groups_box = groups_box = QGroupBox(self)
        groups_layout = QVBoxLayout(groups_box)
        groups_layout.addWidget(self.groups)
        group_buttons = QHBoxLayout()
        group_buttons.addWidget(self.add_group)
        group_buttons.addWidget(self.remove_group)
        group_buttons.addStretch(1)
        groups_layout.addLayout(group_buttons)
        groups_layout.addWidget(self.role_brief)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(agenda_box, 3)
        layout.addWidget(groups_box, 2)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.agenda.selectionModel().currentRowChanged.connect(self._agenda_row_changed)
        self.agenda_model.dataChanged.connect(self._update_total)
        self.passage_model.dataChanged.connect(
            lambda: self.agenda_model.passages_changed(self.agenda.currentIndex().row())
        )
        self.groups.selectionModel().currentRowChanged.connect(self._show_role)
        self.groups_model.dataChanged.connect(lambda: self._show_role(self.groups.currentIndex()))
        if self.agenda_model.rowCount():
            self.agenda.setCurrentIndex(self.agenda_model.index(0, AgendaSetupModel.ON))
        self.retranslate_ui()
        window_layout.open_fitted(self, (1000, 820))  # 820 high would put Create under a laptop's edge

    def retranslate_ui(self) -> None:
        """The dialog's words in the language of the moment: at start and on a language change
        (the session title the dialog proposed is the facilitator's to keep or change)."""
        self.setWindowTitle(self.tr("New workshop session"))
        self.title.setAccessibleName(self.tr("Session title"))
        self.title_caption.setText(self.tr("&Title"))
        self.agenda_box.setTitle(self.tr("Agenda: tick the scenarios, set the minutes (planned, discussion)"))
        self.agenda.setAccessibleName(self.tr("Scenarios: tick the ones on the agenda"))
        self.up.setText(self.tr("Move &up"))
        self.down.setText(self.tr("Move &down"))
        self.up.setToolTip(self.tr("Earlier in the agenda (Alt+Up)"))
        self.down.setToolTip(self.tr("Later in the agenda (Alt+Down)"))
        self.passages_caption.setText(self.tr("Passages shown at the evidence step for the selected stage:"))
        self.passages.setAccessibleName(self.tr("Passages the evidence step shows, one a screen"))
        self.groups_box.setTitle(self.tr("Groups (tables or teams) and the roles they argue from"))
        self.groups.setAccessibleName(self.tr("Groups"))
        self.add_group.setText(self.tr("&Add a group"))
        self.remove_group.setText(self.tr("&Remove the group"))
        self.role_brief.setAccessibleName(self.tr("The chosen role's brief"))
        self._label_start()
        for model in (self.agenda_model, self.groups_model):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
        self._update_total()
        if self.role_brief.toPlainText():  # a role's brief, or the hint to give a group one
            self._show_role(self.groups.currentIndex())

    def _label_start(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start the session"))

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LanguageChange:
            # The button box names its standard buttons again after the dialog's changeEvent
            # ("OK"): the start button is named once more, after it.
            self._label_start()
        return handled

    def _move(self, delta: int) -> None:
        row = self.agenda.currentIndex().row()
        moved = self.agenda_model.move(row, delta)
        self.agenda.selectionModel().setCurrentIndex(
            self.agenda_model.index(moved, self.agenda.currentIndex().column()),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _agenda_row_changed(self, current: QModelIndex) -> None:
        rows = self.agenda_model.rows
        self.passage_model.set_row(rows[current.row()] if 0 <= current.row() < len(rows) else None)

    def _update_total(self) -> None:
        chosen = self.agenda_model.agenda()
        self.total.setText(
            arg(
                self.tr("%n on the agenda, %1 min", "", len(chosen)),
                QLocale().toString(sum(r.minutes for r in chosen)),
            )
        )

    def _add_group(self) -> None:
        row = self.groups_model.add_group()
        self.groups.setCurrentIndex(self.groups_model.index(row, GroupsModel.NAME))
        self.groups.edit(self.groups.currentIndex())

    def _show_role(self, current: QModelIndex) -> None:
        groups = self.groups_model.groups
        role_id = groups[current.row()].role if 0 <= current.row() < len(groups) else None
        if not role_id:
            self.role_brief.setPlainText(self.tr("Give a group a role to argue from; its brief shows here."))
            return
        role = self.roles.role(role_id)
        self.role_brief.setPlainText(f"{role.name} ({role.actor})\n\n{strip_cites(role.brief)}")

    # -- the result ---------------------------------------------------------------------------
    def build_plan(self) -> Plan:
        """The plan the dialog describes, checked by the core; ``WorkshopError`` says what is wrong."""
        items = [
            agenda_item(
                self.pack,
                self.corpus,
                row.scenario_id,
                row.stage_id,
                row.minutes,
                row.discussion,
                row.passages,
            )
            for row in self.agenda_model.agenda()
        ]
        groups = [(g.name, g.role, g.size) for g in self.groups_model.groups]
        # The cards are copied from the pack as given (in the app's language, by the launcher).
        return new_plan(
            self.title.text(), items, groups, self.corpus, self.roles, self.pack.language, export_labels()
        )

    def accept(self) -> None:
        try:
            self.result_plan = self.build_plan()
        except WorkshopError as error:
            self.error.setText(str(error))
            return
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in THEME_EVENTS and hasattr(self, "error"):  # the theme changed
            self.error.setStyleSheet(self._appearance.colours().error_style())
