"""A workshop run from the facilitator's console, as a facilitator would, with the room watching.

The presenter window is read at every step, all of it (every visible label, table
cell, header, painted chart text and accessible description): no vote count may
appear on it before the facilitator reveals it.
"""

from __future__ import annotations

import re
import subprocess

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.core.workshop.files import LoadedSession, load_session, save_session, session_filename
from explorer.core.workshop.plan import Plan
from explorer.core.workshop.roles import load_roles
from explorer.core.workshop.session import Step, new_session
from explorer.ui.tasks import Task
from explorer.ui.workshop.console_actions import export_debrief
from explorer.ui.workshop.launcher import attach_workshop, sessions_dir
from explorer.ui.workshop.results_chart import ResultsChart
from explorer.ui.workshop.running import RunningSession
from explorer.ui.workshop.setup_dialog import WorkshopSetupDialog
from explorer.ui.workshop.setup_models import AgendaSetupModel, GroupsModel
from tests.core.workshop_helpers import two_group_plan

#: Counts no screen shows by accident (the clock is frozen, so the timer stays at 6:00).
FIRST = {"Table 1": (41, 57), "Table 2": (73, 0)}
SECOND = {"Table 1": (29, 69), "Table 2": (0, 73)}
SECRETS = ("41", "57", "73", "29", "69", "114", "142", "85", "12")
FROZEN = 1_000_000.0


def visible_text(window: QWidget) -> str:
    """Everything the room could read on ``window`` (or hear from a screen reader)."""
    window.grab()  # paint, so the chart reports what it drew
    found = [window.windowTitle()]
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is not window and not widget.isVisibleTo(window):
            continue
        found += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, QLabel):
            document = QTextDocument()
            document.setHtml(widget.text())
            found.append(
                document.toPlainText() if widget.textFormat() == Qt.TextFormat.RichText else widget.text()
            )
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model, root = widget.model(), QModelIndex()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
            for row in range(model.rowCount(root)):
                found += [str(model.index(row, c).data() or "") for c in range(columns)]
                found.append(str(model.headerData(row, Qt.Orientation.Vertical) or ""))
            for column in range(columns):
                found.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
        elif isinstance(widget, ResultsChart):
            found += widget.painted_texts()
    return "\n".join(found)


def shown_secrets(window: QWidget) -> list[str]:
    text = visible_text(window)
    return [number for number in SECRETS if re.search(rf"(?<![\d:]){number}(?!\d)", text)]


