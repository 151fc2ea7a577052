"""``explorer self-test --gui-start``: the app started exactly as ``explorer`` starts it, for timing.

A module of its own, apart from the self-test's checks, so that the start it times
imports what the app's start imports and nothing more.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from pathlib import Path
from typing import TextIO


def gui_start(workdir: Path, pack_dir: Path | None, timeout_ms: int = 60_000) -> int:
    """Start the desktop app as ``explorer`` does and quit once the pack is shown.

    Settings are throwaway (and say the welcome page was seen, so a scenario is
    drawn, as for a returning user). Prints ``shown <epoch seconds> rss_kb <n>`` at
    the moment the window has been painted with its first screen filled (the library
    and the scenario's page: the pack, or the first screen kept from the last start),
    then ``loaded <epoch seconds>`` once the pack itself has loaded behind it, so
    ``bench/run.py`` can time a cold start from outside; exit 0 if the pack was shown,
    1 if not. "Painted" is meant: the stamp waits for the window's paint after it was
    filled (``bench/bare_window.py`` waits for its first paint the same way), so drawing
    the library and laying out the page count in the start.
    """
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from explorer.app import configure_application, run
    from explorer.ui import settings as keys
    from explorer.ui.first_paint import after_first_paint
    from explorer.ui.settings import Settings

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(workdir / "settings"))
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    configure_application(app)
    Settings().set(keys.WELCOME_SEEN, True)
    outcome: list[bool] = []

    def fail(why: str) -> None:
        if not outcome:
            outcome.append(False)
            _say(why, sys.stderr)
            app.quit()

    def attach() -> None:  # runs once the event loop has started: the window exists
        from explorer.ui.main_window import MainWindow

        window = next((w for w in app.topLevelWidgets() if isinstance(w, MainWindow)), None)
        if window is None:
            fail("the main window did not show")
            return

        def loaded() -> None:
            if not outcome:
                outcome.append(True)
                _say(f"loaded {time.time():.6f}")
                window.close()  # as a reader quits: the first screen is kept for the next start
                app.quit()

        def stamp() -> None:  # the filled screen has been painted
            cpu_ms = time.process_time() * 1000  # every thread's, the loading worker's included
            _say(f"shown {time.time():.6f} rss_kb {_resident_kb()} cpu_ms {cpu_ms:.1f}")
            if window.pack is not None:
                loaded()
            else:
                window.packLoaded.connect(lambda _pack: QTimer.singleShot(0, loaded))

        window.packFailed.connect(lambda _why: fail("the main window did not show the pack"))
        if window.first_screen_shown or window.pack is not None:
            # Filled before it was shown (the kept first screen): stamped once that first paint
            # is done, as ``bench/bare_window.py`` stamps the bare window.
            after_first_paint(window, stamp, fallback_ms=None)
        else:
            window.packLoaded.connect(lambda _pack: after_first_paint(window, stamp, fallback_ms=None))

    QTimer.singleShot(0, attach)
    QTimer.singleShot(timeout_ms, lambda: fail("the main window did not show the pack in time"))
    run(pack_dir=pack_dir, single_instance=False)  # a check of the install, beside a running app
    return 0 if outcome and outcome[0] else 1


def _say(line: str, stream: TextIO | None = None) -> None:
    """Print a line for the timing harness; a harness that stopped reading (a closed pipe)
    must not stop the app from quitting, as an exception in a Qt slot would."""
    out = stream or sys.stdout
    try:
        print(line, file=out, flush=True)
    except BrokenPipeError:
        # Nobody reads any more: send the rest, and the flush at exit, to nowhere, or the
        # interpreter's last flush fails too and the exit status says so (120).
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, out.fileno())
    except (OSError, ValueError):  # ValueError: the stream is closed
        pass


def _resident_kb() -> int:
    """Resident memory of this process now (Linux), or 0 where /proc is not available."""
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:
        return 0
    line = next((line for line in status.splitlines() if line.startswith("VmRSS:")), "VmRSS: 0 kB")
    return int(line.split()[1])
