"""A failed save keeps the entry in memory, says so, and quitting asks before discarding it."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from explorer.core import store
from explorer.core.reflection.journal import Journal

SCENARIO, STAGE = "belgian-presence", "the-offer"


def _disk_full(*_args: object, **_kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard])
def test_quitting_with_an_unsaved_entry_asks_first(qtbot, make_window, monkeypatch, answer) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    controller = window.reflection
    window.open_scenario(SCENARIO, STAGE)
    controller.focus_panel()
    panel = controller.panel
    real_write = store.write_atomic
    monkeypatch.setattr(store, "write_atomic", _disk_full)
    panel.rationale.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClicks(panel.rationale, "Kept although the disk is full")
    qtbot.waitUntil(lambda: "Not saved" in panel.status.text(), timeout=5000)
    assert "No space left" in panel.status.text()
    entry = controller.journal.entry(SCENARIO, STAGE)
    assert entry is not None and entry.rationale == "Kept although the disk is full"  # still in memory

    asked: list[str] = []

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "warning", question)
    window.close()
    assert len(asked) == 1 and "could not be saved" in asked[0] and "No space left" in asked[0]
    if answer == QMessageBox.StandardButton.Cancel:
        assert window.isVisible()  # the reader stays, the entry with them
        monkeypatch.setattr(store, "write_atomic", real_write)  # room on the disk again
        window.close()
        assert len(asked) == 1 and not window.isVisible()  # saved at the last moment: no question
        saved = Journal.open(controller.journal.path, lock=False).entry(SCENARIO, STAGE)
        assert saved is not None and saved.rationale == "Kept although the disk is full"
    else:
        assert not window.isVisible()


def test_a_journal_written_by_another_process_opens_read_only(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    window = make_window()
    controller = window.reflection
    path = controller.journal.path
    controller.open_journal_file(path.with_name("other.journal.json"))  # gives the first one's lock back
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from explorer.core.file_lock import lock;"
            "held = lock(Path(sys.argv[1]));"
            "print('held' if held else 'refused', flush=True); time.sleep(60)",
            str(path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        controller.open_journal_file(path)  # back to the journal the other process writes
        window.open_scenario(SCENARIO, STAGE)
        controller.focus_panel()
        panel = controller.panel
        assert controller.journal.read_only and "another window" in controller.journal.message
        assert panel.banner.isVisible() and panel.rationale.isReadOnly()
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()  # type: ignore[union-attr]
