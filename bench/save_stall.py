"""The longest freeze of the event loop while the app autosaves, on a slow disk.

A slow disk is a test double: ``os.fsync`` (which every atomic save calls for the
file, its ``.bak`` copy and the directory) waits ``delay_ms`` before syncing, as a
busy USB stick or network home does. A heartbeat timer fires every millisecond
on the GUI thread; the figure is the longest gap between two beats while the
real save paths run:

- workshop: ``WorkshopController`` actions (next / previous, votes, timer), each
  saved as it happens, then typed notes saved after their pause;
- journal: an entry changed, each change followed by the ``ReflectionPanel``'s
  autosave (``flush``).

The same heartbeat with no saving gives the floor (a busy machine's own jitter),
and the same saves made on the GUI thread (``Autosave``'s default writer and
``Journal.save``, what the app did before the writer thread) show what the
writer thread removes.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QApplication

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.core.reflection.journal import Journal, JournalEntry
from explorer.core.workshop.files import Autosave, LoadedSession, save_session
from explorer.core.workshop.plan import agenda_item, new_plan
from explorer.core.workshop.session import Step, WorkshopSession, new_session
from explorer.ui.tasks import wait_for_saves

ACTIONS = 12
GAP_MS = 30  # between two actions: a fast facilitator, a fast typist


def _app() -> QApplication:
    app = QApplication.instance() or QApplication(["bench"])
    assert isinstance(app, QApplication)
    return app


@contextmanager
def slow_disk(delay_ms: float) -> Iterator[None]:
    """Every ``os.fsync`` waits ``delay_ms`` first (the GIL is released while it waits)."""
    real = os.fsync

    def fsync(descriptor: int) -> None:
        time.sleep(delay_ms / 1000)
        real(descriptor)

    os.fsync = fsync  # type: ignore[assignment]
    try:
        yield
    finally:
        os.fsync = real  # type: ignore[assignment]


def longest_stall(steps: list[Callable[[], None]], settle: Callable[[], bool]) -> float:
    """Run ``steps`` GAP_MS apart on the event loop; the longest gap between 1 ms beats, in ms.

    Measures until every step ran and ``settle()`` says the saves are done.
    """
    app = _app()
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]
    worst = [0]
    remaining = list(steps)

    def beat() -> None:
        now = clock.nsecsElapsed()
        worst[0] = max(worst[0], now - last[0])
        last[0] = now

    heart = QTimer()
    heart.setTimerType(Qt.TimerType.PreciseTimer)
    heart.setInterval(1)
    heart.timeout.connect(beat)
    driver = QTimer()
    driver.setInterval(GAP_MS)

    def step() -> None:
        if remaining:
            remaining.pop(0)()
        elif settle():
            driver.stop()
            heart.stop()
            app.exit(0)

    driver.timeout.connect(step)
    heart.start()
    driver.start()
    app.exec()
    return round(worst[0] / 1e6, 1)


def _session(pack: LoadedPack, corpus: Corpus) -> WorkshopSession:
    scenario = pack.scenarios[0]
    plan = new_plan("Bench", [agenda_item(pack, corpus, scenario.id)], [("Table 1", None, None)], corpus)
    session = new_session(plan)
    session.go_to(Step.FIRST_VOTE, 0)
    return session


def _workshop_steps(
    perform: Callable[[Callable[[WorkshopSession], Any]], Any], group: str, choice: str
) -> list[Callable[[], None]]:
    steps: list[Callable[[], None]] = []
    for k in range(ACTIONS):
        if k % 3 == 0:
            steps.append(lambda k=k: perform(lambda s: s.set_votes(1, group, {choice: k})))
        elif k % 3 == 1:
            steps.append(lambda: perform(lambda s: s.toggle_timer()))
        else:
            steps.append(lambda k=k: perform(lambda s: s.set_notes(f"note {k}", 0)))
    return steps


def workshop(pack: LoadedPack, corpus: Corpus, delay_ms: float, directory: Path) -> dict[str, float]:
    from explorer.ui.workshop.controller import WorkshopController

    session = _session(pack, corpus)
    choice = session.plan.agenda[0].card.choices[0].id
    group = session.plan.groups[0].id
    path = directory / "bench.workshop.json"
    save_session(path, session)
    with slow_disk(delay_ms):
        blocking = Autosave(session, path)  # writes on the calling (GUI) thread
        gui_thread = longest_stall(_workshop_steps(blocking.perform, group, choice), lambda: True)
        controller = WorkshopController(LoadedSession(_session(pack, corpus), path))
        app_steps = _workshop_steps(controller.perform, group, choice)
        writer = longest_stall(app_steps, lambda: wait_for_saves(0))
        controller.deleteLater()
    return {"gui_thread_ms": gui_thread, "app_ms": writer}


def journal(pack: LoadedPack, corpus: Corpus, delay_ms: float, directory: Path) -> dict[str, float]:
    """A reader's entry changing, each change followed by the panel's autosave (``flush``).

    The change is made in the journal itself, not typed, so that the figure is the
    save's alone (typing redraws the ranking, which is not saving).
    """
    from explorer.ui.reflection_panel import ReflectionPanel
    from explorer.ui.settings import Settings
    from explorer.ui.theme import Appearance

    scenario = pack.scenarios[0]
    stage = scenario.stages[0]
    blocking_journal = Journal(directory / "blocking.journal.json", "Bench")
    panel_journal = Journal(directory / "panel.journal.json", "Bench")
    with slow_disk(delay_ms):
        appearance = Appearance(_app(), Settings(directory / "bench.ini"))
        panel = ReflectionPanel(corpus, panel_journal, pack, appearance=appearance)
        panel.set_stage(scenario.id, stage.id)

        def changed(journal: Journal, k: int) -> None:
            journal.put(JournalEntry(scenario.id, stage.id, rationale=f"Because of passage {k}."))

        def typed(k: int) -> None:
            changed(panel_journal, k)
            panel._unsaved = True  # what a change in the panel marks
            panel.flush()  # the autosave after the typing pause: encoded here, written by the writer

        def typed_blocking(k: int) -> None:
            changed(blocking_journal, k)
            blocking_journal.save()  # as the app saved before: on the GUI thread

        gui_thread = longest_stall([lambda k=k: typed_blocking(k) for k in range(ACTIONS)], lambda: True)
        writer = longest_stall([lambda k=k: typed(k) for k in range(ACTIONS)], lambda: wait_for_saves(0))
        panel.deleteLater()
    return {"gui_thread_ms": gui_thread, "app_ms": writer}


def measure(pack: LoadedPack, corpus: Corpus, delay_ms: float = 50) -> dict[str, Any]:
    """Longest event-loop stalls (ms): idle floor, workshop and journal saving on a slow disk."""
    _app()
    with tempfile.TemporaryDirectory(prefix="explorer-save-bench-") as workdir:
        directory = Path(workdir)
        idle = longest_stall([lambda: None] * ACTIONS, lambda: True)
        results: dict[str, Any] = {"fsync_delay_ms": delay_ms, "idle_ms": idle}
        results["workshop"] = workshop(pack, corpus, delay_ms, directory)
        results["journal"] = journal(pack, corpus, delay_ms, directory)
    results["worst_app_ms"] = max(results["workshop"]["app_ms"], results["journal"]["app_ms"])
    return results
