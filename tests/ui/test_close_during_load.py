"""Closing the window while a large pack loads ends the process: at once, with code 0, quietly.

The real entry point (``python -m explorer --pack DIR``, offscreen) is started on a pack
of 4,000 scenario files, enough that loading takes seconds. A ``sitecustomize`` hook, put
on the child's path only, closes the main window as a user would once the loader has
taken 50 files, and reports whether the pack had arrived by then and how many files the
loader had taken when the process ended. The process must exit within the bound, with
code 0 and no traceback, and the load must have stopped before its end.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

GOOD = Path(__file__).resolve().parents[1] / "data" / "packs" / "good"
FILES = 4_000
#: A bound on a hang, not a speed target: the process ends well within it when it works.
EXIT_BOUND_S = 120

HOOK = """\
import atexit
import os

if os.environ.pop("EXPLORER_TEST_CLOSE_WHILE_LOADING", ""):  # the app only, not processes it starts
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMainWindow

    from explorer.core.pack import loader

    taken = []  # files the loader has parsed (pack.yaml and the scenarios)
    original_parse = loader._parse

    def counting_parse(path, *rest, **named):
        taken.append(path)
        return original_parse(path, *rest, **named)

    loader._parse = counting_parse

    def report():
        print(f"hook: taken {len(taken)}", flush=True)

    atexit.register(report)
    original_show = QMainWindow.show

    def show(window):
        original_show(window)
        if type(window).__name__ != "MainWindow" or getattr(show, "done", False):
            return
        show.done = True
        window.packLoaded.connect(lambda *_: print("hook: pack loaded", flush=True))
        poll = QTimer(window)

        def close_once_loading():  # once the loader is well into the files
            if len(taken) >= 50 or window.pack is not None:
                poll.stop()
                loaded = window.pack is not None
                print(f"hook: closing at file {len(taken)}, pack loaded: {loaded}", flush=True)
                window.close()

        poll.timeout.connect(close_once_loading)
        poll.start(20)

    QMainWindow.show = show
"""


def _large_pack(directory: Path) -> Path:
    directory.mkdir()
    (directory / "pack.yaml").write_bytes((GOOD / "pack.yaml").read_bytes())
    text = (GOOD / "belgian-presence.yaml").read_text(encoding="utf-8")
    for number in range(FILES):
        scenario = re.sub(r"^id: .*$", f"id: copy-{number}", text, count=1, flags=re.MULTILINE)
        (directory / f"copy-{number:05}.yaml").write_text(scenario, encoding="utf-8")
    return directory


def test_closing_the_window_during_a_slow_load_exits_the_process(tmp_path: Path) -> None:
    pack = _large_pack(tmp_path / "pack")
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(HOOK, encoding="utf-8")
    env = {
        **os.environ,  # the test's own config, data and cache folders (tests/conftest.py)
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": os.pathsep.join([str(hook), *filter(None, [os.environ.get("PYTHONPATH")])]),
        "EXPLORER_TEST_CLOSE_WHILE_LOADING": "1",
    }
    done = subprocess.run(
        [sys.executable, "-m", "explorer", "--pack", str(pack)],
        capture_output=True,
        text=True,
        env=env,
        timeout=EXIT_BOUND_S,  # raises, and fails the test, if the process outlives the bound
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    assert re.search(r"hook: closing at file \d+, pack loaded: False", done.stdout), done.stdout
    assert "hook: pack loaded" not in done.stdout
    taken = int(re.search(r"hook: taken (\d+)", done.stdout).group(1))  # type: ignore[union-attr]
    assert 50 <= taken < FILES  # the load was under way, and stopped when the window closed
