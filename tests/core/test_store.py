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
