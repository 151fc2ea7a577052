"""The facilitator console: agenda, what the room sees, vote entry, timer, notes and controls.

Everything the facilitator does live has a key (see ``console_actions``), so
the session can be run from the keyboard or a presentation clicker (Page Down,
Page Up, B) without looking for a button. The preview in the middle is the
presenter's own renderer fed the same ``RoomView``, so what it shows is what
the room sees; the votes, the notes and the result preview around it are the
facilitator's alone.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QSize, Qt, QTime, Signal
from PySide6.QtGui import QCloseEvent, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from explorer.core.workshop.room_view import BLANK, RoomView, private_results
from explorer.core.workshop.session import ITEM_STEPS, Step
from explorer.core.workshop.shift import totals
from explorer.ui import i18n, vocabulary, window_layout
from explorer.ui.i18n import QT_TRANSLATE_NOOP, FollowsLanguage, keep
from explorer.ui.links import ask_to_open, hover_text, is_external
from explorer.ui.markdown_render import render_markdown
from explorer.ui.plain_text import arg, make_plain, show_message, status_line, tooltip, window_title
from explorer.ui.safe_documents import SafeTextBrowser
from explorer.ui.settings import Settings
from explorer.ui.theme import THEME_EVENTS, Appearance
from explorer.ui.workshop import look
from explorer.ui.workshop.agenda_model import AgendaModel
from explorer.ui.workshop.console_actions import CONTEXT, build_actions, export_debrief
from explorer.ui.workshop.controller import WorkshopController
from explorer.ui.workshop.ending import ask_to_close, ask_to_end, offer_debrief
from explorer.ui.workshop.results_chart import ResultsChart, ShiftTable
from explorer.ui.workshop.room_panel import RoomPanel
from explorer.ui.workshop.vote_status import VoteStatus
from explorer.ui.workshop.vote_table import VoteTable, round_of

_STEPS = ITEM_STEPS


class PreviewFrame(QWidget):
    """Holds the room preview at the projector's 16:9, as large as the space allows."""

    def __init__(self, panel: RoomPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel = panel
        panel.setParent(self)
        self.setMinimumSize(320, 180)

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = min(self.width(), self.height() * 16 // 9)
        height = width * 9 // 16
        self.panel.setGeometry((self.width() - width) // 2, 0, width, height)


class WorkshopConsole(FollowsLanguage, QMainWindow):
    presenterRequested = Signal()
    closed = Signal()  # the facilitator closed the console (the session is saved)
    quitRequested = Signal()  # the facilitator asked to quit the app (the launcher asks once)

    def __init__(
        self,
        controller: WorkshopController,
        parent: QWidget | None = None,
        settings: Settings | None = None,
        *,
        appearance: Appearance,
    ) -> None:
        super().__init__(parent)
        self._appearance = appearance  # warnings (screen blanked, not saved) in its error colour
        self.controller = controller
        self.settings = settings or Settings()
        #: Set once closing was confirmed (or asked for by the app), so it is asked only once.
        self.close_confirmed = False
        self.setObjectName("workshop-console")
        self._notes_item: int | None = None

        # Left: the agenda.
        self.agenda = QListView(self)
        self.agenda.setObjectName("agenda")
        keep(self.agenda, CONTEXT, QT_TRANSLATE_NOOP("WorkshopConsole", "Agenda"), "setAccessibleName")
        self.agenda.setModel(AgendaModel(controller, self.agenda))
        self.agenda.setWordWrap(True)
        self.agenda.activated.connect(lambda index: controller.go_to_item(index.row()))
        self.groups = QLabel(self)
        self.groups.setWordWrap(True)
        make_plain(self.groups)  # group and role names as typed
        left = self._column(
            QT_TRANSLATE_NOOP("WorkshopConsole", "Agenda (Enter jumps)"), self.agenda, self.groups
        )

        # Middle: what the room sees, where we are, the votes.
        self.preview = RoomPanel()
        keep(
            self.preview,
            CONTEXT,
            QT_TRANSLATE_NOOP("WorkshopConsole", "Preview of the room's screen"),
            "setAccessibleName",
        )
        self.preview_frame = PreviewFrame(self.preview, self)
        self.steps = QLabel(self)
        self.steps.setObjectName("steps")
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setWordWrap(True)
        self.state = QLabel(self)
        self.state.setObjectName("room-state")
        self.state.setWordWrap(True)
        make_plain(self.state)
        self.votes = VoteTable(controller, self)
        self.votes.hint.connect(lambda text: self.statusBar().showMessage(text, 5_000))
        self.vote_status = VoteStatus(controller, self.votes, self)
        self.vote_position, self.last_change = self.vote_status.position, self.vote_status.last_change
        self.vote_hint = QLabel(self)
        hint = QT_TRANSLATE_NOOP(
            "WorkshopConsole",
            "Type a count: it counts at once. Tab goes to the next choice of the same group; "
            "Enter goes to the next group; Delete takes a group's entry out; Ctrl+Z undoes.",
        )
        keep(self.vote_hint, CONTEXT, hint)
        self.vote_hint.setWordWrap(True)
        self.totals = QLabel(self)
        self.totals.setObjectName("vote-totals")
        self.totals.setWordWrap(True)  # every label here wraps: the console fits a 1024-pixel screen
        make_plain(self.totals)  # names the groups still to vote
        self.private_chart = ResultsChart(self)
        preview_name = QT_TRANSLATE_NOOP("WorkshopConsole", "Results preview (not shown to the room)")
        keep(self.private_chart, CONTEXT, preview_name, "setAccessibleName")
        self.private_chart.setMinimumHeight(160)
        self.private_chart.set_colours(look.console_colours(self))
        self.private_chart.set_unit(QFontMetrics(self.font()).height() * 0.9)
        self.private_shift = ShiftTable(self)
        self.private_shift.setWordWrap(False)
        self.private_results = QWidget(self)
        preview_results = QHBoxLayout(self.private_results)
        preview_results.setContentsMargins(0, 0, 0, 0)
        preview_results.addWidget(self.private_chart, 2)
        preview_results.addWidget(self.private_shift, 3)
        self.vote_box = QGroupBox(self)
        # The box's heading as a wrapped label, not the group box's title: a title never wraps,
        # and the Dutch "Tweede stemming — zichtbaar voor de zaal (alleen-lezen bij deze stap)"
        # made the console wider than a 1024-pixel screen.
        self.vote_title = QLabel(self.vote_box)
        self.vote_title.setObjectName("vote-title")
        self.vote_title.setWordWrap(True)
        make_plain(self.vote_title)
        bold = self.vote_title.font()
        bold.setBold(True)
        self.vote_title.setFont(bold)
        vote_layout = QVBoxLayout(self.vote_box)
        vote_layout.addWidget(self.vote_title)
        vote_layout.addWidget(self.vote_position)
        vote_layout.addWidget(self.votes, 1)
        vote_layout.addWidget(self.last_change)
        vote_layout.addWidget(self.totals)
        vote_layout.addWidget(self.vote_hint)
        vote_layout.addWidget(self.private_results, 2)
        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.addWidget(self.state)
        middle_layout.addWidget(self.preview_frame, 3)
        middle_layout.addWidget(self.steps)
        middle_layout.addWidget(self.vote_box, 4)

        # Right: the timer and the notes.
        self.clock = QLabel(self)
        self.clock.setObjectName("console-timer")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        clock_font = self.clock.font()
        clock_font.setPointSizeF(clock_font.pointSizeF() * 3)
        clock_font.setBold(True)
        self.clock.setFont(clock_font)
        # Whether it runs, under the time in ordinary type: beside it, in the clock's, it made
        # the column too wide for a laptop's screen.
        self.clock_state = QLabel(self)
        self.clock_state.setObjectName("console-timer-state")
        self.clock_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Two by two: start and reset, then a minute less and more (four in a row set the
        # column's least width at 356 pixels, too wide for the console on a 1024-pixel screen).
        self.timer_buttons = QGridLayout()
        self.pack_notes = SafeTextBrowser(self)  # the pack's Markdown: loads nothing, follows nothing
        self.pack_notes.setObjectName("pack-notes")
        self.pack_notes.anchorClicked.connect(lambda url: ask_to_open(self, url))
        self.pack_notes.highlighted.connect(
            lambda url: self.statusBar().showMessage(status_line(hover_text(url)) if is_external(url) else "")
        )
        keep(
            self.pack_notes,
            CONTEXT,
            QT_TRANSLATE_NOOP("WorkshopConsole", "The pack's notes for facilitators"),
            "setAccessibleName",
        )
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("facilitator-notes")
        keep(
            self.notes,
            CONTEXT,
            QT_TRANSLATE_NOOP("WorkshopConsole", "Your notes (saved with the session)"),
            "setAccessibleName",
        )
        placeholder = QT_TRANSLATE_NOOP(
            "WorkshopConsole", "Your notes on this scenario: what the room said, what to follow up."
        )
        keep(self.notes, CONTEXT, placeholder, "setPlaceholderText")
        self.notes.textChanged.connect(self._notes_changed)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self._label(QT_TRANSLATE_NOOP("WorkshopConsole", "Discussion timer")))
        right_layout.addWidget(self.clock)
        right_layout.addWidget(self.clock_state)
        right_layout.addLayout(self.timer_buttons)
        right_layout.addWidget(
            self._label(QT_TRANSLATE_NOOP("WorkshopConsole", "For the facilitator (never shown to the room)"))
        )
        right_layout.addWidget(self.pack_notes, 2)
        right_layout.addWidget(self._label(QT_TRANSLATE_NOOP("WorkshopConsole", "Your notes (Ctrl+J)")))
        right_layout.addWidget(self.notes, 2)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        for widget in (left, middle, right):
            splitter.addWidget(widget)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([280, 760, 400])
        self.setCentralWidget(splitter)

        self.read_only_banner = QLabel(self)
        self.saved_label = QLabel(self)
        # The saved label quotes save errors: every status label shows its text as typed.
        make_plain(self.read_only_banner, self.saved_label, self.clock, self.clock_state)
        self.statusBar().addPermanentWidget(self.saved_label)
        self.actions_by_name = build_actions(self)
        controller.voteChanged.connect(
            lambda _change, _undone: self.actions_by_name["undo"].setEnabled(len(controller.history) > 0)
        )
        self.buttons: dict[str, QPushButton] = {}
        for place, name in enumerate(("timer", "timer-reset", "timer-less", "timer-more")):
            action = self.actions_by_name[name]
            button = QPushButton(self)
            button.clicked.connect(action.trigger)
            self.timer_buttons.addWidget(button, place // 2, place % 2)  # Tab follows the rows
            self.buttons[name] = button

        controller.changed.connect(self.refresh)
        controller.roomChanged.connect(self._room_changed)
        controller.refused.connect(lambda reason: self.statusBar().showMessage(status_line(reason), 10_000))
        controller.saveFailed.connect(self._save_failed)
        controller.saved.connect(lambda _path: self._saved())
        self.preview.show_view(controller.room())
        self.retranslate_ui()
        window_layout.open_fitted(self, (1500, 900))  # a laptop's or a projector's screen: its size

    def retranslate_ui(self) -> None:
        """The console's words in the language of the moment, and the session shown in them: at
        start and on a language change (View → Language in the main window reaches it too)."""
        i18n.retranslate(self)  # what ``keep`` named: headings, actions, the preview's name
        self._set_title()
        self._label_buttons()
        self.groups.setText(self._groups_text())
        self.refresh()

    def _set_title(self) -> None:
        title = arg(self.tr("Workshop console — %1"), self.controller.session.title)
        self.setWindowTitle(window_title(title))

    def _label_buttons(self) -> None:
        """The timer buttons say what their actions say (in the language of the moment)."""
        for name, button in self.buttons.items():
            action = self.actions_by_name[name]
            button.setText(action.iconText())
            button.setToolTip(action.toolTip())
            button.setAccessibleName(action.text().replace("&", ""))

    def _label(self, text: str) -> QLabel:
        """A heading: ``text`` is English, marked with ``QT_TRANSLATE_NOOP``; it follows the language."""
        heading = QLabel(self)
        heading.setWordWrap(True)
        keep(heading, CONTEXT, text)
        return heading

    def _column(self, title: str, *widgets: QWidget) -> QWidget:
        column = QWidget(self)
        layout = QVBoxLayout(column)
        layout.addWidget(self._label(title))
        for widget in widgets:
            layout.addWidget(widget)
        return column

    def _groups_text(self) -> str:
        plan = self.controller.session.plan
        lines = []
        for group in plan.groups:
            role = f" — {plan.role(group.role).name}" if group.role else ""
            size = f" ({group.size})" if group.size else ""
            lines.append(f"{group.name}{size}{role}")
        return self.tr("Groups:") + "\n" + "\n".join(lines)

    # -- keeping up with the session ----------------------------------------------------------
    def _room_changed(self, view: RoomView) -> None:
        self.preview.show_view(view)
        self.preview.fit_text()
        self._show_clock(view)

    def _show_clock(self, _view: RoomView | None = None) -> None:
        record = self.controller.session.record()
        if record is None:
            self.clock.setText("–")
            self.clock_state.setText("")
            return
        timer = record.timer
        remaining = round(timer.remaining(self.controller.now()))
        seconds = abs(remaining)
        self.clock.setText(f"{'+' if remaining < 0 else ''}{seconds // 60}:{seconds % 60:02d}")
        self.clock_state.setText("" if timer.running else self.tr("(stopped)"))

    def refresh(self) -> None:
        session = self.controller.session
        self.steps.setText(self._steps_html())
        room = self.controller.room()
        blanked = room.kind == BLANK
        state = [arg(self.tr("The room sees: %1"), self._room_summary(room))]
        if blanked:
            state.append(self.tr("SCREEN BLANKED (B to show it again)"))
        self.state.setText("   ·   ".join(state))
        self._blanked = blanked
        self.state.setStyleSheet(self._error_style() if blanked else "font-weight: bold;")
        self._refresh_votes()
        self._refresh_notes()
        self._show_clock()
        agenda = session.agenda_item()
        if agenda is not None:
            prompts = "".join(f"- {p}\n" for p in agenda.card.discussion_prompts)
            self.pack_notes.setHtml(
                render_markdown(agenda.card.facilitator_notes + "\n\n**Prompts**\n\n" + prompts)
            )
        else:
            self.pack_notes.setPlainText(self.tr("Notes appear here during a scenario."))
        self.actions_by_name["reveal"].setEnabled(session.revealable() is not None)
        self.actions_by_name["end"].setEnabled(not session.finished and not self.controller.read_only)
        self.actions_by_name["timer-pin"].setChecked(session.timer_pinned)
        self.actions_by_name["undo"].setEnabled(len(self.controller.history) > 0)
        record = session.record()
        for name in ("timer", "timer-less", "timer-more", "timer-reset"):
            self.actions_by_name[name].setEnabled(record is not None)
            self.buttons[name].setEnabled(record is not None)
        running = record is not None and record.timer.running
        self.buttons["timer"].setText(self.tr("Stop") if running else self.tr("Start"))
        self.buttons["timer"].setAccessibleName(
            self.tr("Stop the timer") if running else self.tr("Start the timer")
        )
        if self.controller.read_only:
            self.statusBar().showMessage(status_line(self.controller.open_message))

    def _room_summary(self, room: RoomView) -> str:
        if room.kind == BLANK:
            return self.tr("nothing (blank screen)")
        what = vocabulary.room_step(room) or room.kind
        if room.results is not None:
            what += self.tr(" with the votes")
        return what

    def _steps_html(self) -> str:
        session = self.controller.session
        if session.item < 0:
            step = escape(vocabulary.step_name(session.step))
            hint = self.tr("Page Down starts the next step.")
            return f"<b>{step}</b> — {hint}"
        parts = []
        for step in _STEPS:
            label = escape(vocabulary.step_name(step))
            parts.append(f"<b><u>▶ {label}</u></b>" if step is session.step else label)
        return " › ".join(parts)

    def _refresh_votes(self) -> None:
        session = self.controller.session
        round_number = round_of(session.step)
        record = session.record()
        self.vote_box.setVisible(round_number is not None)
        if round_number is None or record is None:
            return
        revealed = record.revealed(round_number)
        which = self.tr("First vote") if round_number == 1 else self.tr("Second vote")
        where = self.tr("showing to the room") if revealed else self.tr("hidden from the room")
        editing = self.votes.vote_model.editable()
        title = f"{which} — {where}" + ("" if editing else self.tr(" (read only at this step)"))
        self.vote_title.setText(title)
        self.vote_box.setAccessibleName(title)
        agenda = session.agenda_item()
        assert agenda is not None
        counts = totals(record.tally(round_number), agenda.card.choice_ids())  # typed + phones
        missing = session.missing_votes(round_number)
        self.totals.setText(
            "  ·  ".join(f"{chr(65 + i)} {n}" for i, n in enumerate(counts))
            + arg(self.tr("   (total %1)"), sum(counts))
            + (arg(self.tr("   Still to enter: %1"), ", ".join(missing)) if missing else "")
        )
        results = private_results(session) if session.step in (Step.DISCUSSION, Step.RESULTS) else None
        self.private_chart.set_results(results)
        self.private_shift.set_results(results)
        self.private_results.setVisible(results is not None)
        self.private_shift.setVisible(results is not None and results.room is not None)
        self.vote_hint.setVisible(editing)

    def _refresh_notes(self) -> None:
        session = self.controller.session
        index = session.item
        if index == self._notes_item:
            return
        self._notes_item = index
        record = session.record()
        text = record.notes if record is not None else session.notes
        self.notes.blockSignals(True)
        self.notes.setPlainText(text)
        self.notes.blockSignals(False)

    def _notes_changed(self) -> None:
        item = self._notes_item if self._notes_item is not None and self._notes_item >= 0 else -1
        self.controller.set_notes(self.notes.toPlainText(), item)

    def _saved(self) -> None:
        # Seconds matter here (did the last action save?); digits in the language's own numerals.
        now = QLocale().toString(QTime.currentTime(), "HH:mm:ss")
        self.saved_label.setText(arg(self.tr("Saved %1"), now))
        self.saved_label.setToolTip(tooltip(str(self.controller.path)))
        self.saved_label.setStyleSheet("")
        self._save_failing = False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in THEME_EVENTS:  # the theme changed: so does the error colour
            if getattr(self, "_blanked", False):
                self.state.setStyleSheet(self._error_style())
            if getattr(self, "_save_failing", False):
                self.saved_label.setStyleSheet(self._error_style())

    def _save_failed(self, reason: str) -> None:
        self.saved_label.setText(reason)
        self.saved_label.setStyleSheet(self._error_style())
        self._save_failing = True

    def _error_style(self) -> str:
        return self._appearance.colours().error_style()

    # -- commands -----------------------------------------------------------------------------
    def focus_votes(self) -> None:
        if self.vote_box.isVisible():
            self.votes.setFocus(Qt.FocusReason.ShortcutFocusReason)
            if not self.votes.currentIndex().isValid():
                self.votes.setCurrentIndex(self.votes.model().index(0, 0))

    def focus_notes(self) -> None:
        self.notes.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def save_copy(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy of the session"),
            str(self.controller.path.with_name("copy-" + self.controller.path.name)),
            self.tr("Workshop sessions (*.workshop.json)"),
        )
        if chosen:
            self.controller.save_copy(Path(chosen))

    def end_workshop(self) -> bool:
        """End the workshop (after asking), then offer to export the debrief."""
        if self.controller.session.finished or not ask_to_end(self, self.controller.session.title):
            return False
        if not self.controller.end_workshop():
            return False
        if offer_debrief(self):
            export_debrief(self)
        return True

    def confirm_close(self) -> bool:
        """Ask once whether to close this workshop's windows; True if the answer is yes."""
        if not self.close_confirmed:
            self.close_confirmed = ask_to_close(self, self.controller.session.title)
        return self.close_confirmed

    def request_close(self) -> None:
        """Ctrl+W: close this workshop's windows after asking (never the whole app)."""
        if self.confirm_close():
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        # The window's close button asks too; a close asked for in code (after the app
        # asked, or in a test) does not.
        if event.spontaneous() and not self.confirm_close():
            event.ignore()
            return
        self.controller.flush()
        if not self.controller.retry_save() and not self._discard_unsaved():
            event.ignore()
            return
        super().closeEvent(event)
        self.closed.emit()

    def _discard_unsaved(self) -> bool:
        """The session could not be saved: ask before closing loses what the room did."""
        answer = show_message(  # quotes the session's title and the error as typed
            self,
            QMessageBox.Icon.Warning,
            self.tr("Session not saved"),
            arg(
                self.tr(
                    "The latest actions of “%1” could not be saved:\n%2\n\nUse Save a copy to keep "
                    "them in another place. Close anyway and lose them?"
                ),
                self.controller.session.title,
                self.controller.unsaved,
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard
