"""The main window: library on the left, scenario and trade-offs in the centre, the source beside them.

The window shows at once; the corpus and the pack load in the background
(``explorer.ui.tasks``) and the views that need them are built when they arrive,
so the first screen imports only what it draws. Following a citation records
where the reader was, so Alt+Left goes back.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QWidget,
)

from explorer.core.paths import bundled_pack_dir
from explorer.ui import i18n
from explorer.ui import settings as keys
from explorer.ui.i18n import QT_TRANSLATE_NOOP
from explorer.ui.library import LibraryPanel
from explorer.ui.loading import build_search_index, start_loading
from explorer.ui.pack_language import localized
from explorer.ui.plain_text import arg, make_plain, status_line, window_title
from explorer.ui.problems_panel import ProblemsPanel
from explorer.ui.search_dock import SearchDock
from explorer.ui.settings import Settings
from explorer.ui.tasks import Task, run_task, save_in_order
from explorer.ui.theme import Appearance, Theme
from explorer.ui.window_context import controller_context, make_dock
from explorer.ui.workspace import Place, Workspace

if TYPE_CHECKING:  # the core and the heavier views load after the window is shown
    from explorer.core.evidence.corpus import Corpus
    from explorer.core.pack.loader import LoadedPack
    from explorer.core.pack.model import Scenario
    from explorer.core.search import SearchIndex
    from explorer.ui.first_screen import FirstScreen, FirstScreenPage
    from explorer.ui.pack_watcher import PackWatcher
    from explorer.ui.scenario_view import ScenarioView
    from explorer.ui.search_panel import SearchPanel
    from explorer.ui.source_viewer import SourceViewer
    from explorer.ui.tradeoffs import TradeOffMatrix
    from explorer.ui.welcome import WelcomePage


#: After the filled window is painted, the search index starts building (milliseconds).
INDEX_DELAY_MS = 100


class MainWindow(QMainWindow):
    """The explorer's main window.

    Controllers added later (journal, review, workshop) get ``context``
    (``explorer.ui.controller_context``), never the window itself.
    """

    packLoaded = Signal(object)  # LoadedPack
    packFailed = Signal(str)  # why the corpus or the pack could not load
    indexReady = Signal(object)  # explorer.core.search.SearchIndex
    scenarioShown = Signal(str, str)  # scenario id, stage id
    citationOpened = Signal(str, str)  # scenario id, citation id

    SCENARIO_VIEW, TRADEOFF_VIEW = Workspace.SCENARIO_VIEW, Workspace.TRADEOFF_VIEW

    def __init__(
        self,
        settings: Settings | None = None,
        appearance: Appearance | None = None,
        corpus: Corpus | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.settings = settings or Settings()
        self.appearance = appearance or Appearance(app, self.settings, self)
        self.corpus: Corpus | None = corpus
        self.pack: LoadedPack | None = None
        self._generation = 0
        #: Set to abandon the running load: a newer pack was asked for, or the window closed
        #: (a huge pack would otherwise keep a worker thread, and so the process, alive).
        self._load_cancel = threading.Event()
        self._first_load = True
        #: Live reload (``pack_watcher``): made with the first pack; the place to come back to.
        self.pack_watcher: PackWatcher | None = None
        self._kept_place: tuple[str, str | None, int] | None = None
        #: The last session's first screen, shown until the pack has loaded (``show_first_screen``),
        #: and what the reader asked for on it meanwhile: a scenario (id, stage, focus), a link.
        self._first_screen: FirstScreenPage | None = None
        self._asked_scenario: tuple[str, str | None, bool] | None = None
        self._asked_link: QUrl | None = None
        self._pack_dir: Path | None = None
        self.index_task: Task | None = None
        #: The pack's language in the index being built or shown (a build in another one is
        #: dropped); the interface's words for where a hit is are set on the index, not built in.
        self._index_language = ""
        self.setObjectName("MainWindow")
        self._title_what = ""  # what the window title names (a pack or scenario title), if anything
        self.setWindowTitle(self.tr("Peace-operations dilemma explorer"))

        self._welcome: WelcomePage | None = None  # built on first run or from Help
        self.loading = QLabel(self.tr("Loading the documents and scenarios…"), self)
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        make_plain(self.loading)  # may say why a pack did not load, quoting it
        self._load_error = ""  # why the last load failed, for the loading page in a new language
        self.workspace = Workspace(self, appearance=self.appearance)
        self.workspace.historyChanged.connect(self._history_changed)
        self.view_tabs = self.workspace.tabs
        self.central = QStackedWidget(self)
        self.central.addWidget(self.loading)
        self.central.addWidget(self.workspace)
        self.setCentralWidget(self.central)

        self.library = LibraryPanel(corpus, self)
        self.library_dock = make_dock(
            self,
            self.library,
            QT_TRANSLATE_NOOP("MainWindow", "Library"),
            "library",
            Qt.DockWidgetArea.LeftDockWidgetArea,
        )
        self.search_dock = SearchDock(self, appearance=self.appearance)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.search_dock)
        self.tabifyDockWidget(self.library_dock, self.search_dock)
        self.search_dock.scenarioActivated.connect(lambda sid: self.open_scenario(sid, focus=True))
        self.search_dock.passageActivated.connect(self.open_passage)
        self.problems = ProblemsPanel(self)
        self.problems_dock = make_dock(
            self,
            self.problems,
            QT_TRANSLATE_NOOP("MainWindow", "Pack problems"),
            "problems",
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self.problems_dock.hide()

        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setAccessibleName(self.tr("Loading"))
        self.busy.hide()
        self.statusBar().addPermanentWidget(self.busy)

        from explorer.ui.window_menus import build_menus  # one job each: menus live beside the window

        self.menu_actions: dict[str, QAction] = build_menus(self)
        self.notes_action = self.menu_actions["notes"]
        self.library.set_order(self.settings.get(keys.LIBRARY_ORDER))
        self.library.orderChanged.connect(lambda key: self.settings.set(keys.LIBRARY_ORDER, key))
        self.library.scenarioSelected.connect(lambda sid: self.open_scenario(sid, record=False))
        self.library.scenarioActivated.connect(lambda sid: self.open_scenario(sid, focus=True))
        self.problems.locationOpened.connect(lambda text: self.statusBar().showMessage(status_line(text)))
        self.appearance.apply()

        from explorer.ui import window_layout

        self._default_state = QByteArray(self.saveState())  # for View → Reset layout
        self._open_docks: set[QDockWidget] = set()  # as last laid out: tells which panel just opened
        geometry = self.settings.get(keys.WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(*window_layout.default_size(self))
        window_layout.fit_to_screen(self)  # saved on a larger screen: fitted to this one
        window_layout.fit_once_shown(self)  # and its frame, once shown, when its size is known
        state = self.settings.get(keys.WINDOW_STATE)
        if state.isEmpty() or not self.restoreState(state):
            window_layout.place_default_docks(self, self.library_dock)
        self.library_dock.raise_()
        self._mouse_navigation = window_layout.MouseNavigation(self, self.go_back, self.go_forward)
        # Once the window is painted: an application-wide filter written in Python is called for
        # every event of every object (building and showing the window sends thousands), and PySide
        # wraps each new kind of object it sees, building the enum classes of a hundred Qt classes.
        from explorer.ui.first_paint import after_first_paint

        after_first_paint(self, lambda: app.installEventFilter(self._mouse_navigation))

        #: What the Journal, Review and Workshop controllers may use of this window.
        self.context = controller_context(self)
        from explorer.ui.reflection_dock import attach_reflection  # the Journal menu and its docks

        self.reflection = attach_reflection(self.context)
        from explorer.ui.review_mode import attach_review  # the Review menu: claim review mode

        self.review = attach_review(self.context)

    def changeEvent(self, event: QEvent) -> None:
        # Installing a translator (View → Language) sends LanguageChange to every widget:
        # menus, actions and dock titles are set again from their English sources.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.show_pack_in_app_language()  # and the pack's own text, in its translation if any
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        i18n.retranslate(self)
        if self._title_what:
            self._set_title(self._title_what)
        else:
            self.setWindowTitle(self.tr("Peace-operations dilemma explorer"))
        if self.pack is not None:
            self._set_problems_title(len(self.pack.problems) + len(self.pack.translation_problems))
        self.busy.setAccessibleName(self.tr("Loading"))
        if self._load_error:
            self.loading.setText(arg(self.tr("Could not load: %1"), self._load_error))
        else:
            self.loading.setText(self.tr("Loading the documents and scenarios…"))

    def set_language(self, code: str) -> None:
        """View → Language: ``code`` (``""`` for the system's) is remembered and applied at once."""
        i18n.choose(code, self.settings)
        # Every window and panel follows at once (each retranslates on LanguageChange): the
        # change shows itself, so the status bar says nothing about it.

    def event(self, event: QEvent) -> bool:
        # Before the window lays itself out: if the panels now open (or a zoom step) would
        # push its minimum past its width, close other panels rather than grow the window.
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            self._make_room(self.width())
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Grown by its own minimum (a zoom step, a panel's content): make room, then go back.
        old, new = event.oldSize(), event.size()
        grown = old.isValid() and new.width() > old.width() and new.width() == self.minimumWidth()
        if grown and self.isVisible() and self._make_room(old.width()):
            QTimer.singleShot(0, self, lambda: self.resize(old.width(), self.height()))

    def _make_room(self, width: int) -> bool:
        from explorer.ui.window_layout import make_room

        docks = [self.search_dock, self.library_dock, self.problems_dock]
        # The window's own panels are its direct children (a search through every widget, each
        # wrapped by PySide to test its type, took 2 ms at every layout request).
        own = self.findChildren(QDockWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        docks += [d for d in own if d not in docks]
        # The panels just opened stay: the reader asked for them; the others make room.
        shown = {d for d in docks if not d.isHidden()}
        fresh = shown - self._open_docks
        closed = make_room(self, [d for d in docks if d not in fresh], width)
        self._open_docks = shown - set(closed)
        if closed:
            names = ", ".join(d.windowTitle() for d in closed)
            message = arg(self.tr("Closed %1 to make room; View → Panels opens it again."), names)
            self.statusBar().showMessage(status_line(message), 8000)
        return bool(closed)

    @property
    def scenario_view(self) -> ScenarioView:
        return self.workspace.scenario_view

    @property
    def tradeoff_matrix(self) -> TradeOffMatrix:
        return self.workspace.tradeoff_matrix

    @property
    def source_viewer(self) -> SourceViewer:
        return self.workspace.source_viewer

    @property
    def search_panel(self) -> SearchPanel:
        return self.search_dock.panel

    def _build_views(self, corpus: Corpus) -> None:
        """The views that need the corpus, built once it has loaded."""
        self.corpus = corpus
        self.library.set_corpus(corpus)
        view, splitter = self.settings.get(keys.CURRENT_VIEW), self.settings.get(keys.SPLITTER_STATE)
        self.workspace.build(corpus, self.notes_action, view, splitter)
        self.workspace.citationActivated.connect(self.open_citation)
        self.workspace.stageChanged.connect(self._stage_changed)
        self.workspace.statusMessage.connect(self._preview)
        self.workspace.scenarioRequested.connect(lambda sid: self.open_scenario(sid, focus=True))
        self.search_dock.set_ready()

    def _preview(self, text: str) -> None:
        """A hovered link's preview in the status bar; cleared when nothing is hovered any more,
        without wiping a message that replaced it meanwhile."""
        bar = self.statusBar()
        if text:
            self._previewing = status_line(text)
            bar.showMessage(self._previewing)
        elif bar.currentMessage() == getattr(self, "_previewing", None):
            bar.clearMessage()

    # -- loading ------------------------------------------------------------------------------
    def open_pack(self, directory: Path | None = None, loading: Task | None = None) -> Task:
        """Load a pack directory (the bundled pack if ``None``) in the background.

        ``loading`` is that same load already started (``start_loading``): the app
        starts it before it builds the window, so both go on at once.
        """
        self._generation += 1
        generation = self._generation
        self._load_cancel.set()  # the load this one replaces, if it is still running
        target = directory if directory is not None else bundled_pack_dir()
        self._pack_dir = target
        self.busy.show()
        self.statusBar().showMessage(status_line(arg(self.tr("Loading %1…"), target)))
        task = loading or start_loading(target, self.corpus)
        self._load_cancel = task.cancel or threading.Event()
        task.setParent(self)
        if task.done:  # it ended before the window was ready for it
            error = task.error
            if error is None:
                QTimer.singleShot(0, self, lambda: self._pack_ready(generation, directory, task.result))
            else:
                QTimer.singleShot(0, self, lambda: self._pack_failed(generation, error))
        else:
            task.succeeded.connect(lambda result: self._pack_ready(generation, directory, result))
            task.failed.connect(lambda error: self._pack_failed(generation, error))
        return task

    def choose_shared_pack(self) -> None:
        """File → Open shared pack…: a ``.dilemma`` file made by ``explorer bundle``."""
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a shared pack"), "", self.tr("Shared packs (*.dilemma)")
        )
        if chosen:
            self.open_pack(Path(chosen))

    def choose_pack(self) -> None:
        start = self.settings.get(keys.LAST_PACK) or str(bundled_pack_dir())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Open a scenario pack"), start)
        if chosen:
            self.open_pack(Path(chosen))

    def add_source(self) -> None:
        """File → Add source…: import a document into the open pack, then reload it."""
        from explorer.ui.add_source_dialog import AddSourceDialog

        if self.pack is None or self.corpus is None or self.pack.directory == bundled_pack_dir():
            hint = self.tr("Open your own pack first (File → Open pack…); `explorer new FOLDER` starts one.")
            self.statusBar().showMessage(status_line(hint), 8000)
            return
        dialog = AddSourceDialog(self.pack.directory, self.corpus.bundled(), self)
        dialog.imported.connect(lambda _source_id: self.reload_pack())
        dialog.open()

    def reload_pack(self) -> None:
        self.open_pack(self.pack.directory if self.pack is not None else None)

    def _pack_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation or self._load_cancel.is_set():
            return
        if self._first_screen is not None:  # the kept screen is not what this start shows
            self._retire_first_screen()
            self.library.set_scenarios([])
            self.central.setCurrentWidget(self.loading)
        self.busy.hide()
        # Some exceptions have no text (a bare ValueError); the name is better than nothing.
        self._load_error = str(error) or type(error).__name__
        message = arg(self.tr("Could not load: %1"), self._load_error)
        self.statusBar().showMessage(status_line(message))
        self.library.placeholder.setText(message)
        self.loading.setText(message)
        self.packFailed.emit(str(error))

    def _pack_ready(self, generation: int, directory: Path | None, result: tuple[Corpus, LoadedPack]) -> None:
        if generation != self._generation:
            return  # a newer pack was asked for meanwhile
        corpus, pack = result
        if self.corpus is not None and corpus is not self.corpus:
            # The views hold this corpus: it takes the new pack's own sources in place.
            self.corpus.adopt(corpus)
            self.library.set_corpus(self.corpus)
        corpus = self.corpus or corpus
        if not self.workspace.built:
            self._build_views(corpus)
        self.pack = pack
        self.workspace.clear_history()
        shown = localized(pack)  # titles and summaries in the app's language
        self.library.set_scenarios(shown.scenarios)
        # The translations' problems are listed too, but only the pack's own errors open the
        # panel: a translation behind its English still shows (the English in its place).
        problems = sorted(pack.problems + pack.translation_problems, key=lambda p: (p.file, p.line, p.column))
        self.problems.set_problems(problems)
        self._set_problems_title(len(problems))
        if pack.errors and self.problems_dock.isHidden():
            self.problems_dock.show()
            # A strip, not half the window: the scenario stays the main thing to read.
            self.resizeDocks([self.problems_dock], [max(120, self.height() // 5)], Qt.Orientation.Vertical)
        self.workspace.set_pack(pack)
        self._watch(pack)
        self.settings.set(keys.LAST_PACK, str(directory) if directory is not None else "")
        self._set_title(shown.info.title)
        first = self.first_scenario()
        if self._welcome is not None:
            self._welcome.set_ready(first.title if first else None, first.minutes if first else 0)
        self.busy.hide()
        loaded = arg(
            self.tr("Loaded “%1”: %2, %3"),
            shown.info.title,
            self.tr("%n scenarios", "", len(pack.scenarios)),
            self.tr("%n problems", "", len(problems)),
        )
        self.statusBar().showMessage(status_line(loaded), 8000)
        self._open_start_scenario(pack)
        self._retire_first_screen()
        self._first_load = False
        # Search is not on the first screen: its index is built once that screen is painted,
        # so that the worker does not take the interpreter from the first paint.
        generation = self._generation
        QTimer.singleShot(INDEX_DELAY_MS, self, lambda: self._start_index(generation, pack, corpus))
        self.packLoaded.emit(pack)

    def _open_start_scenario(self, pack: LoadedPack) -> None:
        ids = [s.id for s in pack.scenarios]
        asked, self._asked_scenario = self._asked_scenario, None
        if asked is not None and asked[0] in ids:  # picked in the library while the pack loaded
            self.open_scenario(asked[0], asked[1], focus=asked[2], record=False)
            return
        if not self.settings.get(keys.WELCOME_SEEN) or not ids:
            self.settings.set(keys.WELCOME_SEEN, True)
            self.show_welcome()  # with the keyboard on "Start with …": Enter is the shortest path in
            return
        kept, self._kept_place = self._kept_place, None
        if kept is not None and kept[0] in ids:  # reloaded after a save: the reader stays put
            self.open_scenario(kept[0], kept[1], record=False)
            self.scenario_view.browser.verticalScrollBar().setValue(kept[2])
            return
        last = self.settings.get(keys.LAST_SCENARIO) if self._first_load else ""
        if last in ids:
            self.open_scenario(last, self.settings.get(keys.LAST_STAGE) or None, record=False)
        else:  # the head of the newcomer's path, as the library lists it
            first = self.first_scenario()
            self.open_scenario(first.id if first else ids[0], record=False)

    def _start_index(self, generation: int, pack: LoadedPack, corpus: Corpus) -> None:
        if generation == self._generation:
            self.index_task = self._build_index(pack, corpus)
            self.keep_first_screen()

    # -- the first screen, kept for the next start (``explorer.ui.first_screen``) ---------------
    def show_first_screen(self, screen: FirstScreen) -> bool:
        """Show the last session's first screen until the pack has loaded; False if it does not fit.

        Called once the window is shown, so that the page is laid out once, at its final width.
        """
        from explorer.ui.first_screen import FirstScreenPage, fits

        if self.pack is not None or not fits(screen, self.settings):
            return False
        page = FirstScreenPage(screen, self)
        page.browser.anchorClicked.connect(self._link_on_first_screen)
        if page.stage_bar is not None:
            page.stage_bar.currentChanged.connect(
                lambda index: self.open_scenario(screen.scenario_id, screen.stage_ids[index])
            )
        self.central.addWidget(page.widget)
        self.central.setCurrentWidget(page.widget)
        page.fill()
        self._first_screen = page
        self.library.set_scenarios(screen.rows, screen.path)
        self.library.select(screen.scenario_id)
        self.setWindowTitle(screen.window_title)
        return True

    @property
    def first_screen(self) -> FirstScreenPage | None:
        """The last session's first screen while it stands in for the loading pack."""
        return self._first_screen

    @property
    def first_screen_shown(self) -> bool:
        return self._first_screen is not None

    def _link_on_first_screen(self, url: QUrl) -> None:
        self._asked_link = url  # followed once the pack is there

    def _retire_first_screen(self) -> None:
        """The pack has loaded (or failed): the real views take over, where the reader was."""
        page, self._first_screen = self._first_screen, None
        if page is None:
            return
        focused = QApplication.focusWidget()
        had_focus = focused is not None and page.widget.isAncestorOf(focused)
        scrolled = page.browser.verticalScrollBar().value() > 0
        position = page.top_position()
        link, self._asked_link = self._asked_link, None
        self.central.removeWidget(page.widget)
        page.widget.deleteLater()
        if self.pack is None or self.central.currentWidget() is not self.workspace:
            return
        if scrolled:
            self.scenario_view.scroll_to_position(position)
        if had_focus:
            self.scenario_view.setFocus(Qt.FocusReason.OtherFocusReason)
        if link is not None and self.current_scenario_id() == page.screen.scenario_id:
            self.scenario_view.browser.anchorClicked.emit(link)  # as if clicked on the real page

    def keep_first_screen(self) -> None:
        """Keep what the window shows as the next start's first screen (written off the GUI thread)."""
        from explorer.ui.first_screen import capture, write_first_screen

        showing = self.workspace.built and self.central.currentWidget() is self.workspace
        if self.pack is None or self._pack_dir is None or not showing:
            return
        data = capture(
            self._pack_dir, self.pack, self.scenario_view, self.view_tabs, self.windowTitle(), self.settings
        )
        if data is not None:  # in order: the screen kept at close is written after the one kept at start
            save_in_order(f"first-screen:{self._pack_dir}", lambda: write_first_screen(data))

    def _watch(self, pack: LoadedPack) -> None:
        """Watch a pack the author may be editing (not the bundled one): a save reloads it."""
        if self.pack_watcher is None:
            from explorer.ui.pack_watcher import PackWatcher

            self.pack_watcher = PackWatcher(self)
            self.pack_watcher.changed.connect(self._pack_files_changed)
        self.pack_watcher.watch(None if pack.directory == bundled_pack_dir() else pack.directory)

    def _pack_files_changed(self) -> None:
        """A pack file was saved: reload, keeping the scenario, the stage and the scroll position."""
        scenario_id = self.current_scenario_id()
        if scenario_id is not None:
            scroll = self.scenario_view.browser.verticalScrollBar().value()
            self._kept_place = (scenario_id, self.current_stage_id(), scroll)
        self.reload_pack()

    def _build_index(self, pack: LoadedPack, corpus: Corpus) -> Task:
        generation = self._generation
        cancel = self._load_cancel  # this pack's: a newer pack or closing the window stops the build
        shown = localized(pack)  # the reader searches, and reads results, in the app's language
        language = self._index_language = shown.language
        task = run_task(build_search_index, shown, corpus, cancel.is_set, name="build-index", parent=self)
        task.succeeded.connect(lambda index: self._index_ready(generation, language, index))
        task.failed.connect(lambda error: self._index_failed(cancel, error))
        return task

    def _index_failed(self, cancel: threading.Event, error: BaseException) -> None:
        if not cancel.is_set():
            message = arg(self.tr("Search unavailable: %1"), str(error) or type(error).__name__)
            self.statusBar().showMessage(status_line(message))

    def _index_ready(self, generation: int, language: str, index: SearchIndex) -> None:
        # A build overtaken by a newer pack, or by a switch of the pack's shown language (a newer
        # build runs), is dropped.
        if generation == self._generation and language == self._index_language:
            self._label_index(index)
            self.search_dock.set_index(index)
            self.indexReady.emit(index)

    @staticmethod
    def _label_index(index: SearchIndex) -> None:
        """Where a hit is (Title, Choice › …), in the interface's words."""
        from explorer.ui.vocabulary import export_labels

        index.set_labels(export_labels())

    # -- navigation ---------------------------------------------------------------------------
    def current_scenario_id(self) -> str | None:
        return self.scenario_view.scenario_id if self.workspace.built else None

    def current_stage_id(self) -> str | None:
        return self.scenario_view.stage_id if self.workspace.built else None

    def _history_changed(self, can_go_back: bool, can_go_forward: bool) -> None:
        self.menu_actions["back"].setEnabled(can_go_back)
        self.menu_actions["forward"].setEnabled(can_go_forward)

    def open_scenario(
        self, scenario_id: str, stage_id: str | None = None, *, focus: bool = False, record: bool = True
    ) -> None:
        """Show a scenario (and stage); ``focus`` moves the keyboard into it."""
        if self.pack is None or not self.workspace.built:
            if self._first_screen is not None:  # the pack is loading behind the kept screen
                self._asked_scenario = (scenario_id, stage_id, focus)
            return
        if record and scenario_id != self.current_scenario_id():
            self.workspace.record()
        self.central.setCurrentWidget(self.workspace)
        self.scenario_view.show_scenario(scenario_id, stage_id)
        self.library.select(scenario_id)
        if focus:
            self.workspace.show_view(Workspace.SCENARIO_VIEW)

    def _stage_changed(self, scenario_id: str, stage_id: str) -> None:
        self.library.select(scenario_id)
        self.settings.set(keys.LAST_SCENARIO, scenario_id)
        self.settings.set(keys.LAST_STAGE, stage_id)
        title = localized(self.pack).scenario(scenario_id).title if self.pack else scenario_id
        self._set_title(title)
        self.scenarioShown.emit(scenario_id, stage_id)

    def _set_problems_title(self, count: int) -> None:
        self.problems_dock.setWindowTitle(arg(self.tr("Pack problems (%1)"), count))

    def show_pack_in_app_language(self) -> None:
        """The library's titles and the window title in the app's language (on LanguageChange).

        The views re-render their own part of the pack on the same event.
        """
        if self.pack is None:
            return
        shown = localized(self.pack)
        self.library.model.retitle(shown.scenarios)
        current = self.current_scenario_id()
        self._set_title(shown.scenario(current).title if current else shown.info.title)
        index = self.search_dock.index
        if self.index_task is not None and self.corpus is not None and shown.language != self._index_language:
            self.index_task = self._build_index(self.pack, self.corpus)  # search in the new language
        elif index is not None:  # the same pack text: only the words that say where a hit is
            self._label_index(index)
            self.search_dock.set_index(index)  # shown results are said again
        if self._welcome is not None:  # "Start with …" names the first scenario
            first = self.first_scenario()
            self._welcome.set_ready(first.title if first else None, first.minutes if first else 0)

    def _set_title(self, what: str) -> None:
        """The window title names what is open; a pack's text is shown as typed (see ``window_title``)."""
        self._title_what = what
        title = arg(self.tr("%1 — Peace-operations dilemma explorer"), " ".join(what.split()))
        self.setWindowTitle(window_title(title))

    def first_scenario(self) -> Scenario | None:
        """Where a newcomer should start: the shortest introductory scenario, else the first."""
        if self.pack is None or not self.pack.scenarios:
            return None
        from explorer.core.pack.path import recommended_first  # the head of the library's path

        return recommended_first(localized(self.pack).scenarios)  # its title is shown

    def start_first_scenario(self) -> None:
        first = self.first_scenario()
        if first is not None:
            self.open_scenario(first.id, focus=True)

    def open_citation(self, scenario_id: str, citation_id: str) -> None:
        """Open a citation's passage, highlighted, in the source viewer; Alt+Left comes back."""
        if self.pack is None:
            return
        self.workspace.record()
        self.central.setCurrentWidget(self.workspace)
        self.workspace.show_citation(scenario_id, citation_id)
        citation, _anchor = self.pack.citation(scenario_id, citation_id)
        label = self.corpus[citation.source].metadata.label if self.corpus else citation.source
        message = arg(self.tr("Showing the passage in %1. Alt+Left goes back."), label)
        self.statusBar().showMessage(status_line(message), 8000)
        self.citationOpened.emit(scenario_id, citation_id)

    def open_passage(self, source_id: str, edition_start: int, edition_end: int) -> None:
        """Open a span of a source's reading edition (a search hit), highlighted."""
        if self.pack is None:
            return
        self.workspace.record()
        self.central.setCurrentWidget(self.workspace)
        self.workspace.show_passage(source_id, edition_start, edition_end)

    def go_back(self) -> None:
        self._went(self.workspace.back())

    def go_forward(self) -> None:
        self._went(self.workspace.forward())

    def _went(self, place: Place | None) -> None:
        if place is not None:
            self.central.setCurrentWidget(self.workspace)
            if place.scenario_id is not None:
                self.library.select(place.scenario_id)

    def show_view(self, index: int) -> None:
        """Ctrl+1 / Ctrl+2: bring a centre view forward and put the keyboard in it."""
        if self.workspace.built and self.current_scenario_id() is not None:
            self.central.setCurrentWidget(self.workspace)
            self.workspace.show_view(index)

    def focus_source(self) -> None:
        if self.workspace.built:
            self.central.setCurrentWidget(self.workspace)
            self.workspace.reveal_source()
            self.source_viewer.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_library(self) -> None:
        self.library_dock.show()
        self.library_dock.raise_()
        self.library.focus_list()

    def focus_library_filter(self) -> None:
        self.library_dock.show()
        self.library_dock.raise_()
        self.library.focus_filter()

    def focus_search(self) -> None:
        self.search_dock.focus_query()

    @property
    def welcome(self) -> WelcomePage:
        """The welcome page, built the first time it is shown."""
        if self._welcome is None:
            from explorer.ui.welcome import WelcomePage

            page = WelcomePage(self)
            page.startRequested.connect(self.start_first_scenario)
            page.shortcutsRequested.connect(self.show_shortcuts)
            page.set_corpus(self.corpus)
            if self.pack is not None:
                first = self.first_scenario()
                page.set_ready(first.title if first else None, first.minutes if first else 0)
            self.central.addWidget(page)
            self._welcome = page
        return self._welcome

    def show_welcome(self) -> None:
        self.central.setCurrentWidget(self.welcome)
        self.welcome.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_problems(self) -> None:
        self.problems_dock.show()
        self.problems_dock.raise_()
        self.problems.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- appearance and help ----------------------------------------------------------------------
    def set_theme(self, theme: Theme) -> None:
        self.appearance.set_theme(theme)

    def show_shortcuts(self) -> None:
        from explorer.ui.dialogs import ShortcutsDialog, menu_shortcuts

        shortcuts = menu_shortcuts(self.menuBar())
        if self.workspace.built:
            area = self.tr("Source viewer")
            shortcuts += [(area, what, keys) for keys, what in self.source_viewer.shortcuts()]
        self.shortcuts_dialog = ShortcutsDialog(shortcuts, self)
        self.shortcuts_dialog.exec()

    def show_about(self) -> None:
        from explorer.ui.dialogs import AboutDialog

        AboutDialog(self.corpus, self).exec()

    def cancel_load(self) -> None:
        """Abandon a running pack load (it stops before its next scenario file)."""
        self._load_cancel.set()

    def closeEvent(self, event: QCloseEvent) -> None:
        # The controllers' event filters asked first, and may have refused (work not saved).
        self.save_layout()
        super().closeEvent(event)
        if event.isAccepted():
            self.cancel_load()

    def bring_forward(self) -> None:
        """Show the window on top (a second launch of the app asked for it)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def reset_layout(self) -> None:
        """View → Reset layout: the panels and window size of a first start, fitted to the screen."""
        from explorer.ui.window_layout import reset_layout

        for setting in (keys.WINDOW_GEOMETRY, keys.WINDOW_STATE, keys.SPLITTER_STATE):
            self.settings.reset(setting)
        reset_layout(self, self._default_state, self.library_dock)
        if self.workspace.built:
            self.workspace.reset_sizes()

    def close_source(self) -> None:
        if self.workspace.built:
            self.workspace.close_source()

    def save_layout(self) -> None:
        self.keep_first_screen()
        self.settings.set(keys.WINDOW_GEOMETRY, QByteArray(self.saveGeometry()))
        self.settings.set(keys.WINDOW_STATE, QByteArray(self.saveState()))
        # One pane (no source yet) or stacked (the scenario hidden): nothing worth keeping.
        if self.workspace.has_source_viewer() and not self.workspace.stacked():
            self.settings.set(keys.SPLITTER_STATE, QByteArray(self.workspace.saveState()))
        self.settings.set(keys.CURRENT_VIEW, self.view_tabs.currentIndex() if self.view_tabs.count() else 0)
        self.settings.sync()
