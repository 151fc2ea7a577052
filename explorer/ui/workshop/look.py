"""How the room's screen looks: high-contrast colours and type sized for the back of a room.

A projector washes colours out, so the presenter uses its own two palettes
rather than the app's theme: white on black (the default; a dark screen does not
light up a darkened room) and black on white (for a bright room). Both keep text
contrast above 15:1. Type is sized from the height of the screen (about 27 lines
of body text on a full screen), times the app's zoom, so it is as large on a
4K projector as on a 720p one, and the facilitator's zoom still applies.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

from explorer.ui.theme import platform_font

#: Body text is a 27th of the screen height: about 40 pixels on a 1080-line projector,
#: readable from 12 m by the usual rule of thumb (text height ≥ viewing distance / 300).
LINES_PER_SCREEN = 27.0


@dataclass(frozen=True)
class RoomColours:
    background: QColor
    text: QColor
    muted: QColor
    accent: QColor
    quote_background: QColor
    first_round: QColor
    second_round: QColor


DARK = RoomColours(
    background=QColor("#000000"),
    text=QColor("#ffffff"),
    muted=QColor("#d6d6d6"),
    accent=QColor("#ffd400"),
    quote_background=QColor("#1e1e1e"),
    first_round=QColor("#9ec5ff"),
    second_round=QColor("#ffd400"),
)
LIGHT = RoomColours(
    background=QColor("#ffffff"),
    text=QColor("#000000"),
    muted=QColor("#2b2b2b"),
    accent=QColor("#0038a8"),
    quote_background=QColor("#eef1f5"),
    first_round=QColor("#5b6b80"),
    second_round=QColor("#0038a8"),
)


def console_colours(widget: QWidget) -> RoomColours:
    """Chart colours that follow the app's theme (for the console's private preview)."""
    palette = widget.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    return RoomColours(
        background=palette.color(QPalette.ColorRole.Window),
        text=text,
        muted=palette.color(QPalette.ColorRole.PlaceholderText),
        accent=palette.color(QPalette.ColorRole.Highlight),
        quote_background=palette.color(QPalette.ColorRole.AlternateBase),
        first_round=text,
        second_round=palette.color(QPalette.ColorRole.Highlight),
    )


def style_sheet(colours: RoomColours, header_px: int = 0) -> str:
    """The room panel's colours as a style sheet.

    A palette alone is not enough: once the app has a style sheet of its own (the
    themes' focus rings), child labels take their colours from it, so the panel
    states its colours the same way and they win within the panel.
    """
    bg, text = colours.background.name(), colours.text.name()
    accent, muted = colours.accent.name(), colours.muted.name()
    return (
        f"#room-panel {{ background: {bg}; }}"
        f" #room-panel QLabel {{ color: {text}; background: transparent; }}"
        f" #room-panel QLabel#room-step, #room-panel QLabel#room-timer {{ color: {accent}; }}"
        f" #room-panel QLabel#room-progress, #room-panel QLabel#room-subheading,"
        f" #room-panel QLabel#room-sources {{ color: {muted}; }}"
        f" #room-panel QTableView {{ background: {bg}; color: {text}; border: none; }}"
        f" #room-panel QHeaderView::section {{ background: {bg}; color: {accent}; border: none;"
        f" font-weight: bold;{f' font-size: {header_px}px;' if header_px else ''} }}"
    )


def apply_colours(widget: QWidget, colours: RoomColours) -> None:
    palette = QPalette(widget.palette())
    for role, colour in (
        (QPalette.ColorRole.Window, colours.background),
        (QPalette.ColorRole.Base, colours.background),
        (QPalette.ColorRole.AlternateBase, colours.quote_background),
        (QPalette.ColorRole.WindowText, colours.text),
        (QPalette.ColorRole.Text, colours.text),
        (QPalette.ColorRole.Highlight, colours.accent),
        (QPalette.ColorRole.HighlightedText, colours.background),
        (QPalette.ColorRole.Button, colours.background),
        (QPalette.ColorRole.ButtonText, colours.text),
    ):
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
            palette.setColor(group, role, colour)
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)


def zoom_factor() -> float:
    """The app's zoom (its font against the platform's), so Ctrl+= in the app reaches the room too."""
    base, current = platform_font().pointSizeF(), QGuiApplication.font().pointSizeF()
    if base > 0 and current > 0:
        return current / base
    return 1.0


def unit(height: int, zoom: float = 1.0) -> float:
    """The body text height in pixels for a screen ``height`` pixels high."""
    return max(6.0, height / LINES_PER_SCREEN * zoom)


def font(size: float, bold: bool = False, italic: bool = False) -> QFont:
    made = QFont(QGuiApplication.font())
    made.setPixelSize(max(6, round(size)))
    made.setBold(bold)
    made.setItalic(italic)
    return made
