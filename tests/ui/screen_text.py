"""What a user reads on a window, by place, and which of it stayed English.

One walker for the translation tests (``test_translations``, ``test_dutch_room``): the
window's title, its menus, and its widgets' titles, texts, tabs, placeholders, accessible
names and table headers, keyed by a place that is the same in any language and any run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDockWidget,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QToolBar,
    QWidget,
)

#: Labels that may read the same in English and in the language, reviewed one by one.
#: Compared as words (``words``: no mnemonic, markup or punctuation).
SAME_IN_BOTH = {
    "nl": {
        "OK",
        "Nederlands",
        "Français",
        "English",
        "Scenario",
        "Help",
        "Timer",
        "Agenda",
        "1 min",
        "Start stop",
        "Passages",
    },
    "fr": {
        "OK",
        "Nederlands",
        "Français",
        "English",
        "1 min",
        "Journal",
        "Navigation",
        "Session",
        "Arguments",
        "Source",
        "Minutes",
        "Discussion",
        "Passages",
    },
}


def menu_labels(menu: QMenu, path: str) -> Iterator[tuple[str, str]]:
    for index, action in enumerate(menu.actions()):
        if action.isSeparator():
            continue
        where = f"{path} > {index}"
        yield where, action.text()
        if action.statusTip():
            yield f"{where} (status tip)", action.statusTip()
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            yield from menu_labels(submenu, where)


def place(widget: QObject) -> str:
    """Where ``widget`` is, the same in any language and any run: each step names the class,
    the object name and the index among the siblings of that class and name (a sibling of
    another kind made in one run only does not shift it)."""
    parts = []
    node: QObject | None = widget
    while node is not None:
        parent = node.parent()
        kin = [
            c
            for c in (parent.children() if parent is not None else [node])
            if type(c) is type(node) and c.objectName() == node.objectName()
        ]
        parts.append(f"{type(node).__name__}#{node.objectName()}[{kin.index(node)}]")
        node = parent
    return "/".join(reversed(parts))


def screen(window: QWidget, where: str = "", visible_only: bool = True) -> dict[str, str]:
    """Every label a user can read on ``window`` (its menus, and its widgets' titles, texts,
    tabs, placeholders, accessible names and table headers), by place; ``where`` prefixes
    the places. ``visible_only``: only what is on screen now, else hidden widgets too."""
    prefix = f"{where}: " if where else ""
    found: dict[str, str] = {f"{prefix}window title": window.windowTitle()}
    if isinstance(window, QMainWindow):
        for index, action in enumerate(window.menuBar().actions()):
            found[f"{prefix}menu {index}"] = action.text()
            menu = action.menu()
            if isinstance(menu, QMenu):  # PySide types it as a QObject
                found.update({f"{prefix}{k}": v for k, v in menu_labels(menu, f"menu {index}")})
    for widget in [window, *window.findChildren(QWidget)]:
        if visible_only and not widget.isVisibleTo(window) and widget is not window:
            continue
        at = prefix + place(widget)
        # A widget's own actions: keys that work without a menu, named where the shortcuts
        # are listed and in their tooltips (menus' actions are read with their menus above).
        for index, action in enumerate(widget.actions()):
            if not action.isSeparator() and not isinstance(widget, QMenu):
                found[f"{at} action {index}"] = action.text()
        if isinstance(widget, QDockWidget | QToolBar):
            found[at] = widget.windowTitle()
        elif isinstance(widget, QAbstractButton | QLabel):
            found[at] = widget.text()
        elif isinstance(widget, QGroupBox):
            found[at] = widget.title()
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                found[f"{at} tab {index}"] = widget.tabText(index)
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            found[f"{at} placeholder"] = widget.placeholderText()
        elif isinstance(widget, QAbstractItemView):
            header = getattr(widget, "horizontalHeader", getattr(widget, "header", lambda: None))()
            model = widget.model()
            if isinstance(header, QHeaderView) and not header.isHidden() and model is not None:
                for column in range(header.count()):
                    text = model.headerData(column, Qt.Orientation.Horizontal)
                    found[f"{at} header {column}"] = text if isinstance(text, str) else ""
        if widget.accessibleName():
            found[f"{at} accessible name"] = widget.accessibleName()
    return {at: text for at, text in found.items() if text}


def words(text: str) -> str:
    """The words of a label: markup, mnemonics, shortcuts' key names and numbers left out."""
    text = re.sub(r"<[^>]+>", " ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = re.sub(r"\b(Ctrl|Shift|Alt|F\d+|PgUp|PgDown|Esc|Enter|Tab)\b", " ", text)
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def untranslated(
    english: dict[str, str], translated: dict[str, str], language: str, data: set[str]
) -> list[str]:
    """Labels that read the same as in English: neither data (pack text) nor on the allow-list."""
    same = []
    for where, text in english.items():
        said = words(text)
        if not re.search(r"[^\W\d_]{2,}", said):
            continue  # symbols and numbers: ▶, 12:00, +1
        if where not in translated or words(translated[where]) != said:
            continue
        same_words = {token for label in SAME_IN_BOTH[language] for token in label.split()}
        if said in SAME_IN_BOTH[language] or is_data(said, data | same_words):
            continue
        same.append(f"{where}: {text!r}")
    return same


def is_data(said: str, data: set[str]) -> bool:
    """A label of three words or more, every one of them from the pack (or a word the same in
    both languages): pack text shown as it is ("Belgian government · 2021", "Scenario: Quality
    or quantity?" in Dutch). Shorter labels are the app's own, or on the allow-list."""
    tokens = said.split()
    return len(tokens) >= 3 and all(token in data or token.isdigit() or len(token) == 1 for token in tokens)
