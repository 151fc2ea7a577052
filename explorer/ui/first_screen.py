"""The first screen of the last session, kept so that the next start shows it at once.

What a returning reader sees first (the library and the page of the scenario they were
reading) depends only on the pack's and the sources' files, the settings that shape the
page (theme, font size, language, facilitator notes, review marks) and where they were.
Once the window has shown a scenario, and again when it closes, that screen is written
to the cache (``first-screen-….json``, off the GUI thread). The next start reads it back
before the core is even imported, fills the library and shows the page, and the pack
then loads behind it and takes over the same page (``MainWindow.show_first_screen``).

A kept screen that does not match the files, the settings or the reader's place is not
used: the window then says it is loading and fills when the pack arrives, as on a first
start. It is only a copy of what the app drew; the loaded pack always replaces it.
"""

from __future__ import annotations

import contextlib
import json
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QPoint, QStandardPaths, Qt, qVersion
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QTabBar,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.ui import settings as keys
from explorer.ui.first_paint import known_viewport
from explorer.ui.reading_measure import set_side_margin, side_margin

if TYPE_CHECKING:  # the kept screen is read before the core is imported
    from explorer.core.pack.loader import LoadedPack
    from explorer.ui.scenario_view import ScenarioView
    from explorer.ui.settings import Settings

#: Bump when what is kept changes shape.
FORMAT = 1
#: A pack with more files than this is not kept: listing them would cost more than it saves.
MAX_FILES = 5_000


@dataclass(frozen=True)
class ScenarioRow:
    """What the library lists of a scenario (``explorer.ui.library`` reads these attributes)."""

    id: str
    title: str
    minutes: int
    decision_maker: str
    moment: str
    summary: str
    tags: tuple[str, ...]
    sources: tuple[str, ...]

    def cited_sources(self) -> set[str]:
        return set(self.sources)


@dataclass(frozen=True)
class FirstScreen:
    """A kept first screen: the library's rows and one stage's page as the app drew it."""

    rows: list[ScenarioRow]
    path: list[str]  # the scenario ids in the library's path order
    scenario_id: str
    stage_id: str
    stage_ids: list[str]
    first_scenario_id: str  # where a start without a remembered place opens
    window_title: str
    view_tabs: list[str]
    stage_tabs: list[str]
    afterwards: tuple[bool, bool, str]  # the disclosure under the page: shown, enabled, text
    page_name: str  # the page's accessible name
    html: str
    files: str
    context: list[str]

    def starts_here(self, last_scenario: str, last_stage: str) -> bool:
        """Is this the page a start with these remembered settings opens (``_open_start_scenario``)?"""
        if last_scenario:
            stage = last_stage if last_stage in self.stage_ids else self.stage_ids[0]
            return self.scenario_id == last_scenario and self.stage_id == stage
        return self.scenario_id == self.first_scenario_id and self.stage_id == self.stage_ids[0]


def _frozen_build(pack_dir: Path) -> str | None:
    """The build of a frozen app whose own pack this is, else None.

    The one-file app unpacks its data into a new folder, with new file times, at every
    start: there the executable, not the unpacked files, says whether anything changed.
    """
    if not getattr(sys, "frozen", False):
        return None
    from explorer.core.paths import bundled_pack_dir

    if pack_dir != bundled_pack_dir():
        return None
    stat = Path(sys.executable).stat()
    return f"frozen:{Path(sys.executable).name}:{stat.st_size}:{stat.st_mtime_ns}"


def _cache_file(pack_dir: Path) -> Path | None:
    cache = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    if not cache or not pack_dir.is_dir():  # a shared pack unpacks afresh each time: not kept
        return None
    identity = _frozen_build(pack_dir) or str(pack_dir.resolve())
    return Path(cache) / f"first-screen-{zlib.crc32(identity.encode()):08x}.json"


