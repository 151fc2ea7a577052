"""Back and Forward restore the view exactly: scenario, stage, scroll, source and highlight."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget

from explorer.ui.theme import Theme
from tests.ui.conftest import link_point


def settle() -> None:
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def last_citation_link(browser) -> str:  # type: ignore[no-untyped-def]
    """The last citation link in the page: far enough down that reaching it scrolls."""
    found = ""
    block = browser.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            href = fragments.fragment().charFormat().anchorHref()
            if href.startswith("cite:"):
                found = href
            fragments += 1
        block = block.next()
    assert found
    return found


def test_back_restores_scenario_stage_scroll_position_source_and_highlight(
    make_window, rich_pack_dir, qtbot
) -> None:
    window = make_window(rich_pack_dir)
    window.resize(1024, 700)
    window.open_scenario("belgian-presence")
    settle()
    browser = window.scenario_view.browser
    point = link_point(browser, last_citation_link(browser))  # scrolls the link into view
    before_citation = browser.top_position()
    assert before_citation > 0, "the page must scroll for this test to mean anything"
    with qtbot.waitSignal(window.citationOpened):
        qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    settle()
    span = window.source_viewer.highlighted_span()
    at_citation = browser.top_position()

    window.open_scenario("mission-leaves", "second", focus=True)
    window.close_source()
    assert window.current_stage_id() == "second"

    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    settle()
    assert window.current_scenario_id() == "belgian-presence"
    assert window.workspace.source_open() and window.source_viewer.isVisible()
    assert window.source_viewer.highlighted_span() == span
    assert browser.top_position() == at_citation

    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    settle()
    assert (window.current_scenario_id(), window.current_stage_id()) == ("mission-leaves", "second")
    assert not window.workspace.source_open()  # it was closed there

    # The mouse's back button does the same, anywhere in the window.
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.BackButton)
    settle()
    assert window.current_scenario_id() == "belgian-presence"
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    settle()
    assert not window.workspace.source_open()  # before the citation was followed
    assert browser.top_position() == before_citation

    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.ForwardButton)
    settle()
    assert window.source_viewer.highlighted_span() == span


def test_the_highlight_survives_theme_zoom_and_panel_toggles(window, qtbot) -> None:
    window.resize(1366, 768)
    window.open_citation("belgian-presence", "small-army")
    text = window.source_viewer.highlighted_text()
    assert text
    window.set_theme(Theme.DARK)
    window.menu_actions["zoom-in"].trigger()
    for dock in [d for d in window.findChildren(QDockWidget) if d.parent() is window]:
        dock.toggleViewAction().trigger()
        dock.toggleViewAction().trigger()
    window.close_source()
    window.focus_source()
    window.set_theme(Theme.HIGH_CONTRAST)
    settle()
    assert window.source_viewer.highlighted_text() == text
    selections = window.source_viewer.pane.view().extraSelections()
    assert selections, "the passage is still painted"
