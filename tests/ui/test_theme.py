"""Themes and zoom: the palette, the meaningful colours and every font follow the user's choice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from explorer.ui import settings as keys
from explorer.ui import theme
from explorer.ui.theme import Theme

CTRL = Qt.KeyboardModifier.ControlModifier


def _window_colour() -> str:
    return QApplication.palette().color(QPalette.ColorRole.Window).name()


def test_switching_theme_changes_the_palette_and_the_trade_off_colours(window) -> None:
    window.menu_actions["theme-light"].trigger()
    light_window, light_worse = _window_colour(), theme.effect_colour(-1).name()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 200

    window.menu_actions["theme-dark"].trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 60
    assert _window_colour() != light_window
    dark_worse = theme.effect_colour(-1).name()
    assert dark_worse != light_worse
    assert dark_worse in window.scenario_view.browser.toHtml()  # the page was redrawn in the new colours
    assert window.settings.get(keys.THEME) == "dark"


def test_high_contrast_is_black_white_and_yellow_with_thick_focus_rings(window) -> None:
    window.menu_actions["theme-high-contrast"].trigger()
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == "#000000"
    assert palette.color(QPalette.ColorRole.Text).name() == "#ffffff"
    assert palette.color(QPalette.ColorRole.Highlight).name() == "#ffff00"
    assert "3px solid #ffff00" in QApplication.instance().styleSheet()
    assert theme.current() is Theme.HIGH_CONTRAST


def test_system_theme_follows_the_platform(window, monkeypatch) -> None:
    window.menu_actions["theme-system"].trigger()
    assert theme.current() is Theme.LIGHT  # the offscreen platform states no preference
    monkeypatch.setattr(theme, "system_scheme", lambda: Qt.ColorScheme.Dark)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.current() is Theme.DARK
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 60


def test_the_theme_is_remembered(make_window, window) -> None:
    window.menu_actions["theme-high-contrast"].trigger()
    window.close()
    theme.apply_theme(QApplication.instance(), Theme.LIGHT)
    again = make_window()
    assert theme.current() is Theme.HIGH_CONTRAST
    assert again.menu_actions["theme-high-contrast"].isChecked()


def test_zoom_scales_every_font_and_is_remembered(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    base = QApplication.font().pointSizeF()
    browser = window.scenario_view.browser
    qtbot.keyClick(browser, Qt.Key.Key_Equal, CTRL)
    qtbot.keyClick(browser, Qt.Key.Key_Equal, CTRL)
    bigger = QApplication.font().pointSizeF()
    assert bigger > base
    assert browser.font().pointSizeF() == bigger
    assert window.library.view.font().pointSizeF() == bigger
    assert window.settings.get(keys.ZOOM) == 2
    qtbot.keyClick(browser, Qt.Key.Key_Minus, CTRL)
    assert base < QApplication.font().pointSizeF() < bigger
    qtbot.keyClick(browser, Qt.Key.Key_0, CTRL)
    assert QApplication.font().pointSizeF() == base
