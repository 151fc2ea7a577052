"""A heartbeat on the GUI thread: the longest stretch the event loop went without a turn.

A ``QTimer`` ticks every 50 ms while a walk through the window runs; the gap between
two ticks is how long the event loop was kept from them (a render, a click handler, a
load's ready handler). The bound is on the GUI thread's own CPU time between ticks
(``time.thread_time``), so a machine busy with other processes does not fail it while a
hang, or any single step doing a second of work, does; the wall-clock gap is recorded
beside it for the message. A step that only waits (a blocked read) costs no CPU here,
but it never ends either, and the walk's ``waitSignal`` then times out.

The walk names what it is doing in ``step`` and calls ``settle`` after each action, so
the tick that ends a stretch is charged to the step that caused it.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

TICK_MS = 50


class Heartbeat(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.step = ""
        #: The longest gap so far: GUI-thread CPU seconds, wall seconds, and the step.
        self.longest = (0.0, 0.0, "")
        self.ticks = 0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._clock = QElapsedTimer()
        self._cpu = 0.0

    def start(self) -> None:
        self._clock.start()
        self._cpu = time.thread_time()
        self._timer.start()

    def stop(self) -> None:
        self._tick()  # the stretch since the last tick counts too
        self._timer.stop()

    def settle(self) -> None:
        """Give the event loop its turn now, so the next step starts a new stretch."""
        QApplication.processEvents()

    def _tick(self) -> None:
        cpu = time.thread_time()
        gap = (cpu - self._cpu, self._clock.restart() / 1000, self.step)
        self._cpu = cpu
        self.ticks += 1
        if gap[0] > self.longest[0]:
            self.longest = gap

    def describe(self) -> str:
        cpu, wall, step = self.longest
        return f"longest stall {cpu:.2f} s of GUI-thread CPU ({wall:.2f} s wall) during: {step or 'start'}"
