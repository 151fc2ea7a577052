"""The heartbeat the hostile walk relies on sees a stall and charges it to the step that caused it."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer

from tests.ui.heartbeat import Heartbeat


def _busy(seconds: float) -> None:
    """Work on the GUI thread (CPU, not a sleep: the heartbeat counts the thread's CPU time)."""
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


def test_the_heartbeat_charges_a_stall_to_its_step(qtbot) -> None:  # type: ignore[no-untyped-def]
    beat = Heartbeat()
    beat.start()
    beat.step = "quiet"
    with qtbot.waitSignal(beat._timer.timeout, timeout=5_000):
        pass
    beat.step = "busy handler"
    QTimer.singleShot(0, lambda: _busy(0.3))
    beat.settle()
    beat.settle()
    beat.step = "quiet again"
    with qtbot.waitSignal(beat._timer.timeout, timeout=5_000):
        pass
    beat.stop()
    cpu, wall, step = beat.longest
    assert cpu >= 0.3 and wall >= cpu * 0.9 and step == "busy handler", beat.describe()
    assert beat.ticks >= 2
