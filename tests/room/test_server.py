"""The room server over a real socket on loopback: the whole flow, secrecy, tokens, limits, bad input."""

from __future__ import annotations

import socket
import threading
import time
from typing import Any

import httpx
import pytest

from explorer.core.workshop.ballots import (
    ADDRESS_BURST,
    ADDRESS_RATE,
    DEVICE_BURST,
    DEVICE_RATE,
    MAX_BODY_BYTES,
    disable_room,
)
from explorer.core.workshop.files import load_session
from explorer.core.workshop.session import Step
from tests.room.conftest import A, B, Room, ballot, join, phone, state


def numbers(
    data: Any, skip: tuple[str, ...] = ("version", "item", "round", "argued", "argue_limit", "argue_chars")
) -> list[int]:
    """Every whole number in an answer, except where the session stands and the phone's own arguments."""
    if isinstance(data, dict):
        return [n for key, value in data.items() if key not in skip for n in numbers(value, skip)]
    if isinstance(data, list):
        return [n for value in data for n in numbers(value, skip)]
    return [data] if isinstance(data, int) and not isinstance(data, bool) else []


def test_join_vote_change_close_and_reveal(room: Room) -> None:
    with phone(room, 2) as one, phone(room, 3) as two:
        page = one.get("")
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        assert "default-src 'none'" in page.headers["content-security-policy"]
        first = state(one)["view"]
        assert first["kind"] == "vote" and first["you"] is None
        assert [g["id"] for g in first["groups"]] == ["g1", "g2"]
        device = join(one, "g1")
        other = join(two, "g2")
        answer = ballot(one, device, A)
        assert answer.status_code == 200
        assert answer.json()["recorded"] is True and answer.json()["view"]["ballot"] == A
        assert ballot(one, device, B).json()["view"]["ballot"] == B  # changed, not added
        assert ballot(two, other, A).status_code == 200
        assert state(one, device)["view"]["ballot"] == B
        record = room.host.autosave.session.items[0]
        assert {d: b.choice for d, b in record.first_ballots.items()} == {device: B, other: A}
        assert record.tally(1) == {"g1": {B: 1}, "g2": {A: 1}}

        room.host.perform(lambda s: s.reveal())  # closes the first round
        closed = ballot(one, device, A)
        assert closed.status_code == 409 and closed.json() == {"error": "vote-closed"}
        shown = state(one, device)["view"]
        assert shown["kind"] == "results" and shown["results"] == {"first": [1, 1], "second": None}
        assert load_session(room.path).session.items[0].first_ballots[device].choice == B


def test_a_waiting_phone_hears_at_once_that_a_vote_opened(room: Room) -> None:
    room.host.perform(lambda s: s.go_to(Step.CHOICES, 0))
    with phone(room, 2) as one:
        device = join(one, "g2")
        before = state(one, device)
        assert before["view"]["kind"] == "wait"
        heard: list[dict[str, Any]] = []
        waiting = threading.Thread(target=lambda: heard.append(state(one, device, seen=before["version"])))
        waiting.start()
        room.host.perform(lambda s: s.go_to(Step.FIRST_VOTE, 0))
        waiting.join()
        assert heard[0]["version"] > before["version"] and heard[0]["view"]["kind"] == "vote"


def test_no_answer_holds_a_count_before_the_reveal(room: Room) -> None:
    room.host.perform(lambda s: s.set_votes(1, "g1", {A: 37, B: 19}))
    seen: list[Any] = []
    with phone(room, 2) as one, phone(room, 3) as two:
        devices = [join(one, "g1"), join(two, "g2"), join(two, "g2")]
        seen.append(state(one)["view"])
        for n, device in enumerate(devices):
            client = one if n == 0 else two
            seen.append(ballot(client, device, A).json())
            seen.append(state(client, device))
        seen.append(one.get("").text)
        for answer in seen[:-1]:
            assert numbers(answer) == [], answer
        assert "37" not in seen[-1] and "19" not in seen[-1]
        room.host.perform(lambda s: s.reveal())
        assert state(one, devices[0])["view"]["results"]["first"] == [37 + 3, 19]


