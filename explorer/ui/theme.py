"""Light, dark and high-contrast themes, and zoom, applied to the whole application.

The app uses the Fusion style everywhere: it honours a ``QPalette`` the same way
on every platform, which is what makes the dark and high-contrast themes
trustworthy. A small style sheet adds clearly visible focus rings. Colours that
carry meaning (trade-off direction, evidence status, passage highlight, warnings
and errors) come from the theme's ``ThemeColours`` so each theme keeps them
legible; they are always paired with a symbol or words, never used alone.

The theme in use is known to one object, the ``Appearance`` the app makes once:
views are handed it, ask it for ``colours()`` when they draw, and draw again when
the theme changes. Nothing here is module state; what stays a module function is
a pure function of a ``Theme`` (its palette, its colours).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from explorer.ui import settings as keys
from explorer.ui.settings import Settings


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"


@dataclass(frozen=True)
class ThemeColours:
    better_strong: QColor
    better: QColor
    worse: QColor
    worse_strong: QColor
    assumption: QColor
    passage_background: QColor
    passage_text: QColor
    card_background: QColor
    card_border: QColor
    muted_text: QColor
    #: Banners that warn (a journal that cannot be saved) and text that reports an error.
    warning_background: QColor
    warning_text: QColor
    error_text: QColor

    def effect(self, effect: int) -> QColor:
        """The colour of a trade-off's direction and strength (−2…+2); muted for none."""
        return {2: self.better_strong, 1: self.better, -1: self.worse, -2: self.worse_strong}.get(
            effect, self.muted_text
        )

    def banner_style(self, object_name: str) -> str:
        """A style sheet for a warning banner named ``object_name``."""
        return (
            f"#{object_name} {{ background: {self.warning_background.name()};"
            f" color: {self.warning_text.name()};"
            f" border: 1px solid {self.warning_text.name()}; padding: 6px; }}"
        )

    def error_style(self, bold: bool = True) -> str:
        """A style sheet for text that reports an error."""
        weight = " font-weight: bold;" if bold else ""
        return f"color: {self.error_text.name()};{weight}"


#: Read-only: the colours are constants of each theme, never state to change.
_COLOURS: Mapping[Theme, ThemeColours] = MappingProxyType(
    {
        Theme.LIGHT: ThemeColours(
            better_strong=QColor("#116329"),
            better=QColor("#1a7f37"),
            worse=QColor("#c21f2c"),
            worse_strong=QColor("#8c0e1f"),
            assumption=QColor("#8a5a00"),
            passage_background=QColor("#ffe97a"),
            passage_text=QColor("#000000"),
            card_background=QColor("#f4f6f8"),
            card_border=QColor("#c9d1d9"),
            muted_text=QColor("#555b62"),
            warning_background=QColor("#fff4ce"),
            warning_text=QColor("#3d2e00"),
            error_text=QColor("#b00020"),
        ),
        Theme.DARK: ThemeColours(
            better_strong=QColor("#7ee787"),
            better=QColor("#56d364"),
            worse=QColor("#ff7b72"),
            worse_strong=QColor("#ffa198"),
            assumption=QColor("#e3b341"),
            passage_background=QColor("#6e5a00"),
            passage_text=QColor("#ffffff"),
            card_background=QColor("#26292e"),
            card_border=QColor("#454a52"),
            muted_text=QColor("#a9b0b8"),
            warning_background=QColor("#3d3000"),
            warning_text=QColor("#ffe7a3"),
            error_text=QColor("#ff8a80"),
        ),
        Theme.HIGH_CONTRAST: ThemeColours(
            better_strong=QColor("#00ff66"),
            better=QColor("#00ff66"),
            worse=QColor("#ff7070"),
            worse_strong=QColor("#ff7070"),
            assumption=QColor("#ffff00"),
            passage_background=QColor("#ffff00"),
            passage_text=QColor("#000000"),
            card_background=QColor("#000000"),
            card_border=QColor("#ffffff"),
            muted_text=QColor("#ffffff"),
            warning_background=QColor("#000000"),
            warning_text=QColor("#ffff00"),
            error_text=QColor("#ff7070"),
        ),
    }
)


def system_scheme() -> Qt.ColorScheme:
    """The platform's light or dark preference (``Unknown`` where it has none)."""
    return QGuiApplication.styleHints().colorScheme()


def resolve(theme: Theme) -> Theme:
    """The concrete theme: ``system`` follows the platform's light or dark setting."""
    if theme is not Theme.SYSTEM:
        return theme
    return Theme.DARK if system_scheme() == Qt.ColorScheme.Dark else Theme.LIGHT


def colours_of(theme: Theme) -> ThemeColours:
    """The meaningful colours of a concrete theme (``system`` resolved first)."""
    return _COLOURS[resolve(theme)]


def chosen_theme(settings: Settings) -> Theme:
    """The theme the user chose (perhaps ``system``), as remembered; ``system`` if unreadable."""
    try:
        return Theme(settings.get(keys.THEME))
    except ValueError:
        return Theme.SYSTEM


