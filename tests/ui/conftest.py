"""UI fixtures: isolated settings, a main window on the small good pack, no real URL opening."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QSettings, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from explorer.app import configure_application
from explorer.core.evidence.corpus import Corpus
from explorer.ui import settings as keys
from explorer.ui import theme
from explorer.ui.i18n import Translations, choose
from explorer.ui.settings import Settings
from explorer.ui.tasks import wait_for_all
from explorer.ui.theme import Appearance, Theme, apply_theme

GOOD_PACK = Path(__file__).parent.parent / "data" / "packs" / "good"


class UrlRecorder(QObject):
    """Stands in for the desktop's file opener, so tests never launch an editor."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


@pytest.fixture(scope="session", autouse=True)
def _english_plurals(qapp: QApplication) -> None:
    """English as the app starts it: with its plural forms ("1 phone joined"), from explorer_en.qm.

    ./dev.sh builds the .qm files; built here too (milliseconds), so pytest alone gives the same."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    import translations

    translations.release()
    Translations.current(qapp).apply("en")


@pytest.fixture(autouse=True)
def _isolated_qt(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    # QSettings caches its default location per process; point it at this test's directory.
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    configure_application(qapp)
    yield
    wait_for_all()
    # Undo a test's theme or zoom, and only then: re-polishing every live widget is not free.
    # The app's own palette and font say what the test left (no module remembers a theme).
    if qapp.palette() != theme.palette_of(Theme.LIGHT):
        apply_theme(qapp, Theme.LIGHT)
    base = theme.platform_font()
    if qapp.font() != base:
        qapp.setFont(base)


def make_appearance(folder: Path) -> Appearance:
    """The theme object for views built on their own (the main window makes its own), with its
    settings in ``folder``: the light theme, as the offscreen platform states no preference."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return Appearance(app, Settings(folder / "appearance.ini"))


@pytest.fixture
def appearance(tmp_path: Path) -> Appearance:
    return make_appearance(tmp_path)


@pytest.fixture
def opened_urls() -> Iterator[UrlRecorder]:
    recorder = UrlRecorder()
    QDesktopServices.setUrlHandler("file", recorder, "open")
    yield recorder
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "explorer.ini"


@pytest.fixture
def make_window(qtbot, corpus: Corpus, settings_path: Path) -> Callable[..., object]:  # type: ignore[no-untyped-def]
    """A shown main window with a pack loaded; ``first_run=True`` keeps the welcome page."""
    from explorer.ui.main_window import MainWindow

    def make(
        pack_dir: Path | None = GOOD_PACK, first_run: bool = False, with_corpus: bool = True
    ) -> MainWindow:
        settings = Settings(settings_path)
        if not first_run:
            settings.set(keys.WELCOME_SEEN, True)
        window = MainWindow(settings, corpus=corpus if with_corpus else None)
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        with qtbot.waitSignal(window.packLoaded, timeout=20_000):
            window.open_pack(pack_dir)
        return window

    return make


@pytest.fixture
def window(make_window):  # type: ignore[no-untyped-def]
    return make_window()


