"""A room server on loopback over a saved session, and phones that talk to it with a real HTTP client."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.core.workshop.ballots import enable_room, format_token
from explorer.core.workshop.files import save_session
from explorer.core.workshop.session import Step, new_session
from explorer.room.host import AutosaveHost
from tests.core.workshop_helpers import two_group_plan

A, B = "qualitative-presence", "civilian-experts"


@dataclass
class Room:
    host: AutosaveHost
    base: str  # http://127.0.0.1:port
    token: str
    path: Path

    @property
    def url(self) -> str:
        return f"{self.base}/{format_token(self.token)}"


def phone(room: Room, number: int = 1) -> httpx.Client:
    """A phone with an address of its own (127.0.0.N), as on a real network: limits go per address."""
    transport = httpx.HTTPTransport(local_address=f"127.0.0.{number}")
    return httpx.Client(base_url=room.url + "/", transport=transport, timeout=30.0)


def join(client: httpx.Client, group: str = "g1") -> str:
    answer = client.post("api/join", json={"group": group})
    assert answer.status_code == 200, answer.text
    device: str = answer.json()["device"]
    return device


def ballot(
    client: httpx.Client, device: str, choice: str, item: int = 0, round_number: int = 1
) -> httpx.Response:
    return client.post(
        "api/ballot", json={"device": device, "item": item, "round": round_number, "choice": choice}
    )


def state(client: httpx.Client, device: str | None = None, seen: int | None = None) -> dict[str, Any]:
    params: dict[str, str] = {}
    if device:
        params["device"] = device
    if seen is not None:
        params["seen"] = str(seen)
    answer = client.get("api/state", params=params)
    assert answer.status_code == 200, answer.text
    data: dict[str, Any] = answer.json()
    return data


@pytest.fixture
def room(good_pack: LoadedPack, corpus: Corpus, tmp_path: Path) -> Iterator[Room]:
    """A session standing at the first vote of item 1, room voting on, served on 127.0.0.1."""
    session = new_session(two_group_plan(good_pack, corpus), session_id="0123456789abcdef")
    token = enable_room(session)
    session.go_to(Step.FIRST_VOTE, 0)
    path = tmp_path / "room.workshop.json"
    save_session(path, session)
    host = AutosaveHost.open(path, poll=5.0)
    address = host.server.start("127.0.0.1", 0)
    yield Room(host, f"http://{address[0]}:{address[1]}", token, path)
    host.stop()
