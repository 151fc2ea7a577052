"""Between the room server's thread and the workshop controller: phones' ballots become actions.

The server (``explorer.room.server``) runs in a thread of its own and knows no
widgets. This bridge is its ``BallotHost``: a batch of joins and ballots comes
in from the server's thread, crosses to the GUI thread as a queued signal, is
applied through ``WorkshopController.perform`` (so it is saved like any other
action), and is answered only once saved. Every change of the session is
published back to the server, and the server stops when room voting is turned
off, when the session ends, or when the controller goes away.

The addresses offered to the facilitator come from Qt's ``QNetworkInterface``,
filtered by ``explorer.room.addresses.room_addresses``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

from explorer.core.store import StoreError
from explorer.core.workshop.ballots import (
    Outcome,
    PhoneRequest,
    Turnout,
    apply,
    disable_room,
    enable_room,
    open_round,
    turnout,
)
from explorer.core.workshop.files import encode_session, write_session
from explorer.core.workshop.session import ITEM_STEPS, Step, WorkshopSession
from explorer.room.addresses import Interface, InterfaceKind, RoomAddress, join_address, room_addresses
from explorer.ui.plain_text import arg
from explorer.ui.tasks import save_in_order
from explorer.ui.workshop.controller import WorkshopController

if TYPE_CHECKING:
    # The web server (uvicorn, Starlette) is imported only when phones are let in.
    from explorer.room.server import Done, RoomServer

#: Tried first, so the address stays the same when the app is reopened after a crash and the
#: phones (which keep retrying) find it again; any free port if these are taken.
PREFERRED_PORTS = (8765, 8766, 8767, 0)

_KINDS: dict[QNetworkInterface.InterfaceType, InterfaceKind] = {
    QNetworkInterface.InterfaceType.Wifi: "wifi",
    QNetworkInterface.InterfaceType.Ieee80211: "wifi",
    QNetworkInterface.InterfaceType.Ethernet: "ethernet",
    QNetworkInterface.InterfaceType.Loopback: "loopback",
    QNetworkInterface.InterfaceType.Virtual: "virtual",
}


def network_addresses() -> list[RoomAddress]:
    """This computer's addresses that phones in the room could reach, the likeliest first."""
    interfaces = []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        up = bool(flags & QNetworkInterface.InterfaceFlag.IsUp) and bool(
            flags & QNetworkInterface.InterfaceFlag.IsRunning
        )
        kind = _KINDS.get(interface.type(), "other")
        if flags & QNetworkInterface.InterfaceFlag.IsLoopBack:
            kind = "loopback"
        addresses = tuple(
            entry.ip().toString()
            for entry in interface.addressEntries()
            if entry.ip().protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol
        )
        interfaces.append(
            Interface(
                interface.name(), interface.humanReadableName() or interface.name(), kind, addresses, up
            )
        )
    return room_addresses(interfaces)


def _room_server(session: WorkshopSession, host: RoomBridge) -> RoomServer:
    from explorer.room.server import RoomServer

    return RoomServer(session, host)


