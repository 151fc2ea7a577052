"""A workshop has an end: End workshop, resume only what did not end, quitting asks once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.core.workshop.files import find_unfinished, load_session, save_session, session_filename
from explorer.core.workshop.session import Step, WorkshopSession, new_session
from explorer.ui import settings as keys
from explorer.ui.settings import Settings
from explorer.ui.tasks import wait_for_saves
from explorer.ui.workshop.launcher import WorkshopLauncher, attach_workshop, sessions_dir
from explorer.ui.workshop.sessions_dialog import SessionsDialog, SessionsModel
from tests.core.workshop_helpers import two_group_plan
from tests.ui.test_workshop import click_in_next_dialog, visible_text

CTRL = Qt.KeyboardModifier.ControlModifier


class Answers:
    """Stands in for ``QMessageBox.question``: records each question, answers from a script."""

    def __init__(self, *answers: QMessageBox.StandardButton) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []

    def __call__(self, _parent, _title, text, *_args, **_kwargs) -> QMessageBox.StandardButton:  # type: ignore[no-untyped-def]
        self.asked.append(text)
        return self.answers.pop(0)


def saved(session: WorkshopSession) -> Path:
    path = sessions_dir() / session_filename(session)
    save_session(path, session)
    return path


def test_end_workshop_asks_marks_the_session_finished_and_offers_the_debrief(  # type: ignore[no-untyped-def]
    qtbot, running, good_pack: LoadedPack, corpus: Corpus, tmp_path: Path, monkeypatch
) -> None:
    run = running(two_group_plan(good_pack, corpus, items=1))
    console, controller = run.console, run.controller
    controller.go_to(Step.CHOICES, 0)
    answers = Answers(QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(QMessageBox, "question", answers)
    console.actions_by_name["end"].trigger()
    assert not controller.session.finished and "End “Peace operations seminar”?" in answers.asked[0]

    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _location: str(documents))
    offered: list[str] = []
    target = tmp_path / "handout" / "seminar.pdf"
    target.parent.mkdir()

    def save_as(_parent, _caption, start, _filters):  # type: ignore[no-untyped-def]
        offered.append(start)
        return str(target), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    answers = Answers(QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "question", answers)
    console.actions_by_name["end"].trigger()
    assert controller.session.finished and controller.session.step is Step.END
    wait_for_saves()
    assert load_session(controller.path).session.finished  # saved at once
    assert "Export the debrief now?" in answers.asked[1]
    assert Path(offered[0]).parent == documents  # a folder the facilitator can find, not app data
    qtbot.waitUntil(lambda: target.exists(), timeout=30_000)
    assert Settings().get(keys.DEBRIEF_FOLDER) == str(target.parent)  # remembered for next time
    assert "Thank you" in visible_text(run.presenter)
    assert not console.actions_by_name["end"].isEnabled()
    assert not controller.next()
    assert "workshop has ended" in console.statusBar().currentMessage()
    assert find_unfinished(controller.path.parent) == []  # not offered for resuming


def test_the_timer_is_on_the_room_screen_only_in_discussion_unless_pinned(  # type: ignore[no-untyped-def]
    qtbot, running, good_pack: LoadedPack, corpus: Corpus
) -> None:
    run = running(two_group_plan(good_pack, corpus, items=1))
    controller, presenter = run.controller, run.presenter
    controller.go_to(Step.FIRST_VOTE, 0)
    for group in ("g1", "g2"):
        controller.set_votes(1, group, {"qualitative-presence": 1})
    controller.next()
    controller.toggle_timer()
    assert "6:00" in visible_text(presenter)
    controller.next()  # the second vote: the countdown leaves the screen, though it runs
    assert controller.session.record().timer.running and "6:00" not in visible_text(presenter)  # type: ignore[union-attr]
    run.console.actions_by_name["timer-pin"].trigger()
    assert controller.session.timer_pinned and "6:00" in visible_text(presenter)
    run.console.actions_by_name["timer-pin"].trigger()
    assert "6:00" not in visible_text(presenter)


@pytest.fixture
def launcher(make_window) -> WorkshopLauncher:  # type: ignore[no-untyped-def]
    return attach_workshop(make_window().context)


def test_resume_is_offered_only_for_sessions_not_ended_and_no_means_not_now(  # type: ignore[no-untyped-def]
    qtbot, launcher: WorkshopLauncher, good_pack: LoadedPack, corpus: Corpus
) -> None:
    ended = new_session(two_group_plan(good_pack, corpus, items=1), now=100.0)
    ended.end(now=200.0)
    saved(ended)
    unfinished = new_session(two_group_plan(good_pack, corpus, items=1), now=300.0)
    unfinished.go_to(Step.CHOICES, 0, now=310.0)
    path = saved(unfinished)

    seen = click_in_next_dialog("Not now")
    assert launcher.offer_resume() is None and "was not ended" in seen[0]
    assert load_session(path).session == unfinished  # untouched
    seen = click_in_next_dialog("Not now")
    assert launcher.offer_resume() is None and seen  # asked again at the next launch

    seen = click_in_next_dialog("Mark as ended")
    assert launcher.offer_resume() is None and seen
    assert load_session(path).session.finished
    assert launcher.offer_resume() is None  # nothing left to offer: no question at all
    assert QApplication.activeModalWidget() is None


def test_the_sessions_list_opens_ended_and_unended_sessions(  # type: ignore[no-untyped-def]
    qtbot, launcher: WorkshopLauncher, good_pack: LoadedPack, corpus: Corpus, monkeypatch
) -> None:
    ended = new_session(two_group_plan(good_pack, corpus, items=1), now=100.0)
    ended.end(now=200.0)
    saved(ended)
    saved(new_session(two_group_plan(good_pack, corpus, items=1), now=300.0))
    file_menu = launcher.context.window.menu_actions["file-menu"].menu()
    assert "&Workshop sessions…" in [a.text() for a in file_menu.actions()]  # type: ignore[union-attr]

    dialog = SessionsDialog(sessions_dir())
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    states = {dialog.model.index(row, SessionsModel.STATE).data() for row in range(2)}
    assert states == {"Ended", "Not ended (can be resumed)"}
    ended_row = next(row for row in range(2) if dialog.model.sessions[row].finished)
    dialog.table.setCurrentIndex(dialog.model.index(ended_row, 0))
    dialog.show()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.chosen == dialog.model.sessions[ended_row].path

    def pick_the_ended_one(self: SessionsDialog) -> int:
        qtbot.waitUntil(lambda: self.model.rowCount() == 2)
        self.table.setCurrentIndex(self.model.index(ended_row, 0))
        self.accept()
        return SessionsDialog.DialogCode.Accepted

    monkeypatch.setattr(SessionsDialog, "exec", pick_the_ended_one)
    launcher.actions["sessions"].trigger()
    assert len(launcher.running) == 1
    opened = launcher.running[0]
    qtbot.addWidget(opened.console)
    assert opened.controller.session.finished and opened.controller.session == ended
    opened.close()


def start_one(qtbot, launcher: WorkshopLauncher, good_pack: LoadedPack, corpus: Corpus):  # type: ignore[no-untyped-def]
    running = launcher.start(two_group_plan(good_pack, corpus, items=1))
    assert running is not None and running.presenter is not None
    qtbot.addWidget(running.console)
    qtbot.addWidget(running.presenter)
    return running


def activate(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    widget.activateWindow()
    widget.raise_()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def test_quitting_from_the_main_window_asks_once_and_closes_every_workshop_window(  # type: ignore[no-untyped-def]
    qtbot, launcher: WorkshopLauncher, good_pack: LoadedPack, corpus: Corpus, monkeypatch
) -> None:
    window = launcher.context.window
    first = start_one(qtbot, launcher, good_pack, corpus)
    second = start_one(qtbot, launcher, good_pack, corpus)
    answers = Answers(QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(QMessageBox, "question", answers)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Q, CTRL)
    assert len(answers.asked) == 1 and window.isVisible() and first.console.isVisible()

    answers = Answers(QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "question", answers)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Q, CTRL)
    assert len(answers.asked) == 1  # once, for both workshops
    for run in (first, second):
        assert not run.console.isVisible() and not run.presenter.isVisible()
    assert not window.isVisible() and launcher.running == []


def test_quit_in_a_console_asks_once_and_ctrl_w_closes_only_that_workshop(  # type: ignore[no-untyped-def]
    qtbot, launcher: WorkshopLauncher, good_pack: LoadedPack, corpus: Corpus, monkeypatch
) -> None:
    window = launcher.context.window
    first = start_one(qtbot, launcher, good_pack, corpus)
    second = start_one(qtbot, launcher, good_pack, corpus)

    answers = Answers(QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "question", answers)
    activate(qtbot, first.console)
    qtbot.keyClick(first.console, Qt.Key.Key_W, CTRL)
    assert first.console.isVisible()  # Cancel keeps it
    qtbot.keyClick(first.console, Qt.Key.Key_W, CTRL)
    assert "Close the console and the presenter" in answers.asked[1]
    assert not first.console.isVisible() and not first.presenter.isVisible()
    assert window.isVisible() and second.console.isVisible()  # the app goes on
    assert launcher.running == [second]

    answers = Answers(QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "question", answers)
    activate(qtbot, second.presenter)
    qtbot.keyClick(second.presenter, Qt.Key.Key_Q, CTRL)  # from the projector's window too
    assert len(answers.asked) == 1 and "Quitting closes" in answers.asked[0]
    assert not second.console.isVisible() and not second.presenter.isVisible()
    assert not window.isVisible()
