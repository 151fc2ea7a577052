"""Versioned, atomic, crash-proof storage of a user's files (journals, sessions).

A save writes a temporary file in the same directory, flushes it to disk and
renames it over the target: a kill at any moment leaves either the old or the new
file, never half of one. Before replacing a file that loaded cleanly, its bytes
are kept as ``<name>.bak`` (the last good state). Every file carries its kind and
format version; older versions are migrated on load, newer or damaged ones open
read-only with a message, and are never overwritten.

Loading never trusts the file: only a regular file is read, at most ``MAX_BYTES``
of it; the JSON is parsed strictly (no NaN, no Infinity; a UTF-8 BOM is allowed),
and the caller's ``check`` validates the whole document (ranges, dates, types) so
that a file which loads is one the app can show and save again. A file that fails
any of this falls back to its last good copy, read-only.

One writer per file is ``explorer.core.file_lock``'s job.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec

#: A migration takes the data of version N and returns the data of version N + 1.
Migration = Callable[[dict[str, Any]], dict[str, Any]]
#: Validates a whole (migrated) document and returns what it became (a typed object); raises
#: ``StoreError``, ``ValueError``, ``TypeError`` or ``msgspec.ValidationError`` on bad content.
Check = Callable[[dict[str, Any]], Any]

#: The largest journal or session file read (a 5 MB journal is a very long one).
MAX_BYTES = 64 * 1024 * 1024
#: A temporary file this old (seconds) belongs to a save that was killed, not one in flight.
ORPHAN_AGE = 120.0
_BOM = b"\xef\xbb\xbf"
#: What a check may raise for content it refuses.
_INVALID = (
    ValueError,
    TypeError,
    KeyError,
    AttributeError,
    IndexError,
    OverflowError,
    msgspec.ValidationError,
)


class StoreError(Exception):
    """A file that cannot be used as asked; the message is for a person."""


@dataclass(frozen=True, slots=True)
class Loaded:
    data: dict[str, Any]
    #: True when the file must not be written back (newer format, or recovered from backup).
    read_only: bool = False
    #: What the user should be told, if anything.
    message: str = ""
    #: True when the data came from the last-good backup, not the file itself.
    from_backup: bool = False
    #: What ``load``'s ``check`` returned for the data (None without a check).
    value: Any = None


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def is_side_file(path: Path) -> bool:
    """Is ``path`` one of the files a store keeps beside the file it saves: its last good copy
    (``backup_path``), its lock (``explorer.core.file_lock``) or a save's hidden temporary file
    (``write_atomic``)? A reviewer's checkout has them beside the pack; a build leaves them out."""
    name = path.name
    return name.endswith((".bak", ".lock")) or (name.startswith(".") and name.endswith(".tmp"))


def write_atomic(path: Path, payload: bytes, mode: int | None = None) -> None:
    """Replace ``path`` with ``payload`` so that a crash leaves the old or the new file.

    The file is private to the user (0600, what ``mkstemp`` gives) unless ``mode`` says
    otherwise; exports pass ``default_mode()`` so they get what the user's umask allows.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
            stream.flush()
            if mode is not None and hasattr(os, "fchmod"):
                os.fchmod(stream.fileno(), mode)
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_directory(path.parent)


def default_mode() -> int:
    """0666 less the process's umask: the mode any program would give a new file."""
    with _umask_guard:
        mask = os.umask(0o022)
        os.umask(mask)
    return 0o666 & ~mask


_umask_guard = threading.Lock()  # os.umask can only be read by setting it


def _sync_directory(directory: Path) -> None:
    # The rename itself must reach the disk too (POSIX); Windows has no directory fds.
    try:
        descriptor = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def remove_orphans(directory: Path, older_than: float = ORPHAN_AGE) -> int:
    """Delete temporary files left by saves that were killed; returns how many.

    Only ``.<name>.<random>.tmp`` files (what ``write_atomic`` makes) older than
    ``older_than`` seconds are removed, so a save in flight in another process is left alone.
    """
    if not directory.is_dir():
        return 0
    removed, limit = 0, time.time() - older_than
    for candidate in directory.glob(".*.tmp"):
        try:
            info = candidate.lstat()
            if stat.S_ISREG(info.st_mode) and info.st_mtime < limit:
                candidate.unlink()
                removed += 1
        except OSError:
            continue
    return removed


def encode(kind: str, version: int, data: Mapping[str, Any]) -> bytes:
    document = {"format": kind, "version": version, **data}
    try:
        # No NaN or Infinity: what is written must read back under the strict parser.
        text = json.dumps(document, ensure_ascii=False, indent=1, sort_keys=False, allow_nan=False)
    except (TypeError, ValueError, OverflowError) as error:
        raise StoreError(f"the {kind} cannot be saved: {error}") from None
    return (text + "\n").encode("utf-8")


def save(
    path: Path,
    kind: str,
    version: int,
    data: Mapping[str, Any],
    keep_backup: bool = True,
    check: Check | None = None,
) -> None:
    """Save ``data`` as a ``kind`` file of ``version``, atomically, keeping the last good copy.

    With ``check``, the previous file becomes the backup only if it passes it too.
    """
    save_encoded(path, kind, version, encode(kind, version, data), keep_backup, check)


