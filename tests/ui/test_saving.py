"""Saving never blocks the window: writes run on the one writer thread, in order, and the last lands.

The disk is a test double that holds every write until the test lets it go
(``os.fsync`` waits on an event), so "the GUI went on while the disk was busy" is
shown without timing anything.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from explorer.core.reflection.journal import Journal
from explorer.core.workshop.files import LoadedSession, load_session, save_session
from explorer.core.workshop.session import Step, new_session
from explorer.ui.tasks import save_in_order, wait_for_all, wait_for_saves
from explorer.ui.workshop.controller import WorkshopController
from tests.core.workshop_helpers import two_group_plan


class HeldDisk:
    """``os.fsync`` blocks until ``release``; counts the syncs that got through."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.waiting = threading.Event()  # a write is being held right now
        self.threads: set[str] = set()

    def release(self) -> None:
        self.gate.set()


@pytest.fixture
def held_disk(monkeypatch: pytest.MonkeyPatch) -> Iterator[HeldDisk]:
    disk = HeldDisk()
    real = os.fsync

    def fsync(descriptor: int) -> None:
        disk.threads.add(threading.current_thread().name)
        disk.waiting.set()
        assert disk.gate.wait(30), "the test never released the disk"
        real(descriptor)

    monkeypatch.setattr(os, "fsync", fsync)
    yield disk
    disk.release()  # never leave the writer thread stuck
    wait_for_saves()


def test_writes_keep_their_order_and_a_superseded_one_is_skipped(qtbot, held_disk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "file.txt"
    written: list[str] = []

    def write(text: str) -> None:
        with target.open("w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        written.append(text)

    results: list[bool] = []
    save_in_order(str(target), lambda: write("first"), on_result=results.append)
    assert held_disk.waiting.wait(10)  # the first write is on the disk, held there
    save_in_order(str(target), lambda: write("second"), on_result=results.append)
    save_in_order(str(target), lambda: write("third"), on_result=results.append)
    assert written == []  # the GUI thread went on while the disk held the write
    assert threading.main_thread().name not in held_disk.threads
    held_disk.release()
    qtbot.waitUntil(lambda: len(results) == 3)
    # The second was still waiting when the third came: the third holds everything.
    assert results == [True, False, True]
    assert written == ["first", "third"]
    assert target.read_text(encoding="utf-8") == "third"


def test_workshop_actions_return_before_the_disk_and_all_reach_it(  # type: ignore[no-untyped-def]
    qtbot, held_disk, good_pack, corpus, tmp_path: Path
) -> None:
    session = new_session(two_group_plan(good_pack, corpus, items=1))
    path = tmp_path / "room.workshop.json"
    held_disk.release()
    save_session(path, session)  # the file as the launcher writes it, before the room starts
    held_disk.gate.clear()
    held_disk.waiting.clear()
    held_disk.threads.clear()
    controller = WorkshopController(LoadedSession(session, path))
    saves: list[str] = []
    controller.saved.connect(saves.append)
    assert controller.go_to(Step.FIRST_VOTE, 0)
    assert held_disk.waiting.wait(10)
    assert controller.set_votes(1, "g1", {"qualitative-presence": 7})
    controller.set_notes("Table 1 leans to staying.", item=0)
    controller.flush()  # as on close
    assert load_session(path).session.items[0].notes == ""  # nothing written yet: the disk is held
    assert threading.main_thread().name not in held_disk.threads
    held_disk.release()
    wait_for_all()  # what the app does at quit
    reopened = load_session(path).session
    assert reopened.items[0].notes == "Table 1 leans to staying."
    assert reopened.items[0].votes(1)["g1"]["qualitative-presence"] == 7
    qtbot.waitUntil(lambda: len(saves) >= 2)  # the held write, then the newest one
    assert set(saves) == {str(path)}


def test_a_failed_journal_write_is_said_and_tried_again(
    qtbot, appearance, tmp_path: Path, good_pack, corpus
) -> None:  # type: ignore[no-untyped-def]
    from explorer.ui.reflection_panel import ReflectionPanel

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the journal's folder should be", encoding="utf-8")
    journal = Journal(blocker / "mine.journal.json", "Mine")
    panel = ReflectionPanel(corpus, journal, good_pack, appearance=appearance)
    qtbot.addWidget(panel)
    panel.set_stage("belgian-presence")
    panel.rationale.setPlainText("Staying keeps the expertise.")
    panel.flush()
    qtbot.waitUntil(lambda: "Not saved" in panel.status.text())
    blocker.unlink()  # the folder can be made now
    with qtbot.waitSignal(panel.saved, timeout=5000):
        panel.flush()  # the change was kept: flushing again writes it
    assert Journal.open(journal.path).entry("belgian-presence", "the-offer") is not None
