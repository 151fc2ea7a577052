"""The room server: uvicorn serving ``explorer.room.app`` in a thread of its own, off the GUI thread.

It knows no widgets. The app that owns the session (the desktop controller
through ``explorer.ui.workshop.room_bridge``, or ``explorer.room.host`` without a
desktop) is a ``BallotHost``: it receives batches of phones' requests, applies
them to the session, saves once per batch and answers; and it calls ``publish``
after every change of the session, so the server answers from a fresh copy.

Requests arriving while a batch is being saved wait for the next batch: with
many phones voting at once, one save covers many ballots (group commit), and a
phone hears "recorded" only once its ballot is on disk.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import threading
from collections.abc import Callable
from typing import Protocol

import msgspec
import uvicorn

from explorer.core.workshop.ballots import Outcome, PhoneRequest
from explorer.core.workshop.session import WorkshopSession
from explorer.room.app import POLL_SECONDS, RoomState, make_app

#: None: the batch was applied but not saved, so nothing may be acknowledged.
Done = Callable[[list[Outcome] | None], None]


class BallotHost(Protocol):
    def submit(self, requests: list[PhoneRequest], done: Done) -> None:
        """Apply ``requests`` to the session, save, ``publish`` it, then call ``done`` (from any thread)."""


class RoomServerError(Exception):
    """The server could not start (the address is taken or not this computer's); the message says why."""


def copy_session(session: WorkshopSession) -> WorkshopSession:
    """A private copy for the server's thread, so the owner can go on changing its own."""
    return msgspec.msgpack.decode(msgspec.msgpack.encode(session), type=WorkshopSession)


class _Batches:
    """Collects requests in the event loop and hands them to the host one batch at a time."""

    def __init__(self, host: BallotHost, loop: asyncio.AbstractEventLoop) -> None:
        self._host = host
        self._loop = loop
        self._pending: list[tuple[PhoneRequest, asyncio.Future[Outcome | None]]] = []
        self._busy = False

    def submit(self, request: PhoneRequest) -> asyncio.Future[Outcome | None]:
        future: asyncio.Future[Outcome | None] = self._loop.create_future()
        self._pending.append((request, future))
        self._next()
        return future

    def _next(self) -> None:
        if self._busy or not self._pending:
            return
        batch, self._pending = self._pending, []
        self._busy = True

        def done(outcomes: list[Outcome] | None) -> None:
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile: nobody is waiting
                self._loop.call_soon_threadsafe(self._finish, batch, outcomes)

        try:
            self._host.submit([request for request, _future in batch], done)
        except Exception:
            self._finish(batch, None)
            raise

    def _finish(
        self, batch: list[tuple[PhoneRequest, asyncio.Future[Outcome | None]]], outcomes: list[Outcome] | None
    ) -> None:
        self._busy = False
        answers: list[Outcome | None] = list(outcomes) if outcomes is not None else [None] * len(batch)
        for (_request, future), answer in zip(batch, answers, strict=True):
            if not future.done():
                future.set_result(answer)
        self._next()


class _Uvicorn(uvicorn.Server):
    """Tells the starting thread when it listens (uvicorn has no callback for it)."""

    def __init__(self, config: uvicorn.Config, started: threading.Event) -> None:
        super().__init__(config)
        self._started_event = started

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        self._started_event.set()


def _listen(host: str, port: int) -> socket.socket:
    # Nagle's algorithm must be off, or every answer on a kept-alive connection waits ~40 ms
    # for the phone's delayed acknowledgement. asyncio turns it off only on sockets whose
    # protocol number says TCP, and accepted sockets take the listening socket's: so it is
    # named here. TCP_NODELAY is also set on the listening socket (Linux passes it on).
    listening = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        listening.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if os.name == "posix":
            listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listening.bind((host, port))
        listening.listen(512)
    except OSError:
        listening.close()
        raise
    return listening


class RoomServer:
    """Serves the phone page on one address until ``stop``; ``publish`` keeps it up to date."""

    def __init__(self, session: WorkshopSession, host: BallotHost, poll: float = POLL_SECONDS) -> None:
        self._first = copy_session(session)
        self._host = host
        self._poll = poll
        self._loop: asyncio.AbstractEventLoop | None = None
        self._state: RoomState | None = None
        self._server: _Uvicorn | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self._lock = threading.Lock()  # the hand-over of the first copy from ``publish`` to ``_run``
        self.address: tuple[str, int] = ("", 0)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, host: str, port: int = 0) -> tuple[str, int]:
        """Listen on ``host`` (one interface's address) at ``port`` (0: any free port)."""
        if self._thread is not None:
            raise RoomServerError("The room server is already running.")
        try:
            listening = _listen(host, port)
        except OSError as error:
            raise RoomServerError(f"Cannot listen on {host}:{port}: {error.strerror or error}") from None
        self._socket = listening
        self.address = listening.getsockname()[:2]
        started, failed = threading.Event(), threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(listening, started, failed), name="room-server", daemon=True
        )
        self._thread.start()
        while not started.wait(0.05):
            if failed.is_set() or not self._thread.is_alive():
                self.stop()
                raise RoomServerError("The room server stopped as it started.")
        return self.address

    def _run(self, listening: socket.socket, started: threading.Event, failed: threading.Event) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        with self._lock:
            self._state = RoomState(self._first)
            self._loop = loop
        batches = _Batches(self._host, loop)
        config = uvicorn.Config(
            make_app(self._state, batches.submit, poll=self._poll),
            http="h11",
            ws="none",
            lifespan="off",
            log_level="warning",
            access_log=False,
            proxy_headers=False,  # rate limits go by the real peer address, not a header it sends
            server_header=False,
            date_header=False,
            timeout_graceful_shutdown=1,
            limit_concurrency=2000,
            backlog=512,
        )
        self._server = _Uvicorn(config, started)
        try:
            loop.run_until_complete(self._server.serve(sockets=[listening]))
        except BaseException:
            failed.set()
            raise
        finally:
            loop.close()

    def publish(self, session: WorkshopSession) -> None:
        """The session changed: answer from a copy of it from now on (call from the owner's thread)."""
        copy = copy_session(session)
        with self._lock:
            loop, state = self._loop, self._state
            if loop is None or state is None:
                self._first = copy
                return
        with contextlib.suppress(RuntimeError):  # stopped meanwhile
            loop.call_soon_threadsafe(state.replace, copy)

    def stop(self, timeout: float = 5.0) -> None:
        """Stop serving: pending polls answer at once, the socket closes. Safe to call twice."""
        loop, server, state = self._loop, self._server, self._state
        if loop is not None and server is not None and state is not None:

            def shut() -> None:
                state.close()
                server.should_exit = True

            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(shut)
        if self._thread is not None:
            self._thread.join(timeout)
        if self._socket is not None:
            self._socket.close()
        self._thread = self._loop = self._server = self._state = self._socket = None
