"""One way to make an action, so every menu entry and shortcut behaves alike.

Explicit keys, never ``QKeySequence.StandardKey`` for navigation (on some desktops "Back"
also means Backspace, which must stay with the text fields); the tooltip names the
shortcut, so a mouse user learns it; the action is added to ``owner`` too, so its
shortcut works while the menu bar is hidden or the menu was never opened.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget


def plain(text: str) -> str:
    """An action's text without its mnemonic and arrows, for names and tooltips."""
    return text.replace("&", "").strip("◀▶ ")


def make_action(
    owner: QWidget,
    text: str,
    slot: Callable[[], object] | None = None,
    keys: Sequence[str | QKeySequence.StandardKey] = (),
    *,
    tip: str = "",
    menu: QMenu | None = None,
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> QAction:
    action = QAction(text, owner)
    action.setShortcuts([QKeySequence(key) for key in keys])
    action.setShortcutContext(context)
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{plain(text)} ({shortcut})" if shortcut else plain(text))
    if tip:
        action.setStatusTip(tip)
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    if menu is not None:
        menu.addAction(action)
    owner.addAction(action)
    return action
