"""The main window's menus, actions and shortcuts, in one place.

Every action with a shortcut lives in a menu, so Help → Keyboard shortcuts can
list them all from the menus themselves and never fall behind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QToolBar

from explorer.ui import settings as keys
from explorer.ui.actions import make_action
from explorer.ui.theme import Theme

if TYPE_CHECKING:
    from explorer.ui.main_window import MainWindow


def _action(
    window: MainWindow,
    menu: QMenu,
    text: str,
    slot: Callable[[], object],
    keys: tuple[str, ...] = (),
    tip: str = "",
) -> QAction:
    return make_action(window, text, slot, keys, tip=tip, menu=menu)


def build_menus(window: MainWindow) -> dict[str, QAction]:
    """Build the menu bar and a small navigation tool bar; return the actions by name."""
    tr = window.tr
    bar = window.menuBar()
    found: dict[str, QAction] = {}

    file = bar.addMenu(tr("&File"))
    found["open-pack"] = _action(
        window,
        file,
        tr("&Open pack…"),
        window.choose_pack,
        ("Ctrl+O",),
        tr("Open a folder of scenario files"),
    )
    found["open-shared"] = _action(
        window,
        file,
        tr("Open s&hared pack…"),
        window.choose_shared_pack,
        tip=tr("Open a .dilemma file made by `explorer bundle`"),
    )
    found["open-bundled"] = _action(
        window,
        file,
        tr("Open the &bundled pack"),
        lambda: window.open_pack(None),
        tip=tr("The scenarios that ship with the app"),
    )
    found["reload"] = _action(
        window,
        file,
        tr("&Reload pack"),
        window.reload_pack,
        ("F5",),
        tr("Read the pack's files again (after editing)"),
    )
    found["add-source"] = _action(
        window,
        file,
        tr("Add &source…"),
        window.add_source,
        tip=tr("Import a PDF, HTML, Markdown or text document into the open pack"),
    )
    file.addSeparator()
    found["quit"] = _action(window, file, tr("&Quit"), window.close, ("Ctrl+Q",))
    found["file-menu"] = file.menuAction()

    view = bar.addMenu(tr("&View"))
    found["scenario"] = _action(
        window, view, tr("&Scenario"), lambda: window.show_view(window.SCENARIO_VIEW), ("Ctrl+1",)
    )
    found["tradeoffs"] = _action(
        window, view, tr("&Trade-off matrix"), lambda: window.show_view(window.TRADEOFF_VIEW), ("Ctrl+2",)
    )
    found["source"] = _action(window, view, tr("Sou&rce viewer"), window.focus_source, ("Ctrl+3",))
    found["close-source"] = _action(
        window,
        view,
        tr("&Close the source viewer"),
        window.close_source,
        tip=tr("Escape in the source viewer"),
    )
    view.addSeparator()
    found["library"] = _action(window, view, tr("&Library"), window.focus_library, ("Ctrl+L",))
    found["library-filter"] = _action(
        window, view, tr("Library &filter"), window.focus_library_filter, ("Ctrl+Shift+L",)
    )
    found["search"] = _action(window, view, tr("Searc&h"), window.focus_search, ("Ctrl+K", "Ctrl+Shift+F"))
    found["problems"] = _action(window, view, tr("Pack &problems"), window.show_problems, ("Ctrl+Shift+M",))
    notes = _action(window, view, tr("&Facilitator notes"), lambda: None, ("Ctrl+Shift+N",))
    notes.setCheckable(True)
    notes.setChecked(window.settings.get(keys.SHOW_FACILITATOR_NOTES))
    notes.setToolTip(tr("Show or hide the facilitator notes (Ctrl+Shift+N)"))
    notes.toggled.connect(lambda on: window.settings.set(keys.SHOW_FACILITATOR_NOTES, on))
    found["notes"] = notes
    view.addSeparator()
    found["zoom-in"] = _action(window, view, tr("Zoom &in"), window.appearance.zoom_in, ("Ctrl++", "Ctrl+="))
    found["zoom-out"] = _action(
        window,
        view,
        tr("Zoom &out"),
        window.appearance.zoom_out,
        ("Ctrl+-",),
    )
    found["zoom-reset"] = _action(window, view, tr("&Actual size"), window.appearance.reset_zoom, ("Ctrl+0",))
    themes = view.addMenu(tr("T&heme"))
    group = QActionGroup(window)
    names = {
        Theme.SYSTEM: tr("Follow the &system"),
        Theme.LIGHT: tr("&Light"),
        Theme.DARK: tr("&Dark"),
        Theme.HIGH_CONTRAST: tr("&High contrast"),
    }
    for theme, label in names.items():
        action = QAction(label, group)
        action.setCheckable(True)
        action.setChecked(window.appearance.theme is theme)
        action.triggered.connect(lambda _checked=False, t=theme: window.set_theme(t))
        themes.addAction(action)
        found[f"theme-{theme.value}"] = action
    docks = view.addMenu(tr("&Panels"))
    for dock in (window.library_dock, window.search_dock, window.problems_dock):
        docks.addAction(dock.toggleViewAction())
    found["docks-menu"] = docks.menuAction()
    found["reset-layout"] = _action(
        window,
        view,
        tr("&Reset layout"),
        window.reset_layout,
        tip=tr("Panels and window size as on a first start"),
    )

    go = bar.addMenu(tr("&Go"))
    # Glyphs rather than the style's icons: text follows every theme, the icons stay dark.
    found["back"] = _action(window, go, tr("◀ &Back"), window.go_back, ("Alt+Left",))
    found["forward"] = _action(window, go, tr("&Forward ▶"), window.go_forward, ("Alt+Right",))
    go.addSeparator()
    found["next-stage"] = _action(
        window,
        go,
        tr("&Next stage"),
        lambda: window.scenario_view.next_stage() if window.workspace.built else None,
        ("Ctrl+PgDown",),
    )
    found["previous-stage"] = _action(
        window,
        go,
        tr("&Previous stage"),
        lambda: window.scenario_view.previous_stage() if window.workspace.built else None,
        ("Ctrl+PgUp",),
    )
    for name in ("back", "forward"):
        found[name].setEnabled(False)

    help_menu = bar.addMenu(tr("&Help"))
    found["welcome"] = _action(window, help_menu, tr("&Welcome page"), window.show_welcome)
    found["shortcuts"] = _action(
        window,
        help_menu,
        tr("&Keyboard shortcuts"),
        window.show_shortcuts,
        ("F1",),
    )
    found["about"] = _action(window, help_menu, tr("&About"), window.show_about)
    found["help-menu"] = help_menu.menuAction()

    tools = QToolBar(tr("Navigation"), window)
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
