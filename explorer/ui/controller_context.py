"""What a controller attached to the main window may use of it, and nothing more.

The Journal, Workshop and Review controllers get one ``ControllerContext``, built once by
the main window, instead of the window itself: so they cannot come to depend on its
attributes, and a test can drive them with a context of its own and no main window.

The pack is reloaded when its files change (and another pack may be opened), so the
context gives the current pack and corpus through functions, and ``pack_loaded`` says
when they changed. The reading views exist only once the first pack has loaded: their
functions return ``None`` until then.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QWidget

if TYPE_CHECKING:
    from explorer.core.evidence.corpus import Corpus
    from explorer.core.pack.loader import LoadedPack
    from explorer.ui.scenario_view import ScenarioView
    from explorer.ui.settings import Settings
    from explorer.ui.source_viewer import SourceViewer
    from explorer.ui.theme import Appearance


@dataclass(frozen=True)
class ControllerContext:
    #: Parents the controller's dialogs and owns its actions (so their shortcuts work while
    #: the menu is closed); hosts its docks; its close (``QEvent.Close``) may be refused by
    #: an event filter when work would be lost. On LanguageChange it translates again the texts
    #: kept (``i18n.keep``) on its children: the controllers' actions, menus and docks.
    #: A plain ``QMainWindow`` is enough.
    window: QMainWindow
    settings: Settings
    #: The theme and zoom in use, for views that draw in the theme's colours.
    appearance: Appearance
    #: ``LoadedPack``: the first pack, a reload after its files changed, or another pack.
    pack_loaded: SignalInstance
    #: Scenario id, stage id: the reader moved to a stage.
    scenario_shown: SignalInstance
    pack: Callable[[], LoadedPack | None]
    corpus: Callable[[], Corpus | None]
    scenario_view: Callable[[], ScenarioView | None]
    source_viewer: Callable[[], SourceViewer | None]
    #: Scenario id, stage id (``None``: where the scenario starts); recorded for Back.
    open_scenario: Callable[[str, str | None], None]
    #: Source id, edition start, edition end: the passage is shown highlighted.
    open_passage: Callable[[str, int, int], None]
    #: Scenario id, citation id.
    open_citation: Callable[[str, str], None]
    #: A status-bar message for so many milliseconds (0: until replaced); ``""`` clears it.
    show_status: Callable[[str, int], None]
    #: A top-level menu before Help. Its title is English, marked with
    #: ``QT_TRANSLATE_NOOP(context, ...)``, and follows the language; (title, context).
    add_menu: Callable[[str, str], QMenu]
    #: A panel listed in View → Panels, its place remembered; (widget, title, object name
    #: prefix, area, translation context), the title as for ``add_menu``.
    add_dock: Callable[[QWidget, str, str, Qt.DockWidgetArea, str], QDockWidget]
    #: An entry in the File menu, above Quit.
    add_file_action: Callable[[QAction], None]

    def current_stage(self) -> tuple[str, str | None] | None:
        """The scenario and stage the reader is on, if a scenario is shown."""
        view = self.scenario_view()
        if view is None or view.scenario_id is None:
            return None
        return view.scenario_id, view.stage_id
