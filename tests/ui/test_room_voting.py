"""Room voting from the console: on and off, a phone's ballot via the bridge, the count, the join screen."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from explorer.core import store
from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.core.workshop.files import LoadedSession, load_session, save_session
from explorer.core.workshop.session import Step, new_session
from explorer.room.addresses import RoomAddress
from explorer.ui.workshop.controller import WorkshopController
from explorer.ui.workshop.join_screen import JoinScreen
from explorer.ui.workshop.room_bridge import RoomBridge, network_addresses
from explorer.ui.workshop.room_dock import RoomVoting
from explorer.ui.workshop.room_voting import RoomVotingBox
from explorer.ui.workshop.running import RunningSession
from tests.core.workshop_helpers import two_group_plan

A, B = "qualitative-presence", "civilian-experts"
LOOPBACK = RoomAddress("127.0.0.1", "test", "Test network", "wifi")


class Phone:
    """A phone in a thread of its own: its requests wait for the GUI thread, which must keep running."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.answers: list[httpx.Response] = []

    def send(self, method: str, path: str, **options: Any) -> threading.Thread:
        def run() -> None:
            with httpx.Client(base_url=self.url + "/", timeout=30.0) as client:
                self.answers.append(client.request(method, path, **options))

        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        return thread


@pytest.fixture
def console(qtbot, good_pack: LoadedPack, corpus: Corpus, tmp_path: Path) -> Iterator[tuple[Any, ...]]:  # type: ignore[no-untyped-def]
    session = new_session(two_group_plan(good_pack, corpus))
    session.go_to(Step.FIRST_VOTE, 0)
    session.set_votes(1, "g2", {A: 3, B: 2})
    path = tmp_path / "room.workshop.json"
    save_session(path, session)
    controller = WorkshopController(LoadedSession(session, path))
    bridge = RoomBridge(controller)
    box = RoomVotingBox(bridge)
    box.scan([LOOPBACK])
    qtbot.addWidget(box)
    presenter = QWidget()
    presenter.resize(1280, 720)
    presenter.show()
    qtbot.addWidget(presenter)
    screen = JoinScreen(bridge, presenter)
    box.joinScreenToggled.connect(screen.show_join)
    yield controller, bridge, box, screen, path
    bridge.stop()


def vote_from_a_phone(qtbot, bridge: RoomBridge, choice: str) -> Phone:  # type: ignore[no-untyped-def]
    phone = Phone(bridge.address)
    with qtbot.waitSignal(bridge.turnoutChanged):
        joining = phone.send("POST", "api/join", json={"group": "g1"})
    qtbot.waitUntil(lambda: not joining.is_alive())
    device = phone.answers[0].json()["device"]
    with qtbot.waitSignal(bridge.turnoutChanged):
        voting = phone.send(
            "POST", "api/ballot", json={"device": device, "item": 0, "round": 1, "choice": choice}
        )
    qtbot.waitUntil(lambda: not voting.is_alive())
    return phone


def test_turning_room_voting_on_and_a_phone_voting(qtbot, console) -> None:  # type: ignore[no-untyped-def]
    controller, bridge, box, _screen, path = console
    assert box.switch.accessibleName() and box.addresses.accessibleName()
    assert "Phones are off" in box.status.text()
    box.switch.setFocus()
    with qtbot.waitSignal(bridge.started):
        qtbot.keyClick(box.switch, Qt.Key.Key_Space)
    assert box.address.text().startswith("http://127.0.0.1:")
    assert "No phone has joined yet" in box.status.text()

    phone = vote_from_a_phone(qtbot, bridge, B)
    assert phone.answers[-1].status_code == 200
    assert controller.session.items[0].first_ballots  # through the controller, so saved
    saved = load_session(path).session.items[0].first_ballots
    assert [ballot.choice for ballot in saved.values()] == [B]
    # Who voted, never what: the console's count has no choice in it.
    assert box.status.text().splitlines() == [
        "1 of 1 phone voted",
        "Typed at the console: Table 2 (5 votes)",
    ]

    with qtbot.waitSignal(bridge.stopped):
        qtbot.mouseClick(box.switch, Qt.MouseButton.LeftButton)
    assert controller.session.room is not None and not controller.session.room.enabled
    assert not bridge.running and box.address.text() == ""