def test_a_wrong_or_missing_token_is_refused_and_changes_nothing(room: Room) -> None:
    before = room.path.read_bytes()
    wrong = room.token[:-1] + ("a" if room.token[-1] != "a" else "b")
    with httpx.Client(base_url=room.base, timeout=10.0) as client:
        for path in ("/", "/api/state", f"/{wrong}", f"/{wrong}/api/state", "/favicon.ico", "/../etc/passwd"):
            assert client.get(path).status_code == 404, path
        for path in (f"/{wrong}/api/join", "/api/join"):
            assert client.post(path, json={"group": "g1"}).status_code in (404, 405), path
        assert (
            client.post(
                f"/{wrong}/api/ballot", json={"device": "x", "item": 0, "round": 1, "choice": A}
            ).status_code
            == 404
        )
        assert "first" not in client.get(f"/{wrong}/api/state").text
        # The token works typed in capitals and without its dashes.
        assert client.get(f"/{room.token.upper()}/api/state").status_code == 200
        assert client.delete(f"/{room.token}/api/state").status_code == 405
    assert room.path.read_bytes() == before
    assert not room.host.autosave.session.room.devices  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("body", "headers", "status"),
    [
        (b"{", {"Content-Type": "application/json"}, 400),
        (b"[]", {"Content-Type": "application/json"}, 400),
        (b'{"group": 1}', {"Content-Type": "application/json"}, 400),
        (b'{"group": "g1", "admin": true}', {"Content-Type": "application/json"}, 400),
        (b'{"group": "nobody"}', {"Content-Type": "application/json"}, 422),
        (b"group=g1", {"Content-Type": "application/x-www-form-urlencoded"}, 415),
        (b'{"group": "' + b"g" * MAX_BODY_BYTES + b'"}', {"Content-Type": "application/json"}, 413),
        (b'{"group": "g1", "device": "' + b"x" * 100 + b'"}', {"Content-Type": "application/json"}, 400),
    ],
)
def test_malformed_or_oversized_joins_are_refused(
    room: Room, body: bytes, headers: dict[str, str], status: int
) -> None:
    before = room.path.read_bytes()
    with phone(room, 2) as client:
        answer = client.post("api/join", content=body, headers=headers)
    assert answer.status_code == status, answer.text
    assert room.path.read_bytes() == before


def test_an_oversized_body_without_a_length_is_cut_off(room: Room) -> None:
    def chunks() -> Any:
        for _ in range(64):
            yield b" " * 1024

    before = room.path.read_bytes()
    with phone(room, 2) as client:
        answer = client.post("api/join", content=chunks(), headers={"Content-Type": "application/json"})
    assert answer.status_code == 413
    assert room.path.read_bytes() == before


def test_bad_ballots_are_refused_and_change_nothing(room: Room) -> None:
    with phone(room, 2) as client:
        device = join(client, "g1")
        before = room.path.read_bytes()
        for body, status in [
            ({"device": device, "item": 0, "round": 1, "choice": "nothing"}, 422),
            ({"device": device, "item": 1, "round": 1, "choice": A}, 409),
            ({"device": device, "item": 0, "round": 2, "choice": A}, 409),
            ({"device": "made-up", "item": 0, "round": 1, "choice": A}, 401),
            ({"device": device, "item": "0", "round": 1, "choice": A}, 400),
            ({"device": device, "round": 1, "choice": A}, 400),
        ]:
            answer = client.post("api/ballot", json=body)
            assert answer.status_code == status, (body, answer.text)
        assert client.get("api/state", params={"seen": "x"}).status_code == 400
        assert client.get("api/state", params={"device": "d" * 5000}).status_code == 400
    assert room.path.read_bytes() == before


