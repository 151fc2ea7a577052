"""``explorer export journal --format pdf|html|md FILE [--journal NAME]``: a journal as a report.

Markdown and HTML need only the core; PDF lays the HTML out with Qt (``QTextDocument``
and ``QPdfWriter``) on an offscreen ``QGuiApplication``, so it runs without a display.
Exit codes: 0 written, 1 nothing to export or could not write, 2 bad arguments.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

FORMATS = ("pdf", "html", "md")


def add_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The options of ``export journal``, for a parser of its own or a sub-command's."""
    parser.add_argument("file", help="the file to write")
    parser.add_argument(
        "--format", choices=FORMATS, help="pdf, html or md (default: from the file's suffix, else pdf)"
    )
    parser.add_argument("--journal", help="the journal's name (default: “My journal”)")
    parser.add_argument(
        "--entry", metavar="SCENARIO[/STAGE]", help="export only this scenario's entries (or one stage's)"
    )
    parser.add_argument("--pack", help="scenario pack directory (default: the bundled pack)")
    parser.add_argument("--journals-dir", help="where the journals are (default: the user's data directory)")
    parser.add_argument(
        "--language",
        default="en",
        help="quote the pack's text in this language where the pack is translated into it (default: en)",
    )
    return parser


def build_parser() -> argparse.ArgumentParser:
    return add_arguments(
        argparse.ArgumentParser(
            prog="explorer export journal",
            description="Export a reflection journal to PDF, HTML or Markdown, with a bibliography.",
        )
    )


def export_journal(
    file: Path,
    fmt: str | None = None,
    journal: str | None = None,
    entry: str | None = None,
    pack_dir: Path | None = None,
    journals_dir: Path | None = None,
    language: str = "en",
) -> int:
    """Write the report; messages go to standard error. Returns the exit code."""
    from explorer.core.evidence.corpus import load_corpus
    from explorer.core.export_target import ExportError, check_target, write_export
    from explorer.core.pack.loader import load_pack
    from explorer.core.paths import app_dirs, bundled_pack_dir
    from explorer.core.reflection.journal import journal_path, list_journals
    from explorer.core.report import build_report, to_html, to_markdown
    from explorer.core.terminal import safe
    from explorer.core.vocabulary import counted

    fmt = fmt or {".html": "html", ".htm": "html", ".md": "md", ".markdown": "md"}.get(
        file.suffix.lower(), "pdf"
    )
    path = journal_path(journal or "My journal", journals_dir)
    try:  # before anything slow: a wrong path is said at once
        check_target(file, [path], app_dirs())
    except ExportError as error:
        print(f"error: {safe(str(error))}", file=sys.stderr)
        return 1
    if not path.exists():
        known = ", ".join(f"“{info.name}”" for info in list_journals(journals_dir)) or "none yet"
        print(
            safe(f"error: no journal called “{journal or 'My journal'}” (journals: {known})"), file=sys.stderr
        )
        return 1
    from explorer.core.reflection.journal import Journal

    opened = Journal.open(path, lock=False)  # only read: the app may be writing in it meanwhile
    if opened.message:
        print(f"note: {safe(opened.message)}", file=sys.stderr)
    entries = opened.entries()
    if entry:
        scenario, _, stage = entry.partition("/")
        entries = [e for e in entries if e.scenario == scenario and (not stage or e.stage == stage)]
    if not entries:
        print(f"error: nothing to export from “{safe(opened.name)}”", file=sys.stderr)
        return 1
    corpus = load_corpus()
    pack = load_pack(pack_dir or bundled_pack_dir(), corpus)
    report = build_report(opened, pack, corpus, entries, language=language)
    try:
        if fmt == "pdf":
            _write_pdf(to_html(report, for_print=True), file, report.title)
        else:
            text = to_markdown(report) if fmt == "md" else to_html(report)
            write_export(file, text.encode("utf-8"), [path], app_dirs())
    except OSError as error:  # ExportError included: a refusal or a failed write, said plainly
        print(f"error: {safe(str(error))}", file=sys.stderr)
        return 1
    print(
        f"wrote {safe(str(file))} ({counted(len(entries), 'entry', 'entries')} of “{safe(opened.name)}”)",
        file=sys.stderr,
    )
    return 0


def _write_pdf(html: str, file: Path, title: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is shown: no display needed
    from PySide6.QtGui import QGuiApplication

    from explorer.ui.pdf_export import write_pdf

    _app = QGuiApplication.instance() or QGuiApplication(["explorer"])
    write_pdf(html, file, title)


def run(args: argparse.Namespace) -> int:
    """For a sub-command parser built with ``add_arguments``: ``set_defaults(run=run)``."""
    return export_journal(
        Path(args.file),
        args.format,
        args.journal,
        args.entry,
        Path(args.pack) if args.pack else None,
        Path(args.journals_dir) if args.journals_dir else None,
        args.language,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """``explorer export journal …``: ``argv`` is what follows ``export journal``."""
    return run(build_parser().parse_args(argv))
