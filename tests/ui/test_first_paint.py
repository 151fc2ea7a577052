"""The start's order: the kept first screen is painted first, and only then does the pack load.

A load started at ``show()`` (a zero timer) ran before the window was drawn: its worker held
the interpreter while the reader still looked at nothing. ``after_first_paint`` waits for the
paint; the timed start (``explorer self-test --gui-start``) stamps with it too.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QTextBrowser, QWidget

from explorer.app import show_main_window
from explorer.ui import settings as keys
from explorer.ui.first_paint import after_first_paint, known_viewport
from explorer.ui.first_screen import FirstScreenPage
from explorer.ui.settings import Settings
from explorer.ui.tasks import wait_for_all
from tests.ui.conftest import GOOD_PACK


class PaintLog(QObject):
    """Writes "paint" to ``log`` each time ``window`` is painted on screen, until ``stop``."""

    def __init__(self, window: QWidget, log: list[str]) -> None:
        super().__init__(window)
        self.window, self.log = window, log
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            handle = self.window.windowHandle()
            if handle is not None and handle.isExposed():
                self.log.append("paint")
        return False

    def stop(self) -> None:
        """Before the window goes: a Python filter left on a window being torn down crashes PySide."""
        self.window.removeEventFilter(self)


def _start(qtbot, settings_path: Path):  # type: ignore[no-untyped-def]
    settings = Settings(settings_path)
    settings.set(keys.WELCOME_SEEN, True)
    window = show_main_window(settings, GOOD_PACK)
    qtbot.addWidget(window)
    return window


def test_the_pack_loads_once_the_kept_screen_has_been_painted(qtbot, settings_path) -> None:  # type: ignore[no-untyped-def]
    first = _start(qtbot, settings_path)  # no kept screen yet: it loads at once and keeps one
    qtbot.waitSignal(first.packLoaded, timeout=20_000).wait()
    first.close()
    wait_for_all()

    window = _start(qtbot, settings_path)
    assert window.first_screen_shown
    log: list[str] = []
    paints = PaintLog(window, log)
    start_loading = window.open_pack

    def open_pack(*args, **kwargs):  # type: ignore[no-untyped-def]
        # What the reader sees when the load starts: the filled first screen, already drawn.
        page = window.first_screen
        assert isinstance(page, FirstScreenPage)
        assert "Quality or quantity?" in page.browser.toPlainText()
        assert window.library.model.rowCount() == 1
        log.append("load")
        return start_loading(*args, **kwargs)

    window.open_pack = open_pack  # type: ignore[method-assign]
    with qtbot.waitSignal(window.packLoaded, timeout=20_000):
        pass
    paints.stop()
    assert "load" in log and "paint" in log
    assert log.index("paint") < log.index("load"), log
    assert log.count("load") == 1
    assert window.current_scenario_id() == "belgian-presence"


def test_a_window_is_called_back_once_after_its_paint(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QLabel("A window")
    qtbot.addWidget(window)
    log: list[str] = []
    paints = PaintLog(window, log)
    after_first_paint(window, lambda: log.append("then"), fallback_ms=None)
    window.show()
    qtbot.waitUntil(lambda: "then" in log, timeout=10_000)
    assert log.index("paint") < log.index("then")
    window.repaint()  # later paints do not call back again
    window.setText("Drawn again")
    qtbot.waitUntil(lambda: log.count("paint") >= 3, timeout=10_000)
    paints.stop()
    assert log.count("then") == 1


def test_a_window_never_painted_is_called_back_after_the_fallback(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QLabel("Never shown")  # a window minimised at start gets no paint either
    qtbot.addWidget(window)
    called: list[bool] = []
    after_first_paint(window, lambda: called.append(True), fallback_ms=10)
    qtbot.waitUntil(lambda: bool(called), timeout=10_000)
    assert called == [True]


def test_the_first_screen_imports_nothing_of_the_pack_core() -> None:
    """What the window imports before its first paint brings neither the pack's core nor its parsers.

    (The language of the pack once imported the whole pack core, YAML and msgspec included, for a
    function needed only once a pack has loaded: some 45 ms of a 200 ms start.) Nor the scenario's
    own page: the kept first screen is drawn in a plain browser with the page's reading measure
    (the page's module once came for that measure alone).
    """
    code = (
        "import sys\n"
        "import explorer.app, explorer.ui.main_window, explorer.ui.first_screen, explorer.ui.first_paint\n"
        "heavy = ('explorer.core.pack', 'explorer.core.evidence', 'explorer.core.search', 'msgspec', 'yaml',"
        " 'markdown', 'sqlite3', 'explorer.ui.reading_browser', 'explorer.ui.safe_documents',"
        " 'explorer.ui.scenario_view')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]", done.stdout


def test_a_known_viewport_is_the_views_viewport(qtbot) -> None:  # type: ignore[no-untyped-def]
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    assert known_viewport(browser) is browser.viewport()
    own = QWidget()
    browser.setViewport(own)  # one set by hand is found too (through viewport())
    assert known_viewport(browser) is own
