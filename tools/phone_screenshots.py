"""Screenshots of the phone page in headless chromium, for the README: ``.venv/bin/python tools/phone_screenshots.py``.

Serves the bundled pack's first scenario at its first vote on loopback, joins a
group and votes as a phone would (real taps), and saves:

- docs/screenshots/phone-vote.png      390×844 (a common phone), vote recorded
- docs/screenshots/phone-vote-320.png  320×640 (the narrowest phones), in French
- docs/screenshots/phone-results.png   390×844, after the facilitator's reveal
- docs/screenshots/phone-argue.png     390×844, sending an argument during the discussion
- docs/screenshots/presenter-join.png  1280×720, the presenter's join screen (Qt, offscreen)
- docs/screenshots/presenter-arguments.png  1280×720, the map of the room's arguments
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from explorer.core.evidence.corpus import load_corpus  # noqa: E402
from explorer.core.pack.loader import load_pack  # noqa: E402
from explorer.core.paths import bundled_pack_dir  # noqa: E402
from explorer.core.workshop.ballots import enable_room, format_token  # noqa: E402
from explorer.core.workshop.files import LoadedSession, save_session  # noqa: E402
from explorer.core.workshop.plan import Plan, agenda_item, new_plan  # noqa: E402
from explorer.core.workshop.roles import load_roles  # noqa: E402
from explorer.core.workshop.session import Step, new_session  # noqa: E402
from explorer.room.host import AutosaveHost  # noqa: E402
from tests.room.chromium import Chromium  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    corpus = load_corpus()
    pack = load_pack(bundled_pack_dir(), corpus)
    roles = load_roles(corpus)
    role_ids = [role.id for role in roles.roles][:2]
    groups = [(f"Table {n + 1}", role_ids[n] if n < len(role_ids) else None, None) for n in range(4)]
    plan = new_plan(
        "Peace operations seminar", [agenda_item(pack, corpus, pack.scenarios[0].id)], groups, corpus, roles
    )
    session = new_session(plan)
    token = enable_room(session)
    session.go_to(Step.FIRST_VOTE, 0)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "shots.workshop.json"
        save_session(path, session)
        host = AutosaveHost.open(path)
        address = host.server.start("127.0.0.1", 0)
        url = f"http://{address[0]}:{address[1]}/{format_token(token)}"
        choices = plan.agenda[0].card.choice_ids()
        try:
            with Chromium(390, 844) as browser:
                browser.open(url)
                browser.tap('[data-key="group-g1"]')
                browser.tap(f'[data-key="choice-{choices[1]}"]')
                browser.wait_for("document.body.innerText.includes('Vote recorded')")
                browser.evaluate("document.activeElement.blur(), window.scrollTo(0, 0), true")
                browser.screenshot(OUT / "phone-vote.png")
                for group in plan.groups[1:]:
                    host.perform(lambda s, g=group.id: s.set_votes(1, g, {choices[0]: 3, choices[-1]: 2}))
                host.perform(lambda s: s.reveal())
                browser.wait_for("document.querySelector('.bars')")
                browser.screenshot(OUT / "phone-results.png")
            with Chromium(320, 640, language="fr") as browser:
                host.perform(lambda s: (s.next(), s.next()))  # discussion, then the second vote
                browser.open(url)
                browser.tap('[data-key="group-g2"]')
                browser.tap(f'[data-key="choice-{choices[0]}"]')
                browser.wait_for("document.body.innerText.includes('Vote enregistré')")
                browser.evaluate("document.activeElement.blur(), window.scrollTo(0, 0), true")
                browser.screenshot(OUT / "phone-vote-320.png")
            with Chromium(390, 844) as browser:
                host.perform(lambda s: s.go_to(Step.DISCUSSION, 0))
                browser.open(url)
                browser.tap('[data-key="group-g1"]')
                browser.tap('[data-key="argue-against"]')
                browser.tap("#argue-text")
                browser.call("Input.insertText", text="Civilian experts take months to recruit")
                browser.evaluate(
                    "document.activeElement.blur(), document.querySelector('#argue-heading').scrollIntoView(), true"
                )
                browser.screenshot(OUT / "phone-argue.png")
        finally:
            host.stop()
    join_screen(plan)
    argument_screen(plan)
    for name in (
        "phone-vote.png",
        "phone-vote-320.png",
        "phone-results.png",
        "phone-argue.png",
        "presenter-join.png",
        "presenter-arguments.png",
    ):
        print(OUT / name)
    return 0


def join_screen(plan: Plan) -> None:
    """The presenter's join screen as the room sees it, on this computer's first room address."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QWidget

    from explorer.ui.workshop.controller import WorkshopController
    from explorer.ui.workshop.join_screen import JoinScreen
    from explorer.ui.workshop.room_bridge import RoomBridge, network_addresses

    app = QApplication.instance() or QApplication([])
    session = new_session(plan)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "join.workshop.json"
        save_session(path, session)
        controller = WorkshopController(LoadedSession(session, path))
        bridge = RoomBridge(controller)
        found = network_addresses()
        bridge.start(found[0].host if found else "127.0.0.1")
        presenter = QWidget()
        presenter.resize(1280, 720)
        screen = JoinScreen(bridge, presenter)
        presenter.show()
        screen.show_join(True)
        app.processEvents()
        screen.grab().save(str(OUT / "presenter-join.png"))
        bridge.stop()


def argument_screen(plan: Plan) -> None:
    """The presenter's map of arguments, with a few accepted ones (and one merged in)."""
    from PySide6.QtWidgets import QApplication, QWidget

    from explorer.core.workshop.arguments import accept, add_argument, argument_map, merge
    from explorer.ui.workshop.argument_map_screen import ArgumentMapScreen

    app = QApplication.instance() or QApplication([])
    session = new_session(plan)
    session.go_to(Step.CONTEXT, 0)
    choices = plan.agenda[0].card.choice_ids()
    for choice, stance, text in [
        (choices[0], "for", "A consensus lasts longer than a month"),
        (choices[0], "against", "Reform talk without money changes little"),
        (choices[1], "for", "Women and civilians are where missions fail first"),
        (choices[1], "for", "Protecting civilians is what missions fail at first"),
        (choices[2], "for", "Missions that work are the best argument for missions"),
        (choices[-1], "against", "Too broad for one month"),
    ]:
        add_argument(session, choice, stance, text, now=1.0, device="phone")
    for argument in session.items[0].arguments:
        if argument.id != "a4":
            accept(session, 0, argument.id)
    merge(session, 0, "a4", "a3")
    presenter = QWidget()
    presenter.resize(1280, 720)
    screen = ArgumentMapScreen(presenter)
    presenter.show()
    screen.set_map(argument_map(session, 0))
    screen.show_map(True)
    app.processEvents()
    screen.grab().save(str(OUT / "presenter-arguments.png"))


if __name__ == "__main__":
    sys.exit(main())
