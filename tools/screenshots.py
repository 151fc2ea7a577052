"""Take the README's screenshots of the real app in a real X window.

    xvfb-run -a -s "-screen 0 1366x768x24" sh -c 'openbox & .venv/bin/python tools/screenshots.py docs/screenshots'

Drives the main window through its public API (as the tests do), waits for the
background loading, and grabs the whole X screen, so what is saved is what a
person would see on a 1366×768 laptop, window maximised by a real window manager
(the window fills whatever screen it is given: run it at 1024x700 to check a small one).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from explorer.ui.main_window import MainWindow
    from explorer.ui.settings import Settings


def settle(milliseconds: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def shoot(app: QApplication, target: Path) -> None:
    settle()
    screen = app.primaryScreen()
    screen.grabWindow(0).save(str(target))
    print("saved", target)


def start(
    pack_dir: Path | None = None, maximised: bool = True, language: str = ""
) -> tuple[QApplication, MainWindow, Settings]:
    """The app in a fresh profile (no remembered layout, theme or journal), its window shown and
    the pack (the bundled one by default) loaded; in ``language`` (View → Language) if given."""
    profile = tempfile.mkdtemp(prefix="explorer-shots-")
    os.environ["XDG_CONFIG_HOME"] = os.path.join(profile, "config")
    os.environ["XDG_DATA_HOME"] = os.path.join(profile, "data")

    from explorer.app import configure_application
    from explorer.ui import i18n
    from explorer.ui.main_window import MainWindow
    from explorer.ui.settings import LANGUAGE, WELCOME_SEEN, Settings

    app = QApplication(sys.argv)
    configure_application(app)
    settings = Settings()
    settings.set(WELCOME_SEEN, True)
    if language:
        settings.set(LANGUAGE, language)
    i18n.install(app, settings)  # as the app does at start: the English plurals, or the language
    window = MainWindow(settings)
    if maximised:
        window.showMaximized()
    else:
        window.resize(1600, 1000)
        window.move(0, 0)
        window.show()
    loaded = QEventLoop()
    window.packLoaded.connect(lambda _pack: loaded.quit())
    window.open_pack(pack_dir)
    loaded.exec()
    settle(800)
    return app, window, settings


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    from explorer.ui.theme import Theme

    app, window, _settings = start()

    window.open_scenario("troops-or-enablers", focus=True)
    shoot(app, out / "library-and-scenario.png")

    # Reading with the source beside the scenario: the clicked citation stays in view.
    window.open_citation("troops-or-enablers", "un-shortage")
    shoot(app, out / "source-viewer-dutch-gloss.png")

    # The matrix beside the source: every dimension visible.
    window.show_view(window.TRADEOFF_VIEW)
    shoot(app, out / "tradeoff-matrix.png")
    # The same trade-offs as a chart: every choice at once, beside the source.
    window.tradeoff_matrix.show_chart(True)
    shoot(app, out / "tradeoff-chart.png")
    window.tradeoff_matrix.show_chart(False)

    window.show_view(window.SCENARIO_VIEW)
    window.close_source()
    reflection = window.reflection
    reflection.focus_panel()
    shoot(app, out / "reflection-panel.png")
    assert reflection.panel_dock is not None
    reflection.panel_dock.hide()

    window.set_theme(Theme.DARK)
    window.open_scenario("minusma-campaign")
    shoot(app, out / "dark-theme.png")
    window.set_theme(Theme.HIGH_CONTRAST)
    shoot(app, out / "high-contrast.png")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
