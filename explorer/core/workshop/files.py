"""Workshop session files: atomic autosave after every action, loading, finding unfinished ones.

A session file is a versioned ``explorer.core.store`` document (kind
``workshop-session``), written by temp file and rename with the last good copy
kept beside it, so a crash at any moment leaves a file that reopens where the
room was. Files are self-contained (see ``explorer.core.workshop.plan``) and can
be copied to another machine.

A file is validated as a whole on load (``from_data``: the msgspec schema with its
bounds, then the session's own consistency); one that fails opens its last good
copy read-only, or is refused with a reason. A session opened to be run holds its
file's lock (``explorer.core.file_lock``): a second process opens it read-only, so
two consoles never overwrite each other's votes.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import msgspec

from explorer.core import file_lock, store
from explorer.core.workshop.session import (
    MIGRATIONS,
    SESSION_KIND,
    SESSION_VERSION,
    WorkshopError,
    WorkshopSession,
    describe,
    from_data,
    to_data,
)

SUFFIX = ".workshop.json"
T = TypeVar("T")


LOCKED_MESSAGE = (
    "{name} is open in another window of the app; it opens read-only here so that the two "
    "consoles do not overwrite each other's votes. Close it there to run it here."
)


def save_session(path: Path, session: WorkshopSession) -> None:
    """Write atomically, keeping the last good copy (``explorer.core.store``)."""
    write_session(path, encode_session(session))


def encode_session(session: WorkshopSession) -> bytes:
    """The session file's bytes: a snapshot, safe to write later from another thread."""
    return store.encode(SESSION_KIND, SESSION_VERSION, to_data(session))


def write_session(path: Path, payload: bytes) -> None:
    """Write an ``encode_session`` snapshot atomically, keeping the last good copy."""
    store.save_encoded(path, SESSION_KIND, SESSION_VERSION, payload, check=_check)


def _check(data: dict[str, Any]) -> WorkshopSession:
    try:
        return from_data(data)
    except WorkshopError as error:
        raise ValueError(str(error).removeprefix("not a usable workshop session: ")) from None


@dataclass(frozen=True)
class LoadedSession:
    session: WorkshopSession
    path: Path
    read_only: bool = False
    message: str = ""
    from_backup: bool = False
    #: The file's write lock, when it was opened to be run (``load_session(..., lock=True)``).
    lock: file_lock.FileLock | None = None

    def close(self) -> None:
        """Give the file's lock back (the session is no longer run here)."""
        if self.lock is not None:
            self.lock.release()


def load_session(path: Path, lock: bool = False) -> LoadedSession:
    """Read a session file; ``WorkshopError`` with a reason if it cannot be used.

    With ``lock`` (to run the session) the file's lock is taken; if another process
    holds it, the session opens read-only with a message.
    """
    held: file_lock.FileLock | None = None
    refused = False
    if lock:
        try:
            held = file_lock.lock(path)
            refused = held is None
        except OSError:
            pass  # no lock file possible means no save possible either: saving will say so
    try:
        loaded = store.load(path, SESSION_KIND, SESSION_VERSION, MIGRATIONS, check=_check)
    except store.StoreError as error:
        if held is not None:
            held.release()
        raise WorkshopError(str(error)) from None
    message, read_only = loaded.message, loaded.read_only
    if refused and not read_only:
        message, read_only = LOCKED_MESSAGE.format(name=path.name), True
    if held is not None and read_only:
        held.release()
        held = None
    return LoadedSession(loaded.value, path, read_only, message, loaded.from_backup, held)


def session_filename(session: WorkshopSession) -> str:
    day = time.strftime("%Y-%m-%d", time.localtime(session.created))
    slug = re.sub(r"[^a-z0-9]+", "-", session.title.lower()).strip("-")[:40] or "workshop"
    return f"{day}-{slug}-{session.id[:8]}{SUFFIX}"


@dataclass(frozen=True)
class SessionSummary:
    path: Path
    title: str
    where: str
    saved: float
    finished: bool


def find_sessions(directory: Path) -> list[SessionSummary]:
    """The readable session files in ``directory``, most recently saved first."""
    found: list[SessionSummary] = []
    if not directory.is_dir():
        return found
    for path in directory.glob(f"*{SUFFIX}"):
        try:
            loaded = load_session(path)
            saved = path.stat().st_mtime
        except (WorkshopError, OSError):
            continue  # one unreadable file never hides the others
        session = loaded.session
        found.append(SessionSummary(path, session.title, describe(session), saved, session.finished))
    return sorted(found, key=lambda s: s.saved, reverse=True)


def find_unfinished(directory: Path) -> list[SessionSummary]:
    return [summary for summary in find_sessions(directory) if not summary.finished]


class Autosave:
    """A session bound to its file: every action is saved as soon as it is done.

    ``write`` receives the path and the encoded snapshot taken right after the
    action; by default it writes at once (``write_session``). The app passes one
    that queues the write on its single writer thread, so the window never waits
    for the disk while the writes still reach it in the order of the actions.
    """

    def __init__(
        self, session: WorkshopSession, path: Path, write: Callable[[Path, bytes], None] = write_session
    ) -> None:
        self.session = session
        self.path = path
        self._write = write

    def perform(self, action: Callable[[WorkshopSession], T]) -> T:
        """Run ``action`` on the session and save it.

        A refused action (``WorkshopError``) leaves the session as it was, even an
        action made of several steps whose later step was refused: the session is
        put back from a snapshot, so what is in memory is always what is on disk.
        """
        snapshot = msgspec.msgpack.encode(self.session)
        try:
            result = action(self.session)
        except WorkshopError:
            self.session = msgspec.msgpack.decode(snapshot, type=WorkshopSession)
            raise
        self.save()
        return result

    def save(self) -> None:
        self._write(self.path, encode_session(self.session))