class RoomBridge(QObject):
    """Room voting of one session: on and off, the server's address, and phones' ballots in."""

    started = Signal(str)  # the join address
    stopped = Signal()
    failed = Signal(str)  # why the server could not start
    turnoutChanged = Signal()  # phones joined or voted: the console's count may change

    #: From the server's thread to the GUI thread (queued): a batch of requests and its answer.
    _batch = Signal(object, object)

    def __init__(
        self,
        controller: WorkshopController,
        server_factory: Callable[[WorkshopSession, RoomBridge], RoomServer] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or controller)
        self._controller = controller
        self._factory = server_factory or _room_server
        self._server: RoomServer | None = None
        self.address = ""
        self._last_turnout: Turnout | None = None
        self._batch.connect(self._apply, Qt.ConnectionType.QueuedConnection)
        controller.changed.connect(self._session_changed)
        # The console closed: stop serving (quietly: the widgets listening may be gone already).
        controller.destroyed.connect(lambda *_args: self._halt())

    def voting(self) -> bool:
        """Whether phones can vote right now (a round is open)."""
        return self.running and open_round(self._controller.session) is not None

    @property
    def running(self) -> bool:
        return self._server is not None and self._server.running

    def turnout(self) -> Turnout | None:
        """How many phones joined and voted in the round at hand (never what they voted)."""
        session = self._controller.session
        if session.room is None:
            return None
        if session.record() is None:
            return turnout(session, 1)  # outside the agenda: how many joined
        after_second = ITEM_STEPS.index(session.step) >= ITEM_STEPS.index(Step.SECOND_VOTE)
        return turnout(session, 2 if after_second else 1)

    # -- on and off ---------------------------------------------------------------------------------
    def start(self, host: str) -> bool:
        """Turn room voting on and serve it on ``host``; False (and ``failed``) if that cannot be."""
        if self._controller.session.finished:
            self.failed.emit(self.tr("The workshop has ended; phones can no longer vote."))
            return False
        self._stop_server()
        if not self._controller.perform(enable_room):
            return False
        from explorer.room.server import RoomServerError

        server = self._factory(self._controller.session, self)
        error = ""
        for port in PREFERRED_PORTS:
            try:
                bound = server.start(host, port)
            except RoomServerError as refused:
                error = str(refused)
                continue
            self._server = server
            token = self._controller.session.room.token  # type: ignore[union-attr]
            self.address = join_address(bound[0], bound[1], token)
            self.started.emit(self.address)
            self.turnoutChanged.emit()
            return True
        self.failed.emit(arg(self.tr("Phones cannot be served at %1: %2"), host, error))
        return False

    def stop(self) -> None:
        """Turn room voting off (the phones keep their ballots; turning it on again keeps the token)."""
        # Off in the session first: the phones waiting for news hear "voting is off" before the
        # server goes away.
        if self._controller.session.room is not None and self._controller.session.room.enabled:
            self._controller.perform(disable_room)
        self._stop_server()

    def shut_down(self) -> None:
        """The console closed: stop serving, and leave room voting on in the session for a resume."""
        self._stop_server()

    def _halt(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.stop()

    def _stop_server(self) -> None:
        if self._server is None:
            return
        server, self._server = self._server, None
        server.stop()
        self.address = ""
        self.stopped.emit()

    # -- the session changed ------------------------------------------------------------------------
    def _session_changed(self) -> None:
        session = self._controller.session
        if self._server is not None:
            self._server.publish(session)
            if session.finished:
                self._stop_server()  # the session's end stops the phones' server with it
        now = self.turnout()
        if now != self._last_turnout:
            self._last_turnout = now
            self.turnoutChanged.emit()

    # -- ballots in (BallotHost) --------------------------------------------------------------------
    def submit(self, requests: list[PhoneRequest], done: Done) -> None:
        """Called in the server's thread: hand the batch over to the GUI thread."""
        self._batch.emit(requests, done)

    def _apply(self, requests: list[PhoneRequest], done: Done) -> None:
        controller = self._controller
        if controller.read_only:
            done(None)
            return
        outcomes: list[Outcome] = []
        controller.perform(lambda session: outcomes.extend(apply(session, requests, controller.now())))
        if len(outcomes) != len(requests):
            done(None)
            return
        self._answer_once_saved(outcomes, done)

    def _answer_once_saved(self, outcomes: list[Outcome], done: Done) -> None:
        """Acknowledge the batch only once a snapshot holding it is on disk.

        The controller queues its own write of the session on the app's writer thread
        and reports it as usual (``saved`` / ``saveFailed``), but its news does not say
        which action a write carried. So the bridge also queues a write of the session
        as it is now, under a key of its own: the writer runs one write at a time in
        the order asked, so this one lands after the controller's (same content, or
        older than a later action's write, which follows it). If a later batch's write
        replaces it before it started, that one holds this batch too, and the bridge
        asks again. A phone hears "recorded" only when its ballot would survive a crash.
        """
        controller = self._controller
        path = controller.path
        try:
            payload = encode_session(controller.session)
        except (StoreError, OSError):
            done(None)
            return

        def written(on_disk: bool) -> None:
            if on_disk:
                done(outcomes)
            else:
                self._answer_once_saved(outcomes, done)

        save_in_order(
            f"{path} (phones)",
            lambda: write_session(path, payload),
            on_result=written,
            on_error=lambda _error: done(None),
            parent=self,
        )
