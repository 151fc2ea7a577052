"""One running app per user: a second launch hands its arguments to the first and exits.

The first instance holds a ``QLockFile`` (Qt detects a lock left by a crashed
process and takes it over) and listens on a ``QLocalServer``; a later launch
cannot take the lock, connects with a ``QLocalSocket``, sends its command-line
arguments (a pack or a file to open) and waits for the first instance to
acknowledge them. The first instance brings its window forward and opens what it
was given. The name of both is derived from the user's data folder, so two users
(or two test runs with their own folders) never meet.

Data safety does not rest on this guard alone: every journal and session file has
its own lock (``explorer.core.file_lock``), so even two instances that missed each
other never write one file.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QDir, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

#: How long a second launch waits for the first to answer (it may be starting up itself).
HANDOVER_MS = 3000
ACK = b"ok\n"


def instance_key(data_dir: Path) -> str:
    """A short name for the server and lock of the app using ``data_dir``."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"peace-ops-explorer-{digest}"


class SingleInstance(QObject):
    """The first instance's guard: ``acquire`` once; ``argumentsReceived`` per later launch."""

    argumentsReceived = Signal(list)  # list[str]: what a later launch asked to open

    def __init__(self, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self._lock = QLockFile(QDir.temp().filePath(f"{key}.lock"))
        self._lock.setStaleLockTime(0)  # only a dead owner makes the lock stale, never its age
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True if this is the first instance (it now listens); False if another runs."""
        if not self._lock.tryLock(0):
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # We hold the lock, so a server of that name is a leftover of a crashed first instance.
        QLocalServer.removeServer(self.key)
        if not server.listen(self.key):
            self._lock.unlock()
            return False
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _accept(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            connection = _Connection(socket, self)
            connection.received.connect(self.argumentsReceived)
            connection.read()  # what arrived with the connection


class _Connection(QObject):
    """One later launch talking to the first: a line of JSON in, an acknowledgement out."""

    received = Signal(list)

    def __init__(self, socket: QLocalSocket, parent: QObject) -> None:
        super().__init__(parent)
        self.socket = socket
        socket.setParent(self)
        self.buffer = bytearray()
        socket.readyRead.connect(self.read)
        socket.disconnected.connect(self.deleteLater)  # with the socket, its child

    def read(self) -> None:
        self.buffer.extend(bytes(self.socket.readAll().data()))
        if b"\n" not in self.buffer:
            if len(self.buffer) > 1_000_000:  # not one of ours
                self.socket.abort()
            return
        line = bytes(self.buffer).split(b"\n", 1)[0]
        self.buffer.clear()
        try:
            arguments = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            arguments = None
        self.socket.write(QByteArray(ACK))
        self.socket.flush()
        if isinstance(arguments, list) and all(isinstance(a, str) for a in arguments):
            self.received.emit(arguments)


def hand_over(key: str, arguments: list[str], timeout_ms: int = HANDOVER_MS) -> bool:
    """Give ``arguments`` to the running first instance; True once it acknowledged them."""
    socket = QLocalSocket()
    socket.connectToServer(key)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(QByteArray(json.dumps(arguments).encode("utf-8") + b"\n"))
    if not socket.waitForBytesWritten(timeout_ms):
        return False
    answer = b""
    while ACK not in answer and socket.waitForReadyRead(timeout_ms):
        answer += bytes(socket.readAll().data())
    socket.abort()
    return ACK in answer
