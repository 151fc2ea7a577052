"""Build the QApplication (names, theme, translations) and show the main window at once.

The window appears before anything slow happens: the corpus and the pack load
in the background and the library fills in when they arrive (``MainWindow.open_pack``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

ORGANISATION = "peace-ops-explorer"
APPLICATION = "explorer"
DISPLAY_NAME = "Peace-operations dilemma explorer"


def configure_application(app: QApplication) -> None:
    """Names (which locate QSettings), display name and icon; shared with the tests."""
    from explorer import __version__

    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APPLICATION)
    icon = Path(__file__).parent / "ui" / "resources" / "explorer.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))


def install_translations(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load Qt's own and the app's translations for ``locale`` where they exist.

    The UI is English today; a Dutch ``explorer_nl.qm`` dropped into
    ``resources/translations`` is picked up without code changes.
    """
    from explorer.core.paths import resources_dir

    locale = locale or QLocale()
    installed = []
    candidates = (
        ("qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("explorer", "_", str(resources_dir() / "translations")),
    )
    for name, separator, directory in candidates:
        translator = QTranslator(app)
        if translator.load(locale, name, separator, directory):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def _no_display() -> bool:
    """On Linux without X11 or Wayland, Qt would abort with a core dump; say so instead."""
    import os

    return (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )


def run(pack_dir: Path | None = None) -> int:
    """Start the desktop app; returns the exit code."""
    if _no_display():
        print(
            "explorer: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
            "Start it from a desktop session, or on a server use `xvfb-run explorer`; the command line "
            "(`explorer validate`, `explorer self-test`, …) needs no display.",
            file=sys.stderr,
        )
        return 1
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    configure_application(app)
    install_translations(app)

    from explorer.ui import settings as keys
    from explorer.ui.main_window import MainWindow
    from explorer.ui.settings import Settings

    settings = Settings()
    window = MainWindow(settings)
    window.show()
    if pack_dir is None:
        last = settings.get(keys.LAST_PACK)
        pack_dir = Path(last) if last and Path(last).is_dir() else None
    window.open_pack(pack_dir)
    from explorer.ui.workshop.launcher import attach_workshop

    # Here, not in MainWindow, so that test windows never get the resume question.
    # It is asked once the library is filled (or failed to load), not over an empty window.
    workshop = attach_workshop(window)
    asked: list[bool] = []

    def offer_resume(*_args: object) -> None:
        if not asked:
            asked.append(True)
            workshop.offer_resume()

    window.packLoaded.connect(offer_resume)
    window.packFailed.connect(offer_resume)
    code = app.exec()
    from explorer.ui.tasks import wait_for_all

    wait_for_all(5000)  # let a running load finish before the interpreter tears down
    return code
