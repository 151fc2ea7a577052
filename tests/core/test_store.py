"""Atomic, versioned storage: a kill at any moment leaves the last good state readable."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from explorer.core.store import StoreError, backup_path, load, save


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "j.json"
    save(path, "journal", 2, {"entries": [1, 2]})
    loaded = load(path, "journal", 2)
    assert loaded.data["entries"] == [1, 2] and not loaded.read_only


def test_older_version_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "j.json"
    save(path, "journal", 1, {"items": ["a"]})
    loaded = load(path, "journal", 2, {1: lambda d: {"entries": d["items"]}})
    assert loaded.data["entries"] == ["a"] and loaded.data["version"] == 2


def test_newer_version_opens_read_only(tmp_path: Path) -> None:
    path = tmp_path / "j.json"
    save(path, "journal", 9, {"entries": []})
    loaded = load(path, "journal", 2)
    assert loaded.read_only and "newer version" in loaded.message


def test_corrupt_file_falls_back_to_last_good_copy_read_only(tmp_path: Path) -> None:
    path = tmp_path / "j.json"
    save(path, "journal", 1, {"entries": ["first"]})
    save(path, "journal", 1, {"entries": ["first", "second"]})
    path.write_bytes(b'{"format": "journal", "vers')  # damaged by something else
    loaded = load(path, "journal", 1)
    assert loaded.from_backup and loaded.read_only
    assert loaded.data["entries"] == ["first"]
    assert "last good copy" in loaded.message


def test_corrupt_file_without_backup_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "j.json"
    path.write_bytes(b"\xff\xfe not json")
    with pytest.raises(StoreError, match="could not be read"):
        load(path, "journal", 1)
    assert path.read_bytes() == b"\xff\xfe not json"  # never overwritten


def test_wrong_kind_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    save(path, "workshop-session", 1, {})
    with pytest.raises(StoreError, match="not a journal file"):
        load(path, "journal", 1)


WRITER = """
import sys
from pathlib import Path
from explorer.core.store import save
path = Path(sys.argv[1])
n = 0
while True:
    n += 1
    save(path, "journal", 1, {"entries": list(range(n)), "padding": "x" * 20000})
    print(n, flush=True)
"""


def test_killed_writer_never_leaves_a_broken_file(tmp_path: Path) -> None:
    """Kill a process in the middle of a stream of saves, many times: the file
    always reopens, with every entry that was reported saved before the kill."""
    path = tmp_path / "journal.json"
    for round_number in range(15):
        process = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True
        )
        assert process.stdout is not None
        saved = 0
        deadline = time.monotonic() + 20
        while saved < 3 + round_number and time.monotonic() < deadline:
            saved = int(process.stdout.readline())
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        loaded = load(path, "journal", 1)
        assert not loaded.from_backup
        assert len(loaded.data["entries"]) >= saved
        leftovers = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
        for leftover in leftovers:  # a kill between write and rename leaves a temp file, harmless
            leftover.unlink()
    assert json.loads(backup_path(path).read_text(encoding="utf-8"))["format"] == "journal"


def test_the_files_a_store_keeps_beside_its_file_are_side_files(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """What saving and locking leave beside a file (a reviewer's ``review.json.bak``, a lock, a
    temporary file a killed save left) is told from the pack's own files: builds leave it out."""
    from explorer.core import file_lock, store
    from explorer.core.store import is_side_file

    path = tmp_path / "review.json"
    save(path, "review", 1, {"items": []})
    save(path, "review", 1, {"items": [1]})  # the first becomes the last good copy
    held = file_lock.lock(path)
    assert held is not None
    kept_temporary: list[str] = []
    real_replace = os.replace

    def killed_before_the_rename(source: str, target: str) -> None:
        kept_temporary.append(Path(source).name)
        raise OSError("killed")

    monkeypatch.setattr(store.os, "replace", killed_before_the_rename)
    with pytest.raises(OSError):
        store.write_atomic(path, b"{}")
    monkeypatch.setattr(store.os, "replace", real_replace)
    held.release()
    leftover = {entry.name for entry in tmp_path.iterdir()}
    assert {"review.json.bak", "review.json.lock"} <= leftover
    side = {name for name in leftover if is_side_file(tmp_path / name)}
    assert side == leftover - {"review.json"}, leftover
    # The save's temporary file (removed here, as the save failed; a kill would have left it).
    assert len(kept_temporary) == 1 and is_side_file(tmp_path / kept_temporary[0])
    for own in ("review.json", "pack.yaml", "troops-or-enablers.yaml", "explorer.svg", "nl.qm"):
        assert not is_side_file(Path(own))
