"""One writer per file: an OS lock held while a journal or session is open for writing.

``lock`` takes an OS lock (``flock``/``msvcrt.locking``) on a ``<name>.lock`` file
beside the data, held for as long as the file is open for writing; the OS drops it
when the process dies, so a killed app never leaves a stale lock behind. The data
file itself is not locked: ``explorer.core.store`` replaces it by renaming, which
would leave a lock on the old file.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from pathlib import Path


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


class _OsLock:
    """One OS lock held by this process, shared by every opener of the file in it."""

    def __init__(self, key: str, descriptor: int) -> None:
        self.key = key
        self.descriptor = descriptor
        self.holders = 0


class FileLock:
    """This process's right to write one file; ``release`` (or the process's end) gives it up.

    Opening the same file twice in one process shares the lock (the app's own windows
    take turns on the GUI thread); only another process is kept out.
    """

    def __init__(self, owner: _OsLock) -> None:
        self._owner = owner
        owner.holders += 1
        self.released = False

    def release(self) -> None:
        with _locks_guard:
            if self.released:
                return
            self.released = True
            owner = self._owner
            owner.holders -= 1
            if owner.holders == 0:
                _held.pop(owner.key, None)
                _unlock(owner.descriptor)
                os.close(owner.descriptor)


_held: dict[str, _OsLock] = {}
_locks_guard = threading.Lock()


def lock(path: Path) -> FileLock | None:
    """Take the write lock of ``path``; None if another process holds it.

    Raises ``OSError`` if the lock file cannot be made at all (a read-only folder):
    then nothing can be saved there anyway.
    """
    key = os.path.normcase(os.path.realpath(path))
    with _locks_guard:
        held = _held.get(key)
        if held is None:
            path.parent.mkdir(parents=True, exist_ok=True)
            flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0)
            descriptor = os.open(lock_path(path), flags, 0o600)
            if not _try_lock(descriptor):
                os.close(descriptor)
                return None
            _held[key] = held = _OsLock(key, descriptor)
        return FileLock(held)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _try_lock(descriptor: int) -> bool:
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        try:
            os.lseek(descriptor, 0, os.SEEK_SET)
            msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _try_lock(descriptor: int) -> bool:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(descriptor, fcntl.LOCK_UN)
