"""Themes and zoom: the palette, the meaningful colours and every font follow the user's choice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QTabBar, QToolButton

from explorer.ui import settings as keys
from explorer.ui import theme
from explorer.ui.theme import Theme

CTRL = Qt.KeyboardModifier.ControlModifier


def _window_colour() -> str:
    return QApplication.palette().color(QPalette.ColorRole.Window).name()


def test_switching_theme_changes_the_palette_and_the_trade_off_colours(window) -> None:
    window.menu_actions["theme-light"].trigger()
    light_window, light_worse = _window_colour(), window.appearance.colours().effect(-1).name()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 200

    window.menu_actions["theme-dark"].trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 60
    assert _window_colour() != light_window
    dark_worse = window.appearance.colours().effect(-1).name()
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
    assert window.appearance.in_use is Theme.HIGH_CONTRAST


@pytest.mark.parametrize("chosen", list(Theme))
def test_a_long_row_of_tabs_shows_its_scroll_arrows_in_every_theme(window, qtbot, chosen: Theme) -> None:  # type: ignore[no-untyped-def]
    # High contrast once styled the arrows' tool buttons with the padding of every other tool
    # button: the buttons were drawn, empty, and the stage tabs seemed to end at the window's edge.
    window.set_theme(chosen)
    bar = QTabBar()
    qtbot.addWidget(bar)
    bar.setExpanding(False)
    for number in range(1, 7):
        bar.addTab(f"{number}. A stage whose title is long enough to need the scroll arrows")
    bar.resize(500, bar.sizeHint().height())
    with qtbot.waitExposed(bar):
        bar.show()
    arrows = [b for b in bar.findChildren(QToolButton) if b.isVisible()]
    assert len(arrows) == 2, "the tabs do not fit: Qt shows its two scroll buttons"
    right = max(arrows, key=lambda button: button.x())  # enabled: there are tabs to the right
    assert right.isEnabled()
    image = right.grab().toImage()
    background = image.pixelColor(image.width() // 2, 3)
    inside = [
        image.pixelColor(x, y) for x in range(4, image.width() - 4) for y in range(4, image.height() - 4)
    ]
    marks = [c for c in inside if contrast(c, background) >= 3]
    assert marks, f"nothing is drawn inside the right scroll button in the {chosen.value} theme"


def test_system_theme_follows_the_platform(window, monkeypatch) -> None:
    window.menu_actions["theme-system"].trigger()
    assert window.appearance.in_use is Theme.LIGHT  # the offscreen platform states no preference
    monkeypatch.setattr(theme, "system_scheme", lambda: Qt.ColorScheme.Dark)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window.appearance.in_use is Theme.DARK
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 60


def test_the_theme_is_remembered(make_window, window) -> None:
    window.menu_actions["theme-high-contrast"].trigger()
    window.close()
    theme.apply_theme(QApplication.instance(), Theme.LIGHT)
    again = make_window()
    assert again.appearance.in_use is Theme.HIGH_CONTRAST
    assert QApplication.palette() == theme.palette_of(Theme.HIGH_CONTRAST)
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


#: Every theme a user can end up in (``system`` is one of them, resolved).
CONCRETE = [t for t in Theme if t is not Theme.SYSTEM]


@pytest.mark.parametrize("chosen", CONCRETE)
def test_every_text_has_enough_contrast_in_every_theme(chosen: Theme) -> None:
    """WCAG AA (4.5:1) for all text in every theme, AAA (7:1) in high contrast: the palette's
    text, the scenario page's coloured marks, warning banners and error text."""
    minimum = 7.0 if chosen is Theme.HIGH_CONTRAST else 4.5
    palette = theme.palette_of(chosen)
    low = []
    for fore, back in _ROLE_PAIRS:
        ratio = contrast(
            palette.color(getattr(QPalette.ColorRole, fore)), palette.color(getattr(QPalette.ColorRole, back))
        )
        if ratio < minimum:
            low.append(f"{fore} on {back}: {ratio:.2f}")
    page = theme.colours_of(chosen)
    grounds = {
        "page": palette.color(QPalette.ColorRole.Base),
        "window": palette.color(QPalette.ColorRole.Window),
        "card": page.card_background,
    }
    # The scenario page: coloured marks and muted notes on the page and on its cards.
    for name in ("better_strong", "better", "worse", "worse_strong", "assumption", "muted_text"):
        for ground_name in ("page", "card"):
            ratio = contrast(getattr(page, name), grounds[ground_name])
            if ratio < minimum:
                low.append(f"{name} on {ground_name}: {ratio:.2f}")
    # Error text (a set-up dialog's line, the console's "not saved") sits on any of them.
    for ground_name, ground in grounds.items():
        ratio = contrast(page.error_text, ground)
        if ratio < minimum:
            low.append(f"error_text on {ground_name}: {ratio:.2f}")
    for fore, back in (("passage_text", "passage_background"), ("warning_text", "warning_background")):
        ratio = contrast(getattr(page, fore), getattr(page, back))
        if ratio < minimum:
            low.append(f"{fore} on {back}: {ratio:.2f}")
    assert low == []


