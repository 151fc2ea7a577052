"""File → Add source…: import a document into the open pack, off the GUI thread.

The import itself is ``explorer.core.pack.importing.add_source``, the same as
``explorer source add``; the dialog shows what the drafted reading edition left out,
so the author can check it, and asks the window to reload the pack.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.importing import ImportResult, SourceImportError, add_source
from explorer.ui.plain_text import arg
from explorer.ui.tasks import Task, run_task


class AddSourceDialog(QDialog):
    imported = Signal(str)  # the new source's id

    def __init__(self, pack_dir: Path, bundled: Corpus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(arg(self.tr("Add a source to “%1”"), pack_dir.name))
        self._pack_dir = pack_dir
        self._bundled = bundled
        self.task: Task | None = None

        self.file_edit = QLineEdit(self)
        self.file_edit.setAccessibleName(self.tr("Document to import"))
        self.file_edit.setPlaceholderText(self.tr("A PDF, HTML, Markdown or text file"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setAccessibleName(self.tr("Choose the document"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        self.id_edit = QLineEdit(self)
        self.id_edit.setAccessibleName(self.tr("Source id"))
        self.id_edit.setPlaceholderText(self.tr("from the title and the year"))
        form = QFormLayout()
        form.addRow(self.tr("&Document:"), row)
        form.addRow(self.tr("Source &id:"), self.id_edit)

        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("Import report"))
        self.report.setPlaceholderText(self.tr("What the reading edition leaves out is listed here."))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button.setAccessibleName(self.tr("Import the document"))
        self.import_button.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 420)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a document to import"),
            "",
            self.tr("Documents (*.pdf *.html *.htm *.md *.markdown *.txt)"),
        )
        if chosen:
            self.file_edit.setText(chosen)

    def start_import(self) -> None:
        """Import in the thread pool; the report shows the outcome."""
        file = self.file_edit.text().strip()
        if not file:
            self.report.setPlainText(self.tr("Choose a document first."))
            return
        self.import_button.setEnabled(False)
        self.report.setPlainText(arg(self.tr("Importing %1…"), file))
        task = run_task(
            add_source,
            self._pack_dir,
            Path(file),
            self.id_edit.text().strip() or None,
            bundled=self._bundled,
            name="add-source",
            parent=self,
        )
        task.succeeded.connect(self._done)
        task.failed.connect(self._failed)
        self.task = task

    def _done(self, result: ImportResult) -> None:
        self.import_button.setEnabled(True)
        draft = result.draft
        reasons = {
            "running header": self.tr("running header"),
            "running footer": self.tr("running footer"),
            "page number": self.tr("page number"),
        }
        lines = [
            arg(self.tr("Imported as “%1” in %2."), result.source_id, result.folder),
            arg(
                self.tr("Title: %1; date: %2; language: %3 (check them in metadata.yaml)."),
                result.title,
                result.date or "?",
                result.language,
            ),
            arg(
                self.tr(
                    "Reading edition: %1 blocks, %2 footnotes set apart, %3 words rejoined; proven faithful."
                ),
                draft.blocks,
                draft.footnotes,
                draft.hyphens_rejoined,
            ),
            arg(self.tr("Left out of the reading edition (%1):"), len(draft.omissions)),
        ]
        for omission in draft.omissions:
            count = draft.omitted_counts.get(omission.text, 1)
            lines.append(
                arg(
                    self.tr("  %1: “%2” (%3×)"),
                    reasons.get(omission.reason, omission.reason),
                    omission.text,
                    count,
                )
            )
        lines += [arg(self.tr("Note: %1"), note) for note in result.notes]
        self.report.setPlainText("\n".join(lines))
        self.imported.emit(result.source_id)

    def _failed(self, error: BaseException) -> None:
        self.import_button.setEnabled(True)
        if isinstance(error, SourceImportError | OSError):
            self.report.setPlainText(arg(self.tr("Not imported: %1"), error))
        else:  # a bug: said plainly, never a traceback in the author's face
            self.report.setPlainText(
                arg(self.tr("Not imported: an unexpected error (%1)."), type(error).__name__)
            )
