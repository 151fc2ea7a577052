"""Layout rules at the screen sizes facilitators use (laptops and projectors).

Each test resizes the window to a screen size, then goes through a reading session
(a citation clicked, the reflection panel opened, the matrix shown, zoomed twice,
every panel toggled) and checks after each step that the window has not grown, that
no reading area scrolls sideways, that every control of an open panel is inside the
window and that the scenario keeps its minimum measure (or has handed over to the
source in a stacked layout).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDockWidget,
    QScrollArea,
    QWidget,
)

from explorer.ui import settings as keys
from explorer.ui.reading_measure import MIN_MEASURE
from explorer.ui.settings import Settings
from explorer.ui.window_layout import fitted
from tests.ui.conftest import link_point

SCREENS = [(1024, 700), (1280, 720), (1366, 768), (1920, 1080)]


def settle() -> None:
    # Layout requests are posted events: deliver them so growth, if any, has happened.
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def open_docks(window) -> list[QDockWidget]:  # type: ignore[no-untyped-def]
    # A dock tabbed behind another is "visible" but shows nothing: only the ones on screen.
    docks = window.findChildren(QDockWidget)
    return [d for d in docks if d.parent() is window and d.isVisible() and not d.visibleRegion().isEmpty()]


def controls(widget: QWidget) -> list[QWidget]:
    return [
        w
        for w in widget.findChildren(QWidget)
        if w.isVisible() and (isinstance(w, QAbstractButton) or w.focusPolicy() != Qt.FocusPolicy.NoFocus)
    ]


def scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def check_fits(window, size: tuple[int, int], step: str) -> None:  # type: ignore[no-untyped-def]
    settle()
    width, height = size
    assert window.width() <= width and window.height() <= height, (
        f"{step}: the window grew to {window.size()}"
    )
    hint = window.minimumSizeHint()
    assert hint.width() <= width and hint.height() <= height, f"{step}: the window asks for {hint}"

    scenario = window.scenario_view.browser
    readers: list[QAbstractScrollArea] = [scenario]
    if window.workspace.source_open():
        readers.append(window.source_viewer.pane.view())
    for reader in readers:
        if reader.isVisible():
            assert not reader.horizontalScrollBar().isVisible(), (
                f"{step}: {reader.accessibleName()} scrolls sideways"
            )

    inside = window.rect()
    for dock in open_docks(window):
        area = QRect(dock.mapTo(window, dock.rect().topLeft()), dock.size())
        assert inside.contains(area), f"{step}: the {dock.windowTitle()} panel is outside the window"
        for control in controls(dock):
            scroll = scroll_area_of(control)
            if scroll is not None:
                # Inside a scroll area, a control may be scrolled out of view vertically; never sideways.
                assert not scroll.horizontalScrollBar().isVisible(), (
                    f"{step}: {dock.windowTitle()} is clipped"
                )
                continue
            rect = QRect(control.mapTo(window, control.rect().topLeft()), control.size())
            name = control.accessibleName() or type(control).__name__
            assert inside.contains(rect), f"{step}: {name} in {dock.windowTitle()} is outside the window"

    if window.view_tabs.currentWidget() is window.scenario_view and scenario.isVisible():
        measure = scenario.fontMetrics().averageCharWidth() * MIN_MEASURE
        assert scenario.viewport().width() >= measure, f"{step}: the scenario is crushed"
    else:
        # Handed over: the source stands in for the scenario, with a way back.
        assert window.workspace.stacked() or window.view_tabs.currentWidget() is not window.scenario_view


@pytest.mark.parametrize("size", SCREENS, ids=[f"{w}x{h}" for w, h in SCREENS])
def test_a_reading_session_never_grows_the_window_past_the_screen(window, qtbot, size) -> None:
    window.resize(*size)
    check_fits(window, size, "start")

    browser = window.scenario_view.browser
    with qtbot.waitSignal(window.citationOpened):
        qtbot.mouseClick(
            browser.viewport(), Qt.MouseButton.LeftButton, pos=link_point(browser, "cite:small-army")
        )
    check_fits(window, size, "citation opened")

    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert window.reflection.panel_dock.isVisible()
    check_fits(window, size, "reflection panel opened")

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.view_tabs.currentIndex() == window.TRADEOFF_VIEW
    check_fits(window, size, "matrix shown")

    for _ in range(2):
        window.menu_actions["zoom-in"].trigger()
    assert window.appearance.zoom == 2
    check_fits(window, size, "zoomed twice")

    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    check_fits(window, size, "scenario again")

    docks = [d for d in window.findChildren(QDockWidget) if d.parent() is window]
    for dock in docks:
        toggle = dock.toggleViewAction()
        for _ in range(2):
            toggle.trigger()
            check_fits(window, size, f"{dock.windowTitle()} toggled")

    window.source_viewer.setFocus()
    qtbot.keyClick(window.source_viewer.pane.view(), Qt.Key.Key_Escape)
    assert not window.workspace.source_open()
    check_fits(window, size, "source closed")
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.source_open()
    check_fits(window, size, "source reopened")


def test_with_no_room_beside_it_the_source_replaces_the_scenario_with_a_way_back(window, qtbot) -> None:
    window.library_dock.hide()
    window.resize(700, 600)
    settle()
    window.open_citation("belgian-presence", "small-army")
    settle()
    column = window.source_viewer.parentWidget()
    assert window.workspace.stacked()
    assert not window.scenario_view.isVisible()
    assert column.back_button.isVisible()
    qtbot.mouseClick(column.back_button, Qt.MouseButton.LeftButton)
    settle()
    assert not window.workspace.source_open()
    assert window.scenario_view.isVisible()

    window.resize(1366, 768)
    window.open_citation("belgian-presence", "small-army")
    settle()
    assert not window.workspace.stacked()
    assert window.scenario_view.isVisible() and window.source_viewer.isVisible()
    assert not column.back_button.isVisible()


def test_the_source_viewer_closes_from_its_button_and_the_view_menu_and_reopens(window, qtbot) -> None:
    window.resize(1366, 768)
    window.open_citation("belgian-presence", "small-army")
    span = window.source_viewer.highlighted_span()
    column = window.source_viewer.parentWidget()
    qtbot.mouseClick(column.close_button, Qt.MouseButton.LeftButton)
    assert not window.source_viewer.isVisible()
    window.menu_actions["source"].trigger()  # View → Source viewer (Ctrl+3) opens it again
    assert window.source_viewer.isVisible()
    assert window.source_viewer.highlighted_span() == span
    window.menu_actions["close-source"].trigger()
    assert not window.source_viewer.isVisible()


def test_the_clicked_citation_stays_in_view_when_the_source_opens(window, qtbot) -> None:
    window.resize(1024, 700)
    settle()
    browser = window.scenario_view.browser
    point = link_point(browser, "cite:budget-cuts")
    with qtbot.waitSignal(window.citationOpened):
        qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    settle()
    browser.fit_measure()  # as the deferred fit after the resize does
    position = browser.anchor_position("cite:budget-cuts")
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(browser.document())
    cursor.setPosition(position)
    assert browser.viewport().rect().contains(browser.cursorRect(cursor).center())


def test_a_saved_geometry_larger_than_the_screen_is_fitted_and_reset_layout_restores(
    make_window, settings_path, qtbot
) -> None:
    window = make_window()
    screen = window.screen().availableGeometry()
    window.resize(screen.width() + 900, screen.height() + 700)
    window.move(screen.left() + 300, screen.top() + 200)
    window.save_layout()
    window.close()
    again = make_window()
    frame = again.frameGeometry()
    assert frame.width() <= screen.width() and frame.height() <= screen.height()
    assert screen.contains(frame)

    again.library_dock.hide()
    again.menu_actions["reset-layout"].trigger()
    assert again.library_dock.isVisible()
    assert Settings(settings_path).get(keys.WINDOW_GEOMETRY) == QByteArray()
    assert screen.contains(again.frameGeometry())


def test_fitting_a_rectangle_to_a_screen() -> None:
    screen = QRect(0, 0, 1366, 768)
    assert fitted(QRect(100, 50, 1920, 1080), screen) == QRect(0, 0, 1366, 768)
    assert fitted(QRect(1000, 600, 800, 400), screen) == QRect(566, 368, 800, 400)
    assert fitted(QRect(10, 10, 800, 400), screen) == QRect(10, 10, 800, 400)


def test_on_a_small_screen_a_panel_that_does_not_fit_closes_another_and_says_so(window, qtbot) -> None:
    window.resize(1024, 700)
    settle()
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert window.library_dock.isVisible() and window.reflection.panel_dock.isVisible()
    for _ in range(4):  # four steps: the reflection panel and the library no longer fit together
        window.menu_actions["zoom-in"].trigger()
    settle()
    assert window.width() == 1024
    assert window.reflection.panel_dock.isVisible()  # the panel the reader opened stays
    assert not window.library_dock.isVisible()  # the library made room
    assert "Library" in window.statusBar().currentMessage()
    window.library_dock.toggleViewAction().trigger()  # asked for again: now the reflection panel yields
    settle()
    assert window.width() == 1024
    assert window.library_dock.isVisible() and not window.reflection.panel_dock.isVisible()
