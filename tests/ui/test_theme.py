"""Themes and zoom: the palette, the meaningful colours and every font follow the user's choice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
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


def _luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


_ROLE_PAIRS = [
    ("Text", "Base"),
    ("Text", "AlternateBase"),
    ("WindowText", "Window"),
    ("ButtonText", "Button"),
    ("HighlightedText", "Highlight"),
    ("ToolTipText", "ToolTipBase"),
    ("Link", "Base"),
    ("PlaceholderText", "Base"),
]


@pytest.mark.parametrize("chosen", [Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST])
def test_every_text_has_enough_contrast_in_every_theme(window, chosen: Theme) -> None:
    """WCAG AA (4.5:1) for all text in every theme, AAA (7:1) in high contrast."""
    window.menu_actions[f"theme-{chosen.value}"].trigger()
    minimum = 7.0 if chosen is Theme.HIGH_CONTRAST else 4.5
    palette = QApplication.palette()
    low = []
    for fore, back in _ROLE_PAIRS:
        ratio = contrast(
            palette.color(getattr(QPalette.ColorRole, fore)), palette.color(getattr(QPalette.ColorRole, back))
        )
        if ratio < minimum:
            low.append(f"{fore} on {back}: {ratio:.2f}")
    # The scenario page: coloured marks and muted notes on the page and on its cards.
    page = theme.colours()
    base = palette.color(QPalette.ColorRole.Base)
    for name in ("better_strong", "better", "worse", "worse_strong", "assumption", "muted_text"):
        for ground_name, ground in (("page", base), ("card", page.card_background)):
            ratio = contrast(getattr(page, name), ground)
            if ratio < minimum:
                low.append(f"{name} on {ground_name}: {ratio:.2f}")
    ratio = contrast(page.passage_text, page.passage_background)
    if ratio < minimum:
        low.append(f"passage_text on passage_background: {ratio:.2f}")
    assert low == []


def test_the_contrast_measure_is_wcag() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("chosen", [Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST])
def test_warning_and_error_colours_follow_the_theme_with_enough_contrast(window, chosen: Theme) -> None:
    """Banners and error text take the theme's colours: AA in every theme, AAA in high contrast."""
    window.menu_actions[f"theme-{chosen.value}"].trigger()
    minimum = 7.0 if chosen is Theme.HIGH_CONTRAST else 4.5
    page = theme.colours()
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    window_ground = QApplication.palette().color(QPalette.ColorRole.Window)
    assert contrast(page.warning_text, page.warning_background) >= minimum
    for ground in (base, window_ground, page.card_background):
        assert contrast(page.error_text, ground) >= minimum, f"error text on {ground.name()}"
    # The journal's banner is drawn in them, and follows a theme change.
    window.reflection.focus_panel()
    banner = window.reflection.panel.banner
    assert page.warning_background.name() in banner.styleSheet()


def test_workshop_error_text_takes_the_theme_error_colour(window, qtbot, good_pack, corpus) -> None:  # type: ignore[no-untyped-def]
    """The set-up dialog's error line was a fixed #b00020 (2.6:1 on the dark theme)."""
    from explorer.core.workshop.roles import load_roles
    from explorer.ui.workshop.setup_dialog import WorkshopSetupDialog

    dialog = WorkshopSetupDialog(good_pack, corpus, load_roles(corpus))
    qtbot.addWidget(dialog)
    for chosen in (Theme.DARK, Theme.HIGH_CONTRAST, Theme.LIGHT):
        window.menu_actions[f"theme-{chosen.value}"].trigger()
        colour = theme.colours().error_text.name()
        qtbot.waitUntil(lambda colour=colour: colour in dialog.error.styleSheet())  # a posted event