def platform_font() -> QFont:
    """The platform's own font, which zoom is relative to.

    Asked of Qt each time rather than remembered: the application font is the zoomed
    one once a zoom has been applied, and this stays what the platform gave.
    """
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)


#: What a widget receives when the palette changes (a hidden or top-level window may get only the second).
THEME_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)


def palette_of(theme: Theme) -> QPalette:
    """The application palette of a concrete theme."""
    if theme is Theme.LIGHT:
        roles = {
            QPalette.ColorRole.Window: "#f3f4f6",
            QPalette.ColorRole.WindowText: "#1b1f24",
            QPalette.ColorRole.Base: "#ffffff",
            QPalette.ColorRole.AlternateBase: "#f4f6f8",
            QPalette.ColorRole.Text: "#1b1f24",
            QPalette.ColorRole.Button: "#e9ebee",
            QPalette.ColorRole.ButtonText: "#1b1f24",
            QPalette.ColorRole.Highlight: "#0b57d0",
            QPalette.ColorRole.HighlightedText: "#ffffff",
            QPalette.ColorRole.Link: "#0b57d0",
            QPalette.ColorRole.LinkVisited: "#6f42c1",
            QPalette.ColorRole.ToolTipBase: "#fffbe6",
            QPalette.ColorRole.ToolTipText: "#1b1f24",
            QPalette.ColorRole.PlaceholderText: "#6a7078",
            QPalette.ColorRole.BrightText: "#ffffff",
        }
        disabled = "#8a9098"
    elif theme is Theme.DARK:
        roles = {
            QPalette.ColorRole.Window: "#1f2125",
            QPalette.ColorRole.WindowText: "#e6e8eb",
            QPalette.ColorRole.Base: "#16181b",
            QPalette.ColorRole.AlternateBase: "#24272b",
            QPalette.ColorRole.Text: "#e6e8eb",
            QPalette.ColorRole.Button: "#2c2f34",
            QPalette.ColorRole.ButtonText: "#e6e8eb",
            # white on it is 5.1:1 (WCAG AA); against the page it still marks focus at 3.5:1
            QPalette.ColorRole.Highlight: "#2d6ad1",
            QPalette.ColorRole.HighlightedText: "#ffffff",
            QPalette.ColorRole.Link: "#8ab4f8",
            QPalette.ColorRole.LinkVisited: "#c58af9",
            QPalette.ColorRole.ToolTipBase: "#2c2f34",
            QPalette.ColorRole.ToolTipText: "#e6e8eb",
            QPalette.ColorRole.PlaceholderText: "#9aa0a6",
            QPalette.ColorRole.BrightText: "#ffffff",
        }
        disabled = "#7c828a"
    else:
        roles = {
            QPalette.ColorRole.Window: "#000000",
            QPalette.ColorRole.WindowText: "#ffffff",
            QPalette.ColorRole.Base: "#000000",
            QPalette.ColorRole.AlternateBase: "#000000",
            QPalette.ColorRole.Text: "#ffffff",
            QPalette.ColorRole.Button: "#000000",
            QPalette.ColorRole.ButtonText: "#ffffff",
            QPalette.ColorRole.Highlight: "#ffff00",
            QPalette.ColorRole.HighlightedText: "#000000",
            QPalette.ColorRole.Link: "#ffff00",
            QPalette.ColorRole.LinkVisited: "#00ffff",
            QPalette.ColorRole.ToolTipBase: "#000000",
            QPalette.ColorRole.ToolTipText: "#ffffff",
            QPalette.ColorRole.PlaceholderText: "#d0d0d0",
            QPalette.ColorRole.BrightText: "#ffff00",
        }
        disabled = "#c0c0c0"
    palette = QPalette()
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    # Fusion draws frames and bevels from these; derive them so borders stay visible.
    window = QColor(roles[QPalette.ColorRole.Window])
    border = QColor("#ffffff") if theme is Theme.HIGH_CONTRAST else window.darker(135)
    if theme is Theme.DARK:
        border = window.lighter(170)
    for role in (QPalette.ColorRole.Mid, QPalette.ColorRole.Dark, QPalette.ColorRole.Shadow):
        palette.setColor(role, border)
    palette.setColor(QPalette.ColorRole.Light, window.lighter(115))
    palette.setColor(QPalette.ColorRole.Midlight, window.lighter(108))
    return palette


