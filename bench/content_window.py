"""A second floor for the cold start: plain Qt widgets showing the app's first screen, and nothing else.

The bare window (``bench/bare_window.py``) shows one line of text. The app's first screen
shows much more: a menu bar, the library listing every scenario, the scenario's page laid
out from its HTML, tabs and a status bar, and painting that costs time in Qt itself. This
window shows the same content with stock widgets and no application code (no model, no
delegate, no settings, no panels behind the screen), read from the first screen the app
kept (``first-screen-*.json`` in the app's cache; ``explorer.ui.first_screen``). The
difference between it and the app is what the app's own code costs before the first
paint; the difference between it and the bare window is what showing that content costs
any Qt program.

    python bench/content_window.py FIRST_SCREEN_JSON

Prints ``shown <epoch seconds> rss_kb <n> cpu_ms <m>`` after the first paint, as
``bench/bare_window.py`` does.
"""

import json
import sys
from pathlib import Path

from bare_window import PaintWatch, shown_line
from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QListView, QMainWindow, QTabWidget, QTextBrowser

MENUS = ("&File", "&Go", "&View", "&Journal", "&Workshop", "&Review", "&Help")


def main(kept: Path) -> int:
    screen = json.loads(kept.read_text(encoding="utf-8"))
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle(screen["window_title"])
    for title in MENUS:
        window.menuBar().addMenu(title)
    tabs = QTabWidget(window)
    tabs.setDocumentMode(True)
    page = QTextBrowser(tabs)
    for number, label in enumerate(screen["view_tabs"]):
        tabs.addTab(page if number == 0 else QTextBrowser(tabs), label)
    window.setCentralWidget(tabs)
    dock = QDockWidget("Library", window)
    rows = QListView(dock)
    # Each row as the library lists it: the title, then its length and moment (the kept rows are
    # ``first_screen.ScenarioRow`` fields in order: id, title, minutes, decision maker, moment, …).
    listed = [f"{row[1]}\n{row[2]} min · {row[4]}" for row in screen["rows"]]
    rows.setModel(QStringListModel(listed, rows))
    dock.setWidget(rows)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    window.statusBar().showMessage(screen["window_title"])
    window.resize(1400, 900)
    page.document().setHtml(screen["html"])

    def stamp() -> None:
        print(shown_line(), flush=True)
        app.quit()

    PaintWatch(window, stamp)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
