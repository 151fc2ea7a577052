"""``explorer``: the GUI by default, and a headless command line for authors and CI."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from explorer import __version__
from explorer.core.terminal import safe, safe_json

if TYPE_CHECKING:  # imported where the parser is built: a plain `explorer` starts the app without it
    import argparse


class CommandError(Exception):
    """A command that cannot go on; ``main`` prints the reason and exits with 1."""


def _load(pack_dir: str | None, strict: bool = False):  # type: ignore[no-untyped-def]
    from explorer.core.evidence.corpus import load_corpus
    from explorer.core.pack.loader import load_pack
    from explorer.core.paths import bundled_pack_dir

    directory = Path(pack_dir) if pack_dir else bundled_pack_dir()
    shared: Path | None = None
    if directory.suffix == ".dilemma" and directory.is_file():
        from explorer.core.pack.bundle import BundleError, unpack_to_temporary

        shared = directory
        try:
            directory = unpack_to_temporary(directory)
        except BundleError as error:
            raise CommandError(str(error)) from None
    pack = load_pack(directory, load_corpus(), strict)
    if shared is not None:  # problems name the file inside the bundle, not the unpacked copy
        import dataclasses

        inside = str(directory.resolve())
        for problems in (pack.problems, pack.translation_problems):
            problems[:] = [
                dataclasses.replace(p, file=str(shared) + p.file.removeprefix(inside))
                if p.file.startswith(inside)
                else p
                for p in problems
            ]
    return pack.corpus, pack  # the bundled sources and the pack's own


def _roles_translations(corpus, pack_dir: str | None):  # type: ignore[no-untyped-def]
    """The app's roles file, when the command is about the bundled pack (roles ship with it)."""
    if pack_dir:
        return None
    from explorer.core.workshop.roles import load_roles

    return load_roles(corpus)


def _validate(args: argparse.Namespace) -> int:
    corpus, pack = _load(args.pack, args.strict)
    problems = pack.problems + pack.translation_problems
    roles = _roles_translations(corpus, args.pack)
    if roles is not None:  # the roles' overlays are checked with the pack they ship with
        problems += roles.translation_problems
    problems.sort(key=lambda p: (p.file, p.line, p.column))
    errors = [p for p in problems if p.severity == "error"]
    failing = problems if args.strict else errors
    if args.json:
        import msgspec

        print(
            safe_json(
                json.dumps(
                    {
                        "pack": str(pack.directory),
                        "scenarios": len(pack.scenarios),
                        "citations": len(pack.anchors),
                        "problems": [msgspec.to_builtins(p) for p in problems],
                    },
                    indent=2,
                    ensure_ascii=False,
                )
            )
        )
    else:
        for problem in problems:
            print(safe(problem.format(), keep_newlines=False))  # one problem, one line
        from explorer.core.vocabulary import counted

        status = "ok" if not failing else "FAILED"
        print(
            f"{status}: {counted(len(pack.scenarios), 'valid scenario')}, "
            f"{counted(len(pack.anchors), 'citation')} resolved; "
            f"{counted(len(errors), 'error')}, {counted(len(problems) - len(errors), 'warning')}",
            file=sys.stderr,
        )
    return 1 if failing else 0


def _export(args: argparse.Namespace) -> int:
    from explorer.core.pack.export import pack_to_data

    corpus, pack = _load(args.pack)
    text = safe_json(json.dumps(pack_to_data(pack, corpus), indent=2, ensure_ascii=False))
    if args.output:
        from explorer.core.export_target import ExportError, write_export
        from explorer.core.paths import app_dirs

        try:
            write_export(Path(args.output), (text + "\n").encode("utf-8"), data_dirs=app_dirs())
        except ExportError as error:
            print(f"explorer: {safe(str(error))}", file=sys.stderr)
            return 1
    else:
        print(text)
    return 1 if pack.errors else 0


REPORTS = {
    "coverage": "how much of each source is cited",
    "review": "the share of claims a second reader has checked, stale and unreviewed, and open findings",
    "balance": "cited gains and costs per choice",
    "translations": "which files are translated into which language (complete, stale, missing)",
}


def _report(args: argparse.Namespace) -> int:
    if args.what == "review":
        return _report_review(args)
    if args.what == "balance":
        return _report_balance(args)
    if args.what == "translations":
        return _report_translations(args)
    import msgspec

    from explorer.core.evidence.coverage import coverage, format_report, summarize

    corpus, pack = _load(args.pack)
    summary, sources = summarize(pack), coverage(pack, corpus, top=args.top)
    if args.json:
        data = {
            "pack": msgspec.to_builtins(summary),
            "sources": [
                {**msgspec.to_builtins(source), "share": round(source.share, 4)} for source in sources
            ],
        }
        print(safe_json(json.dumps(data, indent=2, ensure_ascii=False)))
    else:
        print(safe(format_report(summary, sources)), end="")
    return 1 if pack.errors else 0


def _report_review(args: argparse.Namespace) -> int:
    from explorer.core.evidence.review import ReviewFileError, load_review, review_items
    from explorer.core.evidence.review_report import format_review, summarize_review

    _corpus, pack = _load(args.pack)
    try:
        review = load_review(pack.directory)
    except ReviewFileError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    summary = summarize_review(review, list(review_items(pack.scenarios)))
    if args.json:
        data = {"pack": str(pack.directory), "review_file": str(review.path), **summary.to_data()}
        print(safe_json(json.dumps(data, indent=2, ensure_ascii=False)))
    else:
        print(safe(format_review(summary, str(review.path))), end="")
    return 1 if pack.errors else 0


