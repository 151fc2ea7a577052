"""Attach claim review to the main window: a Review menu, review mode, and marks in the scenario view.

One call, after the main window is built::

    from explorer.ui.review_mode import attach_review
    self.review = attach_review(self)

The pack's ``review.json`` is read in the background each time a pack loads; a
damaged file is reported (status bar, and a message when review mode is asked
for) and never overwritten.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from explorer.ui.i18n import QT_TRANSLATE_NOOP, keep
from explorer.ui.plain_text import arg, show_message, status_line
from explorer.ui.settings import SHOW_REVIEW_MARKS
from explorer.ui.tasks import Task, run_task

if TYPE_CHECKING:
    from explorer.core.evidence.review import Review
    from explorer.core.pack.loader import LoadedPack
    from explorer.ui.main_window import MainWindow
    from explorer.ui.review_dialog import ReviewDialog


def _load_review(pack: LoadedPack) -> Review:
    """Runs in the thread pool."""
    from explorer.core.evidence.review import load_review

    return load_review(pack.directory)


class ReviewController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.review: Review | None = None
        self.error = ""
        self.dialog: ReviewDialog | None = None
        self.loading: Task | None = None
        self._pack: LoadedPack | None = None
        menu = window.add_menu(QT_TRANSLATE_NOOP("ReviewController", "Re&view"), "ReviewController")
        self.open_action = QAction(window)
        keep(self.open_action, "ReviewController", QT_TRANSLATE_NOOP("ReviewController", "&Review claims…"))
        self.open_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        keep(
            self.open_action,
            "ReviewController",
            QT_TRANSLATE_NOOP(
                "ReviewController",
                "Go through the pack's claims one by one and record a verdict on each (second reader)",
            ),
            "setStatusTip",
        )
        self.open_action.setEnabled(False)
        self.open_action.triggered.connect(lambda _checked=False: self.open_review())
        self.marks_action = QAction(window)
        keep(
            self.marks_action,
            "ReviewController",
            QT_TRANSLATE_NOOP("ReviewController", "&Mark reviewed claims"),
        )
        self.marks_action.setCheckable(True)
        self.marks_action.setChecked(window.settings.get(SHOW_REVIEW_MARKS))
        tip = QT_TRANSLATE_NOOP("ReviewController", "Show a second reader's verdict beside each claim")
        keep(self.marks_action, "ReviewController", tip, "setStatusTip")
        self.marks_action.toggled.connect(self._marks_toggled)
        for action in (self.open_action, self.marks_action):
            menu.addAction(action)
            window.addAction(action)
        window.packLoaded.connect(self._pack_loaded)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)
        if window.pack is not None:
            self._pack_loaded(window.pack)

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
        self.window.statusBar().showMessage(status_line(arg(self.tr("Review file: %1"), self.error)), 10000)

    def _marks_toggled(self, on: bool) -> None:
        self.window.settings.set(SHOW_REVIEW_MARKS, on)
        self._show_marks()

    def _show_marks(self) -> None:
        if self.window.workspace.built:
            self.window.scenario_view.set_review(self.review if self.marks_action.isChecked() else None)

    def open_review(self) -> ReviewDialog | None:
        pack, corpus = self._pack, self.window.corpus
        if pack is None or corpus is None:
            return None
        if self.loading is not None and not self.loading.done:
            self.window.statusBar().showMessage(self.tr("Reading the pack's review file…"), 4000)
            self.loading.finished.connect(self.open_review, Qt.ConnectionType.SingleShotConnection)
            return None
        if self.error or self.review is None:
            show_message(  # plain text: the error may quote the file
                self.window,
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

            self.dialog = ReviewDialog(pack, corpus, self.review, self.window.settings, self.window)
            self.dialog.citationActivated.connect(self.window.open_citation)
            self.dialog.verdictRecorded.connect(self._show_marks)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog


def attach_review(window: MainWindow) -> ReviewController:
    """Add claim review to the main window; keep the returned controller."""
    return ReviewController(window)
