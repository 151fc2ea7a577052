"""Where an export may be written: never over the file being exported or any file of the
app's own, through a symbolic link, into a missing folder or onto a folder.

Every export (journal and debrief as Markdown, HTML or PDF; the pack as JSON), from
the command line or the app, asks ``check_target`` first and gets an ``ExportError``
whose message is for a person. Text exports are then written by ``write_export``:
atomically (temp file and rename, ``explorer.core.store.write_atomic``) with the mode
the user's umask gives any new file, as the PDF's ``QSaveFile`` does.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from explorer.core.store import default_mode, write_atomic

#: Names only the app's own files have: an export is never given one.
APP_FILE_SUFFIXES = (".journal.json", ".workshop.json", ".json.bak", ".json.lock")


class ExportError(OSError):
    """The export cannot be written there; the message says why and what to do.

    An ``OSError``, so that code handling a failed write handles this refusal the same way.
    """


def _same(one: Path, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:
        return os.path.normcase(os.path.abspath(one)) == os.path.normcase(os.path.abspath(other))


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except (ValueError, OSError):
        return False
    return True


def check_target(path: Path, protected: Iterable[Path] = (), data_dirs: Iterable[Path] = ()) -> Path:
    """``path`` if an export may be written there; ``ExportError`` otherwise.

    ``protected`` are the files being exported (a journal, a session); ``data_dirs`` the
    app's own folders (``explorer.core.paths.app_dirs``), where an export may be a new file
    but never replaces one.
    """
    name = str(path)
    if not path.name or path.name in (".", ".."):
        raise ExportError(f"{name} is not a file name; give the name of the file to write")
    try:
        info = path.lstat()
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise ExportError(f"{name} cannot be written: {error.strerror}") from None
    if info is not None:
        if stat.S_ISLNK(info.st_mode):
            raise ExportError(f"{name} is a symbolic link; exports never write through links")
        if stat.S_ISDIR(info.st_mode):
            raise ExportError(f"{name} is a folder; give the name of a file to write in it")
        if not stat.S_ISREG(info.st_mode):
            raise ExportError(f"{name} is not a regular file; choose another name")
    folder = path.parent
    if not folder.exists():
        raise ExportError(f"the folder {folder} does not exist; create it first or choose another")
    if not folder.is_dir():
        raise ExportError(f"{folder} is not a folder")
    for kept in protected:
        for twin in (kept, kept.with_name(kept.name + ".bak"), kept.with_name(kept.name + ".lock")):
            if _same(path, twin):
                raise ExportError(f"{name} is the file being exported; writing there would destroy it")
    if path.name.lower().endswith(APP_FILE_SUFFIXES):
        raise ExportError(f"{path.name} is named like one of the app's own files; choose another name")
    if info is not None:
        for data in data_dirs:
            if _inside(path, data):
                raise ExportError(f"{name} is one of the app's own files ({data}); choose another name")
    return path


def write_export(
    path: Path, payload: bytes, protected: Iterable[Path] = (), data_dirs: Iterable[Path] = ()
) -> Path:
    """Check ``path`` and write ``payload`` there atomically, with the user's default mode."""
    check_target(path, protected, data_dirs)
    try:
        write_atomic(path, payload, mode=default_mode())
    except OSError as error:
        raise ExportError(f"{path} could not be written: {error.strerror or error}") from None
    return path
