"""Take the README's workshop screenshots of the real console and presenter in a real X window.

    xvfb-run -a -s "-screen 0 1366x768x24" sh -c 'openbox & .venv/bin/python tools/workshop_screenshots.py docs/screenshots'

Sets up a short session of the bundled pack's first scenario through the core (as
``tools/phone_screenshots.py`` does), opens it as the app does (``RunningSession``),
and saves:

- workshop-console.png    the console maximised at the first vote, counts typed into the grid
- workshop-presenter.png  the presenter full screen at 1366×768, the second vote's results revealed
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.screenshots import settle, shoot  # noqa: E402


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    # A fresh profile: no remembered layout, theme or sessions from a previous run.
    profile = tempfile.mkdtemp(prefix="explorer-workshop-shots-")
    os.environ["XDG_CONFIG_HOME"] = os.path.join(profile, "config")
    os.environ["XDG_DATA_HOME"] = os.path.join(profile, "data")

    from explorer.app import configure_application
    from explorer.core.evidence.corpus import load_corpus
    from explorer.core.pack.loader import load_pack
    from explorer.core.paths import bundled_pack_dir
    from explorer.core.workshop.files import load_session, save_session
    from explorer.core.workshop.plan import agenda_item, new_plan
    from explorer.core.workshop.roles import load_roles
    from explorer.core.workshop.session import Step, new_session
    from explorer.ui.workshop.running import RunningSession

    app = QApplication(sys.argv)
    configure_application(app)

    corpus = load_corpus()
    pack = load_pack(bundled_pack_dir(), corpus)
    roles = load_roles(corpus)
    role_ids = [role.id for role in roles.roles][:2]
    groups = [(f"Table {n + 1}", role_ids[n] if n < len(role_ids) else None, None) for n in range(4)]
    plan = new_plan(
        "Peace operations seminar", [agenda_item(pack, corpus, pack.scenarios[0].id)], groups, corpus, roles
    )
    path = Path(profile) / "shots.workshop.json"
    save_session(path, new_session(plan))

    from explorer.ui.settings import Settings
    from explorer.ui.theme import Appearance

    appearance = Appearance(app, Settings(Path(profile) / "explorer.ini"))  # the fresh profile's theme
    running = RunningSession(load_session(path, lock=True), appearance=appearance)
    running.start()
    console, controller = running.console, running.controller
    console.showMaximized()
    controller.go_to(Step.FIRST_VOTE, 0)
    settle(800)

    # Type the first three groups' counts into the grid as a facilitator would:
    # digits, Tab to the next choice, Enter to the next group.
    choices = plan.agenda[0].card.choice_ids()
    console.focus_votes()
    grid = console.votes
    for counts in ([3, 1, 0, 2], [0, 4, 1, 1], [2, 2, 0, 2]):
        for column, count in enumerate(counts[: len(choices)]):
            if column:
                QTest.keyClick(grid, Qt.Key.Key_Tab)
            QTest.keyClicks(grid, str(count))
        QTest.keyClick(grid, Qt.Key.Key_Return)
    console.raise_()
    console.activateWindow()
    shoot(app, out / "workshop-console.png")

    # The last group votes, the first round is revealed, the room discusses and votes again.
    last = plan.groups[-1].id
    controller.perform(lambda s: s.set_votes(1, last, {choices[0]: 1, choices[1]: 2, choices[-1]: 3}))
    controller.reveal()
    controller.go_to(Step.SECOND_VOTE, 0)
    # Each table of six votes again; a few minds change towards the civilian pillars (B).
    second_round = ([2, 2, 0, 2], [0, 5, 1, 0], [1, 3, 1, 1], [1, 3, 0, 2])
    for group, counts in zip(plan.groups, second_round, strict=True):
        second = dict(zip(choices, counts, strict=False))
        controller.perform(lambda s, g=group.id, c=second: s.set_votes(2, g, c))
    controller.go_to(Step.RESULTS, 0)  # the second round is revealed on the results slide
    controller.reveal()
    # Full screen, as on a 1366×768 projector: the room's view with no window frame.
    presenter = running.show_presenter()
    presenter.showFullScreen()
    presenter.raise_()
    presenter.activateWindow()
    settle(800)
    shoot(app, out / "workshop-presenter.png")

    running.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
