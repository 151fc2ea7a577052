"""Cold starts, timed from outside: the app to a shown, populated main window, and the bare-window floor.

Each start is a new process. The child prints ``shown <epoch seconds> rss_kb <n>``
when its window is up (``explorer self-test --gui-start`` for the app,
``bench/bare_window.py`` for the floor), so the figure is spawn → shown, without
interpreter teardown. Up means painted: both children stamp on the turn of the event
loop after their window's first paint on screen (until this round both stamped on the
first turn after ``show()``, which comes before any paint, and so left out the app's
heavier first paint). The app's window is up when its first screen is filled: the
library and the scenario's page, from the pack or from the first screen the previous
start kept (``explorer.ui.first_screen``, as for a returning reader; the warm-up start
keeps it). The app also prints ``loaded <epoch seconds>`` when the pack itself has
loaded behind that screen, reported as ``app_loaded_ms``. Bare and app runs
alternate, so a busy machine slows both alike, and the ratio is what to read.
Frozen builds are compared with the bare window frozen the same way (PyInstaller,
the same Qt hook, same mode).
"""

from __future__ import annotations

import importlib.util
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE_SCRIPT = ROOT / "bench" / "bare_window.py"
CONTENT_SCRIPT = ROOT / "bench" / "content_window.py"


@dataclass
class Start:
    shown_ms: float
    rss_kb: int
    cpu_ms: float = 0.0  # the child's CPU time (all threads) when it printed ``shown``
    loaded_ms: float | None = None  # the app: the pack loaded (behind a kept first screen)


def child_env(workdir: Path) -> dict[str, str]:
    """A user's environment: bytecode cached (as after a first start), throwaway settings, Qt offscreen."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(workdir / "pycache")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["XDG_CONFIG_HOME"] = str(workdir / "config")
    env["XDG_CACHE_HOME"] = str(workdir / "cache")
    return env


def start_once(command: list[str], env: dict[str, str], cwd: Path) -> Start:
    started = time.time()
    process = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=120)
    line = next((line for line in process.stdout.splitlines() if line.startswith("shown ")), None)
    if process.returncode != 0 or line is None:
        tail = (process.stdout + process.stderr).strip().splitlines()[-3:]
        raise RuntimeError(f"{' '.join(command[-3:])} exited {process.returncode}: {' / '.join(tail)}")
    fields = line.split()
    stamp, rss = fields[1], fields[3]
    cpu_ms = float(fields[5]) if len(fields) > 5 else 0.0
    loaded = next(
        (line.split()[1] for line in process.stdout.splitlines() if line.startswith("loaded ")), None
    )
    loaded_ms = (float(loaded) - started) * 1000 if loaded is not None else None
    return Start((float(stamp) - started) * 1000, int(rss), cpu_ms, loaded_ms)


def compare(
    app: list[str],
    bare: list[str],
    runs: int,
    env: dict[str, str],
    cwd: Path,
    content: Callable[[], list[str] | None] | None = None,
) -> dict[str, float | None]:
    """Median spawn→shown of the app and of the bare window, alternating, after one warm-up each.

    ``content``, if given, returns the command of a third window to alternate with them once
    the warm-up start has kept its first screen (``bench/content_window.py``: the same content
    in stock widgets), or None if there is none to show.
    """
    start_once(bare, env, cwd)
    start_once(app, env, cwd)
    floor = content() if content is not None else None
    app_runs: list[Start] = []
    bare_runs: list[Start] = []
    content_runs: list[Start] = []
    for _ in range(runs):
        bare_runs.append(start_once(bare, env, cwd))
        app_runs.append(start_once(app, env, cwd))
        if floor is not None:
            content_runs.append(start_once(floor, env, cwd))
    app_ms = statistics.median(s.shown_ms for s in app_runs)
    bare_ms = statistics.median(s.shown_ms for s in bare_runs)
    loaded = [s.loaded_ms for s in app_runs if s.loaded_ms is not None]
    result: dict[str, float | None] = {
        "app_ms": round(app_ms, 1),
        "app_loaded_ms": round(statistics.median(loaded), 1) if loaded else None,
        "bare_ms": round(bare_ms, 1),
        "ratio": round(app_ms / bare_ms, 2),
        "app_cpu_ms": round(statistics.median(s.cpu_ms for s in app_runs), 1),
        "bare_cpu_ms": round(statistics.median(s.cpu_ms for s in bare_runs), 1),
        "app_rss_mb": round(statistics.median(s.rss_kb for s in app_runs) / 1024, 1),
        "bare_rss_mb": round(statistics.median(s.rss_kb for s in bare_runs) / 1024, 1),
        "runs": runs,
    }
    if content_runs:
        content_ms = statistics.median(s.shown_ms for s in content_runs)
        result["content_ms"] = round(content_ms, 1)
        result["content_cpu_ms"] = round(statistics.median(s.cpu_ms for s in content_runs), 1)
        result["content_ratio"] = round(content_ms / bare_ms, 2)  # the same content, no app code
    return result


def checkout(runs: int, workdir: Path) -> dict[str, float | None]:
    """The app from the source checkout (this interpreter) against the bare window."""
    python = sys.executable
    app = [python, "-m", "explorer.selftest", "--gui-start"]

    def content() -> list[str] | None:
        kept = sorted((workdir / "cache").rglob("first-screen-*.json"))
        return [python, str(CONTENT_SCRIPT), str(kept[-1])] if kept else None

    return compare(app, [python, str(BARE_SCRIPT)], runs, child_env(workdir), workdir, content)


def build_bare_frozen(workdir: Path, mode: str) -> Path:
    """The bare window frozen like the app: PyInstaller, the app's Qt hook, the same mode."""
    dist = workdir / "bare-dist" / mode
    executable = dist / "bare-window" if mode == "onefile" else dist / "bare-window" / "bare-window"
    if executable.exists():
        return executable
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            f"--{mode}",
            "--name",
            "bare-window",
            "--additional-hooks-dir",
            str(ROOT / "packaging" / "hooks"),
            "--exclude-module",
            "tkinter",
            *(["--strip"] if sys.platform.startswith("linux") else []),  # as packaging/explorer.spec
            "--workpath",
            str(workdir / "bare-build" / mode),
            "--specpath",
            str(workdir / "bare-build" / mode),
            "--distpath",
            str(dist),
            str(BARE_SCRIPT),
        ],
        check=True,
        capture_output=True,
    )
    return executable