# A two-stage scenario citing only the English source: lets tests filter by source,
# tag and length, and walk from one stage to the next.
TWO_STAGE = """\
id: mission-leaves
title: Two stages of a drawdown
decision_maker: A donor government
moment: As a mission shrinks
summary: Budgets shrink and a mission leaves; what follows it?
minutes: 120
difficulty: advanced
tags: [withdrawal]
evidence:
  budget-cuts:
    source: kuno-2026
    quote: >-
      With both fields facing growing pressure from budget cuts, effective coordination
      has become more urgent than ever.
stages:
  - id: first
    title: The cuts
    context: |
      Raw <b>markup</b> stays text. [Budgets are under pressure](cite:budget-cuts).
    question: Where does the money go?
    choices:
      - id: fund-protection
        label: Fund protection programmes
        description: Keep the child-protection advisers.
        leads_to: second
        tradeoffs:
          - dimension: cost
            effect: -2
            claim: It costs more.
            evidence: stated
            citations: [budget-cuts]
          - dimension: protection-of-civilians
            effect: 1
            claim: Children stay protected a while longer.
            evidence: assumption
          - dimension: durable-peace
            effect: 1
            claim: Reintegration work goes on.
            evidence: assumption
      - id: save-money
        label: Save the money
        description: Let the programmes end with the mission.
        tradeoffs:
          - dimension: cost
            effect: 1
            claim: It saves money under pressure.
            evidence: inferred
            citations: [budget-cuts]
            reasoning: Budgets are cut, so money not spent on these programmes is money saved.
          - dimension: protection-of-civilians
            effect: -1
            claim: Children lose their advisers.
            evidence: assumption
          - dimension: durable-peace
            effect: -1
            claim: Reintegration stops.
            evidence: assumption
  - id: second
    title: After the mission
    context: The mission has gone.
    question: Who takes over?
    choices:
      - id: hand-over
        label: Hand over to the country team
        description: The UN country team carries on.
        available_if: [fund-protection]
        tradeoffs:
          - dimension: durable-peace
            effect: 1
            claim: Programmes continue.
            evidence: assumption
          - dimension: cost
            effect: -1
            claim: The country team needs money too.
            evidence: assumption
          - dimension: un-influence
            effect: 1
            claim: The donor keeps a voice.
            evidence: assumption
      - id: walk-away
        label: Walk away
        description: Nobody takes over.
        tradeoffs:
          - dimension: cost
            effect: 2
            claim: Nothing more to pay.
            evidence: assumption
          - dimension: durable-peace
            effect: -2
            claim: Gains are lost.
            evidence: assumption
          - dimension: un-influence
            effect: -1
            claim: The donor loses its voice.
            evidence: assumption
facilitator_notes: Ask who pays after the mission has left.
discussion_prompts:
  - Who should carry on?
"""


@pytest.fixture
def rich_pack_dir(tmp_path: Path) -> Path:
    """The good pack plus a two-stage scenario."""
    directory = tmp_path / "rich-pack"
    directory.mkdir()
    for path in GOOD_PACK.iterdir():
        (directory / path.name).write_bytes(path.read_bytes())
    (directory / "mission-leaves.yaml").write_text(TWO_STAGE, encoding="utf-8")
    return directory


def link_point(browser, href: str):  # type: ignore[no-untyped-def]
    """Scroll ``browser`` to the first link to ``href`` and return a point on it (viewport coordinates)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QTextCursor

    document = browser.document()
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position() + min(2, fragment.length() - 1))
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()
                rect = browser.cursorRect(cursor)
                return QPoint(rect.left() + 1, rect.center().y())
            fragments += 1
        block = block.next()
    raise AssertionError(f"no link to {href} in the page")


#: The workshop tests' clock stands still, so the timer shows 6:00 and no count looks like a time.
FROZEN = 1_000_000.0


@pytest.fixture
def running(qtbot, tmp_path: Path, appearance: Appearance):  # type: ignore[no-untyped-def]
    """Opens a workshop's console and presenter on a session saved in ``tmp_path``."""
    from explorer.core.workshop.files import load_session, save_session, session_filename
    from explorer.core.workshop.session import new_session
    from explorer.ui.workshop.running import RunningSession

    def start(plan):  # type: ignore[no-untyped-def]
        session = new_session(plan, now=FROZEN)
        path = tmp_path / session_filename(session)
        save_session(path, session)
        run = RunningSession(load_session(path), appearance=appearance)
        run.controller._clock = lambda: FROZEN
        qtbot.addWidget(run.console)
        run.start()
        assert run.presenter is not None
        qtbot.addWidget(run.presenter)
        run.console.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is run.console)
        return run

    return start


@pytest.fixture
def in_language(qapp: QApplication, settings_path: Path) -> Iterator[Callable[[str], None]]:
    """Switch the app's language the way View → Language does, and go back to English after."""
    settings = Settings(settings_path)

    def switch(language: str) -> None:
        assert choose(language, settings) == language

    yield switch
    choose("en", settings)
