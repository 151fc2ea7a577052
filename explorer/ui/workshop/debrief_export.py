"""Writing a session's debrief from the console: where to, in the background, and how it went.

The export dialog opens in a folder the facilitator can find again (Documents the
first time, then wherever the last debrief went, kept in the settings), never in
the hidden folder where sessions are saved.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import msgspec
from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from explorer.core.export_target import check_target
from explorer.core.paths import app_dirs
from explorer.core.vocabulary import ENGLISH, ExportLabels
from explorer.core.workshop.debrief import debrief_title
from explorer.core.workshop.debrief_files import format_of, write_text_debrief
from explorer.core.workshop.session import WorkshopSession
from explorer.ui import settings as keys
from explorer.ui.plain_text import arg, show_message, status_line
from explorer.ui.settings import Settings
from explorer.ui.tasks import Task, run_task
from explorer.ui.vocabulary import export_labels
from explorer.ui.workshop.controller import WorkshopController

FILTERS = {"pdf": "PDF (*.pdf)", "html": "HTML (*.html)", "md": "Markdown (*.md)"}


def write_debrief(
    session: WorkshopSession,
    fmt: str,
    path: Path,
    protected: Sequence[Path] = (),
    labels: ExportLabels = ENGLISH,
) -> Path:
    """Write the debrief as ``fmt`` (pdf, html or md) to ``path``; the PDF needs a QGuiApplication.

    ``protected`` (the session's own file) and the app's data folder are never written over;
    ``labels``: the words shared with the interface (``vocabulary.export_labels()``).
    """
    if fmt != "pdf":
        return write_text_debrief(session, fmt, path, protected, labels)
    check_target(path, protected, app_dirs())
    from explorer.core.workshop.debrief_render import to_html
    from explorer.ui.pdf_export import write_pdf

    return write_pdf(to_html(session, labels=labels), path, debrief_title(session, labels))


def snapshot(session: WorkshopSession) -> WorkshopSession:
    """An independent copy, so a background export never reads a session being changed."""
    return msgspec.msgpack.decode(msgspec.msgpack.encode(session), type=WorkshopSession)


def debrief_folder(settings: Settings) -> Path:
    """Where the export dialog opens: the last folder used, else Documents (else home)."""
    remembered = settings.get(keys.DEBRIEF_FOLDER)
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


#: Called by this name, with the context written out, so that lupdate files each string under it.
translate = QCoreApplication.translate


def export_debrief(
    parent: QWidget,
    controller: WorkshopController,
    path: Path | None = None,
    fmt: str | None = None,
    settings: Settings | None = None,
) -> Task | None:
    """Ask where (unless given), then write the debrief in the background; say how it went."""
    controller.flush()
    settings = settings or Settings()
    if path is None:
        name = controller.path.name.removesuffix(".workshop.json") + "-debrief.pdf"
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            parent,
            translate("DebriefExport", "Export the debrief"),
            str(debrief_folder(settings) / name),
            ";;".join(FILTERS.values()),
        )
        if not chosen:
            return None
        path = Path(chosen)
        fmt = fmt or next((key for key, label in FILTERS.items() if label == chosen_filter), None)
        settings.set(keys.DEBRIEF_FOLDER, str(path.parent))
    fmt = fmt or format_of(path)
    if fmt not in FILTERS:
        show_message(
            parent,
            QMessageBox.Icon.Warning,
            translate("DebriefExport", "Export"),
            translate("DebriefExport", "Choose a .pdf, .html or .md file."),
        )
        return None
    status = getattr(parent, "statusBar", None)
    if status is not None:
        status().showMessage(translate("DebriefExport", "Writing the debrief…"))
    copy = snapshot(controller.session)
    protected = [controller.path]  # never over the session being exported
    labels = export_labels()  # here, on the GUI thread, in the language of the moment
    task = run_task(write_debrief, copy, fmt, path, protected, labels, name="export-debrief", parent=parent)
    if status is not None:
        task.succeeded.connect(
            lambda written: status().showMessage(
                status_line(arg(translate("DebriefExport", "Debrief written to %1"), written)), 10_000
            )
        )
    task.failed.connect(
        lambda error: show_message(
            parent,
            QMessageBox.Icon.Warning,
            translate("DebriefExport", "Export"),
            arg(translate("DebriefExport", "The debrief could not be written: %1"), error),
        )
    )
    return task
