"""The Journal, Review and Workshop controllers work from a ``ControllerContext`` alone.

They never import the main window, and each is driven here in a plain ``QMainWindow`` with
a context the test builds: so nothing they do can rely on the main window's attributes.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QMessageBox, QWidget

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.core.workshop.files import find_unfinished
from explorer.ui.controller_context import ControllerContext
from explorer.ui.reflection_dock import attach_reflection
from explorer.ui.review_mode import attach_review
from explorer.ui.settings import SHOW_REVIEW_MARKS, Settings
from explorer.ui.source_viewer import SourceViewer
from explorer.ui.theme import Appearance
from explorer.ui.window_context import make_dock
from explorer.ui.workshop.launcher import attach_workshop
from tests.core.workshop_helpers import two_group_plan

EXPLORER = Path(__file__).resolve().parents[2] / "explorer"
#: The window's own glue: the window, its menus, and what builds the context from it.
KNOWS_THE_WINDOW = {"ui/main_window.py", "ui/window_menus.py", "ui/window_context.py"}
SCENARIO, STAGE = "belgian-presence", "the-offer"
CTRL = Qt.KeyboardModifier.ControlModifier


def test_no_controller_or_widget_imports_the_main_window() -> None:
    offenders = []
    for path in sorted((EXPLORER / "ui").rglob("*.py")):
        name = str(path.relative_to(EXPLORER))
        if name in KNOWS_THE_WINDOW:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=name)):
            modules: list[str] = []
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                modules = [node.module]
            offenders += [f"{name}: {module}" for module in modules if module == "explorer.ui.main_window"]
    assert offenders == []
    for controller in ("ui/reflection_dock.py", "ui/review_mode.py", "ui/workshop/launcher.py"):
        assert "MainWindow" not in (EXPLORER / controller).read_text(encoding="utf-8")


def right_click(view: QWidget) -> list[list[str]]:
    """The context menus a right-click opens, one after the other: each closed as it shows."""
    shown: list[list[str]] = []

    def close_menus() -> None:
        for menu in QApplication.topLevelWidgets():
            if isinstance(menu, QMenu) and menu.isVisible():
                shown.append([action.text() for action in menu.actions()])
                menu.close()

    timer = QTimer()
    timer.timeout.connect(close_menus)
    timer.start(10)
    view.customContextMenuRequested.emit(QPoint(10, 10))
    timer.stop()
    return shown


class WindowSignals(QObject):
    """What the test plays of the main window's signals."""

    packLoaded = Signal(object)
    scenarioShown = Signal(str, str)


@dataclass
class Host:
    """A plain window, and what the controllers asked of it through their context."""

    window: QMainWindow
    signals: WindowSignals
    context: ControllerContext
    pack: LoadedPack | None = None
    viewer: SourceViewer | None = None
    status: list[str] = field(default_factory=list)
    opened: list[tuple[object, ...]] = field(default_factory=list)
    file_actions: list[QAction] = field(default_factory=list)

    def load(self, pack: LoadedPack) -> None:
        self.pack = pack
        self.signals.packLoaded.emit(pack)

    def activate(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.window.activateWindow()
        self.window.raise_()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window)


@pytest.fixture
def host(qtbot, qapp: QApplication, corpus: Corpus, settings_path: Path) -> Iterator[Host]:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    signals = WindowSignals(window)
    settings = Settings(settings_path)
    holder: list[Host] = []

    def record(*what: object) -> None:
        holder[0].opened.append(what)

    context = ControllerContext(
        window=window,
        settings=settings,
        appearance=Appearance(qapp, settings, window),
        pack_loaded=signals.packLoaded,
        scenario_shown=signals.scenarioShown,
        pack=lambda: holder[0].pack,
        corpus=lambda: corpus,
        scenario_view=lambda: None,  # no reading views: the controllers do without them
        source_viewer=lambda: holder[0].viewer,
        open_scenario=partial(record, "scenario"),
        open_passage=partial(record, "passage"),
        open_citation=partial(record, "citation"),
        show_status=lambda text, _ms: holder[0].status.append(text),
        add_menu=lambda title, _context: window.menuBar().addMenu(title),
        add_dock=partial(make_dock, window),
        add_file_action=lambda action: holder[0].file_actions.append(action),
    )
    holder.append(Host(window, signals, context))
    window.resize(1280, 720)
    with qtbot.waitExposed(window):
        window.show()
    yield holder[0]


