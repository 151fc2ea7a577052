"""Kill the room server (SIGKILL) while phones vote: every ballot it acknowledged is there on resume."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.core.workshop.files import load_session, save_session
from explorer.core.workshop.session import Step, new_session
from tests.core.workshop_helpers import two_group_plan
from tests.room.conftest import A, B

PHONES = 12


class Tally:
    """What the phones sent and what the server acknowledged, shared by the phones' threads."""

    def __init__(self, kill_after: int) -> None:
        self.acknowledged: dict[str, str] = {}  # device → its last acknowledged choice
        self.sent: dict[str, str] = {}  # device → the choice it sent last
        self.answers = 0
        self.kill_after = kill_after
        self.enough = threading.Event()
        self.lock = threading.Lock()

    def ack(self, device: str, choice: str) -> None:
        with self.lock:
            self.acknowledged[device] = choice
            self.answers += 1
            if self.answers >= self.kill_after:
                self.enough.set()


def vote_until_stopped(url: str, number: int, tally: Tally) -> None:
    """One phone: joins, then keeps changing its vote; records what the server acknowledged."""
    transport = httpx.HTTPTransport(local_address=f"127.0.0.{10 + number}")
    with httpx.Client(base_url=url + "/", transport=transport, timeout=10.0) as client:
        try:
            device = client.post("api/join", json={"group": "g1" if number % 2 else "g2"}).json()["device"]
            for turn in range(10_000):
                choice = A if (turn + number) % 2 else B
                tally.sent[device] = choice  # may be on disk or not: the server has not answered yet
                answer = client.post(
                    "api/ballot", json={"device": device, "item": 0, "round": 1, "choice": choice}
                )
                if answer.status_code == 200:
                    tally.ack(device, choice)
        except (httpx.TransportError, KeyError, ValueError):
            return  # the server is gone


@pytest.mark.slow
@pytest.mark.parametrize("kill_after", [3, 40, 150])
def test_every_acknowledged_phone_vote_survives_a_kill(
    good_pack: LoadedPack, corpus: Corpus, tmp_path: Path, kill_after: int
) -> None:
    path = tmp_path / "room.workshop.json"
    session = new_session(two_group_plan(good_pack, corpus, items=1))
    session.go_to(Step.FIRST_VOTE, 0)
    save_session(path, session)
    server = subprocess.Popen(
        [sys.executable, "-m", "explorer.room", str(path), "--host", "127.0.0.1"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    )
    assert server.stdout is not None
    url = server.stdout.readline().strip()
    assert url.startswith("http://127.0.0.1:"), url
    tally = Tally(kill_after)
    phones = [
        threading.Thread(target=vote_until_stopped, args=(url, n, tally), daemon=True) for n in range(PHONES)
    ]
    for thread in phones:
        thread.start()
    # Kill in the middle of the stream, once the server has acknowledged that many ballots.
    assert tally.enough.wait(timeout=300), "the phones never got that many answers"
    os.kill(server.pid, signal.SIGKILL)
    server.wait()
    for thread in phones:
        thread.join()
    resumed = load_session(path).session
    ballots = resumed.items[0].first_ballots
    assert tally.answers >= kill_after
    for device, choice in tally.acknowledged.items():
        assert device in ballots, f"an acknowledged ballot of {device} is lost"
        # Its last acknowledged choice, or a later one that reached the disk unanswered.
        assert ballots[device].choice in (choice, tally.sent[device])
    assert sum(sum(counts.values()) for counts in resumed.items[0].tally(1).values()) == len(ballots)