# Focus must be obvious to a keyboard user on a projector, so frames get a ring in
# the highlight colour; high contrast draws everything in black, white and yellow
# with thick outlines.
_FOCUS_RING = """
QAbstractItemView:focus, QTextBrowser:focus, QLineEdit:focus, QPlainTextEdit:focus {
    border: 2px solid palette(highlight);
}
QTabBar::tab:focus { text-decoration: underline; }
"""
#: The tab bars' scroll arrows are tool buttons too: without their own rule, the buttons'
#: padding above leaves no room to draw the arrow, and a long row of stage tabs seems to end.
_HIGH_CONTRAST = """
QWidget { selection-background-color: #ffff00; selection-color: #000000; }
QAbstractItemView, QTextBrowser, QLineEdit, QPlainTextEdit, QComboBox {
    border: 1px solid #ffffff;
}
QAbstractItemView:focus, QTextBrowser:focus, QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus {
    border: 3px solid #ffff00;
}
QPushButton, QToolButton {
    background: #000000; color: #ffffff; border: 1px solid #ffffff; padding: 3px 8px;
}
QPushButton:hover, QToolButton:hover { border: 2px solid #00ffff; }
QPushButton:focus, QToolButton:focus { border: 3px solid #ffff00; }
QPushButton:checked, QToolButton:checked { background: #ffff00; color: #000000; }
QPushButton:disabled, QToolButton:disabled { color: #a0a0a0; border: 1px dashed #a0a0a0; }
QTabBar::tab { background: #000000; color: #ffffff; border: 1px solid #ffffff; padding: 4px 10px; }
QTabBar::tab:selected { background: #ffff00; color: #000000; }
QTabBar::tab:focus { border: 3px solid #00ffff; }
QTabBar QToolButton { padding: 0px; }
QTabBar::scroller { width: 40px; }
QMenu::item:selected, QMenuBar::item:selected { background: #ffff00; color: #000000; }
QToolTip { background: #000000; color: #ffffff; border: 2px solid #ffff00; }
QDockWidget::title { background: #000000; border: 1px solid #ffffff; }
"""


def apply_theme(app: QApplication, theme: Theme) -> Theme:
    """Apply ``theme`` (resolving ``system``) to the whole application; return what was applied."""
    concrete = resolve(theme)
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(palette_of(concrete))
    app.setStyleSheet(_FOCUS_RING + (_HIGH_CONTRAST if concrete is Theme.HIGH_CONTRAST else ""))
    return concrete


ZOOM_STEP = 1.1
ZOOM_LIMITS = (-4, 12)


def zoomed_point_size(base: float, steps: int) -> float:
    return round(base * ZOOM_STEP**steps, 1)


class Appearance(QObject):
    """The user's theme and zoom: applied to the app, remembered in the settings, and the
    one place that knows which theme is in use.

    Views are handed it and read ``colours()`` whenever they draw; they draw again on
    ``themeChanged`` (or on the ``PaletteChange`` the app's new palette sends them: the
    theme in use is set before that palette). ``system`` follows the platform when it
    switches between light and dark.

    The app makes one for its whole life. Another one (a test's second window) shares
    the same base font, since that is the platform's (``platform_font``), not remembered
    from an application font a first one may already have zoomed.
    """

    themeChanged = Signal(str)  # the concrete theme now in use
    zoomChanged = Signal(int)  # zoom steps from the default size

    def __init__(self, app: QApplication, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._settings = settings
        self._base_font = platform_font()
        self._theme = chosen_theme(settings)
        #: What the views draw with; the chosen theme, resolved, until ``apply`` shows it.
        self._in_use = resolve(self._theme)
        self._zoom = max(ZOOM_LIMITS[0], min(ZOOM_LIMITS[1], settings.get(keys.ZOOM)))
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._follow_system)

    @property
    def theme(self) -> Theme:
        """The theme the user chose (perhaps ``system``)."""
        return self._theme

    @property
    def in_use(self) -> Theme:
        """The concrete theme in use (never ``system``)."""
        return self._in_use

    def colours(self) -> ThemeColours:
        """The meaningful colours of the theme in use."""
        return _COLOURS[self._in_use]

    @property
    def zoom(self) -> int:
        return self._zoom

    def apply(self) -> None:
        """Apply the remembered theme and zoom (once, at start)."""
        self._apply_font()
        self._show(self._theme)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._settings.set(keys.THEME, theme.value)
        self._show(theme)

    def set_zoom(self, steps: int) -> None:
        steps = max(ZOOM_LIMITS[0], min(ZOOM_LIMITS[1], steps))
        if steps == self._zoom:
            return
        self._zoom = steps
        self._settings.set(keys.ZOOM, steps)
        self._apply_font()
        self.zoomChanged.emit(steps)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom + 1)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom - 1)

    def reset_zoom(self) -> None:
        self.set_zoom(0)

    def point_size(self) -> float:
        return zoomed_point_size(self._base_font.pointSizeF(), self._zoom)

    def _show(self, theme: Theme) -> None:
        # In use before the palette is set: widgets redraw on the PaletteChange it sends.
        self._in_use = resolve(theme)
        apply_theme(self._app, self._in_use)
        self.themeChanged.emit(self._in_use.value)

    def _apply_font(self) -> None:
        font = QFont(self._base_font)
        font.setPointSizeF(self.point_size())
        self._app.setFont(font)
        # With an application style sheet, Qt stops handing a new application font
        # down to existing widgets until the sheet is applied again.
        if self._app.styleSheet():
            self._app.setStyleSheet(self._app.styleSheet())

    def _follow_system(self, _scheme: Qt.ColorScheme) -> None:
        if self._theme is Theme.SYSTEM:
            self._show(Theme.SYSTEM)
