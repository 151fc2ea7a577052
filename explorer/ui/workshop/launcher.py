"""Starting, resuming and opening workshop sessions from the main window, and quitting them.

Sessions live in the user's data folder (``QStandardPaths.AppDataLocation`` /
``workshops``), one self-contained, versioned file each, saved after every
action. At start-up, ``offer_resume`` asks whether to go back to the latest
session that was not ended (after a crash, a flat battery or a closed lid):
"Not now" leaves it for next time, "Mark as ended" ends it without opening it.
File → Workshop sessions… lists every session, ended or not.

Quitting is asked once for all windows: Ctrl+Q (or closing) on the main window,
or Quit in a console or presenter, asks whether to close the running workshops,
then closes all of them and the app.

Integration: ``attach_workshop(main_window.context)`` (``explorer.ui.controller_context``)
adds the Workshop menu; call ``launcher.offer_resume()`` once the window is shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from explorer.ui.actions import make_action
from explorer.ui.i18n import QT_TRANSLATE_NOOP, translate_action
from explorer.ui.plain_text import arg, show_message
from explorer.ui.user_dirs import sessions_dir

if TYPE_CHECKING:  # the session code loads with the first session, not with the window
    from explorer.core.workshop.plan import Plan
    from explorer.ui.controller_context import ControllerContext
    from explorer.ui.workshop.running import RunningSession


class WorkshopLauncher(QObject):
    """The Workshop menu: New session…, Resume…, Open a session file…"""

    def __init__(self, context: ControllerContext) -> None:
        super().__init__(context.window)
        self.context = context
        window = context.window
        self.running: list[RunningSession] = []
        self.directory = sessions_dir()
        menu = context.add_menu(QT_TRANSLATE_NOOP("WorkshopLauncher", "&Workshop"), "WorkshopLauncher")
        self.menu = menu
        self.actions: dict[str, QAction] = {}
        for name, text, keys, slot in (
            (
                "new",
                QT_TRANSLATE_NOOP("WorkshopLauncher", "&New session…"),
                ("Ctrl+Shift+W",),
                self.new_session,
            ),
            ("resume", QT_TRANSLATE_NOOP("WorkshopLauncher", "&Resume…"), (), self.resume),
            ("open", QT_TRANSLATE_NOOP("WorkshopLauncher", "&Open a session file…"), (), self.open_file),
        ):
            action = make_action(window, text, slot, keys, menu=menu)
            translate_action(action, "WorkshopLauncher", text)  # and again on LanguageChange
            self.actions[name] = action
        text = QT_TRANSLATE_NOOP("WorkshopLauncher", "&Workshop sessions…")
        tip = QT_TRANSLATE_NOOP("WorkshopLauncher", "Every saved workshop, ended or not, to open again")
        sessions = make_action(window, text, self.show_sessions)
        translate_action(sessions, "WorkshopLauncher", text, tip)
        context.add_file_action(sessions)
        self.actions["sessions"] = sessions
        #: Set while Quit in a workshop window closes everything, so that nothing asks twice.
        self.quitting = False
        window.installEventFilter(self)

    def new_session(self) -> RunningSession | None:
        """Set up a session on the loaded pack, save it, and open the console and presenter."""
        loaded, corpus = self.context.pack(), self.context.corpus()
        if loaded is None or corpus is None:
            show_message(
                self.context.window,
                QMessageBox.Icon.Information,
                self.tr("Workshop"),
                self.tr("The scenario pack is still loading; try again in a moment."),
            )
            return None
        from explorer.core.workshop.roles import load_roles
        from explorer.ui.pack_language import localized, localized_roles
        from explorer.ui.workshop.setup_dialog import WorkshopSetupDialog

        # The session copies the pack's text into its plan: in the app's language at set-up,
        # and kept so for the console, the presenter and the debrief (the room saw it so).
        pack, roles = localized(loaded), localized_roles(load_roles(corpus))
        dialog = WorkshopSetupDialog(
            pack, corpus, roles, self.context.window, appearance=self.context.appearance
        )
        if dialog.exec() != WorkshopSetupDialog.DialogCode.Accepted or dialog.result_plan is None:
            return None
        return self.start(dialog.result_plan)

    def start(self, plan: Plan) -> RunningSession | None:
        from explorer.core.workshop.files import save_session, session_filename
        from explorer.core.workshop.session import new_session

        session = new_session(plan)
        path = self.directory / session_filename(session)
        try:
            save_session(path, session)
        except OSError as error:
            show_message(
                self.context.window,
                QMessageBox.Icon.Warning,
                self.tr("Workshop"),
                arg(self.tr("The session cannot be saved: %1"), error),
            )
            return None
        return self.open_path(path)

    def open_path(self, path: Path) -> RunningSession | None:
        from explorer.core.workshop.files import load_session
        from explorer.core.workshop.session import WorkshopError

        try:
            loaded = load_session(path, lock=True)  # one console per session file
        except WorkshopError as error:
            show_message(self.context.window, QMessageBox.Icon.Warning, self.tr("Workshop"), str(error))
            return None
        if loaded.message:
            show_message(
                self.context.window, QMessageBox.Icon.Information, self.tr("Workshop"), loaded.message
            )
        # The console and presenter are imported only now: the menu costs nothing at start-up.
        from explorer.ui.workshop.running import RunningSession

        running = RunningSession(loaded, self, appearance=self.context.appearance)
        running.finished.connect(lambda: self.running.remove(running) if running in self.running else None)
        running.quitRequested.connect(self.quit_all)
        self.running.append(running)
        running.start()
        return running

    def resume(self) -> RunningSession | None:
        from explorer.core.workshop.files import find_unfinished

        unfinished = find_unfinished(self.directory)
        if not unfinished:
            show_message(
                self.context.window,
                QMessageBox.Icon.Information,
                self.tr("Workshop"),
                self.tr("There is no unfinished session. Open a session file instead."),
            )
            return None
        labels = [f"{s.title} — {s.where}" for s in unfinished]
        chosen, ok = QInputDialog.getItem(
            self.context.window,
            self.tr("Resume a session"),
            self.tr("Unfinished sessions:"),
            labels,
            0,
            False,
        )
        if not ok:
            return None
        return self.open_path(unfinished[labels.index(chosen)].path)

    def open_file(self) -> RunningSession | None:
        from explorer.core.workshop.files import SUFFIX

        chosen, _filter = QFileDialog.getOpenFileName(
            self.context.window,
            self.tr("Open a workshop session"),
            str(self.directory),
            arg(self.tr("Workshop sessions (*%1)"), SUFFIX),
        )
        return self.open_path(Path(chosen)) if chosen else None

    def show_sessions(self) -> RunningSession | None:
        """File → Workshop sessions…: pick any saved session, ended or not, and open it."""
        from explorer.ui.workshop.sessions_dialog import SessionsDialog

        dialog = SessionsDialog(self.directory, self.context.window)
        if dialog.exec() != SessionsDialog.DialogCode.Accepted or dialog.chosen is None:
            return None
        return self.open_path(dialog.chosen)

    def offer_resume(self) -> RunningSession | None:
        """At start-up: offer to go back to the most recent session that was not ended, if any."""
        from explorer.core.workshop.files import find_unfinished

        unfinished = find_unfinished(self.directory)
        if not unfinished:
            return None
        latest = unfinished[0]
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Resume the workshop?"),
            arg(
                self.tr("The workshop “%1” was not ended. It was at: %2.\n\nResume it where the room was?"),
                latest.title,
                latest.where,
            ),
            QMessageBox.StandardButton.NoButton,
            self.context.window,
        )
        box.setObjectName("resume-question")
        box.setTextFormat(Qt.TextFormat.PlainText)  # the title is the facilitator's own text
        resume = box.addButton(self.tr("&Resume"), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(self.tr("&Not now"), QMessageBox.ButtonRole.RejectRole)
        end = box.addButton(self.tr("&Mark as ended"), QMessageBox.ButtonRole.DestructiveRole)
        later.setToolTip(self.tr("Ask again next time; Workshop → Resume… opens it at any time"))
        end.setToolTip(self.tr("It will not be offered again; File → Workshop sessions… still opens it"))
        box.setDefaultButton(resume)
        box.setEscapeButton(later)
        box.exec()
        clicked = box.clickedButton()
        if clicked is resume:
            return self.open_path(latest.path)
        if clicked is end:
            self.mark_ended(latest.path)
        return None

    def mark_ended(self, path: Path) -> bool:
        """End a session without opening it (it stays in the sessions list)."""
        from explorer.core.store import StoreError
        from explorer.core.workshop.files import Autosave, load_session
        from explorer.core.workshop.session import WorkshopError

        try:
            loaded = load_session(path)
            if loaded.read_only:
                raise WorkshopError(loaded.message)
            Autosave(loaded.session, path).perform(lambda session: session.end(in_the_room=False))
        except (WorkshopError, StoreError, OSError) as error:
            show_message(self.context.window, QMessageBox.Icon.Warning, self.tr("Workshop"), str(error))
            return False
        return True

    # -- quitting -----------------------------------------------------------------------------
    def confirm_quit(self) -> bool:
        """Ask once whether to close the running workshops with the app; True to go ahead."""
        if self.quitting or not self.running:
            return True
        titles = ", ".join(f"“{running.controller.session.title}”" for running in self.running)
        answer = show_message(
            self.context.window,
            QMessageBox.Icon.Question,
            self.tr("Quit the app?"),
            arg(
                self.tr(
                    "Quitting closes the workshop console and presenter of %1. Everything is saved; "
                    "Workshop → Resume… opens it again where the room was."
                ),
                titles,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def close_all(self) -> bool:
        """Close every running workshop without asking again; False if one stayed open.

        A console stays open when its session could not be saved and the facilitator
        chose not to lose it (the console asks that itself).
        """
        for running in list(self.running):
            running.close()
        return not self.running

    def quit_all(self) -> None:
        """Quit from a workshop window: ask once, close every workshop, then the main window."""
        if not self.confirm_quit():
            return
        self.quitting = True
        try:
            if self.close_all():
                self.context.window.close()
        finally:
            self.quitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The main window's close (Ctrl+Q, its close button) takes the workshops with it.
        closing = watched is self.context.window and event.type() == QEvent.Type.Close and not self.quitting
        if closing and (not self.confirm_quit() or not self.close_all()):
            event.ignore()
            return True
        return super().eventFilter(watched, event)


def attach_workshop(context: ControllerContext) -> WorkshopLauncher:
    """Add the Workshop menu to the context's window; returns the launcher (keep it)."""
    return WorkshopLauncher(context)