def test_the_journal_works_from_its_context(qtbot, host: Host, good_pack: LoadedPack, corpus: Corpus) -> None:  # type: ignore[no-untyped-def]
    viewer = SourceViewer(corpus, host.window, appearance=host.context.appearance)
    viewer.set_pack(good_pack)
    host.viewer = viewer
    controller = attach_reflection(host.context)
    reflect = controller.actions["reflect"]
    assert not reflect.isEnabled()  # until a pack is there
    host.load(good_pack)
    assert reflect.isEnabled()

    host.activate(qtbot)
    qtbot.keyClick(host.window, Qt.Key.Key_J, CTRL)
    panel, dock = controller.panel, controller.panel_dock
    assert panel is not None and dock is not None and dock.parent() is host.window
    qtbot.waitUntil(dock.isVisible)
    host.signals.scenarioShown.emit(SCENARIO, STAGE)  # the reader moves to a stage
    panel.rationale.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClicks(panel.rationale, "Written beside a plain window")
    panel.flush()
    entry = controller.journal.entry(SCENARIO, STAGE)
    assert entry is not None and entry.rationale == "Written beside a plain window"
    assert not controller.has_choice(SCENARIO, STAGE)

    assert not controller.cite_selection()  # nothing selected: the status bar says what to do
    assert host.status[-1] == "Select a passage in the source viewer first, then cite it."
    assert controller.actions["cite"] in viewer.citing.menu_actions  # in the text's own menu
    viewer.show_source("kamerbrief-2018")
    text = corpus["kamerbrief-2018"].edition.text
    start = text.index("kritieke middelen")
    spans = viewer.pane.spans(start, start + len("kritieke middelen"))
    cursor = viewer.pane.browser.textCursor()
    cursor.setPosition(spans[0][0])
    cursor.setPosition(spans[-1][1], cursor.MoveMode.KeepAnchor)
    viewer.pane.browser.setTextCursor(cursor)
    assert viewer.selected_span() == ("kamerbrief-2018", start, start + len("kritieke middelen"))
    menus = right_click(viewer.pane.browser)  # one menu, with the journal's entry in it
    assert len(menus) == 1 and "&Cite selection in my rationale" in menus[0]
    assert controller.cite_selection()
    entry = controller.journal.entry(SCENARIO, STAGE)
    assert entry is not None and [c.quote for c in entry.citations] == ["kritieke middelen"]

    host.load(good_pack)  # the pack reloaded (its files changed): the same panel follows it
    assert controller.panel is panel

    controller.focus_journal()
    journal_view = controller.journal_view
    assert journal_view is not None and controller.journal_dock is not None
    with qtbot.waitSignal(journal_view.entryActivated):
        journal_view.entryActivated.emit(SCENARIO, STAGE)
    assert host.opened[-1] == ("scenario", SCENARIO, STAGE)  # asked through the context

    assert host.window.close()  # everything saved: the controller lets the window close


def test_review_works_from_its_context(qtbot, host: Host, good_pack: LoadedPack) -> None:  # type: ignore[no-untyped-def]
    controller = attach_review(host.context)
    assert not controller.open_action.isEnabled()
    host.load(good_pack)
    loading = controller.loading
    assert loading is not None
    qtbot.waitUntil(lambda: loading.done, timeout=10_000)
    assert controller.open_action.isEnabled() and controller.review is not None
    controller.marks_action.trigger()
    assert host.context.settings.get(SHOW_REVIEW_MARKS) == controller.marks_action.isChecked()
    dialog = controller.open_review()
    assert dialog is not None and dialog.parent() is host.window
    qtbot.addWidget(dialog)
    dialog.citationActivated.emit(SCENARIO, "c1")
    assert host.opened[-1] == ("citation", SCENARIO, "c1")
    dialog.close()


def test_a_workshop_starts_and_quits_from_its_context(  # type: ignore[no-untyped-def]
    qtbot, host: Host, good_pack: LoadedPack, corpus: Corpus, monkeypatch
) -> None:
    launcher = attach_workshop(host.context)
    assert [a.text() for a in launcher.menu.actions()] == [
        "&New session…",
        "&Resume…",
        "&Open a session file…",
    ]
    assert host.file_actions == [launcher.actions["sessions"]]  # File → Workshop sessions…

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *_args: told.append(text))
    assert launcher.new_session() is None  # no pack yet
    assert told == ["The scenario pack is still loading; try again in a moment."]

    host.load(good_pack)
    running = launcher.start(two_group_plan(good_pack, corpus, items=1))
    assert running is not None and running.presenter is not None
    qtbot.addWidget(running.console)
    qtbot.addWidget(running.presenter)
    assert launcher.running == [running]
    assert [s.title for s in find_unfinished(launcher.directory)] == [running.controller.session.title]

    asked: list[str] = []

    def answer(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Cancel if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert not host.window.close()  # the facilitator chose to stay: the window's close is refused
    assert host.window.isVisible() and running.console.isVisible()
    assert host.window.close()  # and now yes: the workshop closes with the window
    assert len(asked) == 2 and "Quitting closes the workshop console" in asked[0]
    assert launcher.running == [] and not running.console.isVisible()
