"""The console's actions and keys, in its menus (so F1 can list them all), and the debrief export.

Keys follow presentation clickers where they can: Page Down and Page Up step
forward and back, B (or .) blanks the screen; the rest are Ctrl combinations
that typing in the vote grid or the notes never produces. Single-key shortcuts
give way to a text field that has the keyboard, so B typed in the notes stays a b.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from explorer.core.workshop.session import WorkshopSession
from explorer.ui.plain_text import arg, show_message, status_line
from explorer.ui.tasks import Task, run_task

if TYPE_CHECKING:
    from explorer.ui.workshop.console import WorkshopConsole

#: Actions the presenter window answers too (the facilitator may have clicked on it).
LIVE = ("next", "previous", "blank", "reveal", "timer", "timer-more", "timer-less")
FORMATS = {"pdf": "PDF (*.pdf)", "html": "HTML (*.html)", "md": "Markdown (*.md)"}


def build_actions(console: WorkshopConsole) -> dict[str, QAction]:
    tr = console.tr
    controller = console.controller
    bar = console.menuBar()
    found: dict[str, QAction] = {}

    def add(
        menu_name: str,
        name: str,
        text: str,
        slot: Callable[[], object],
        keys: tuple[str, ...],
        tip: str,
        short: str = "",
    ) -> QAction:
        action = QAction(text, console)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setToolTip(f"{tip} ({', '.join(keys)})" if keys else tip)
        action.setStatusTip(tip)
        if short:
            action.setIconText(short)
        action.triggered.connect(lambda _checked=False: slot())
        menus[menu_name].addAction(action)
        console.addAction(action)
        found[name] = action
        return action

    menus = {
        "session": bar.addMenu(tr("&Session")),
        "timer": bar.addMenu(tr("&Timer")),
        "window": bar.addMenu(tr("&Window")),
        "help": bar.addMenu(tr("&Help")),
    }
    add(
        "session",
        "next",
        tr("&Next step"),
        controller.next,
        ("PgDown", "Ctrl+Right"),
        tr("Show the room the next step"),
        tr("Next ▶"),
    )
    add(
        "session",
        "previous",
        tr("&Previous step"),
        controller.previous,
        ("PgUp", "Ctrl+Left"),
        tr("Go back a step"),
        tr("◀ Previous"),
    )
    add(
        "session",
        "blank",
        tr("&Blank or show the screen"),
        controller.toggle_blank,
        ("B", ".", "Ctrl+B"),
        tr("Black out the room's screen, or bring it back"),
        tr("Blank"),
    )
    add(
        "session",
        "reveal",
        tr("&Reveal the votes"),
        controller.reveal,
        ("Ctrl+R",),
        tr("Show the room the votes of this step"),
        tr("Reveal"),
    )
    menus["session"].addSeparator()
    add(
        "session",
        "votes",
        tr("Enter &votes"),
        console.focus_votes,
        ("Ctrl+E",),
        tr("Put the keyboard in the vote grid"),
    )
    add(
        "session",
        "notes",
        tr("Your &notes"),
        console.focus_notes,
        ("Ctrl+J",),
        tr("Put the keyboard in your notes"),
    )
    menus["session"].addSeparator()
    add(
        "session",
        "export",
        tr("&Export the debrief…"),
        lambda: export_debrief(console),
        ("Ctrl+Shift+E",),
        tr("Write the debrief as PDF, HTML or Markdown"),
        tr("Export…"),
    )
    add(
        "session",
        "save-copy",
        tr("Save a &copy…"),
        console.save_copy,
        ("Ctrl+Shift+S",),
        tr("Save the session under another name and go on there"),
    )
    add(
        "session",
        "close",
        tr("&Close the console"),
        console.close,
        ("Ctrl+W",),
        tr("Close; the session is saved and can be resumed"),
    )
    add(
        "timer",
        "timer",
        tr("Start or stop the &timer"),
        controller.toggle_timer,
        ("Ctrl+T",),
        tr("Start or stop the discussion timer"),
        tr("Start/stop"),
    )
    add(
        "timer",
        "timer-more",
        tr("One minute &more"),
        lambda: controller.adjust_timer(60),
        ("Ctrl+Up",),
        tr("Add a minute to the timer"),
        tr("+1 min"),
    )
    add(
        "timer",
        "timer-less",
        tr("One minute &less"),
        lambda: controller.adjust_timer(-60),
        ("Ctrl+Down",),
        tr("Take a minute off the timer"),
        tr("−1 min"),
    )
    add(
        "timer",
        "timer-reset",
        tr("&Reset the timer"),
        controller.reset_timer,
        ("Ctrl+Shift+T",),
        tr("Start the countdown again from its full time"),
        tr("Reset"),
    )
    add(
        "window",
        "presenter",
        tr("Show the &presenter view"),
        console.presenterRequested.emit,
        ("F5", "Ctrl+Shift+P"),
        tr("Open the room's screen (full screen on a second display)"),
        tr("Presenter"),
    )
    add(
        "help",
        "shortcuts",
        tr("&Keyboard shortcuts"),
        lambda: _show_shortcuts(console),
        ("F1",),
        tr("Every key of the console"),
    )

    tools = console.addToolBar(tr("Session"))
    tools.setObjectName("workshop-toolbar")
    tools.setMovable(False)
    for name in ("previous", "next", "blank", "reveal", "timer", "presenter", "export"):
        tools.addAction(found[name])
    return found


def _show_shortcuts(console: WorkshopConsole) -> None:
    from explorer.ui.dialogs import ShortcutsDialog, menu_shortcuts

    ShortcutsDialog(menu_shortcuts(console.menuBar()), console).exec()


def snapshot(session: WorkshopSession) -> WorkshopSession:
    """An independent copy, so a background export never reads a session being changed."""
    return msgspec.msgpack.decode(msgspec.msgpack.encode(session), type=WorkshopSession)


def export_debrief(console: WorkshopConsole, path: Path | None = None, fmt: str | None = None) -> Task | None:
    """Ask where (unless given), then write the debrief in the background; say how it went."""
    from explorer.workshop_cli import format_of, write_debrief

    controller = console.controller
    controller.flush()
    if path is None:
        name = controller.path.name.removesuffix(".workshop.json") + "-debrief.pdf"
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            console,
            console.tr("Export the debrief"),
            str(Path.home() / name),  # not beside the session: the data folder is the app's own
            ";;".join(FORMATS.values()),
        )
        if not chosen:
            return None
        path = Path(chosen)
        fmt = fmt or next((key for key, label in FORMATS.items() if label == chosen_filter), None)
    fmt = fmt or format_of(path)
    if fmt is None:
        show_message(
            console,
            QMessageBox.Icon.Warning,
            console.tr("Export"),
            console.tr("Choose a .pdf, .html or .md file."),
        )
        return None
    console.statusBar().showMessage(console.tr("Writing the debrief…"))
    task = run_task(
        write_debrief,
        snapshot(controller.session),
        fmt,
        path,
        [controller.path],  # never over the session being exported
        name="export-debrief",
        parent=console,
    )
    task.succeeded.connect(
        lambda written: console.statusBar().showMessage(
            status_line(arg(console.tr("Debrief written to %1"), written)), 10_000
        )
    )
    task.failed.connect(
        lambda error: show_message(
            console,
            QMessageBox.Icon.Warning,
            console.tr("Export"),
            arg(console.tr("The debrief could not be written: %1"), error),
        )
    )
    return task