def files_key(pack_dir: Path) -> str:
    """Every input file's path, size and modification time, folded (empty: too many to list)."""
    from explorer import __version__
    from explorer.core.paths import sources_dir

    build = _frozen_build(pack_dir)
    if build is not None:
        return f"{FORMAT}:{__version__}:{qVersion()}:{build}"
    lines = [f"{FORMAT}:{__version__}:{qVersion()}:{pack_dir.resolve()}"]
    for root in (sources_dir(), pack_dir):
        for path in sorted(root.rglob("*")):
            if len(lines) > MAX_FILES:
                return ""
            if path.is_file():
                stat = path.stat()
                lines.append(f"{path.relative_to(root)}:{stat.st_size}:{stat.st_mtime_ns}")
    text = "\n".join(lines).encode()
    return f"{zlib.crc32(text):08x}:{zlib.adler32(text):08x}:{len(lines)}"


def context(settings: Settings) -> list[str]:
    """What shapes the page besides the files; read once the window has applied theme and zoom."""
    from explorer.ui import theme

    app = QApplication.instance()
    font = app.font().toString() if isinstance(app, QApplication) else ""
    return [
        theme.resolve(theme.chosen_theme(settings)).value,  # the theme the window's Appearance applies
        font,
        QLocale().name(),
        str(settings.get(keys.SHOW_FACILITATOR_NOTES)),
        str(settings.get(keys.SHOW_REVIEW_MARKS)),
    ]


def read_first_screen(pack_dir: Path, settings: Settings) -> FirstScreen | None:
    """The kept first screen for ``pack_dir`` if it is what this start would show, else None.

    ``context`` is checked separately (``fits``), once the window has applied the theme.
    """
    if not settings.get(keys.WELCOME_SEEN) or settings.get(keys.CURRENT_VIEW) != 0:
        return None
    path = _cache_file(pack_dir)
    try:
        data: dict[str, Any] = json.loads(path.read_bytes()) if path else {}
        if data.get("format") != FORMAT:
            return None
        screen = FirstScreen(
            rows=[
                ScenarioRow(r[0], r[1], r[2], r[3], r[4], r[5], tuple(r[6]), tuple(r[7]))
                for r in data["rows"]
            ],
            path=list(data["path"]),
            scenario_id=data["scenario_id"],
            stage_id=data["stage_id"],
            stage_ids=list(data["stage_ids"]),
            first_scenario_id=data["first_scenario_id"],
            window_title=data["window_title"],
            view_tabs=list(data["view_tabs"]),
            stage_tabs=list(data["stage_tabs"]),
            afterwards=(bool(data["afterwards"][0]), bool(data["afterwards"][1]), str(data["afterwards"][2])),
            page_name=data["page_name"],
            html=data["html"],
            files=data["files"],
            context=list(data["context"]),
        )
    except (OSError, ValueError, KeyError, TypeError, IndexError):  # unreadable: as if none was kept
        return None
    if not screen.files or screen.files != files_key(pack_dir) or not screen.stage_ids:
        return None
    if "<img" in screen.html:  # the app's pages load nothing; a kept one must not either
        return None
    if not screen.starts_here(settings.get(keys.LAST_SCENARIO), settings.get(keys.LAST_STAGE)):
        return None
    return screen


def fits(screen: FirstScreen, settings: Settings) -> bool:
    return screen.context == context(settings)


def capture(
    pack_dir: Path,
    pack: LoadedPack,
    view: ScenarioView,
    view_tabs: QTabWidget,
    title: str,
    settings: Settings,
) -> dict[str, Any] | None:
    """What the window shows now, to keep (None: nothing worth keeping, e.g. no scenario shown)."""
    from explorer.core.pack.path import path_order, recommended_first

    if view.scenario_id is None or view.stage_id is None or view_tabs.currentIndex() != 0:
        return None
    first = recommended_first(pack.scenarios)
    scenario = pack.scenario(view.scenario_id)
    bar, button = view.stage_bar, view.afterwards_button
    return {
        "format": FORMAT,
        "pack_dir": str(pack_dir),
        "rows": [
            [
                s.id,
                s.title,
                s.minutes,
                s.decision_maker,
                s.moment,
                s.summary,
                list(s.tags),
                sorted(s.cited_sources()),
            ]
            for s in pack.scenarios
        ],
        "path": [s.id for s in path_order(pack.scenarios)],
        "scenario_id": view.scenario_id,
        "stage_id": view.stage_id,
        "stage_ids": [stage.id for stage in scenario.stages],
        "first_scenario_id": first.id if first else "",
        "window_title": title,
        "view_tabs": [view_tabs.tabText(i) for i in range(view_tabs.count())],
        "stage_tabs": [bar.tabText(i) for i in range(bar.count())] if bar.isVisibleTo(view) else [],
        "afterwards": [button.isVisibleTo(view), button.isEnabled(), button.text()],
        "page_name": view.browser.accessibleName(),
        "html": above_the_fold(view.browser),
        "context": context(settings),
    }


