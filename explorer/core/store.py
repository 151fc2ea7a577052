"""Versioned, atomic, crash-proof storage of a user's files (journals, sessions).

A save writes a temporary file in the same directory, flushes it to disk and
renames it over the target: a kill at any moment leaves either the old or the new
file, never half of one. Before replacing a file that loaded cleanly, its bytes
are kept as ``<name>.bak`` (the last good state). Every file carries its kind and
format version; older versions are migrated on load, newer or damaged ones open
read-only with a message, and are never overwritten.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: A migration takes the data of version N and returns the data of version N + 1.
Migration = Callable[[dict[str, Any]], dict[str, Any]]


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


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def write_atomic(path: Path, payload: bytes) -> None:
    """Replace ``path`` with ``payload`` so that a crash leaves the old or the new file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_directory(path.parent)


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


def encode(kind: str, version: int, data: Mapping[str, Any]) -> bytes:
    document = {"format": kind, "version": version, **data}
    return (json.dumps(document, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode("utf-8")


def save(path: Path, kind: str, version: int, data: Mapping[str, Any], keep_backup: bool = True) -> None:
    """Save ``data`` as a ``kind`` file of ``version``, atomically, keeping the last good copy."""
    if keep_backup and path.exists():
        try:
            previous = path.read_bytes()
            _decode(previous, kind)  # only a file that still reads is worth keeping
            write_atomic(backup_path(path), previous)
        except (OSError, StoreError):
            pass
    write_atomic(path, encode(kind, version, data))


def _decode(raw: bytes, kind: str) -> dict[str, Any]:
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise StoreError(f"the file is damaged ({error.__class__.__name__}: {error})") from None
    if not isinstance(document, dict) or document.get("format") != kind:
        raise StoreError(f"this is not a {kind} file")
    if not isinstance(document.get("version"), int):
        raise StoreError(f"the {kind} file has no format version")
    return document


def load(path: Path, kind: str, version: int, migrations: Mapping[int, Migration] | None = None) -> Loaded:
    """Read a ``kind`` file, migrating older versions; never raises on bad content.

    - current or older version: the data, migrated to ``version``;
    - newer version: the data as is, read-only ("made by a newer version");
    - damaged: the last-good backup, read-only, with a message; if there is no
      usable backup either, a ``StoreError`` saying so (the file is left alone).
    """
    migrations = migrations or {}
    try:
        document = _decode(path.read_bytes(), kind)
    except (OSError, StoreError) as error:
        reason = error.strerror if isinstance(error, OSError) else str(error)
        backup = backup_path(path)
        if backup.exists():
            try:
                recovered = _decode(backup.read_bytes(), kind)
            except (OSError, StoreError):
                pass
            else:
                loaded = _migrate(recovered, kind, version, migrations)
                return Loaded(
                    loaded.data,
                    read_only=True,
                    message=f"{path.name} could not be read ({reason}); showing the last good copy, "
                    "read-only. Save it under a new name to keep working.",
                    from_backup=True,
                )
        raise StoreError(f"{path.name} could not be read: {reason}") from None
    return _migrate(document, kind, version, migrations)


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
        document = {**step(document), "version": document["version"] + 1, "format": kind}
    return Loaded(document)
