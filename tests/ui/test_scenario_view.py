"""The scenario view: what it shows, citation links and glosses, stages, facilitator notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from explorer.ui.markdown_render import render_markdown
from tests.ui.conftest import link_point


def _link_titles(browser) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """href → tooltip of every link on the page."""
    found: dict[str, str] = {}
    block = browser.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            char_format = fragments.fragment().charFormat()
            if char_format.isAnchor():
                found.setdefault(char_format.anchorHref(), char_format.toolTip())
            fragments += 1
        block = block.next()
    return found


def test_the_page_shows_header_choices_tradeoffs_and_prompts(window) -> None:
    text = window.scenario_view.browser.toPlainText()
    for expected in (
        "Quality or quantity?",
        "Belgian government",
        "about 20 minutes",
        "introductory",
        "#contribution",
        "What should Belgium offer the next mission?",
        "1. Keep a qualitative presence",
        "2. Send civilian experts",
        "Arguments for",
        "Arguments against",
        "▲\nNational military readiness: Small staff contributions spare the army's limited numbers.",
        "▼\nProtection of civilians",
        "● stated",
        "◐ inferred",
        "○ facilitator assumption",
        "Is a qualitative presence a contribution or a way to avoid one?",
    ):
        assert expected in text, expected
    assert "Facilitator notes" not in text  # behind the toggle


def test_every_inline_citation_is_a_link_with_the_quote_and_its_translation(window) -> None:
    links = _link_titles(window.scenario_view.browser)
    for citation_id in ("small-army", "command-liaison", "critical-assets", "budget-cuts", "civilian-means"):
        assert f"cite:{citation_id}" in links
    dutch = links["cite:small-army"]
    assert "De getalsterkte van ons leger" in dutch
    assert "Translation (not in the source): The numerical strength of our army" in dutch
    english = links["cite:budget-cuts"]
    assert "budget cuts" in english and "Translation" not in english


def test_reaching_a_link_with_tab_announces_its_gloss_in_the_status_bar(window, qtbot) -> None:
    browser = window.scenario_view.browser
    browser.setFocus()
    browser.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClick(browser, Qt.Key.Key_Tab)
    assert browser.textCursor().charFormat().isAnchor() or browser.textCursor().hasSelection()
    message = window.statusBar().currentMessage()
    assert "Translation (not in the source):" in message


def test_facilitator_notes_toggle_shows_them_and_is_remembered(window, qtbot) -> None:
    from explorer.ui import settings as keys

    action = window.notes_action
    widgets = [w for w in action.associatedObjects() if w.metaObject().className() == "QToolButton"]
    assert widgets, "the notes toggle is on the tool bar"
    qtbot.mouseClick(widgets[0], Qt.MouseButton.LeftButton)
    text = window.scenario_view.browser.toPlainText()
    assert "Facilitator notes" in text
    assert "The room usually splits" in text
    assert window.settings.get(keys.SHOW_FACILITATOR_NOTES) is True
    qtbot.keyClick(
        window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert "The room usually splits" not in window.scenario_view.browser.toPlainText()


def test_stages_are_tabs_and_choices_say_where_they_lead(make_window, rich_pack_dir, qtbot) -> None:
    window = make_window(rich_pack_dir)
    window.open_scenario("mission-leaves")
    view = window.scenario_view
    assert view.stage_bar.isVisible()
    assert [view.stage_bar.tabText(i) for i in range(view.stage_bar.count())] == [
        "1. The cuts",
        "2. After the mission",
    ]
    text = view.browser.toPlainText()
    assert "Stage 1: The cuts" in text
    assert "Leads to Stage 2: After the mission." in text
    assert "Ends the scenario." in text  # the second choice has nowhere to go

    with qtbot.waitSignal(window.scenarioShown) as shown:
        qtbot.mouseClick(
            view.browser.viewport(), Qt.MouseButton.LeftButton, pos=link_point(view.browser, "stage:second")
        )
    assert shown.args == ["mission-leaves", "second"]
    assert view.stage_bar.currentIndex() == 1
    text = view.browser.toPlainText()
    assert "Open only if you chose “Fund protection programmes” (The cuts) earlier." in text

    qtbot.mouseClick(view.stage_bar, Qt.MouseButton.LeftButton, pos=view.stage_bar.tabRect(0).center())
    assert view.stage_id == "first"
    window.menu_actions["next-stage"].trigger()
    assert view.stage_id == "second"


def test_raw_html_in_a_pack_is_shown_as_text(make_window, rich_pack_dir) -> None:
    window = make_window(rich_pack_dir)
    window.open_scenario("mission-leaves")
    browser = window.scenario_view.browser
    assert "Raw <b>markup</b> stays text." in browser.toPlainText()
    html = render_markdown("<script>x</script> <b>y</b> ![i](file:///etc/passwd) [a](cite:c)")
    assert "<b>" not in html and "<script>" not in html and "<img" not in html
    assert 'href="cite:c"' in html


def test_the_hover_preview_leaves_the_status_bar_with_the_mouse(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    window = make_window()
    browser = window.scenario_view.browser
    point = link_point(browser, "cite:small-army")
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(point),
        QPointF(browser.viewport().mapToGlobal(point)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(browser.viewport(), move)
    assert window.statusBar().currentMessage()  # the link's preview
    QApplication.sendEvent(browser, QEvent(QEvent.Type.Leave))
    assert window.statusBar().currentMessage() == ""
