"""Build the QApplication (names, theme, translations) and show the main window at once.

The window appears before anything slow happens: the corpus and the pack load
in the background, started before the window is even built, and the library
fills in when they arrive (``MainWindow.open_pack``).

One app runs per user (``explorer.ui.single_instance``): a second launch hands its
pack or file to the first, which comes forward and opens it, and the second exits.
At start the first instance also removes temporary files left by saves that were
killed (``explorer.core.store.remove_orphans``).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from explorer.ui.main_window import MainWindow
    from explorer.ui.settings import Settings

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


def _no_display() -> bool:
    """On Linux without X11 or Wayland, Qt would abort with a core dump; say so instead."""
    import os

    return (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )


def launch_arguments(pack_dir: Path | None, open_file: Path | None) -> list[str]:
    """What a second launch hands to the first: absolute paths, since its folder may differ."""
    arguments: list[str] = []
    if pack_dir is not None:
        arguments += ["--pack", str(pack_dir.absolute())]
    if open_file is not None:
        arguments += ["--open", str(open_file.absolute())]
    return arguments


def _defer_to_running_app(key: str, arguments: list[str]) -> bool:
    """Hand ``arguments`` to the first instance; it may still be starting, so try for a while."""
    import time

    from explorer.ui.single_instance import hand_over

    deadline = time.monotonic() + 5.0
    while time.monotonic() < deadline:
        if hand_over(key, arguments):
            return True
        time.sleep(0.1)
    return False


def open_arguments(window: object, workshop: object, arguments: list[str]) -> None:
    """Open what a later launch asked for in this (the first) instance, and come forward."""
    from explorer.ui.main_window import MainWindow
    from explorer.ui.workshop.launcher import WorkshopLauncher

    assert isinstance(window, MainWindow) and isinstance(workshop, WorkshopLauncher)
    window.bring_forward()
    pairs = dict(zip(arguments[::2], arguments[1::2], strict=False))
    if "--pack" in pairs and Path(pairs["--pack"]).is_dir():
        window.open_pack(Path(pairs["--pack"]))
    opened = Path(pairs["--open"]) if "--open" in pairs else None
    if opened is None:
        return
    from explorer.core.reflection.journal import SUFFIX as JOURNAL_SUFFIX

    if opened.name.endswith(JOURNAL_SUFFIX):
        window.reflection.open_journal_file(opened)
        window.reflection.focus_journal()
    else:
        workshop.open_path(opened)


def _remove_orphans() -> None:
    from explorer.core.store import remove_orphans
    from explorer.ui.user_dirs import journals_directory, sessions_dir

    for directory in (journals_directory(), sessions_dir()):
        remove_orphans(directory)


def show_main_window(settings: Settings, pack_dir: Path | None) -> MainWindow:
    """Build and show the main window, loading ``pack_dir`` (None: the bundled pack).

    When the last session's first screen was kept for this start (``explorer.ui.first_screen``)
    the window shows it filled: the library listed and the scenario's page drawn, and the pack
    loads once it has been painted. Otherwise the pack starts loading while the window is imported and
    built, and the window fills when it arrives.
    """
    from explorer.core.paths import bundled_pack_dir
    from explorer.ui.first_screen import read_first_screen
    from explorer.ui.loading import start_loading

    target = pack_dir if pack_dir is not None else bundled_pack_dir()
    screen = read_first_screen(target, settings)
    loading = start_loading(target) if screen is None else None
    from explorer.ui.main_window import MainWindow

    window = MainWindow(settings)
    window.show()
    if screen is not None and not window.show_first_screen(screen):
        loading = start_loading(target)  # kept with another theme, size or language
    if loading is None:
        # Once the kept screen is painted: started before, the load (a worker thread, but holding
        # the interpreter) would delay the paint the reader is waiting for.
        from explorer.ui.first_paint import after_first_paint

        after_first_paint(window, lambda: window.open_pack(pack_dir))
    else:
        window.open_pack(pack_dir, loading)
    return window


def run(pack_dir: Path | None = None, open_file: Path | None = None, single_instance: bool = True) -> int:
    """Start the desktop app (or hand ``pack_dir``/``open_file`` to the one running); exit code.

    ``single_instance=False`` (the self-test's start) neither defers to a running app nor
    answers later launches; the files' own locks still keep two writers apart.
    """
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
    guard = None
    if single_instance:  # (the guard's import brings QtNetwork: not paid when it is not wanted)
        from explorer.ui.single_instance import SingleInstance, instance_key
        from explorer.ui.user_dirs import app_data_dir

        arguments = launch_arguments(pack_dir, open_file)
        key = instance_key(app_data_dir(""))
        guard = SingleInstance(key, app)
        # Without the guard (a second launch that could not reach the first) every journal and
        # session file is still locked by the one that has it open: they open read-only here.
        if not guard.acquire():
            if _defer_to_running_app(key, arguments):
                print("explorer: the app is already running; it was brought forward.", file=sys.stderr)
                return 0
            print(
                "explorer: another instance holds the lock but does not answer; starting anyway "
                "(files it has open open read-only here).",
                file=sys.stderr,
            )
    from explorer.ui import i18n

    i18n.install(app)  # the chosen language, else the system's (View → Language)

    from explorer.ui import settings as keys
    from explorer.ui.settings import Settings

    settings = Settings()
    if pack_dir is None:
        last = settings.get(keys.LAST_PACK)
        shared = bool(last) and Path(last).suffix == ".dilemma" and Path(last).is_file()
        pack_dir = Path(last) if last and (Path(last).is_dir() or shared) else None
    window = show_main_window(settings, pack_dir)
    from explorer.ui.tasks import run_task

    cleaned: list[bool] = []

    def remove_orphans(*_args: object) -> None:
        # Once the pack is there: the worker's imports would otherwise compete with the first
        # paint. Nothing is saved before then, and only old temporary files are removed.
        if not cleaned:
            cleaned.append(True)
            run_task(_remove_orphans, name="remove-orphans", parent=window)

    window.packLoaded.connect(remove_orphans)
    window.packFailed.connect(remove_orphans)
    from explorer.ui.workshop.launcher import attach_workshop

    # Here, not in MainWindow, so that test windows never get the resume question.
    # It is asked once the library is filled (or failed to load), not over an empty window.
    workshop = attach_workshop(window.context)
    asked: list[bool] = []

    def offer_resume(*_args: object) -> None:
        if not asked:
            asked.append(True)
            # On the next turn of the event loop: the filled window is painted first.
            QTimer.singleShot(0, workshop.offer_resume)

    window.packLoaded.connect(offer_resume)
    window.packFailed.connect(offer_resume)
    if guard is not None:
        guard.argumentsReceived.connect(lambda received: open_arguments(window, workshop, received))
    if open_file is not None:  # once the pack is there (a session needs it), once only
        pending = [launch_arguments(None, open_file)]

        def open_pending(*_args: object) -> None:
            if pending:
                open_arguments(window, workshop, pending.pop())

        window.packLoaded.connect(open_pending)
    code = app.exec()
    from explorer.ui.tasks import wait_for_all

    wait_for_all(5000)  # let a running load finish before the interpreter tears down
    return code
