"""The checks of ``explorer self-test`` and its report; the Qt ones are in ``selftest_qt``.

Kept apart from ``explorer.selftest`` (the command's arguments) so that building
the command line, which every start of ``explorer`` does, imports none of this.
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from explorer import __version__


class CheckFailed(Exception):
    """A check found the install broken; the message says how, for a person."""


@dataclass
class Outcome:
    name: str
    ok: bool
    detail: str
    seconds: float
    trace: str = ""
    skipped: bool = False


@dataclass
class SelfTest:
    """The checks in order; later ones use what earlier ones loaded."""

    pack_dir: Path | None = None
    screenshot: Path | None = None
    workdir: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="explorer-self-test-")))
    outcomes: list[Outcome] = field(default_factory=list)
    corpus: Any = None
    pack: Any = None
    app: Any = None
    verbose: bool = False
    #: Errors raised inside Qt callbacks, which Qt would only print.
    callback_errors: list[str] = field(default_factory=list)
    qt_messages: list[str] = field(default_factory=list)

    def check(self, name: str, needs: tuple[str, ...], function: Callable[[], str]) -> None:
        """Run one check and print its line at once (a crash in a later one keeps the report so far)."""
        self._run_check(name, needs, function)
        _print_outcome(self.outcomes[-1], self.verbose)

    def _run_check(self, name: str, needs: tuple[str, ...], function: Callable[[], str]) -> None:
        missing = [need for need in needs if getattr(self, need) is None]
        if missing:
            self.outcomes.append(Outcome(name, False, f"needs the {', '.join(missing)}", 0.0, skipped=True))
            return
        started = time.perf_counter()
        self.callback_errors.clear()
        try:
            detail = function()
            if self.callback_errors:
                raise CheckFailed(f"an error was raised inside Qt: {self.callback_errors[0]}")
            self.outcomes.append(Outcome(name, True, detail, time.perf_counter() - started))
        except Exception as error:
            message = str(error) if isinstance(error, CheckFailed) else f"{type(error).__name__}: {error}"
            self.outcomes.append(
                Outcome(name, False, message, time.perf_counter() - started, traceback.format_exc())
            )

    # -- checks without Qt -------------------------------------------------------------------
    def load_corpus(self) -> str:
        from explorer.core.evidence.corpus import load_corpus

        self.corpus = load_corpus()
        if not len(self.corpus):
            raise CheckFailed("no source documents were found")
        size = sum(len(doc.original.encode("utf-8")) for doc in self.corpus)
        return f"{len(self.corpus)} sources, {size // 1024} KB; checksums match, editions proven faithful"

    def load_pack(self) -> str:
        from explorer.core.pack.loader import load_pack
        from explorer.core.paths import bundled_pack_dir

        pack = load_pack(self.pack_dir or bundled_pack_dir(), self.corpus)
        if pack.errors:
            raise CheckFailed(f"the pack has {len(pack.errors)} errors; first: {pack.errors[0].format()}")
        if not pack.scenarios:
            raise CheckFailed(f"no scenarios in {pack.directory}")
        self.pack = pack
        warnings = len(pack.problems)
        return f"{len(pack.scenarios)} scenarios, 0 errors, {warnings} warnings"

    def resolve_citations(self) -> str:
        from explorer.core.evidence.textindex import strip_whitespace

        count, sources = 0, set()
        for scenario in self.pack.scenarios:
            for citation_id, citation in scenario.evidence.items():
                anchor = self.pack.anchors.get((scenario.id, citation_id))
                if anchor is None:
                    raise CheckFailed(f"{scenario.id}: citation {citation_id!r} was not resolved")
                document = self.corpus[anchor.source_id]
                wanted = strip_whitespace(citation.quote)
                in_original = strip_whitespace(document.original[anchor.start : anchor.end])
                in_edition = strip_whitespace(
                    document.edition.text[anchor.edition_start : anchor.edition_end]
                )
                if wanted not in (in_original, in_edition):
                    raise CheckFailed(
                        f"{scenario.id}: citation {citation_id!r} resolves to other text than its quote"
                    )
                count += 1
                sources.add(anchor.source_id)
        return f"{count} quotes found at their exact spans in {len(sources)} sources"

    def search(self) -> str:
        from explorer.core.search import build_index, fold

        index = build_index(self.pack, self.corpus)
        # A word with an accent, typed without it, must find its source (FTS5, accent folding).
        blocks = [(doc.id, block) for doc in self.corpus for block in doc.edition.blocks]
        blocks.sort(key=lambda item: item[1].lang != "nl")  # Dutch first: the users' case
        word, source_id = next(
            (
                (word, source_id)
                for source_id, block in blocks
                for word in re.findall(r"\w{7,}", block.text)
                if fold(word) != word.lower()
            ),
            (self.corpus.ids()[0], ""),
        )
        typed = fold(word)
        results = index.search(typed)
        if source_id and not any(group.source_id == source_id for group in results.sources):
            raise CheckFailed(f"searching {typed!r} did not find {word!r} in {source_id}")
        title = self.pack.scenarios[0].title
        if not any(g.scenario_id == self.pack.scenarios[0].id for g in index.search(title).scenarios):
            raise CheckFailed(f"searching the title {title!r} did not find its scenario")
        return f"{len(index)} rows indexed; {typed!r} finds {word!r}"

    def room_voting(self) -> str:
        """The phones' server on loopback: the page, a join and a ballot, saved; the QR code."""
        import json
        import urllib.request

        from explorer.core.workshop.ballots import enable_room, format_token
        from explorer.core.workshop.files import load_session, save_session
        from explorer.core.workshop.plan import agenda_item, new_plan
        from explorer.core.workshop.session import Step, new_session
        from explorer.room.host import AutosaveHost
        from explorer.room.qr import qr_modules

        scenario = self.pack.scenarios[0]
        plan = new_plan(
            "Self-test",
            [agenda_item(self.pack, self.corpus, scenario.id)],
            [("Table", None, None)],
            self.corpus,
        )
        session = new_session(plan)
        token = enable_room(session)
        session.go_to(Step.FIRST_VOTE, 0)
        path = self.workdir / "self-test.workshop.json"
        save_session(path, session)
        host = AutosaveHost.open(path)
        address = host.server.start("127.0.0.1", 0)
        base = f"http://{address[0]}:{address[1]}/{format_token(token)}"
        choice = plan.agenda[0].card.choice_ids()[0]

        def post(route: str, body: dict[str, Any]) -> dict[str, Any]:
            request = urllib.request.Request(
                f"{base}/api/{route}", json.dumps(body).encode(), {"Content-Type": "application/json"}
            )
            with urllib.request.urlopen(request, timeout=30) as answer:
                data: dict[str, Any] = json.load(answer)
                return data

        try:
            with urllib.request.urlopen(base, timeout=30) as answer:
                page = answer.read()
            if b"<script>" not in page:
                raise CheckFailed("the phone page was served without its script")
            device = post("join", {"group": plan.groups[0].id})["device"]
            post("ballot", {"device": device, "item": 0, "round": 1, "choice": choice})
        finally:
            host.stop()
        if device not in load_session(path).session.items[0].first_ballots:
            raise CheckFailed("a phone's acknowledged ballot is not in the saved session")
        size = len(qr_modules(base))
        return f"page {len(page) // 1024} KB served, a ballot saved, join QR code {size}×{size}"

    # -- checks with Qt (explorer/selftest_qt.py) ----------------------------------------------
    def start_qt(self) -> str:
        from explorer import selftest_qt

        return selftest_qt.start_qt(self)

    def translations(self) -> str:
        from explorer import selftest_qt

        return selftest_qt.translations(self)

    def render_scenarios(self) -> str:
        from explorer import selftest_qt

        return selftest_qt.render_scenarios(self)

    def show_sources(self) -> str:
        from explorer import selftest_qt

        return selftest_qt.show_sources(self)

    def export_pdf(self) -> str:
        from explorer import selftest_qt

        return selftest_qt.export_pdf(self)

    def main_window(self) -> str:
        from explorer import selftest_qt

        return selftest_qt.main_window(self)

    # -- running -------------------------------------------------------------------------------
    def run(self) -> bool:
        self.check("corpus", (), self.load_corpus)
        self.check("pack", ("corpus",), self.load_pack)
        self.check("citations", ("pack",), self.resolve_citations)
        self.check("search", ("pack",), self.search)
        self.check("room voting", ("pack",), self.room_voting)
        self.check("qt", (), self.start_qt)
        self.check("translations", ("app",), self.translations)
        self.check("scenario view", ("pack", "app"), self.render_scenarios)
        self.check("source viewer", ("pack", "app"), self.show_sources)
        self.check("pdf export", ("pack", "app"), self.export_pdf)
        self.check("main window", ("pack", "app"), self.main_window)
        return all(outcome.ok for outcome in self.outcomes)


