"""The questions asked when a workshop ends or its windows close, asked once each.

Ending is for good (the session is marked finished and no longer offered for
resuming), so it is confirmed; closing a console during a live session is
confirmed too, since Ctrl+W is one key away from Ctrl+Q and Ctrl+E.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from explorer.ui.plain_text import arg, show_message

Button = QMessageBox.StandardButton


#: Called by this name, with the context written out, so that lupdate files each string under it.
translate = QCoreApplication.translate


def ask_to_end(parent: QWidget, title: str) -> bool:
    answer = show_message(  # the title is the user's own text: shown as typed
        parent,
        QMessageBox.Icon.Question,
        translate("WorkshopEnding", "End the workshop?"),
        arg(
            translate(
                "WorkshopEnding",
                "End “%1”? The room sees the end slide and the session is marked finished: "
                "it will no longer be offered for resuming (File → Workshop sessions… still opens it).",
            ),
            title,
        ),
        Button.Yes | Button.Cancel,
        Button.Cancel,
    )
    return answer == Button.Yes


def offer_debrief(parent: QWidget) -> bool:
    answer = show_message(  # the title is the user's own text: shown as typed
        parent,
        QMessageBox.Icon.Question,
        translate("WorkshopEnding", "Workshop ended"),
        translate("WorkshopEnding", "The workshop has ended and is saved. Export the debrief now?"),
        Button.Yes | Button.No,
        Button.Yes,
    )
    return answer == Button.Yes


def ask_to_close(parent: QWidget, title: str) -> bool:
    answer = show_message(  # the title is the user's own text: shown as typed
        parent,
        QMessageBox.Icon.Question,
        translate("WorkshopEnding", "Close the workshop?"),
        arg(
            translate(
                "WorkshopEnding",
                "Close the console and the presenter of “%1”? The session is saved; "
                "Workshop → Resume… opens it again where the room was.",
            ),
            title,
        ),
        Button.Yes | Button.Cancel,
        Button.Cancel,
    )
    return answer == Button.Yes
