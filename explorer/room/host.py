"""A ballot host without a desktop: a session file, its autosave and the room server.

The desktop app hosts ballots through its workshop controller (see
``explorer.ui.workshop.room_bridge``); this host does the same with the core
alone, for ``python -m explorer.room`` (serve a session's room from a terminal),
the tests that kill the server mid-vote, and the load benchmark. Batches are
applied and saved in one worker thread, in the order they came.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from explorer.core.store import StoreError
from explorer.core.workshop.ballots import PhoneRequest, apply
from explorer.core.workshop.files import Autosave, load_session
from explorer.core.workshop.session import WorkshopSession
from explorer.room.app import POLL_SECONDS
from explorer.room.server import Done, RoomServer

T = TypeVar("T")


class AutosaveHost:
    def __init__(
        self, autosave: Autosave, clock: Callable[[], float] = time.time, poll: float = POLL_SECONDS
    ) -> None:
        self.autosave = autosave
        self.clock = clock
        self.server = RoomServer(autosave.session, self, poll)
        self.saves = 0
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="room-saves")

    @classmethod
    def open(cls, path: Path, poll: float = POLL_SECONDS) -> AutosaveHost:
        return cls(Autosave(load_session(path).session, path), poll=poll)

    def perform(self, action: Callable[[WorkshopSession], T]) -> T:
        """A facilitator's action (``Autosave.perform``), then phones see its result."""
        result = self.autosave.perform(action)
        self.server.publish(self.autosave.session)
        return result

    def submit(self, requests: list[PhoneRequest], done: Done) -> None:
        self._worker.submit(self._apply, requests, done)

    def _apply(self, requests: list[PhoneRequest], done: Done) -> None:
        try:
            outcomes = self.autosave.perform(lambda session: apply(session, requests, self.clock()))
        except (StoreError, OSError):
            done(None)
            return
        self.saves += 1
        self.server.publish(self.autosave.session)
        done(outcomes)

    def stop(self) -> None:
        self.server.stop()
        self._worker.shutdown(wait=True)
