"""The main window's menus, actions and shortcuts, in one place.

Every action with a shortcut lives in a menu, so Help → Keyboard shortcuts can
list them all from the menus themselves and never fall behind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar

from explorer.ui import settings as keys
from explorer.ui.actions import make_action
from explorer.ui.i18n import LANGUAGES, QT_TRANSLATE_NOOP, add_menu, current_choice, keep, translate_action
from explorer.ui.theme import Theme

if TYPE_CHECKING:
    from explorer.ui.main_window import MainWindow


#: The translation context of the main window's menus (what ``MainWindow.tr`` uses).
CONTEXT = "MainWindow"


def _action(
    window: MainWindow,
    menu: QMenu,
    text: str,
    slot: Callable[[], object],
    keys: tuple[str, ...] = (),
    tip: str = "",
) -> QAction:
    """``text`` and ``tip`` are English, marked with ``QT_TRANSLATE_NOOP``: translated here and
    again on every language change (``i18n.retranslate``)."""
    action = make_action(window, text, slot, keys, menu=menu)
    translate_action(action, CONTEXT, text, tip)
    return action


def _menu(parent: QMenuBar | QMenu, title: str) -> QMenu:
    return add_menu(parent, CONTEXT, title)


def _language_menu(window: MainWindow, menu: QMenu, found: dict[str, QAction]) -> None:
    """View → Language: the system's, or English, Dutch, French by their own names; applied at once."""
    group = QActionGroup(window)
    chosen = current_choice(window.settings)
    for language in LANGUAGES:
        action = QAction(language.name, group)
        if not language.code:  # the endonyms stay as they are in every language
            keep(action, "Language", language.name)
        action.setCheckable(True)
        action.setChecked(language.code == chosen)
        action.triggered.connect(lambda _checked=False, code=language.code: window.set_language(code))
        menu.addAction(action)
        found[f"language-{language.code or 'system'}"] = action


