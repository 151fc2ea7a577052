"""Everything by keyboard: from launch to a highlighted passage and back, and the documented shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QTabBar,
    QTextBrowser,
    QWidget,
)

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """Press a key where the keyboard focus is, as a person would."""
    focus = QApplication.focusWidget()
    assert focus is not None, "nothing has the keyboard focus"
    qtbot.keyClick(focus, key, modifier)


def _active(window, qtbot):  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_keyboard_only_from_launch_to_a_highlighted_passage_and_back(
    make_window, rich_pack_dir, qtbot
) -> None:
    window = _active(make_window(rich_pack_dir, first_run=True), qtbot)
    assert window.central.currentWidget() is window.welcome

    press(qtbot, Qt.Key.Key_L, CTRL)  # the library
    assert window.library.view.hasFocus()
    assert window.library.view.currentIndex().data() == "Quality or quantity?"
    press(qtbot, Qt.Key.Key_Down)
    assert window.library.view.currentIndex().data() == "Two stages of a drawdown"
    press(qtbot, Qt.Key.Key_Return)  # open it and move into it
    browser = window.scenario_view.browser
    assert browser.hasFocus()
    assert window.current_scenario_id() == "mission-leaves"

    press(qtbot, Qt.Key.Key_Tab)  # the first citation link in the context
    assert browser.textCursor().charFormat().anchorHref() == "cite:budget-cuts"
    with qtbot.waitSignal(window.citationOpened):
        press(qtbot, Qt.Key.Key_Return)
    anchor = window.pack.anchors[("mission-leaves", "budget-cuts")]
    assert window.source_viewer.highlighted_span() == ("kuno-2026", anchor.edition_start, anchor.edition_end)
    assert window.source_viewer.isAncestorOf(QApplication.focusWidget())

    press(qtbot, Qt.Key.Key_Left, ALT)  # back where the reader was
    assert browser.hasFocus()
    assert browser.textCursor().charFormat().anchorHref() == "cite:budget-cuts"


def test_ctrl_1_2_3_switch_between_scenario_trade_offs_and_source(window, qtbot) -> None:
    _active(window, qtbot)
    window.open_citation("belgian-presence", "small-army")
    press(qtbot, Qt.Key.Key_2, CTRL)
    assert window.view_tabs.currentIndex() == window.TRADEOFF_VIEW
    assert window.tradeoff_matrix.isAncestorOf(QApplication.focusWidget())
    press(qtbot, Qt.Key.Key_3, CTRL)
    assert window.source_viewer.isAncestorOf(QApplication.focusWidget())
    press(qtbot, Qt.Key.Key_1, CTRL)
    assert window.view_tabs.currentWidget() is window.scenario_view
    assert window.scenario_view.browser.hasFocus()


def test_ctrl_k_puts_the_cursor_in_search(window, qtbot) -> None:
    _active(window, qtbot)
    press(qtbot, Qt.Key.Key_K, CTRL)
    assert window.search_dock.isVisible()
    assert window.search_panel.isAncestorOf(QApplication.focusWidget())
    press(qtbot, Qt.Key.Key_L, CTRL)
    assert window.library.view.hasFocus()


def test_f1_lists_every_shortcut(window, qtbot) -> None:
    _active(window, qtbot)
    seen: list[list[str]] = []

    def read_and_close() -> None:
        dialog = window.shortcuts_dialog
        model = dialog.model
        seen.append([" | ".join(model.index(r, c).data() for c in range(3)) for r in range(model.rowCount())])
        dialog.reject()

    QTimer.singleShot(0, read_and_close)
    press(qtbot, Qt.Key.Key_F1)
    rows = "\n".join(seen[0])
    for expected in (
        "File | Open pack… | Ctrl+O",
        "View | Library | Ctrl+L",
        "View | Search | Ctrl+K",
        "View | Zoom in | Ctrl++",
        "View | Actual size | Ctrl+0",
        "View | Scenario | Ctrl+1",
        "Go | ◀ Back | Alt+Left",
        "Help | Keyboard shortcuts | F1",
        "Source viewer | Find… | Ctrl+F",
    ):
        assert expected in rows, expected


def test_every_control_has_an_accessible_name(window) -> None:
    kinds = (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QTextBrowser, QTabBar)
    mine = [window.library, window.problems, window.scenario_view, window.welcome]
    unnamed = [
        f"{type(w).__name__} in {type(owner).__name__}"
        for owner in mine
        for w in owner.findChildren(QWidget)
        if isinstance(w, kinds)
        and w.isVisibleTo(owner)  # not a combo box's own pop-up list
        and not w.accessibleName()
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]
    assert not unnamed


def test_backspace_edits_the_filter_and_never_goes_back(window, qtbot) -> None:
    _active(window, qtbot)
    window.open_citation("belgian-presence", "small-army")  # something to go back to
    press(qtbot, Qt.Key.Key_L, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(window.library.filter_box, "army")
    press(qtbot, Qt.Key.Key_Backspace)
    assert window.library.filter_box.text() == "arm"
    assert window.menu_actions["back"].isEnabled()  # history untouched


def test_menu_actions_made_by_one_helper_name_their_shortcut_and_work_without_the_menu(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    back = window.menu_actions["back"]
    assert back.toolTip() == "Back (Alt+Left)"
    reflect = window.reflection.actions["reflect"]
    assert "Ctrl+J" in reflect.toolTip()
    assert back in window.actions() and reflect in window.actions()  # shortcuts with the menu bar hidden