def test_the_rate_limit_per_device_holds(room: Room) -> None:
    with phone(room, 2) as client:
        device = join(client, "g1")
        started = time.monotonic()
        answers = [
            ballot(client, device, A if n % 2 else B).status_code for n in range(3 * int(DEVICE_BURST))
        ]
        elapsed = time.monotonic() - started
        assert set(answers) == {200, 429}
        # The burst, plus what the steady rate earned while the requests were made, and no more.
        assert answers.count(200) <= DEVICE_BURST + DEVICE_RATE * elapsed + 1
        # Another phone is not slowed by the first one's taps.
        with phone(room, 3) as other:
            assert ballot(other, join(other, "g2"), A).status_code == 200


def test_the_rate_limit_per_address_holds(room: Room) -> None:
    with phone(room, 4) as client:
        started = time.monotonic()
        answers = [client.get("api/state").status_code for _ in range(3 * int(ADDRESS_BURST))]
        elapsed = time.monotonic() - started
    assert set(answers) == {200, 429}
    assert answers.count(200) <= ADDRESS_BURST + ADDRESS_RATE * elapsed + 1


def test_the_server_listens_on_its_own_address_only_and_stops(room: Room) -> None:
    port = int(room.base.rsplit(":", 1)[1])
    with pytest.raises(OSError), socket.create_connection(("127.0.0.2", port), timeout=5):
        pass
    with phone(room, 2) as client:
        assert client.get("api/state").status_code == 200
        room.host.stop()
        with pytest.raises(httpx.ConnectError):
            client.get("api/state")


def test_phones_are_told_when_the_room_is_off_or_the_session_ended(room: Room) -> None:
    with phone(room, 2) as client:
        device = join(client, "g1")
        room.host.perform(lambda s: s.end())
        ended = state(client, device)["view"]
        assert ended["kind"] == "ended" and ended["you"] is None and ended["groups"] == []
        assert ballot(client, device, A).status_code == 404
        room.host.perform(disable_room)
        answer = client.get("api/state")
        assert answer.status_code == 404 and answer.json() == {"error": "room-off"}


def test_arguments_from_phones_during_the_discussion_only(room: Room) -> None:
    with phone(room, 2) as client:
        device = join(client, "g1")
        body = {"device": device, "item": 0, "choice": A, "stance": "for", "text": "Keeps the door open"}
        assert client.post("api/argument", json=body).status_code == 409  # still the vote
        room.host.perform(lambda s: (s.set_votes(1, "g1", {A: 1}), s.set_votes(1, "g2", {B: 1}), s.next()))
        sent = client.post("api/argument", json=body)
        assert sent.status_code == 200 and sent.json()["sent"] is True
        assert sent.json()["view"]["arguing"] is True and sent.json()["view"]["argued"] == 1
        assert "Keeps the door" not in sent.text and "Keeps the door" not in client.get("api/state").text
        before = room.path.read_bytes()
        for bad, status in [
            ({**body, "text": "x" * 500}, 422),
            ({**body, "stance": "maybe"}, 422),
            ({**body, "text": 5}, 400),
            ({**body, "extra": 1}, 400),
        ]:
            assert client.post("api/argument", json=bad).status_code == status, bad
        assert room.path.read_bytes() == before
    saved = load_session(room.path).session.items[0].arguments
    assert [(a.text, a.status) for a in saved] == [("Keeps the door open", "pending")]


def test_a_joined_phone_gets_its_roles_brief_and_language_and_no_other_groups_brief(room: Room) -> None:
    plan = room.host.autosave.session.plan
    with phone(room, 2) as one, phone(room, 3) as two, phone(room, 4) as stranger:
        first, second = join(one, "g1"), join(two, "g2")  # g1: the host government; g2: no role
        mine = state(one, first)["view"]
        brief = plan.role("host-government").brief
        assert mine["brief"] and mine["brief"].split()[:3] == brief.split()[:3]
        assert "](cite:" in brief and "cite:" not in mine["brief"]  # the citations' words only
        assert mine["language"] == plan.language == "en"
        assert state(two, second)["view"]["brief"] == ""
        assert state(stranger)["view"]["brief"] == ""
        assert stranger.get("api/state", params={"device": "made-up"}).json()["view"]["brief"] == ""