def _report_translations(args: argparse.Namespace) -> int:
    from explorer.core.pack.translation_report import format_translations, translation_rows, translations_data

    corpus, pack = _load(args.pack)
    roles = _roles_translations(corpus, args.pack)
    languages, rows = translation_rows(pack, ("roles.yaml", roles.coverage) if roles is not None else None)
    if args.json:
        data = {"pack": str(pack.directory), **translations_data(languages, rows)}
        print(safe_json(json.dumps(data, indent=2, ensure_ascii=False)))
    else:
        print(safe(format_translations(languages, rows)), end="")
    return 1 if pack.errors else 0


def _report_balance(args: argparse.Namespace) -> int:
    from explorer.core.pack.balance import BURIED_BY, balance, format_balance

    _corpus, pack = _load(args.pack)
    rows = balance(pack.scenarios)
    if args.json:
        data = {
            "pack": str(pack.directory),
            "buried_by": BURIED_BY,
            "choices": [row.to_data() for row in rows],
            "flagged": sum(1 for row in rows if row.flags),
        }
        print(safe_json(json.dumps(data, indent=2, ensure_ascii=False)))
    else:
        print(safe(format_balance(rows)), end="")
    return 1 if pack.errors else 0


def _schema(args: argparse.Namespace) -> int:
    from explorer.core.pack.loader import scenario_schema

    print(json.dumps(scenario_schema(), indent=2))
    return 0


def _gui(args: argparse.Namespace) -> int:
    from explorer.app import run

    return run(
        pack_dir=Path(args.pack) if args.pack else None,
        open_file=Path(args.open) if args.open else None,
    )


#: ``export journal …`` and ``export workshop …`` have parsers of their own (their
#: arguments differ from the pack export's); ``main`` hands the rest of the line on.
_EXPORTERS = {"journal": "explorer.journal_cli", "workshop": "explorer.workshop_cli"}


def build_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="explorer",
        description="Explore policy dilemmas of peace operations; every claim linked to its source passage. "
        "Without a command, starts the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--pack", help="scenario pack directory to open in the app (default: the bundled pack)"
    )
    parser.add_argument(
        "--open",
        metavar="FILE",
        help="a journal (*.journal.json) or workshop session (*.workshop.json) to open in the app; "
        "if the app is already running, it opens there",
    )
    parser.set_defaults(run=_gui)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    validate = commands.add_parser("validate", help="check a scenario pack; print file:line:col: message")
    validate.add_argument("pack", nargs="?", help="pack directory (default: the bundled pack)")
    validate.add_argument("--json", action="store_true", help="machine-readable output")
    validate.add_argument(
        "--strict",
        action="store_true",
        help="warnings fail too; also warn where a stage dated by `as_of` cites a source of a later date",
    )
    validate.set_defaults(run=_validate)

    export = commands.add_parser(
        "export",
        help="write the resolved pack as JSON; also `export journal FILE` and "
        "`export workshop SESSION FILE` (--format pdf|html|md)",
    )
    export.add_argument("pack", nargs="?", help="pack directory (default: the bundled pack)")
    export.add_argument("--format", choices=["json"], default="json")
    export.add_argument("-o", "--output", help="file to write (default: standard output)")
    export.set_defaults(run=_export)

    report = commands.add_parser(
        "report", help="reports on a pack: `report coverage|review|balance|translations`"
    )
    # One sub-command per report, each with its own optional pack, so that options
    # may come before or after the pack (`report coverage --json PACK`).
    reports = report.add_subparsers(dest="what", metavar="REPORT", required=True)
    for what, about in REPORTS.items():
        one = reports.add_parser(what, help=about, description=about)
        one.add_argument("pack", nargs="?", help="pack directory (default: the bundled pack)")
        one.add_argument("--json", action="store_true", help="machine-readable output")
        if what == "coverage":
            one.add_argument("--top", type=int, default=5, help="passages listed per source (default 5)")
        one.set_defaults(run=_report)

    from explorer.authoring_cli import add_parsers

    add_parsers(commands)

    schema = commands.add_parser("schema", help="print the JSON Schema of a scenario file")
    schema.set_defaults(run=_schema)

    # Listed here for --help; main() hands its arguments to explorer.selftest.
    commands.add_parser(
        "self-test", help="check this installation: pack, citations, rendering, PDF export (offscreen)"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        if not argv:
            # The desktop app, as a double-click starts it: straight to the window, without
            # building the parser of every command (about 10 ms of a cold start).
            from explorer.app import run

            return run()
        if argv[:1] == ["self-test"]:  # its options are its own (see explorer/selftest.py)
            from explorer.selftest import run_self_test

            return run_self_test(argv[1:])
        if len(argv) >= 2 and argv[0] == "export" and argv[1] in _EXPORTERS:
            from importlib import import_module

            exporter: int = import_module(_EXPORTERS[argv[1]]).main(argv[2:])
            return exporter
        args = build_parser().parse_args(argv)
        try:
            return int(args.run(args))
        except CommandError as error:
            print(f"explorer: {safe(str(error))}", file=sys.stderr)
            return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
