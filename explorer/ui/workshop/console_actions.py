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

from PySide6.QtGui import QAction

from explorer.ui.actions import make_action
from explorer.ui.i18n import QT_TRANSLATE_NOOP, TIP_WITH_KEYS, add_menu, keep
from explorer.ui.tasks import Task
from explorer.ui.workshop import debrief_export

if TYPE_CHECKING:
    from explorer.ui.workshop.console import WorkshopConsole

#: The translation context of the console's menus (what ``WorkshopConsole.tr`` uses).
CONTEXT = "WorkshopConsole"
#: Actions the presenter window answers too (the facilitator may have clicked on it).
LIVE = ("next", "previous", "blank", "reveal", "timer", "timer-more", "timer-less", "quit")


def build_actions(console: WorkshopConsole) -> dict[str, QAction]:
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
        # Texts are English, marked for lupdate; kept, so they follow View → Language.
        action = make_action(console, text, slot, keys, menu=menus[menu_name])
        action.setCheckable(checkable)
        keep(action, CONTEXT, text)
        keep(action, CONTEXT, tip, TIP_WITH_KEYS)
        keep(action, CONTEXT, tip, "setStatusTip")
        if short:
            keep(action, CONTEXT, short, "setIconText")
        found[name] = action
        return action

    menus = {
        "session": add_menu(bar, CONTEXT, QT_TRANSLATE_NOOP("WorkshopConsole", "&Session")),
        "timer": add_menu(bar, CONTEXT, QT_TRANSLATE_NOOP("WorkshopConsole", "&Timer")),
        "window": add_menu(bar, CONTEXT, QT_TRANSLATE_NOOP("WorkshopConsole", "&Window")),
        "help": add_menu(bar, CONTEXT, QT_TRANSLATE_NOOP("WorkshopConsole", "&Help")),
    }
    add(
        "session",
        "next",
        QT_TRANSLATE_NOOP("WorkshopConsole", "&Next step"),
        controller.next,
        ("PgDown", "Ctrl+Right"),
        QT_TRANSLATE_NOOP("WorkshopConsole", "Show the room the next step"),
        QT_TRANSLATE_NOOP("WorkshopConsole", "Next ▶"),
    )
    add(
        "session",
        "previous",
        QT_TRANSLATE_NOOP("WorkshopConsole", "&Previous step"),
        controller.previous,
        ("PgUp", "Ctrl+Left"),
        QT_TRANSLATE_NOOP("WorkshopConsole", "Go back a step"),
        QT_TRANSLATE_NOOP("WorkshopConsole", "◀ Previous"),
    )
    add(
        "session",
        "blank",
        QT_TRANSLATE_NOOP("WorkshopConsole", "&Blank or show the screen"),
        controller.toggle_blank,
        ("B", ".", "Ctrl+B"),
        QT_TRANSLATE_NOOP("WorkshopConsole", "Black out the room's screen, or bring it back"),
        QT_TRANSLATE_NOOP("WorkshopConsole", "Blank"),
    )
    add(
        "session",
        "reveal",
        QT_TRANSLATE_NOOP("WorkshopConsole", "&Reveal the votes"),
        controller.reveal,
        ("Ctrl+R",),
        QT_TRANSLATE_NOOP("WorkshopConsole", "Show the room the votes of this step"),
        QT_TRANSLATE_NOOP("WorkshopConsole", "Reveal"),
    )
    add(
        "session",
        "undo",
        QT_TRANSLATE_NOOP("WorkshopConsole", "&Undo the last vote change"),
        controller.undo_vote,
        ("Ctrl+Z",),
        QT_TRANSLATE_NOOP("WorkshopConsole", "Put the counts back as they were before the last change"),
        QT_TRANSLATE_NOOP("WorkshopConsole", "Undo"),
    )
    menus["session"].addSeparator()
    add(
        "session",
        "votes",
        QT_TRANSLATE_NOOP("WorkshopConsole", "Enter &votes"),
        console.focus_votes,
        ("Ctrl+E",),
        QT_TRANSLATE_NOOP("WorkshopConsole", "Put the keyboard in the vote grid"),
    )
    add(
        "session",
        "notes",
        QT_TRANSLATE_NOOP("WorkshopConsole", "Your &notes"),
        console.focus_notes,
        ("Ctrl+J",),
        QT_TRANSLATE_NOOP("WorkshopConsole", "Put the keyboard in your notes"),
    )
    menus["session"].addSeparator()
    add(
        "session",
        "export",
        QT_TRANSLATE_NOOP("WorkshopConsole", "&Export the debrief…"),
        lambda: export_debrief(console),
        ("Ctrl+Shift+E",),
        QT_TRANSLATE_NOOP("WorkshopConsole", "Write the debrief as PDF, HTML or Markdown"),
        QT_TRANSLATE_NOOP("WorkshopConsole", "Export…"),
    )
    add(
        "session",
        "save-copy",
        QT_TRANSLATE_NOOP("WorkshopConsole", "Save a &copy…"),
        console.save_copy,
        ("Ctrl+Shift+S",),
        QT_TRANSLATE_NOOP("WorkshopConsole", "Save the session under another name and go on there"),
    )
    menus["session"].addSeparator()
    add(
        "session",
        "end",
        QT_TRANSLATE_NOOP("WorkshopConsole", "E&nd the workshop…"),
        console.end_workshop,
        (),
        QT_TRANSLATE_NOOP(
            "WorkshopConsole", "Mark the session finished, show the room the end and offer the debrief"
        ),
        QT_TRANSLATE_NOOP("WorkshopConsole", "End workshop"),
    )
    add(
        "session",
        "close",
        QT_TRANSLATE_NOOP("WorkshopConsole", "&Close the console…"),
        console.request_close,
        ("Ctrl+W",),
        QT_TRANSLATE_NOOP(
            "WorkshopConsole", "Close this workshop's windows; the session is saved and can be resumed"
        ),
    )
    add(
        "session",
        "quit",
        QT_TRANSLATE_NOOP("WorkshopConsole", "&Quit the app…"),
        console.quitRequested.emit,
        ("Ctrl+Q",),
        QT_TRANSLATE_NOOP(
            "WorkshopConsole", "Close every window of the app, workshops included (they are saved)"
        ),
    )
    add(
        "timer",
        "timer",
        QT_TRANSLATE_NOOP("WorkshopConsole", "Start or stop the &timer"),
        controller.toggle_timer,
        ("Ctrl+T",),
        QT_TRANSLATE_NOOP("WorkshopConsole", "Start or stop the discussion timer"),
        QT_TRANSLATE_NOOP("WorkshopConsole", "Start/stop"),
    )
    add(
        "timer",
        "timer-more",
        QT_TRANSLATE_NOOP("WorkshopConsole", "One minute &more"),
        lambda: controller.adjust_timer(60),
        ("Ctrl+Up",),
        QT_TRANSLATE_NOOP("WorkshopConsole", "Add a minute to the timer"),
        QT_TRANSLATE_NOOP("WorkshopConsole", "+1 min"),
    )
    add(
        "timer",
        "timer-less",
        QT_TRANSLATE_NOOP("WorkshopConsole", "One minute &less"),
        lambda: controller.adjust_timer(-60),
        ("Ctrl+Down",),
        QT_TRANSLATE_NOOP("WorkshopConsole", "Take a minute off the timer"),
        QT_TRANSLATE_NOOP("WorkshopConsole", "−1 min"),
    )
    add(
        "timer",
        "timer-reset",
        QT_TRANSLATE_NOOP("WorkshopConsole", "&Reset the timer"),
        controller.reset_timer,
        ("Ctrl+Shift+T",),
        QT_TRANSLATE_NOOP("WorkshopConsole", "Start the countdown again from its full time"),
        QT_TRANSLATE_NOOP("WorkshopConsole", "Reset"),
    )
    add(
        "timer",
        "timer-pin",
        QT_TRANSLATE_NOOP("WorkshopConsole", "Keep the timer on the room's screen"),
        lambda: controller.set_timer_pinned(found["timer-pin"].isChecked()),
        (),
        QT_TRANSLATE_NOOP(
            "WorkshopConsole", "Show the countdown at every step, not only during the discussion"
        ),
        checkable=True,
    )
    add(
        "window",
        "presenter",
        QT_TRANSLATE_NOOP("WorkshopConsole", "Show the &presenter view"),
        console.presenterRequested.emit,
        ("F5", "Ctrl+Shift+P"),
        QT_TRANSLATE_NOOP("WorkshopConsole", "Open the room's screen (full screen on a second display)"),
        QT_TRANSLATE_NOOP("WorkshopConsole", "Presenter"),
    )
    add(
        "help",
        "shortcuts",
        QT_TRANSLATE_NOOP("WorkshopConsole", "&Keyboard shortcuts"),
        lambda: _show_shortcuts(console),
        ("F1",),
        QT_TRANSLATE_NOOP("WorkshopConsole", "Every key of the console"),
    )

    tools = console.addToolBar("")
    keep(tools, CONTEXT, QT_TRANSLATE_NOOP("WorkshopConsole", "Session"), "setWindowTitle")
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
