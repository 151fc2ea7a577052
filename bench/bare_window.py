"""The floor for a cold start: a bare PySide6 QMainWindow with a QTextBrowser, shown, then quit.

Run from the checkout by ``bench/startup.py`` and frozen the same way as the app
(PyInstaller, same hooks). Prints ``shown <epoch seconds> rss_kb <n> cpu_ms <m>`` once the
window has been painted (the turn of the event loop after its first paint: ``show()`` and
the next turn come before it), as ``explorer self-test --gui-start`` does for the app, so
both are timed from outside the same way.
"""

import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser


class PaintWatch(QObject):
    """Calls back on the turn of the event loop after the window's first paint on screen."""

    def __init__(self, window: QMainWindow, then) -> None:  # type: ignore[no-untyped-def]
        super().__init__(window)
        self.window, self.then = window, then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        handle = self.window.windowHandle()
        kinds = (QEvent.Type.Paint, QEvent.Type.UpdateRequest)
        if event.type() in kinds and handle is not None and handle.isExposed():
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False


def resident_kb() -> int:
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:
        return 0
    return next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)


def shown_line() -> str:
    """What a timed window prints once painted, read by ``bench/startup.py``."""
    return f"shown {time.time():.6f} rss_kb {resident_kb()} cpu_ms {time.process_time() * 1000:.1f}"


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    browser = QTextBrowser(window)
    browser.setPlainText("A bare window: the floor a Qt app's start cannot go below.")
    window.setCentralWidget(browser)
    window.resize(1400, 900)

    def stamp() -> None:
        print(shown_line(), flush=True)
        app.quit()

    PaintWatch(window, stamp)  # as the app's timed start waits for its first paint
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
