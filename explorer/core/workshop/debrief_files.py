"""A debrief as a file: which format a name asks for, and the text formats written atomically.

Shared by the command line (``explorer export workshop``) and the console's
export, so both name formats alike and write the same bytes. The PDF is the
HTML laid out by Qt; that part lives in the UI (``explorer.ui.pdf_export``),
since the core imports no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from explorer.core.export_target import write_export
from explorer.core.paths import app_dirs
from explorer.core.vocabulary import ENGLISH, ExportLabels
from explorer.core.workshop.debrief_render import export_text
from explorer.core.workshop.session import WorkshopSession

#: Every format a debrief is written in; ``pdf`` needs Qt.
FORMATS = ("pdf", "html", "md")
TEXT_FORMATS = ("html", "md")


def format_of(path: Path) -> str | None:
    """The format a file name asks for (``.md``/``.markdown``, ``.html``/``.htm``, ``.pdf``)."""
    suffix = path.suffix.lower().lstrip(".")
    return {"markdown": "md", "htm": "html"}.get(suffix, suffix) if suffix else None


def write_text_debrief(
    session: WorkshopSession,
    fmt: str,
    path: Path,
    protected: Sequence[Path] = (),
    labels: ExportLabels = ENGLISH,
) -> Path:
    """Write the Markdown or HTML debrief of ``session`` to ``path`` atomically; returns ``path``.

    ``protected`` (the session's own file) and the app's data folder are never written
    over (``explorer.core.export_target.ExportError``).
    """
    if fmt not in TEXT_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    return write_export(path, export_text(session, fmt, labels=labels).encode("utf-8"), protected, app_dirs())