def build_menus(window: MainWindow) -> dict[str, QAction]:
    """Build the menu bar and a small navigation tool bar; return the actions by name."""
    bar = window.menuBar()
    found: dict[str, QAction] = {}

    file = _menu(bar, QT_TRANSLATE_NOOP("MainWindow", "&File"))
    found["open-pack"] = _action(
        window,
        file,
        QT_TRANSLATE_NOOP("MainWindow", "&Open pack…"),
        window.choose_pack,
        ("Ctrl+O",),
        QT_TRANSLATE_NOOP("MainWindow", "Open a folder of scenario files"),
    )
    found["open-shared"] = _action(
        window,
        file,
        QT_TRANSLATE_NOOP("MainWindow", "Open s&hared pack…"),
        window.choose_shared_pack,
        tip=QT_TRANSLATE_NOOP("MainWindow", "Open a .dilemma file made by `explorer bundle`"),
    )
    found["open-bundled"] = _action(
        window,
        file,
        QT_TRANSLATE_NOOP("MainWindow", "Open the &bundled pack"),
        lambda: window.open_pack(None),
        tip=QT_TRANSLATE_NOOP("MainWindow", "The scenarios that ship with the app"),
    )
    found["reload"] = _action(
        window,
        file,
        QT_TRANSLATE_NOOP("MainWindow", "&Reload pack"),
        window.reload_pack,
        ("F5",),
        QT_TRANSLATE_NOOP("MainWindow", "Read the pack's files again (after editing)"),
    )
    found["add-source"] = _action(
        window,
        file,
        QT_TRANSLATE_NOOP("MainWindow", "Add &source…"),
        window.add_source,
        tip=QT_TRANSLATE_NOOP(
            "MainWindow", "Import a PDF, HTML, Markdown or text document into the open pack"
        ),
    )
    file.addSeparator()
    found["quit"] = _action(window, file, QT_TRANSLATE_NOOP("MainWindow", "&Quit"), window.close, ("Ctrl+Q",))
    found["file-menu"] = file.menuAction()

    view = _menu(bar, QT_TRANSLATE_NOOP("MainWindow", "&View"))
    found["scenario"] = _action(
        window,
        view,
        QT_TRANSLATE_NOOP("MainWindow", "&Scenario"),
        lambda: window.show_view(window.SCENARIO_VIEW),
        ("Ctrl+1",),
    )
    found["tradeoffs"] = _action(
        window,
        view,
        QT_TRANSLATE_NOOP("MainWindow", "&Trade-off matrix"),
        lambda: window.show_view(window.TRADEOFF_VIEW),
        ("Ctrl+2",),
    )
    found["source"] = _action(
        window, view, QT_TRANSLATE_NOOP("MainWindow", "Sou&rce viewer"), window.focus_source, ("Ctrl+3",)
    )
    found["close-source"] = _action(
        window,
        view,
        QT_TRANSLATE_NOOP("MainWindow", "&Close the source viewer"),
        window.close_source,
        tip=QT_TRANSLATE_NOOP("MainWindow", "Escape in the source viewer"),
    )
    view.addSeparator()
    found["library"] = _action(
        window, view, QT_TRANSLATE_NOOP("MainWindow", "&Library"), window.focus_library, ("Ctrl+L",)
    )
    found["library-filter"] = _action(
        window,
        view,
        QT_TRANSLATE_NOOP("MainWindow", "Library &filter"),
        window.focus_library_filter,
        ("Ctrl+Shift+L",),
    )
    found["search"] = _action(
        window,
        view,
        QT_TRANSLATE_NOOP("MainWindow", "Searc&h"),
        window.focus_search,
        ("Ctrl+K", "Ctrl+Shift+F"),
    )
    found["problems"] = _action(
        window,
        view,
        QT_TRANSLATE_NOOP("MainWindow", "Pack &problems"),
        window.show_problems,
        ("Ctrl+Shift+M",),
    )
    notes = _action(
        window, view, QT_TRANSLATE_NOOP("MainWindow", "&Facilitator notes"), lambda: None, ("Ctrl+Shift+N",)
    )
    notes.setCheckable(True)
    notes.setChecked(window.settings.get(keys.SHOW_FACILITATOR_NOTES))
    keep(
        notes,
        CONTEXT,
        QT_TRANSLATE_NOOP("MainWindow", "Show or hide the facilitator notes (Ctrl+Shift+N)"),
        "setToolTip",
    )
    notes.toggled.connect(lambda on: window.settings.set(keys.SHOW_FACILITATOR_NOTES, on))
    found["notes"] = notes
    view.addSeparator()
    found["zoom-in"] = _action(
        window,
        view,
        QT_TRANSLATE_NOOP("MainWindow", "Zoom &in"),
        window.appearance.zoom_in,
        ("Ctrl++", "Ctrl+="),
    )
    found["zoom-out"] = _action(
        window,
        view,
        QT_TRANSLATE_NOOP("MainWindow", "Zoom &out"),
        window.appearance.zoom_out,
        ("Ctrl+-",),
    )
    found["zoom-reset"] = _action(
        window,
        view,
        QT_TRANSLATE_NOOP("MainWindow", "&Actual size"),
        window.appearance.reset_zoom,
        ("Ctrl+0",),
    )
    themes = _menu(view, QT_TRANSLATE_NOOP("MainWindow", "T&heme"))
    group = QActionGroup(window)
    names = {
        Theme.SYSTEM: QT_TRANSLATE_NOOP("MainWindow", "Follow the &system"),
        Theme.LIGHT: QT_TRANSLATE_NOOP("MainWindow", "&Light"),
        Theme.DARK: QT_TRANSLATE_NOOP("MainWindow", "&Dark"),
        Theme.HIGH_CONTRAST: QT_TRANSLATE_NOOP("MainWindow", "&High contrast"),
    }
    for theme, label in names.items():
        action = QAction(group)
        keep(action, CONTEXT, label)
        action.setCheckable(True)
        action.setChecked(window.appearance.theme is theme)
        action.triggered.connect(lambda _checked=False, t=theme: window.set_theme(t))
        themes.addAction(action)
        found[f"theme-{theme.value}"] = action
    _language_menu(window, _menu(view, QT_TRANSLATE_NOOP("MainWindow", "&Language")), found)
    docks = _menu(view, QT_TRANSLATE_NOOP("MainWindow", "&Panels"))
    for dock in (window.library_dock, window.search_dock, window.problems_dock):
        docks.addAction(dock.toggleViewAction())
    found["docks-menu"] = docks.menuAction()
    found["reset-layout"] = _action(
        window,
        view,
        QT_TRANSLATE_NOOP("MainWindow", "&Reset layout"),
        window.reset_layout,
        tip=QT_TRANSLATE_NOOP("MainWindow", "Panels and window size as on a first start"),
    )

    go = _menu(bar, QT_TRANSLATE_NOOP("MainWindow", "&Go"))
    # Glyphs rather than the style's icons: text follows every theme, the icons stay dark.
    found["back"] = _action(
        window, go, QT_TRANSLATE_NOOP("MainWindow", "◀ &Back"), window.go_back, ("Alt+Left",)
    )
    found["forward"] = _action(
        window, go, QT_TRANSLATE_NOOP("MainWindow", "&Forward ▶"), window.go_forward, ("Alt+Right",)
    )
    go.addSeparator()
    found["next-stage"] = _action(
        window,
        go,
        QT_TRANSLATE_NOOP("MainWindow", "&Next stage"),
        lambda: window.scenario_view.next_stage() if window.workspace.built else None,
        ("Ctrl+PgDown",),
    )
    found["previous-stage"] = _action(
        window,
        go,
        QT_TRANSLATE_NOOP("MainWindow", "&Previous stage"),
        lambda: window.scenario_view.previous_stage() if window.workspace.built else None,
        ("Ctrl+PgUp",),
    )
    for name in ("back", "forward"):
        found[name].setEnabled(False)

    help_menu = _menu(bar, QT_TRANSLATE_NOOP("MainWindow", "&Help"))
    found["welcome"] = _action(
        window, help_menu, QT_TRANSLATE_NOOP("MainWindow", "&Welcome page"), window.show_welcome
    )
    found["shortcuts"] = _action(
        window,
        help_menu,
        QT_TRANSLATE_NOOP("MainWindow", "&Keyboard shortcuts"),
        window.show_shortcuts,
        ("F1",),
    )
    found["about"] = _action(window, help_menu, QT_TRANSLATE_NOOP("MainWindow", "&About"), window.show_about)
    found["help-menu"] = help_menu.menuAction()

    tools = QToolBar(window)
    keep(tools, CONTEXT, QT_TRANSLATE_NOOP("MainWindow", "Navigation"), "setWindowTitle")
    tools.setObjectName("navigation-toolbar")
    tools.setMovable(False)
    for name in ("back", "forward"):
        tools.addAction(found[name])
    tools.addSeparator()
    for name in ("scenario", "tradeoffs", "source"):
        tools.addAction(found[name])
    tools.addSeparator()
    tools.addAction(notes)
    window.addToolBar(tools)
    return found
