"""The window over the hostile corpus: each pack loads (its problems listed, located), every
scenario that survives opens, and every citation link in it can be clicked, with no exception.

pytest-qt fails a test on any exception raised inside a Qt slot or event handler, so
"no exception" covers the pack-ready handler, the rendering of every stage and the
source viewer opening each passage.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from explorer.ui.tasks import wait_for_all
from tests.hostile_cases import expected
from tests.ui.conftest import link_point


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


def _walk(window, qtbot) -> int:  # type: ignore[no-untyped-def]
    """Open every scenario and stage; click every citation link. Returns the clicks made."""
    clicks = 0
    view = window.scenario_view
    for scenario in window.pack.scenarios:
        for stage in scenario.stages:
            window.open_scenario(scenario.id, stage.id)
            assert view.scenario_id == scenario.id
            for href in _cite_links(view.browser):
                with qtbot.waitSignal(window.citationOpened, timeout=5_000) as opened:
                    qtbot.mouseClick(
                        view.browser.viewport(), Qt.MouseButton.LeftButton, pos=link_point(view.browser, href)
                    )
                assert opened.args == [scenario.id, href.removeprefix("cite:")]
                clicks += 1
                window.go_back()
    return clicks


def test_the_window_survives_every_hostile_pack(make_window, hostile_cases: list[Path], qtbot) -> None:
    walked = {}
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
        walked[case.name] = _walk(window, qtbot)
        window.close()
        wait_for_all()  # this window's search index, before the next window starts its own
    # The packs whose hostile file sits beside the good scenario still show it, links and all.
    assert walked["fifo"] > 0 and walked["symlink-from-outside"] > 0
    assert walked["at-the-limits"] >= 5


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