def test_the_banner_and_error_styles_are_drawn_in_the_themes_colours() -> None:
    """What the contrast test measures is what the widgets are given."""
    for chosen in CONCRETE:
        page = theme.colours_of(chosen)
        banner = page.banner_style("journalBanner")
        assert f"background: {page.warning_background.name()};" in banner
        assert f"color: {page.warning_text.name()};" in banner
        assert page.error_style() == f"color: {page.error_text.name()}; font-weight: bold;"
        assert page.error_style(bold=False) == f"color: {page.error_text.name()};"
    assert theme.colours_of(Theme.DARK).error_text.name() != "#b00020"  # 2.6:1 on the dark page


def test_the_contrast_measure_is_wcag() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("chosen", [Theme.DARK, Theme.HIGH_CONTRAST, Theme.LIGHT])
def test_warning_banners_follow_a_theme_switch(window, chosen: Theme) -> None:
    """The journal's banners (panel and list) take the theme's colours when it changes."""
    window.reflection.focus_panel()
    window.reflection.focus_journal()
    window.menu_actions[f"theme-{chosen.value}"].trigger()
    page = theme.colours_of(chosen)
    assert window.appearance.colours() == page
    for banner in (window.reflection.panel.banner, window.reflection.journal_view.banner):
        assert page.warning_background.name() in banner.styleSheet()
        assert page.warning_text.name() in banner.styleSheet()


def test_workshop_error_text_takes_the_theme_error_colour(window, qtbot, good_pack, corpus) -> None:  # type: ignore[no-untyped-def]
    """The set-up dialog's error line was a fixed #b00020 (2.6:1 on the dark theme)."""
    from explorer.core.workshop.roles import load_roles
    from explorer.ui.workshop.setup_dialog import WorkshopSetupDialog

    dialog = WorkshopSetupDialog(good_pack, corpus, load_roles(corpus), appearance=window.appearance)
    qtbot.addWidget(dialog)
    for chosen in (Theme.DARK, Theme.HIGH_CONTRAST, Theme.LIGHT):
        window.menu_actions[f"theme-{chosen.value}"].trigger()
        colour = theme.colours_of(chosen).error_text.name()
        qtbot.waitUntil(lambda colour=colour: colour in dialog.error.styleSheet())  # a posted event


def test_the_theme_lives_in_one_object_not_in_module_state() -> None:
    """No ``global`` and no module-level container in theme.py: the ``Appearance`` is the theme."""
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(theme))
    assert not [node for node in ast.walk(tree) if isinstance(node, ast.Global | ast.Nonlocal)]
    mutable = (ast.List, ast.Dict, ast.Set, ast.ListComp, ast.DictComp, ast.SetComp)
    for node in tree.body:
        value = node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None
        assert not isinstance(value, mutable), f"line {node.lineno}: module-level mutable value"
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Name):
            assert value.func.id not in {"list", "dict", "set"}, (
                f"line {node.lineno}: module-level {value.func.id}"
            )
    with pytest.raises(TypeError):
        theme._COLOURS[Theme.LIGHT] = theme._COLOURS[Theme.DARK]  # type: ignore[index]


def test_nothing_is_kept_on_the_application(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Theme and zoom (two windows' worth, as tests make them) leave no dynamic property on the app,
    and a second window zooms from the platform's size, not from the first one's zoomed font."""
    app = QApplication.instance()
    first = make_window()
    first.appearance.set_theme(Theme.DARK)
    first.appearance.zoom_in()
    first.appearance.zoom_in()
    zoomed = QApplication.font().pointSizeF()
    first.close()
    second = make_window()  # remembers the zoom: the same size, not two more steps on top
    assert second.appearance.zoom == 2
    assert QApplication.font().pointSizeF() == zoomed
    second.appearance.reset_zoom()
    assert QApplication.font().pointSizeF() == theme.platform_font().pointSizeF()
    assert [bytes(name.data()) for name in app.dynamicPropertyNames()] == []


def test_the_kept_first_screen_is_keyed_by_the_theme_the_window_applies(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """``first_screen.context`` reads the chosen theme from the settings and resolves it as the
    window's ``Appearance`` does, so a page kept in one theme is never shown in another."""
    from explorer.ui.first_screen import context

    for chosen in ("high-contrast", "dark", "system", "light"):
        window.menu_actions[f"theme-{chosen}"].trigger()
        assert context(window.settings)[0] == window.appearance.in_use.value
    window.menu_actions["theme-system"].trigger()
    monkeypatch.setattr(theme, "system_scheme", lambda: Qt.ColorScheme.Dark)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert context(window.settings)[0] == window.appearance.in_use.value == "dark"
