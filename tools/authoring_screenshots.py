"""Take docs/authoring.md's screenshots: citing by selection, and the coverage map.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/authoring_screenshots.py docs/screenshots

Like ``tools/screenshots.py``: the real main window on the bundled pack, driven through
its public API, the whole X screen grabbed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QMenu

from tools.screenshots import settle, shoot, start


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app, window, _settings = start(maximised=False)

    # Citing by selection: a passage selected, the context menu open on it.
    window.open_citation(
        "troops-or-enablers", next(iter(window.pack.scenario("troops-or-enablers").evidence))
    )
    viewer = window.workspace.source_viewer
    settle(600)
    document = window.corpus["kamerbrief-2018"]
    viewer.show_source(document.id)
    settle(400)
    first = document.edition.text.index("kritieke middelen")
    end = document.edition.text.index("helikopters", first) + len("helikopters")
    spans = viewer.pane.spans(first, end)
    cursor = viewer.pane.browser.textCursor()
    cursor.setPosition(spans[0][0])
    cursor.setPosition(spans[-1][1], cursor.MoveMode.KeepAnchor)
    viewer.pane.browser.setTextCursor(cursor)
    viewer.pane.browser.setFocus()
    rect = viewer.pane.browser.cursorRect(cursor)

    def grab_menu() -> None:
        shoot(app, out / "cite-by-selection.png")
        for widget in app.topLevelWidgets():
            if isinstance(widget, QMenu) and widget.isVisible():
                widget.close()

    QTimer.singleShot(700, grab_menu)
    viewer.pane.browser.customContextMenuRequested.emit(rect.center() + QPoint(40, 10))
    settle(300)

    # The coverage map: the source the bundled pack leaves stretches of uncited.
    viewer.show_source("buitelaar-vanwilligen-2021")
    viewer.coverage_action.setChecked(True)
    settle(400)
    viewer.coverage_strip.setFocus()
    shoot(app, out / "coverage-map.png")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
