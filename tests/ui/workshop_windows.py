"""The workshop's three windows opened for a test: the set-up dialog, a session's console and presenter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.core.workshop.files import load_session, save_session, session_filename
from explorer.core.workshop.roles import load_roles
from explorer.core.workshop.session import Step, new_session
from explorer.ui.workshop.running import RunningSession
from explorer.ui.workshop.setup_dialog import WorkshopSetupDialog
from tests.core.workshop_helpers import two_group_plan
from tests.ui.conftest import make_appearance


def open_workshop_windows(qtbot, pack: LoadedPack, corpus: Corpus, folder: Path) -> dict[str, QWidget]:  # type: ignore[no-untyped-def]
    """The set-up dialog, and the console and presenter of a two-group session at its first vote.

    ``folder`` (not yet existing) holds the session file and the theme settings; the clock is
    fixed, so every timer shows the same. The console may close without asking.
    """
    appearance = make_appearance(folder)
    dialog = WorkshopSetupDialog(pack, corpus, load_roles(corpus), appearance=appearance)
    qtbot.addWidget(dialog)
    folder.mkdir()
    session = new_session(two_group_plan(pack, corpus), now=1_000.0)
    session.go_to(Step.FIRST_VOTE, 0, now=1_000.0)
    path = folder / session_filename(session)
    save_session(path, session)
    run = RunningSession(load_session(path), appearance=appearance)
    run.controller._clock = lambda: 1_000.0
    qtbot.addWidget(run.console)
    run.start()
    assert run.presenter is not None
    qtbot.addWidget(run.presenter)
    run.console.close_confirmed = True
    return {"set-up": dialog, "console": run.console, "presenter": run.presenter}
