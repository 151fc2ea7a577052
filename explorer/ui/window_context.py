"""The main window's side of ``ControllerContext``: where controllers attach, and the context
built from the window once.

Docks and menus added here follow the language (their titles are kept with ``i18n.keep``),
docks are found again by ``restoreState`` through their object names, and each dock a
controller adds is listed in View → Panels.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QWidget

from explorer.ui import i18n
from explorer.ui.controller_context import ControllerContext

if TYPE_CHECKING:
    from explorer.ui.main_window import MainWindow


def make_dock(
    window: QMainWindow,
    widget: QWidget,
    title: str,
    name: str,
    area: Qt.DockWidgetArea,
    context: str = "MainWindow",
) -> QDockWidget:
    """``title``: English, marked with ``QT_TRANSLATE_NOOP(context, ...)``; it follows the language."""
    dock = QDockWidget(window)
    i18n.keep(dock, context, title, "setWindowTitle")
    dock.setObjectName(f"{name}-dock")  # restoreState finds docks by name
    dock.setWidget(widget)
    window.addDockWidget(area, dock)
    return dock


def add_panel(
    window: MainWindow, widget: QWidget, title: str, name: str, area: Qt.DockWidgetArea, context: str
) -> QDockWidget:
    """A controller's panel (e.g. reflection) as a dock, listed in View → Panels."""
    dock = make_dock(window, widget, title, name, area, context)
    menu = window.menu_actions["docks-menu"].menu()
    assert isinstance(menu, QMenu)
    menu.addAction(dock.toggleViewAction())
    return dock


def add_menu_before_help(window: MainWindow, title: str, context: str) -> QMenu:
    """A top-level menu (e.g. Workshop) before Help; ``title`` as for ``make_dock``."""
    menu = QMenu(window)
    i18n.keep(menu.menuAction(), context, title)
    window.menuBar().insertMenu(window.menu_actions["help-menu"], menu)
    return menu


def add_file_action(window: MainWindow, action: QAction) -> None:
    """An entry in the File menu, above Quit (e.g. Workshop sessions…)."""
    file_menu = window.menu_actions["file-menu"].menu()
    assert isinstance(file_menu, QMenu)
    actions = file_menu.actions()
    quit_index = actions.index(window.menu_actions["quit"])
    file_menu.insertAction(actions[quit_index - 1], action)  # before the separator over Quit
    window.addAction(action)


def controller_context(window: MainWindow) -> ControllerContext:
    """What the controllers may use of ``window``: built once, handed to each of them."""
    return ControllerContext(
        window=window,
        settings=window.settings,
        appearance=window.appearance,
        pack_loaded=window.packLoaded,
        scenario_shown=window.scenarioShown,
        pack=lambda: window.pack,
        corpus=lambda: window.corpus,
        # The views are built with the first pack; the source viewer on first use.
        scenario_view=lambda: window.workspace.scenario_view if window.workspace.built else None,
        source_viewer=lambda: window.workspace.source_viewer if window.workspace.built else None,
        open_scenario=window.open_scenario,
        open_passage=window.open_passage,
        open_citation=window.open_citation,
        show_status=window.statusBar().showMessage,
        add_menu=partial(add_menu_before_help, window),
        add_dock=partial(add_panel, window),
        add_file_action=partial(add_file_action, window),
    )
