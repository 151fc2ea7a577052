"""One app per user: a second launch hands over to the first; two processes never write one file.

The kill test runs real processes: a first instance (the app's own guard and journal
code, writing entries as fast as it can) and, while it writes, a real second launch of
``python -m explorer``, which must defer to it and exit. The first is then killed with
SIGKILL at a random moment; the next first instance must start (the dead one's locks
are stale), and no entry the killed one reported saved may be missing.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from explorer.core.reflection.journal import Journal, JournalEntry
from explorer.ui.single_instance import SingleInstance, instance_key

HANDER = """
import sys
from PySide6.QtCore import QCoreApplication
from explorer.ui.single_instance import hand_over
app = QCoreApplication([])
sys.exit(0 if hand_over(sys.argv[1], sys.argv[2:]) else 3)
"""


def test_a_second_launch_hands_its_arguments_to_the_first(qtbot: QtBot, tmp_path: Path) -> None:
    key = instance_key(tmp_path)
    first = SingleInstance(key)
    assert first.acquire()
    try:
        assert not SingleInstance(key).acquire()  # the lock is taken: this one is a second launch
        with qtbot.waitSignal(first.argumentsReceived, timeout=20_000) as received:
            process = subprocess.Popen([sys.executable, "-c", HANDER, key, "--open", "/x/y.journal.json"])
        assert received.args == [["--open", "/x/y.journal.json"]]
        assert process.wait(timeout=20) == 0
    finally:
        first.release()
    again = SingleInstance(key)
    assert again.acquire()  # released: the next launch is a first instance again
    again.release()


#: A first instance: the app's guard, then the journal open for writing, one saved entry a line.
FIRST = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from explorer.app import APPLICATION, ORGANISATION
from explorer.core.reflection.journal import Journal, JournalEntry
from explorer.ui.single_instance import SingleInstance, instance_key
from explorer.ui.user_dirs import app_data_dir

app = QCoreApplication([])
app.setOrganizationName(ORGANISATION)
app.setApplicationName(APPLICATION)
guard = SingleInstance(instance_key(app_data_dir("")))
if not guard.acquire():
    print("not-first", flush=True)
    sys.exit(2)
guard.argumentsReceived.connect(lambda arguments: print("handed", *arguments, flush=True))
journal = Journal.open(Path(sys.argv[1]))
if journal.read_only:
    print("read-only", journal.message, flush=True)
    sys.exit(2)
print("first", flush=True)
count = [len(journal)]


def write() -> None:
    count[0] += 1
    journal.put(JournalEntry(f"scenario-{count[0]}", "stage", rationale="x" * 2000))
    journal.save()
    print(count[0], flush=True)


timer = QTimer()
timer.timeout.connect(write)
timer.start(5)
app.exec()
"""


def _read_until(process: subprocess.Popen[str], wanted: str, deadline: float) -> tuple[list[str], int]:
    """Lines of ``process`` up to one starting with ``wanted``; the last entry number reported."""
    assert process.stdout is not None
    lines, last = [], 0
    while time.monotonic() < deadline:
        line = process.stdout.readline().strip()
        if not line:
            break
        lines.append(line)
        if line.isdigit():
            last = int(line)
        if line.startswith(wanted):
            return lines, last
    raise AssertionError(f"no line {wanted!r} in {lines[-5:]}")


def test_kill_test_second_launch_defers_and_no_acknowledged_entry_is_lost(tmp_path: Path) -> None:
    journal_path = tmp_path / "data" / "shared.journal.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    acknowledged = 0
    for round_number in range(8):
        first = subprocess.Popen(
            [sys.executable, "-c", FIRST, str(journal_path)], stdout=subprocess.PIPE, text=True, env=env
        )
        deadline = time.monotonic() + 60
        try:
            _read_until(first, "first", deadline)
            # The real app, launched a second time with a file to open: it must defer and exit.
            second = subprocess.run(
                [sys.executable, "-m", "explorer", "--open", str(journal_path)],
                capture_output=True,
                text=True,
                env=env,
                timeout=60,
            )
            assert second.returncode == 0, second.stderr
            assert "already running" in second.stderr
            lines, last = _read_until(first, "handed", deadline)
            assert lines[-1] == f"handed --open {journal_path}"
            # Meanwhile a second process opening the journal gets it read-only, never writable.
            reader = Journal.open(journal_path)
            assert reader.read_only and "another window" in reader.message
            reader.close()
            lines, more = _read_until(first, str(last + 3 + round_number), deadline)
            acknowledged = max(acknowledged, last, more)
        finally:
            os.kill(first.pid, signal.SIGKILL)
            first.wait()
            assert first.stdout is not None
            rest = first.stdout.read().split()
            acknowledged = max([acknowledged] + [int(n) for n in rest if n.isdigit()])
            first.stdout.close()
        journal = Journal.open(journal_path, lock=False)
        assert not journal.read_only, journal.message
        present = {entry.scenario for entry in journal.entries()}
        missing = {f"scenario-{n}" for n in range(1, acknowledged + 1)} - present
        assert not missing, f"round {round_number}: lost {sorted(missing)[:5]}"
    assert acknowledged >= 8 * 3


def test_a_journal_open_in_this_process_is_shared_not_refused(tmp_path: Path) -> None:
    path = tmp_path / "j.journal.json"
    one = Journal.open(path)
    two = Journal.open(path)  # another view of this app: the same writer
    assert not one.read_only and not two.read_only
    one.put(JournalEntry("s", "t"))
    one.save()
    one.close()
    two.close()
