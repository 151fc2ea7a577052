"""The window over the hostile corpus: each pack loads (its problems listed, located), every
scenario that survives opens, every citation link in it can be clicked and every panel
opened, with no exception and no event-loop stall over a second.

pytest-qt fails a test on any exception raised inside a Qt slot or event handler, so
"no exception" covers the pack-ready handler, the rendering of every stage and the
source viewer opening each passage. A heartbeat (``tests/ui/heartbeat.py``) measures
the longest stretch without a turn of the event loop, from the pack's load to the search.
"""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from explorer.ui.tasks import wait_for_all
from tests.hostile_cases import expected
from tests.ui.conftest import link_point
from tests.ui.heartbeat import Heartbeat

CTRL = Qt.KeyboardModifier.ControlModifier
#: Seconds of GUI-thread work between two turns of the event loop that count as a stall.
STALL_LIMIT = 1.0


def _cite_links(browser) -> list[str]:  # type: ignore[no-untyped-def]
    """Every distinct ``cite:`` href on the page, in reading order."""
    found: list[str] = []
    block = browser.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            href = fragments.fragment().charFormat().anchorHref()
            if href.startswith("cite:") and href not in found:
                found.append(href)
            fragments += 1
        block = block.next()
    return found


def _walk(window, qtbot, beat: Heartbeat) -> int:  # type: ignore[no-untyped-def]
    """Open every scenario and stage, click every citation link, open every panel.

    Returns the clicks made. Each step is named in ``beat`` and followed by a turn of the
    event loop, so the heartbeat charges a stall to the step that caused it.
    """
    clicks = 0
    view = window.scenario_view
    beat.step = "facilitator notes on"
    window.notes_action.setChecked(True)  # rendered with every stage from here on
    beat.settle()
    for scenario in window.pack.scenarios:
        for stage in scenario.stages:
            beat.step = f"open {scenario.id} / {stage.id}"
            window.open_scenario(scenario.id, stage.id, focus=True)
            beat.settle()
            assert view.scenario_id == scenario.id
            for href in _cite_links(view.browser):
                beat.step = f"click {href} in {scenario.id} / {stage.id}"
                with qtbot.waitSignal(window.citationOpened, timeout=5_000) as opened:
                    qtbot.mouseClick(
                        view.browser.viewport(), Qt.MouseButton.LeftButton, pos=link_point(view.browser, href)
                    )
                assert opened.args == [scenario.id, href.removeprefix("cite:")]
                clicks += 1
                beat.settle()
                beat.step = f"back from {href} in {scenario.id} / {stage.id}"
                window.go_back()
                beat.settle()
            beat.step = f"trade-off matrix and chart of {scenario.id} / {stage.id}"
            qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
            window.tradeoff_matrix.show_chart(True)
            window.tradeoff_matrix.chart.grab()
            beat.settle()
            window.tradeoff_matrix.show_chart(False)
            beat.step = f"reflection panel on {scenario.id} / {stage.id}"
            qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
            qtbot.keyClick(window, Qt.Key.Key_J, CTRL)
            beat.settle()
            assert window.reflection.panel is not None
    beat.step = "problems panel"
    window.show_problems()
    beat.settle()
    beat.step = "search"
    qtbot.waitUntil(lambda: window.search_dock.index is not None, timeout=20_000)
    words = window.pack.scenarios[0].title.split()[:1] if window.pack.scenarios else ["the"]
    window.search_panel.query.setText(words[0][:40] if words else "the")
    qtbot.keyClick(window.search_panel.query, Qt.Key.Key_Return)
    beat.settle()
    return clicks


def test_the_window_survives_every_hostile_pack(make_window, hostile_cases: list[Path], qtbot) -> None:
    walked = {}
    stalls = {}
    for case in hostile_cases:
        want = expected(case)
        window = make_window(case)
        model = window.problems.model
        locations = [model.index(row, model.LOCATION).data() for row in range(model.rowCount())]
        if want["line"]:
            assert any(
                loc.rsplit(":", 2)[0].endswith(want["file"]) and int(loc.rsplit(":", 2)[1]) == want["line"]
                for loc in locations
            ), (case.name, locations[:5])
            assert window.problems_dock.isVisible()
        else:
            assert window.pack.scenarios and not window.pack.errors, case.name
        beat = Heartbeat()
        beat.start()
        # Loaded again under the heartbeat: the pack-ready handler runs on the GUI thread.
        beat.step = "pack loaded"
        with qtbot.waitSignal(window.packLoaded, timeout=60_000):
            window.reload_pack()
        beat.settle()
        walked[case.name] = _walk(window, qtbot, beat)
        beat.stop()
        stalls[case.name] = beat
        print(f"{case.name}: {beat.describe()}")  # shown with pytest -s
        window.close()
        wait_for_all()  # this window's search index, before the next window starts its own
        # Gone, not just closed: the next window's style sheet would re-polish all of its widgets.
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        del window
        gc.collect()  # its Python side too, so that qtbot does not close it again at the end
    # The packs whose hostile file sits beside the good scenario still show it, links and all.
    assert walked["fifo"] > 0 and walked["symlink-from-outside"] > 0
    assert walked["at-the-limits"] >= 5
    # No step held the event loop for a second (a hang, not a speed target).
    assert all(beat.ticks > 1 for beat in stalls.values())
    slow = {name: beat.describe() for name, beat in stalls.items() if beat.longest[0] >= STALL_LIMIT}
    assert not slow, slow


def test_closing_the_window_cancels_the_load(make_window, qtbot, monkeypatch) -> None:
    import threading

    from explorer.core.pack.loader import LoadCancelled
    from explorer.ui import loading

    window = make_window()
    started = threading.Event()
    gave_up = threading.Event()

    def endless_load(directory, corpus, cancelled):  # type: ignore[no-untyped-def]
        started.set()
        # Stands for a huge pack: it ends only when asked to (the wait is a safety net).
        for _ in range(6_000):
            if cancelled():
                gave_up.set()
                raise LoadCancelled(str(directory))
            threading.Event().wait(0.01)
        raise AssertionError("the load was never cancelled")

    monkeypatch.setattr(loading, "load_corpus_and_pack", endless_load)
    task = window.open_pack(None)
    assert started.wait(30)
    with qtbot.waitSignal(task.failed, timeout=60_000) as failed:
        window.close()
    assert isinstance(failed.args[0], LoadCancelled)
    assert gave_up.is_set()
    # A cancelled load says nothing: the window is closing.
    assert "Could not load" not in window.statusBar().currentMessage()


def test_markdown_over_budget_is_shown_as_plain_text() -> None:
    from explorer.ui.markdown_render import render_markdown

    unclosed = render_markdown("[a](" * 16_000)
    assert unclosed.startswith("<p>[a]([a](") and "<a " not in unclosed
    nested = render_markdown("\n".join("    " * level + "- item" for level in range(400)))
    assert "<li>" not in nested and "- item" in nested
    assert "&lt;b&gt;" in render_markdown("<b>x</b> " + "[" * 200)
    # Within the budget, Markdown is still Markdown.
    assert '<a class="cite" href="cite:c"' in render_markdown("[a](cite:c)")