def above_the_fold(browser: QTextBrowser, screens: int = 2) -> str:
    """The page's HTML from its top to a little past what the first screen shows.

    The rest comes with the pack a moment later; until then laying out the whole page
    (several times, as the window settles) would only delay the first paint. The page is
    cut between top-level blocks, never inside a choice's table.
    """
    document = browser.document()
    limit = browser.viewport().height() * screens
    layout = document.documentLayout()
    root = document.rootFrame()
    block = document.begin()
    while block.isValid():
        if QTextCursor(block).currentFrame() is root and layout.blockBoundingRect(block).top() > limit:
            kept = document.clone()
            cursor = QTextCursor(kept)
            cursor.setPosition(block.position())
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            return kept.toHtml()
        block = block.next()
    return document.toHtml()


def write_first_screen(data: dict[str, Any]) -> None:
    """Runs in the thread pool: key the kept screen to the files as they are now, and write it."""
    from explorer.core.store import write_atomic

    pack_dir = Path(data.pop("pack_dir"))
    path = _cache_file(pack_dir)
    key = files_key(pack_dir)
    if path is None or not key:
        return
    data["files"] = key
    with contextlib.suppress(OSError):  # a cache: a read-only home must not stop the app
        write_atomic(path, json.dumps(data, ensure_ascii=False).encode())


class FirstScreenPage:
    """The kept page, laid out as the scenario view lays it out, until the pack takes over.

    Plain Qt widgets, not subclasses: the first subclass of a Qt class makes PySide build
    the Python enums of its whole class hierarchy, which the first paint need not wait for.
    The page has no resources to load (``read_first_screen`` refuses one with images), so
    the plain ``QTextBrowser`` is as safe here as ``SafeTextBrowser``.
    """

    def __init__(self, screen: FirstScreen, parent: QWidget) -> None:
        self.screen = screen
        self.widget = QTabWidget(parent)
        self.widget.setDocumentMode(True)  # as ``Workspace.tabs``
        page = QWidget(self.widget)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)  # as ``ScenarioView``
        self.stage_bar: QTabBar | None = None
        if screen.stage_tabs:
            self.stage_bar = QTabBar(page)
            self.stage_bar.setExpanding(False)
            for text in screen.stage_tabs:
                self.stage_bar.addTab(text)
            self.stage_bar.setCurrentIndex(screen.stage_ids.index(screen.stage_id))
            layout.addWidget(self.stage_bar)
        self.browser = QTextBrowser(page)
        known_viewport(self.browser)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(screen.page_name)
        self.browser.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        layout.addWidget(self.browser, 1)
        shown, enabled, text = screen.afterwards
        if shown:
            button = QToolButton(page)
            button.setArrowType(Qt.ArrowType.RightArrow)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setText(text)
            button.setEnabled(enabled)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.widget.setFocusProxy(self.browser)
        for number, label in enumerate(screen.view_tabs):
            self.widget.addTab(page if number == 0 else QWidget(self.widget), label)

    def fill(self) -> None:
        """Lay the page out at its width in the shown window, with the reading measure the
        scenario's page keeps (``explorer.ui.reading_measure``).

        The margins are measured once the text is in: a page longer than the view brings its
        scroll bar, which narrows the view, as the real page measures it. (Measured before,
        the kept page's lines were a scroll bar's width wider, and moved when the pack took over.)
        """
        document = self.browser.document()
        document.setHtml(self.screen.html)
        set_side_margin(document, side_margin(self.browser))

    def top_position(self) -> int:
        """The page position at the top of the view (as ``ReadingBrowser.top_position``)."""
        return self.browser.cursorForPosition(QPoint(self.browser.viewport().width() // 2, 1)).position()