def size_mb(path: Path) -> float:
    if path.is_file():
        return round(path.stat().st_size / 1024 / 1024, 1)
    files = (p for p in path.rglob("*") if p.is_file() and not p.is_symlink())  # as du counts
    return round(sum(p.stat().st_size for p in files) / 1024 / 1024, 1)


def frozen(dist: Path, runs: int, workdir: Path) -> dict[str, object]:
    """Sizes and cold starts of dist/explorer (one file) and dist/explorer-folder (one folder)."""
    if importlib.util.find_spec("PyInstaller") is None:
        return {"skipped": "PyInstaller is not installed (packaging/build.sh installs it)"}
    env = child_env(workdir)
    env.pop("PYTHONPYCACHEPREFIX")
    elsewhere = workdir / "elsewhere"
    elsewhere.mkdir(exist_ok=True)
    results: dict[str, object] = {}
    for mode, executable in (
        ("onefile", dist / "explorer"),
        ("onedir", dist / "explorer-folder" / "explorer"),
    ):
        if not executable.is_file():
            results[mode] = {"skipped": f"{executable} not built (run packaging/build.sh)"}
            continue
        bare = build_bare_frozen(workdir, mode)
        bare_size = bare if mode == "onefile" else bare.parent
        app_size = executable if mode == "onefile" else executable.parent
        row: dict[str, object] = {"size_mb": size_mb(app_size), "bare_size_mb": size_mb(bare_size)}
        try:
            row.update(
                compare([str(executable), "self-test", "--gui-start"], [str(bare)], runs, env, elsewhere)
            )
        except RuntimeError as error:
            row["skipped"] = f"could not start it: {error}"
        results[mode] = row
    return results
