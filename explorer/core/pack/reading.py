"""Read a file of a pack: only a regular file inside the pack, and never more than a limit.

A pack directory comes from anyone, and a name ending in ``.yaml`` says nothing
about what it is: a FIFO blocks a plain ``open`` forever, ``/dev/zero`` never
ends, and a symlink can pull in any file of the reader's disk. So the file is
opened without blocking, checked to be a regular file on the opened descriptor
(no race between the check and the read), and read up to the limit plus one
byte, which is enough to tell that it is too large.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path


class Unreadable(Exception):
    """Why a pack file was not read, phrased for its author."""


_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
#: Refuses to open a symlink (where the system has it): the plain file, nearly every file of
#: a pack, is then opened without asking first whether it is a link (a ``stat`` per file).
_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)


def read_pack_file(path: Path, pack_dir: Path, limit: int) -> bytes:
    """The bytes of ``path`` (at most ``limit``), or ``Unreadable`` saying why not."""
    descriptor = -1
    if _NO_FOLLOW:
        # A link, or an error: the way below tells which, and says it as always.
        with contextlib.suppress(OSError):
            descriptor = os.open(path, _FLAGS | _NO_FOLLOW)
    if descriptor < 0:
        descriptor = _open_checked(path, pack_dir)
    try:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            raise Unreadable(f"not a regular file ({_kind(mode)}); a scenario must be a plain text file")
        chunks = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(descriptor, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    except OSError as error:
        raise Unreadable(f"cannot read the file: {error.strerror or error}") from None
    finally:
        os.close(descriptor)
    raw = b"".join(chunks)
    if len(raw) > limit:
        raise Unreadable(
            f"the file is larger than {limit:,} bytes; a scenario file should be well under 1 MB"
        )
    return raw


def _open_checked(path: Path, pack_dir: Path) -> int:
    """``path`` opened, if it is no link or a link to a file inside the pack."""
    try:
        if path.is_symlink():
            target = path.resolve()
            if not target.is_relative_to(pack_dir.resolve()):
                raise Unreadable(
                    f"a link to {target}, outside the pack; copy the file into the pack folder instead"
                )
        return os.open(path, _FLAGS)
    except OSError as error:
        raise Unreadable(f"cannot read the file: {error.strerror or error}") from None


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a file"