def type_keys(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into whatever has the keyboard, as a person does (an editor may open mid-way)."""
    for character in text:
        key = {"\t": Qt.Key.Key_Tab, "\n": Qt.Key.Key_Return}.get(character)
        target = QApplication.focusWidget()
        assert target is not None
        if key is Qt.Key.Key_Return:
            qtbot.keyClick(target, key)
            # The item view commits an edit on Enter on the next turn of the event loop.
            qtbot.waitUntil(lambda: not isinstance(QApplication.focusWidget(), QLineEdit))
        elif key is not None:
            qtbot.keyClick(target, key)
        else:
            qtbot.keyClicks(target, character)


def click_in_next_dialog(button_text: str) -> list[str]:
    """Click ``button_text`` in the next modal dialog, as a person would; returns its text."""
    seen: list[str] = []

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QMessageBox):
            QTimer.singleShot(10, attempt)
            return
        seen.append(dialog.text())
        button = next(b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == button_text)
        button.click()

    QTimer.singleShot(0, attempt)
    return seen


def press(qtbot, widget: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(widget, key, modifier)


def set_up_with_the_dialog(qtbot, appearance, good_pack: LoadedPack, corpus: Corpus) -> Plan:  # type: ignore[no-untyped-def]
    """Tick the scenario, keep two groups, give Table 1 a role: all with the keyboard."""
    dialog = WorkshopSetupDialog(good_pack, corpus, load_roles(corpus), appearance=appearance)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.agenda.setFocus()
    dialog.agenda.setCurrentIndex(dialog.agenda_model.index(0, AgendaSetupModel.ON))
    press(qtbot, dialog.agenda, Qt.Key.Key_Space)
    assert dialog.agenda_model.agenda() and "1 on the agenda" in dialog.total.text()
    assert dialog.passage_model.rowCount() == 5  # the stage's citations, four ticked by default
    dialog.title.setText("")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "title" in dialog.error.text()  # refused, in the core's words
    dialog.title.selectAll()
    qtbot.keyClicks(dialog.title, "Peace operations seminar")
    role_cell = dialog.groups_model.index(0, GroupsModel.ROLE)
    dialog.groups.setFocus()
    dialog.groups.setCurrentIndex(role_cell)
    press(qtbot, dialog.groups, Qt.Key.Key_F2)
    editor = dialog.groups.viewport().findChild(QComboBox)
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findText("The host government"))
    press(qtbot, editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: dialog.groups_model.groups[0].role == "host-government")
    assert "Mali" in dialog.role_brief.toPlainText()
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result_plan is not None
    return dialog.result_plan


def test_a_full_session_from_the_console(qtbot, appearance, running, good_pack, corpus, tmp_path) -> None:  # type: ignore[no-untyped-def]
    plan = set_up_with_the_dialog(qtbot, appearance, good_pack, corpus)
    run = running(plan)
    console, presenter, controller = run.console, run.presenter, run.controller
    assert not presenter.isFullScreen()  # one screen: a normal window to drag or share
    checked = []

    def step() -> None:
        with qtbot.waitSignal(controller.changed):
            press(qtbot, console, Qt.Key.Key_PageDown)
        checked.append(controller.session.slide)

    def enter(counts: dict[str, tuple[int, int]]) -> None:
        press(qtbot, console, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        assert console.votes.hasFocus()
        for row, (first, second) in enumerate(counts.values()):
            console.votes.setCurrentIndex(console.votes.model().index(row, 0))
            type_keys(qtbot, f"{first}\t{second}\n")
        assert shown_secrets(presenter) == []

    while controller.session.step is not Step.FIRST_VOTE:
        assert shown_secrets(presenter) == []
        step()
    assert "Table 1" in visible_text(presenter) and "Waiting for" in visible_text(presenter)

    # Leaving the blind vote before every group is in is refused, with the reason.
    press(qtbot, console, Qt.Key.Key_PageDown)
    assert "still missing: Table 1, Table 2" in console.statusBar().currentMessage()
    enter(FIRST)
    assert controller.session.items[0].first_vote == {
        "g1": {"qualitative-presence": 41, "civilian-experts": 57},
        "g2": {"qualitative-presence": 73, "civilian-experts": 0},
    }
    assert "Voted: ✓ Table 1, ✓ Table 2" in visible_text(presenter)
    assert shown_secrets(presenter) == []

    step()  # the discussion, timed
    press(qtbot, console, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert controller.session.record().timer.running  # type: ignore[union-attr]
    assert "6:00" in visible_text(presenter)
    press(qtbot, console, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, console, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(console.notes, "Table 2 moved after the budget passage.")
    assert shown_secrets(presenter) == [] and "budget passage" not in visible_text(presenter)

    step()  # the second vote
    enter(SECOND)
    assert shown_secrets(presenter) == []
    press(qtbot, console, Qt.Key.Key_B)  # blank the screen while the results step comes up
    assert visible_text(presenter).strip() == presenter.windowTitle() + "\n" + "Presenter view" or not any(
        word in visible_text(presenter) for word in ("Quality", "Results", "Table")
    )
    step()
    assert controller.session.step is Step.RESULTS and shown_secrets(presenter) == []
    press(qtbot, console, Qt.Key.Key_B)
    assert "The results are in." in visible_text(presenter) and shown_secrets(presenter) == []
    assert {"114", "142"} <= set(shown_secrets(console))  # the facilitator sees them first

    press(qtbot, console, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    text = visible_text(presenter)
    assert {"114", "57", "29", "142", "85", "12", "73"} <= set(shown_secrets(presenter))
    assert "Whole room" in text and "A → B 85" in text and "Table 1 (The host government)" in text
    assert checked[-1] == controller.session.slide

    # Export the debrief, as the facilitator would at the end.
    for fmt in ("md", "pdf"):
        target = tmp_path / f"debrief.{fmt}"
        task = export_debrief(console, target, fmt)
        assert isinstance(task, Task)
        qtbot.waitUntil(lambda task=task: task.done, timeout=30_000)
        assert task.error is None and target.stat().st_size > 0
    markdown = (tmp_path / "debrief.md").read_text(encoding="utf-8")
    assert "| A. Keep a qualitative presence | 114 | 29 | -85 |" in markdown
    assert "Table 2 moved after the budget passage." in markdown
    pdf_text = subprocess.run(
        ["pdftotext", str(tmp_path / "debrief.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Debrief: Peace operations seminar" in pdf_text and "Bibliography" in pdf_text

    # Everything entered is on disk, and reopening gives the very same session.
    console.close()
    assert load_session(controller.path).session == controller.session


def test_the_vote_grid_goes_down_on_enter_and_delete_takes_an_entry_out(
    qtbot, running, good_pack, corpus
) -> None:  # type: ignore[no-untyped-def]
    run = running(two_group_plan(good_pack, corpus, items=1))
    controller, console = run.controller, run.console
    controller.go_to(Step.FIRST_VOTE, 0)
    console.focus_votes()
    type_keys(qtbot, "3\n")
    assert console.votes.currentIndex().row() == 1 and console.votes.currentIndex().column() == 0
    type_keys(qtbot, "5\n")
    assert controller.session.missing_votes(1) == []
    press(qtbot, console.votes, Qt.Key.Key_Delete)
    assert controller.session.missing_votes(1) == ["Table 2"]
    assert "Table 2 (not in)" in visible_text(console)


def test_the_console_fits_a_1024_by_700_screen_with_the_phones_and_arguments_docks(
    qtbot, running, good_pack, corpus
) -> None:  # type: ignore[no-untyped-def]
    """A facilitator's laptop on a projector: every column and both room-voting docks fit.
    (Its least width was 1,400 pixels: one-line labels, four timer buttons in a row, and the
    arguments' entry row set it, and the docks on the right were cut off.)"""
    run = running(two_group_plan(good_pack, corpus, items=1))
    console = run.console
    run.controller.go_to(Step.FIRST_VOTE, 0)
    docks = {dock.objectName() for dock in console.findChildren(QDockWidget) if dock.isVisibleTo(console)}
    assert {"phones", "arguments"} <= docks
    least = console.minimumSizeHint()
    assert least.width() <= 1024 and least.height() <= 700 - 40, least  # 40: a title bar
    console.resize(1024, 660)
    qtbot.waitUntil(lambda: console.width() == 1024)
    for name in ("timer", "timer-reset", "timer-less", "timer-more"):
        button = console.buttons[name]
        assert console.rect().contains(button.mapTo(console, button.rect().bottomRight()))


def test_the_set_up_dialog_fits_the_screen_with_its_start_button(
    qtbot, appearance, good_pack, corpus
) -> None:  # type: ignore[no-untyped-def]
    """It opened 820 pixels high whatever the screen: on a 1366x768 or 1024x700 laptop its
    Start and Cancel buttons were under the screen's edge."""
    from explorer.core.workshop.roles import load_roles
    from explorer.ui.workshop.setup_dialog import WorkshopSetupDialog

    dialog = WorkshopSetupDialog(good_pack, corpus, load_roles(corpus), appearance=appearance)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    screen = dialog.screen().availableGeometry()
    qtbot.waitUntil(lambda: screen.contains(dialog.frameGeometry()))
    start = next(button for button in dialog.findChildren(QPushButton) if button.isDefault())
    assert screen.contains(start.mapToGlobal(start.rect().bottomRight()))


def test_the_timer_shows_the_time_and_under_it_whether_it_runs(qtbot, running, good_pack, corpus) -> None:  # type: ignore[no-untyped-def]
    run = running(two_group_plan(good_pack, corpus, items=1))
    console = run.console
    run.controller.go_to(Step.FIRST_VOTE, 0)
    assert console.clock.text().endswith(":00") and console.clock_state.text() == "(stopped)"
    qtbot.mouseClick(console.buttons["timer"], Qt.MouseButton.LeftButton)  # Start
    qtbot.waitUntil(lambda: console.clock_state.text() == "")
    assert console.clock.text().endswith(":00")  # the test's clock does not move


def test_notes_are_saved_shortly_after_typing(qtbot, running, good_pack, corpus) -> None:  # type: ignore[no-untyped-def]
    run = running(two_group_plan(good_pack, corpus, items=1))
    controller, console = run.controller, run.console
    controller.go_to(Step.CHOICES, 0)
    qtbot.waitSignal(controller.saved, timeout=5_000).wait()  # the move, written on the writer thread
    saves: list[str] = []
    controller.saved.connect(saves.append)
    qtbot.keyClicks(console.notes, "Good start.")
    qtbot.waitUntil(lambda: len(saves) == 1, timeout=5_000)  # one write, after the typing pause
    assert load_session(controller.path).session.items[0].notes == "Good start."


def test_a_read_only_session_refuses_changes_and_says_why(
    qtbot, appearance, good_pack, corpus, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    session = new_session(two_group_plan(good_pack, corpus, items=1))
    path = tmp_path / "s.workshop.json"
    save_session(path, session)
    run = RunningSession(
        LoadedSession(session, path, read_only=True, message="made by a newer version"), appearance=appearance
    )
    qtbot.addWidget(run.console)
    with qtbot.waitSignal(run.controller.refused) as refused:
        run.controller.next()
    assert "read-only" in refused.args[0] and run.controller.session.step is Step.LOBBY
    assert run.controller.save_copy(tmp_path / "copy.workshop.json")
    assert run.controller.next() and run.controller.session.step is not Step.LOBBY


def test_the_main_window_offers_to_resume_an_unfinished_session(
    qtbot, make_window, good_pack, corpus, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    session = new_session(two_group_plan(good_pack, corpus, items=1))
    session.go_to(Step.FIRST_VOTE, 0)
    session.set_votes(1, "g1", {"qualitative-presence": 2})
    save_session(sessions_dir() / session_filename(session), session)
    window = make_window()
    launcher = attach_workshop(window.context)
    assert [a.text() for a in launcher.menu.actions()] == [
        "&New session…",
        "&Resume…",
        "&Open a session file…",
    ]
    asked = click_in_next_dialog("Resume")
    resumed = launcher.offer_resume()
    assert resumed is not None and "was not ended" in asked[0]
    qtbot.addWidget(resumed.console)
    assert resumed.controller.session == session  # exactly where the room was
    assert resumed.presenter is not None and "Voted: ✓ Table 1" in visible_text(resumed.presenter)
    assert shown_secrets(resumed.presenter) == []
    resumed.close()


def test_new_session_from_the_workshop_menu(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    launcher = attach_workshop(window.context)

    def accept_with_the_first_scenario(dialog: WorkshopSetupDialog) -> int:
        dialog.agenda_model.setData(
            dialog.agenda_model.index(0, AgendaSetupModel.ON),
            Qt.CheckState.Checked,
            Qt.ItemDataRole.CheckStateRole,
        )
        dialog.accept()
        return WorkshopSetupDialog.DialogCode.Accepted

    monkeypatch.setattr(WorkshopSetupDialog, "exec", accept_with_the_first_scenario)
    launcher.actions["new"].trigger()
    assert len(launcher.running) == 1
    running = launcher.running[0]
    qtbot.addWidget(running.console)
    assert running.controller.path.parent == sessions_dir() and running.controller.path.exists()
    assert running.controller.session.plan.agenda[0].card.scenario_id == "belgian-presence"
    running.close()


def test_the_results_chart_shows_each_choice_label_whole_or_marks_what_it_left_out(qtbot) -> None:  # type: ignore[no-untyped-def]
    """On a 1024-pixel projector a four-word label wrapped to a third line, and the box cut
    it: "liaison posts" showed as "liaison" over a half-drawn dot. A label longer than three
    lines ends in an ellipsis instead."""
    from explorer.core.workshop.room_view import ResultsView
    from explorer.ui.workshop.results_chart import LABEL_LINES, ResultsChart

    labels = (
        "Pay for the means it asked the Council to free up",
        "Staff the civilian pillars and push for synergy",
        "Contribute through the EU, NATO or the OSCE instead",
        "Stay with command, observation and liaison posts",
    )
    chart = ResultsChart()
    qtbot.addWidget(chart)
    chart.resize(960, 300)
    chart.set_unit(26.0)  # the presenter's unit at 1024 x 700
    chart.set_results(ResultsView(("A", "B", "C", "D"), labels, (6, 9, 1, 8), (4, 13, 2, 5)))
    chart.grab()
    painted = chart.painted_texts()
    assert all(label in painted for label in labels), painted
    assert chart.cut_off_texts() == []

    long = "Stay with command, observation and liaison posts, " * 6
    chart.set_results(ResultsView(("A", "B"), (labels[0], long), (1, 2)))
    chart.grab()
    shortened = next(text for text in chart.painted_texts() if text.startswith("Stay with"))
    assert shortened.endswith("…") and len(shortened) < len(long)
    assert chart.cut_off_texts() == []
    lines = len(shortened) // len("Stay with command, observation")
    assert lines <= LABEL_LINES * 2  # three lines of about two phrases' width, not the six


def test_a_language_change_keeps_the_results_charts_size(qtbot, running, good_pack, corpus) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QEvent

    run = running(two_group_plan(good_pack, corpus, items=1))
    chart = run.console.private_chart
    before = chart._unit
    QCoreApplication.sendEvent(chart, QEvent(QEvent.Type.LanguageChange))
    assert chart._unit == before != 20.0