def save_encoded(
    path: Path,
    kind: str,
    version: int,
    payload: bytes,
    keep_backup: bool = True,
    check: Check | None = None,
) -> None:
    """``save`` for a document already ``encode``d: the disk half of a save.

    The app encodes on the GUI thread (a snapshot of what the user sees, cheap) and
    runs this, which waits for the disk, on its writer thread (``check`` too: it
    must only read the document it is given).
    """
    if keep_backup and path.exists():
        try:
            previous = read_limited(path)
            document = _decode(previous, kind)
            if check is not None and document["version"] == version:
                _checked(check, document)
            write_atomic(backup_path(path), previous)
        except (OSError, StoreError):
            pass
    write_atomic(path, payload)


def read_limited(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; ``StoreError`` otherwise.

    A FIFO, a device or a directory is refused before anything blocks on it.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise StoreError(f"{path.name} is not a regular file")
        if info.st_size > limit:
            raise StoreError(
                f"{path.name} is too large ({info.st_size // 1_000_000} MB; at most {limit // 1_000_000} MB)"
            )
        chunks, total = [], 0
        while chunk := os.read(descriptor, 1 << 20):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise StoreError(f"{path.name} is too large (at most {limit // 1_000_000} MB)")
        return b"".join(chunks)
    finally:
        os.close(descriptor)


def _decode(raw: bytes, kind: str) -> dict[str, Any]:
    if raw.startswith(_BOM):  # some editors add one; it is still UTF-8
        raw = raw[len(_BOM) :]
    try:
        raw.decode("utf-8")  # a clear message for the common damage, before the parser's
        document = msgspec.json.decode(raw)
    except UnicodeDecodeError as error:
        raise StoreError(f"the file is damaged (not UTF-8 text at byte {error.start})") from None
    except msgspec.DecodeError as error:
        raise StoreError(f"the file is damaged ({error})") from None
    except RecursionError:
        raise StoreError("the file is damaged (its data is nested too deeply)") from None
    if not isinstance(document, dict) or document.get("format") != kind:
        raise StoreError(f"this is not a {kind} file")
    found = document.get("version")
    if isinstance(found, bool) or not isinstance(found, int) or not 0 < found < 1_000_000:
        raise StoreError(f"the {kind} file has no format version")
    return document


def _checked(check: Check, document: dict[str, Any]) -> Any:
    try:
        return check(document)
    except StoreError:
        raise
    except RecursionError:
        raise StoreError("the file is damaged (its data is nested too deeply)") from None
    except _INVALID as error:
        raise StoreError(f"the file is damaged ({error})") from None


def load(
    path: Path,
    kind: str,
    version: int,
    migrations: Mapping[int, Migration] | None = None,
    check: Check | None = None,
) -> Loaded:
    """Read a ``kind`` file, migrating older versions; never raises on bad content.

    - current or older version: the data, migrated to ``version`` and passed through ``check``
      (its result is ``Loaded.value``);
    - newer version: the data as is, read-only ("made by a newer version"), if ``check`` accepts it;
    - damaged or invalid: the last-good backup, read-only, with a message; if there is no
      usable backup either, a ``StoreError`` saying so (the file is left alone).
    """
    migrations = migrations or {}
    try:
        return _load_one(path, kind, version, migrations, check)
    except (OSError, StoreError) as error:
        reason = (error.strerror or str(error)) if isinstance(error, OSError) else str(error)
        backup = backup_path(path)
        if backup.exists():
            try:
                loaded = _load_one(backup, kind, version, migrations, check)
            except (OSError, StoreError):
                pass
            else:
                return Loaded(
                    loaded.data,
                    read_only=True,
                    message=f"{path.name} could not be read ({reason}); showing the last good copy, "
                    "read-only. Save it under a new name to keep working.",
                    from_backup=True,
                    value=loaded.value,
                )
        raise StoreError(f"{path.name} could not be read: {reason}") from None


def _load_one(
    path: Path, kind: str, version: int, migrations: Mapping[int, Migration], check: Check | None
) -> Loaded:
    document = _decode(read_limited(path), kind)
    loaded = _migrate(document, kind, version, migrations)
    if check is None:
        return loaded
    value = _checked(check, loaded.data)
    return Loaded(loaded.data, loaded.read_only, loaded.message, loaded.from_backup, value)


def _migrate(
    document: dict[str, Any], kind: str, version: int, migrations: Mapping[int, Migration]
) -> Loaded:
    found = document["version"]
    if found > version:
        return Loaded(
            document,
            read_only=True,
            message=f"This {kind} was saved by a newer version of the app (format {found}, this app "
            f"reads up to {version}); it opens read-only so nothing is lost.",
        )
    while document["version"] < version:
        step = migrations.get(document["version"])
        if step is None:
            raise StoreError(f"no migration from {kind} format {document['version']}")
        try:
            migrated = step(document)
        except RecursionError:
            raise StoreError("the file is damaged (its data is nested too deeply)") from None
        except _INVALID as error:
            raise StoreError(f"the file is damaged (format {document['version']}: {error!r})") from None
        document = {**migrated, "version": document["version"] + 1, "format": kind}
    return Loaded(document)
