"""One writer per file in the app: what a second launch hands over is opened here; a session
run by another process opens read-only; a console whose saves fail asks before closing."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from explorer.app import launch_arguments, open_arguments
from explorer.core import store
from explorer.core.reflection.journal import Journal, JournalEntry
from explorer.core.workshop.files import load_session, save_session, session_filename
from explorer.core.workshop.session import Step, new_session
from explorer.ui.workshop.launcher import attach_workshop, sessions_dir
from explorer.ui.workshop.running import RunningSession
from tests.core.workshop_helpers import two_group_plan

HOLDER = (
    "import sys, time; from pathlib import Path; from explorer.core.file_lock import lock;"
    "held = lock(Path(sys.argv[1])); print('held' if held else 'refused', flush=True); time.sleep(60)"
)


def _hold(path: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    return holder


def _release(holder: subprocess.Popen[str]) -> None:
    holder.kill()
    holder.wait()
    assert holder.stdout is not None
    holder.stdout.close()


def test_a_journal_handed_over_by_a_second_launch_is_opened_and_the_window_comes_forward(
    qtbot, make_window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    launcher = attach_workshop(window.context)
    other = tmp_path / "colleague.journal.json"
    journal = Journal(other, "Colleague")
    journal.put(JournalEntry("belgian-presence", "the-offer", rationale="From the colleague."))
    journal.save()
    window.showMinimized()
    open_arguments(window, launcher, launch_arguments(None, other))
    assert not window.isMinimized()
    assert window.reflection.journal.path == other and not window.reflection.journal.read_only
    assert window.reflection.journal_dock is not None and window.reflection.journal_dock.isVisible()


def test_a_session_handed_over_opens_its_console(qtbot, make_window, good_pack, corpus) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    launcher = attach_workshop(window.context)
    session = new_session(two_group_plan(good_pack, corpus, items=1))
    path = sessions_dir() / session_filename(session)
    save_session(path, session)
    open_arguments(window, launcher, launch_arguments(None, path))
    assert len(launcher.running) == 1
    run = launcher.running[0]
    qtbot.addWidget(run.console)
    assert run.controller.path == path and not run.controller.read_only
    run.close()


def test_a_session_run_by_another_process_opens_read_only(
    qtbot, make_window, good_pack, corpus, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    launcher = attach_workshop(window.context)
    session = new_session(two_group_plan(good_pack, corpus, items=1))
    path = sessions_dir() / session_filename(session)
    save_session(path, session)
    before = path.read_bytes()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    holder = _hold(path)
    try:
        run = launcher.open_path(path)
        assert run is not None
        qtbot.addWidget(run.console)
        assert run.controller.read_only and "open in another window" in told[0]
        with qtbot.waitSignal(run.controller.refused):
            run.controller.next()
        run.close()
    finally:
        _release(holder)
    assert path.read_bytes() == before  # the other console's file was never written here
    again = load_session(path, lock=True)  # the other process is gone: writable again
    assert not again.read_only
    again.close()


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard])
def test_closing_a_console_whose_saves_fail_asks_first(
    qtbot, appearance, good_pack, corpus, tmp_path: Path, monkeypatch, answer
) -> None:  # type: ignore[no-untyped-def]
    session = new_session(two_group_plan(good_pack, corpus, items=1))
    path = tmp_path / "s.workshop.json"
    save_session(path, session)
    run = RunningSession(load_session(path, lock=True), appearance=appearance)
    qtbot.addWidget(run.console)
    run.start()
    if run.presenter is not None:
        qtbot.addWidget(run.presenter)

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    real_write = store.write_atomic
    monkeypatch.setattr(store, "write_atomic", disk_full)
    with qtbot.waitSignal(run.controller.saveFailed):
        run.controller.next()
    assert run.controller.session.step is not Step.LOBBY  # the action stands, in memory
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: asked.append(text) or answer)
    run.console.close()
    assert len(asked) == 1 and "No space left" in asked[0]
    if answer == QMessageBox.StandardButton.Cancel:
        assert run.console.isVisible()
        monkeypatch.setattr(store, "write_atomic", real_write)
        run.console.close()  # the retry succeeds: no second question
        assert len(asked) == 1 and not run.console.isVisible()
        assert load_session(path).session.step is run.controller.session.step
    else:
        assert not run.console.isVisible()


def test_orphaned_temporary_files_are_removed_but_fresh_ones_kept(tmp_path: Path) -> None:
    old = tmp_path / ".j.journal.json.abc123.tmp"
    fresh = tmp_path / ".j.journal.json.def456.tmp"
    keep = tmp_path / "notes.tmp"  # not one of ours
    for path in (old, fresh, keep):
        path.write_bytes(b"x" * 100)
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    os.utime(keep, (an_hour_ago, an_hour_ago))
    assert store.remove_orphans(tmp_path) == 1
    assert not old.exists() and fresh.exists() and keep.exists()


def test_bad_journals_beside_good_ones_never_break_ctrl_j(qtbot, make_window, settings_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from explorer.ui.journal_view import journals_directory
    from explorer.ui.settings import CURRENT_JOURNAL, Settings

    folder = journals_directory()
    folder.mkdir(parents=True, exist_ok=True)
    good = Journal(folder / "good.journal.json", "Good one")
    good.put(JournalEntry("belgian-presence", "the-offer", rationale="Still here."))
    good.save()
    bad_date = '{"format": "journal", "version": 2, "entries": [{"scenario": "s", "stage": "t", '
    bad_date += '"updated": "0001-01-01T00:00:00+05:00"}]}'
    (folder / "date.journal.json").write_text(bad_date)
    (folder / "deep.journal.json").write_bytes(
        b'{"format": "journal", "version": 2, "entries": ' + b"[" * 200_000
    )
    (folder / "confidence.journal.json").write_text(
        '{"format": "journal", "version": 2, "entries": [{"scenario": "s", "stage": "t", "confidence": 99}]}'
    )
    Settings(settings_path).set(CURRENT_JOURNAL, str(folder / "date.journal.json"))  # the last one used
    window = make_window()
    window.open_scenario("belgian-presence", "the-offer")
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)  # Reflect on this stage
    controller = window.reflection
    assert controller.panel is not None and controller.panel.banner.isVisible()
    assert controller.journal.read_only and "could not be read" in controller.journal.message
    controller.focus_journal()
    view = controller.journal_view
    names = [view.journals.itemText(i) for i in range(view.journals.count())]
    assert "Good one" in names and sum("(damaged)" in name for name in names) == 3
    view.journals.setCurrentIndex(names.index("Good one"))
    view.journals.activated.emit(names.index("Good one"))
    assert controller.journal.name == "Good one" and not controller.journal.read_only
    assert [e.rationale for e in controller.journal.entries()] == ["Still here."]