def _install_kind() -> str:
    if getattr(sys, "frozen", False):
        return "frozen app"
    from explorer.core.paths import data_root

    return "installed package" if data_root().name == "_data" else "source checkout"


def _print_outcome(outcome: Outcome, verbose: bool) -> None:
    status = "ok" if outcome.ok else "skip" if outcome.skipped else "FAILED"
    timing = "" if outcome.skipped else f"  ({outcome.seconds * 1000:.0f} ms)"
    print(f"  {status:<6} {outcome.name:<13}  {outcome.detail}{timing}", flush=True)
    if verbose and outcome.trace:
        print(outcome.trace)


def _report(test: SelfTest, verbose: bool, started: float) -> None:
    from explorer.core.vocabulary import counted

    if test.qt_messages:
        count = len(test.qt_messages)
        hint = "" if verbose else " (--verbose shows them)"
        print(f"  Qt printed {counted(count, 'message')}{hint}")
        if verbose:
            for message in test.qt_messages:
                print(f"    {message}")
    failed = [o for o in test.outcomes if not o.ok and not o.skipped]
    skipped = [o for o in test.outcomes if o.skipped]
    total = time.perf_counter() - started
    if failed or skipped:
        also = f", {len(skipped)} skipped" if skipped else ""
        print(
            f"self-test FAILED: {len(failed)} of {len(test.outcomes)} checks failed{also}, in {total:.1f} s"
        )
    else:
        print(f"self-test passed: {len(test.outcomes)} checks in {total:.1f} s")


def execute(pack: Path | None, screenshot: Path | None, verbose: bool) -> int:
    """Run every check, print the report; 0 if all passed."""
    started = time.perf_counter()
    print(f"explorer self-test {__version__}, Python {sys.version.split()[0]} on {sys.platform}")
    test = SelfTest(pack_dir=pack, screenshot=screenshot, verbose=verbose)
    previous_hook = sys.excepthook
    sys.excepthook = lambda kind, error, trace: test.callback_errors.append(f"{kind.__name__}: {error}")
    try:
        try:
            from explorer.core.paths import data_root

            print(f"  {_install_kind()}; data in {data_root()}")
        except (OSError, ImportError) as error:
            print(f"  FAILED to find the app's data: {error}")
            return 1
        passed = test.run()
        _report(test, verbose, started)
        return 0 if passed else 1
    except Exception as error:  # a bug in the self-test itself: still a sentence, not a traceback
        print(f"self-test FAILED: {type(error).__name__}: {error}")
        if verbose:
            traceback.print_exc()
        return 1
    finally:
        sys.excepthook = previous_hook
        shutil.rmtree(test.workdir, ignore_errors=True)
        if test.app is not None:
            from PySide6.QtCore import qInstallMessageHandler

            qInstallMessageHandler(None)
