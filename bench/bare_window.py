"""The floor for a cold start: a bare PySide6 QMainWindow with a QTextBrowser, shown, then quit.

Run from the checkout by ``bench/startup.py`` and frozen the same way as the app
(PyInstaller, same hooks). Prints ``shown <epoch seconds> rss_kb <n> cpu_ms <m>`` once the
window has been shown and the event loop has turned, like ``explorer self-test
--gui-start`` does for the app, so both are timed from outside the same way.
"""

import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser


def resident_kb() -> int:
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:
        return 0
    return next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    browser = QTextBrowser(window)
    browser.setPlainText("A bare window: the floor a Qt app's start cannot go below.")
    window.setCentralWidget(browser)
    window.resize(1400, 900)
    window.show()

    def stamp() -> None:
        print(
            f"shown {time.time():.6f} rss_kb {resident_kb()} cpu_ms {time.process_time() * 1000:.1f}",
            flush=True,
        )
        app.quit()

    QTimer.singleShot(0, stamp)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