def test_the_join_screen_shows_the_address_and_the_count(qtbot, console, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _controller, bridge, box, screen, _path = console
    with qtbot.waitSignal(bridge.started):
        box.switch.click()
    qtbot.mouseClick(box.join_screen, Qt.MouseButton.LeftButton)
    assert screen.isVisible() and screen.geometry() == screen.parentWidget().rect()
    vote_from_a_phone(qtbot, bridge, A)
    texts = screen.texts()
    assert texts[2] == bridge.address and texts[3] == "1 phone joined"
    image = screen.grab().toImage()
    assert image.width() == 1280
    # The QR code is painted on the left, black modules on white, beside the words on the right.
    left = [image.pixelColor(x, y).lightness() for x in range(0, 560, 4) for y in range(0, 720, 4)]
    white, black = sum(v == 255 for v in left), sum(v == 0 for v in left)
    assert white > 0.3 * len(left) and black > 0.2 * len(left)
    qtbot.mouseClick(box.join_screen, Qt.MouseButton.LeftButton)
    assert not screen.isVisible()


def test_the_session_end_stops_the_phones_server(qtbot, console) -> None:  # type: ignore[no-untyped-def]
    controller, bridge, box, screen, _path = console
    with qtbot.waitSignal(bridge.started):
        box.switch.click()
    box.join_screen.click()
    address = bridge.address
    with qtbot.waitSignal(bridge.stopped):
        controller.end_workshop()
    assert not bridge.running and not screen.isVisible() and not box.join_screen.isEnabled()
    with pytest.raises(httpx.ConnectError):
        httpx.get(address + "/api/state", timeout=5.0)
    assert not bridge.start(LOOPBACK.host)


def test_plugged_into_a_running_session(
    qtbot, appearance, good_pack: LoadedPack, corpus: Corpus, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """What ``RunningSession`` does once plugged in: the console's dock, the presenter's join screen."""
    session = new_session(two_group_plan(good_pack, corpus))
    session.go_to(Step.FIRST_VOTE, 0)
    path = tmp_path / "run.workshop.json"
    save_session(path, session)
    run = RunningSession(load_session(path), appearance=appearance)
    qtbot.addWidget(run.console)
    room = RoomVoting(run.console, run.controller, run.console.closed)
    run.start()
    assert run.presenter is not None
    qtbot.addWidget(run.presenter)
    room.attach_presenter(run.presenter)
    screen = room.join_screen
    assert screen is not None
    assert room.dock.isVisible() and room.dock.widget() is room.box
    room.box.scan([LOOPBACK])
    with qtbot.waitSignal(room.bridge.started):
        room.box.switch.click()
    room.box.join_screen.click()
    assert screen.isVisible() and room.bridge.address in screen.texts()
    vote_from_a_phone(qtbot, room.bridge, A)
    assert room.box.status.text().startswith("1 of 1 phone voted")
    # The console shows the phone's vote in the round's tally at once (the controller changed).
    assert run.controller.session.items[0].tally(1)["g1"] == {A: 1}
    address = room.bridge.address
    # Closing may wait for a save in flight (saving is off the GUI thread): wait for the stop.
    with qtbot.waitSignal(room.bridge.stopped, timeout=20_000):
        run.close()
    with pytest.raises(httpx.ConnectError):
        httpx.get(address + "/api/state", timeout=5.0)


def test_a_ballot_that_could_not_be_saved_is_not_acknowledged(qtbot, console, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    controller, bridge, box, _screen, path = console
    with qtbot.waitSignal(bridge.started):
        box.switch.click()
    phone = Phone(bridge.address)
    with qtbot.waitSignal(bridge.turnoutChanged):
        joining = phone.send("POST", "api/join", json={"group": "g1"})
    qtbot.waitUntil(lambda: not joining.is_alive())
    device = phone.answers[0].json()["device"]

    def disk_full(*_args: object, **_options: object) -> None:
        raise OSError(28, "No space left on device")

    # Every write of the session file fails from now on (on the app's writer thread).
    monkeypatch.setattr(store, "save_encoded", disk_full)
    with qtbot.waitSignal(controller.saveFailed):
        voting = phone.send("POST", "api/ballot", json={"device": device, "item": 0, "round": 1, "choice": A})
    qtbot.waitUntil(lambda: not voting.is_alive())
    assert phone.answers[-1].status_code == 503 and phone.answers[-1].json() == {"error": "not-saved"}
    assert not load_session(path).session.items[0].first_ballots  # and the phone knows to try again


def test_the_system_interfaces_feed_the_address_choice(qtbot) -> None:  # type: ignore[no-untyped-def]
    found = network_addresses()  # whatever this machine has: never loopback nor link-local
    assert all(not a.host.startswith(("127.", "169.254.")) and ":" not in a.host for a in found)
    assert all(a.kind not in ("loopback", "virtual") for a in found)


def test_names_are_shown_as_typed_never_as_markup(qtbot, console) -> None:  # type: ignore[no-untyped-def]
    _controller, _bridge, box, _screen, _path = console
    box.scan([RoomAddress("127.0.0.1", "x", '<img src="/dev/zero">Wi-Fi', "wifi")])
    assert box.addresses.itemText(0) == '127.0.0.1 — <img src="/dev/zero">Wi-Fi'
    assert box.status.textFormat() == Qt.TextFormat.PlainText
    assert box.address.textFormat() == Qt.TextFormat.PlainText
