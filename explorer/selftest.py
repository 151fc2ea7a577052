"""``explorer self-test``: prove that this install works, end to end, in a few seconds.

Runs in any install — a source checkout, an installed wheel, the frozen app — and
exercises what a broken build breaks first: the data files (corpus checksums and
faithful editions, the bundled pack), SQLite FTS5, Qt's platform plugin, the real
scenario view and source viewer (offscreen), PDF output and the main window. Each
check prints one line with what it proved and how long it took; the exit status is
1 if any failed. A failure is reported as a sentence, never as a traceback
(``--verbose`` adds the tracebacks and Qt's own messages, for a bug report).

``--screenshot FILE`` also saves a picture of the main window showing the library
and a highlighted passage (run it under a display, e.g. ``xvfb-run``, to see the
real platform plugin at work; offscreen, the window is rendered instead).
"""

from __future__ import annotations

import argparse
from pathlib import Path


def build_parser(parser: argparse.ArgumentParser | None = None) -> argparse.ArgumentParser:
    """The self-test's options, on ``parser`` (e.g. the CLI's ``self-test`` subparser) or a new one."""
    parser = parser or argparse.ArgumentParser(prog="explorer self-test", description=__doc__.split("\n")[0])
    parser.add_argument("--pack", type=Path, help="pack directory to check (default: the bundled pack)")
    parser.add_argument(
        "--screenshot", type=Path, metavar="FILE", help="also save a picture of the main window (PNG)"
    )
    parser.add_argument("--verbose", action="store_true", help="show tracebacks and Qt's messages")
    parser.add_argument(
        "--gui-start",
        action="store_true",
        help="only start the app as `explorer` does and quit once the pack is shown (for timing)",
    )
    return parser


def run_self_test(argv: list[str] | None = None) -> int:
    """``explorer self-test [--pack DIR] [--screenshot FILE] [--verbose]``; 0 if everything works."""
    return run(build_parser().parse_args(argv))


def run(args: argparse.Namespace) -> int:
    """The self-test for arguments parsed by ``build_parser`` (or a CLI subparser it configured)."""
    pack = Path(args.pack) if getattr(args, "pack", None) else None
    if args.gui_start:
        import tempfile

        from explorer.selftest_start import gui_start

        with tempfile.TemporaryDirectory(prefix="explorer-gui-start-") as workdir:
            return gui_start(Path(workdir), pack)
    from explorer.selftest_checks import execute

    return execute(pack, args.screenshot, args.verbose)


if __name__ == "__main__":
    raise SystemExit(run_self_test())
