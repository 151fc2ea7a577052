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

from PySide6.QtGui import QAction, QKeySequence

from explorer.ui.tasks import Task
from explorer.ui.workshop import debrief_export

if TYPE_CHECKING:
    from explorer.ui.workshop.console import WorkshopConsole

#: Actions the presenter window answers too (the facilitator may have clicked on it).
LIVE = ("next", "previous", "blank", "reveal", "timer", "timer-more", "timer-less", "quit")


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
        checkable: bool = False,
    ) -> QAction:
        action = QAction(text, console)
        action.setCheckable(checkable)
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
    add(
        "session",
        "undo",
        tr("&Undo the last vote change"),
        controller.undo_vote,
        ("Ctrl+Z",),
        tr("Put the counts back as they were before the last change"),
        tr("Undo"),
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
    menus["session"].addSeparator()
    add(
        "session",
        "end",
        tr("E&nd the workshop…"),
        console.end_workshop,
        (),
        tr("Mark the session finished, show the room the end and offer the debrief"),
        tr("End workshop"),
    )
    add(
        "session",
        "close",
        tr("&Close the console…"),
        console.request_close,
        ("Ctrl+W",),
        tr("Close this workshop's windows; the session is saved and can be resumed"),
    )
    add(
        "session",
        "quit",
        tr("&Quit the app…"),
        console.quitRequested.emit,
        ("Ctrl+Q",),
        tr("Close every window of the app, workshops included (they are saved)"),
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
        "timer",
        "timer-pin",
        tr("Keep the timer on the room's screen"),
        lambda: controller.set_timer_pinned(found["timer-pin"].isChecked()),
        (),
        tr("Show the countdown at every step, not only during the discussion"),
        checkable=True,
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
    for name in ("previous", "next", "blank", "reveal", "timer", "presenter", "export", "end"):
        tools.addAction(found[name])
    return found


def _show_shortcuts(console: WorkshopConsole) -> None:
    from explorer.ui.dialogs import ShortcutsDialog, menu_shortcuts

    ShortcutsDialog(menu_shortcuts(console.menuBar()), console).exec()


def export_debrief(console: WorkshopConsole, path: Path | None = None, fmt: str | None = None) -> Task | None:
    """The console's export: ``explorer.ui.workshop.debrief_export`` with the console as parent."""
    return debrief_export.export_debrief(console, console.controller, path, fmt, console.settings)
