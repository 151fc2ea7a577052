"""Claim review beside the reading: a Review menu, review mode, and marks in the scenario view.

One call, with the context the main window builds (``explorer.ui.controller_context``)::

    from explorer.ui.review_mode import attach_review
    self.review = attach_review(self.context)

The pack's ``review.json`` is read in the background each time a pack loads; a
damaged file is reported (status bar, and a message when review mode is asked
for) and never overwritten.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from explorer.ui.actions import make_action
from explorer.ui.i18n import QT_TRANSLATE_NOOP, translate_action
from explorer.ui.plain_text import arg, show_message, status_line
from explorer.ui.settings import SHOW_REVIEW_MARKS
from explorer.ui.tasks import Task, run_task

if TYPE_CHECKING:
    from explorer.core.evidence.review import Review
    from explorer.core.pack.loader import LoadedPack
    from explorer.ui.controller_context import ControllerContext
    from explorer.ui.review_dialog import ReviewDialog


def _load_review(pack: LoadedPack) -> Review:
    """Runs in the thread pool."""
    from explorer.core.evidence.review import load_review

    return load_review(pack.directory)


class ReviewController(QObject):
    def __init__(self, context: ControllerContext) -> None:
        super().__init__(context.window)
        self.context = context
        window = context.window
        self.review: Review | None = None
        self.error = ""
        self.dialog: ReviewDialog | None = None
        self.loading: Task | None = None
        self._pack: LoadedPack | None = None
        menu = context.add_menu(QT_TRANSLATE_NOOP("ReviewController", "Re&view"), "ReviewController")
        text = QT_TRANSLATE_NOOP("ReviewController", "&Review claims…")
        tip = QT_TRANSLATE_NOOP(
            "ReviewController",
            "Go through the pack's claims one by one and record a verdict on each (second reader)",
        )
        self.open_action = make_action(window, text, self.open_review, ("Ctrl+Shift+V",), menu=menu)
        translate_action(self.open_action, "ReviewController", text, tip)
        self.open_action.setEnabled(False)
        text = QT_TRANSLATE_NOOP("ReviewController", "&Mark reviewed claims")
        tip = QT_TRANSLATE_NOOP("ReviewController", "Show a second reader's verdict beside each claim")
        self.marks_action = make_action(window, text, menu=menu)
        translate_action(self.marks_action, "ReviewController", text, tip)
        self.marks_action.setCheckable(True)
        self.marks_action.setChecked(context.settings.get(SHOW_REVIEW_MARKS))
        self.marks_action.toggled.connect(self._marks_toggled)
        context.pack_loaded.connect(self._pack_loaded)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)
        pack = context.pack()
        if pack is not None:
            self._pack_loaded(pack)

    def _pack_loaded(self, pack: LoadedPack) -> None:
        self._pack = pack
        self.review, self.error = None, ""
        self.open_action.setEnabled(True)
        if self.dialog is not None:  # it shows another pack's claims
            self.dialog.flush()
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.loading = run_task(_load_review, pack, name="load-review", parent=self)
        self.loading.succeeded.connect(lambda review, p=pack: self._loaded(p, review))
        self.loading.failed.connect(lambda error, p=pack: self._failed(p, error))

    def flush(self) -> None:
        if self.dialog is not None:
            self.dialog.flush()

    def _loaded(self, pack: LoadedPack, review: Review) -> None:
        if pack is not self._pack:  # overtaken by another load
            return
        self.review = review
        self._show_marks()

    def _failed(self, pack: LoadedPack, error: BaseException) -> None:
        if pack is not self._pack:
            return
        self.error = str(error)
        self.context.show_status(status_line(arg(self.tr("Review file: %1"), self.error)), 10000)

    def _marks_toggled(self, on: bool) -> None:
        self.context.settings.set(SHOW_REVIEW_MARKS, on)
        self._show_marks()

    def _show_marks(self) -> None:
        view = self.context.scenario_view()
        if view is not None:
            view.set_review(self.review if self.marks_action.isChecked() else None)

    def open_review(self) -> ReviewDialog | None:
        pack, corpus = self._pack, self.context.corpus()
        if pack is None or corpus is None:
            return None
        if self.loading is not None and not self.loading.done:
            self.context.show_status(self.tr("Reading the pack's review file…"), 4000)
            self.loading.finished.connect(self.open_review, Qt.ConnectionType.SingleShotConnection)
            return None
        if self.error or self.review is None:
            show_message(  # plain text: the error may quote the file
                self.context.window,
                QMessageBox.Icon.Warning,
                self.tr("Review file cannot be used"),
                arg(
                    self.tr("%1\n\nNothing was changed. Mend or move the file, then reload the pack (F5)."),
                    self.error or self.tr("The review file was not read."),
                ),
            )
            return None
        if self.dialog is None:
            from explorer.ui.review_dialog import ReviewDialog

            self.dialog = ReviewDialog(
                pack,
                corpus,
                self.review,
                self.context.settings,
                self.context.window,
                appearance=self.context.appearance,
            )
            self.dialog.citationActivated.connect(self.context.open_citation)
            self.dialog.verdictRecorded.connect(self._show_marks)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog


def attach_review(context: ControllerContext) -> ReviewController:
    """Add claim review (the Review menu) to the context's window; keep the returned controller."""
    return ReviewController(context)
