"""``explorer export workshop SESSION --format pdf|html|md FILE``: a session's debrief, headless.

Markdown and HTML need no Qt. The PDF is the same HTML laid out by
``QTextDocument`` on a ``QPdfWriter`` (``explorer.ui.pdf_export``, shared with
the journal's export); it needs a ``QGuiApplication``, which this command
creates on Qt's offscreen platform when there is none, so it runs on a server
without a display. Files are written atomically.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from explorer.core.export_target import ExportError, check_target
from explorer.core.paths import app_dirs
from explorer.core.terminal import safe
from explorer.core.workshop.debrief_files import FORMATS, format_of, write_text_debrief
from explorer.core.workshop.files import load_session
from explorer.core.workshop.session import WorkshopError, WorkshopSession

__all__ = ["FORMATS", "format_of", "main", "write_debrief"]


def write_debrief(session: WorkshopSession, fmt: str, path: Path, protected: Sequence[Path] = ()) -> Path:
    """Write the debrief of ``session`` as ``fmt`` to ``path``; returns ``path``.

    ``protected`` (the session's own file) and the app's data folder are never written
    over (``ExportError``, an ``OSError``).
    """
    if fmt != "pdf":
        return write_text_debrief(session, fmt, path, protected)
    check_target(path, protected, app_dirs())
    _ensure_gui_application()
    from explorer.ui.workshop.debrief_export import write_debrief as write_with_qt

    return write_with_qt(session, fmt, path, protected)


def _ensure_gui_application() -> None:
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # Kept on the function so it lives as long as the process (Qt needs it alive).
        _ensure_gui_application.app = QGuiApplication([sys.argv[0] if sys.argv else "explorer"])  # type: ignore[attr-defined]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="explorer export workshop",
        description="Write the debrief of a workshop session: agenda, votes before and after, "
        "shifts, passages shown, the facilitator's notes and the bibliography.",
    )
    parser.add_argument("session", help="the session file (*.workshop.json)")
    parser.add_argument(
        "--format", choices=FORMATS, help="pdf, html or md (default: from the file name's extension)"
    )
    parser.add_argument("file", help="the file to write")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command; 0 on success, 1 if the session cannot be read or the file written."""
    args = build_parser().parse_args(argv)
    target = Path(args.file)
    fmt = args.format or format_of(target)
    if fmt not in FORMATS:
        print(
            f"explorer: say --format pdf, html or md (cannot tell from {safe(repr(target.name))})",
            file=sys.stderr,
        )
        return 2
    session_path = Path(args.session)
    try:
        check_target(target, [session_path], app_dirs())  # before reading: said at once
        loaded = load_session(session_path)
    except ExportError as error:
        print(f"explorer: {safe(str(error))}", file=sys.stderr)
        return 1
    except WorkshopError as error:
        print(f"explorer: {safe(str(error))}", file=sys.stderr)
        return 1
    if loaded.message:
        print(f"explorer: note: {safe(loaded.message)}", file=sys.stderr)
    try:
        write_debrief(loaded.session, fmt, target, [session_path])
    except ExportError as error:
        print(f"explorer: {safe(str(error))}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"explorer: cannot write {safe(str(target))}: {safe(str(error))}", file=sys.stderr)
        return 1
    print(f"wrote {safe(str(target))}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
