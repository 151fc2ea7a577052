"""``explorer self-test`` passes where the app is installed, and says what broke, in words, when not."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
CHECKS = (
    "corpus",
    "pack",
    "citations",
    "search",
    "room voting",
    "qt",
    "translations",
    "scenario view",
    "source viewer",
    "pdf export",
    "main window",
)


def _minimal_env(home: Path) -> dict[str, str]:
    """What a new user's shell has: no virtual environment, no PYTHONPATH, Qt offscreen."""
    return {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(home / "config"),
        "LANG": os.environ.get("LANG", "C.UTF-8"),
    }


def _line_of(output: str, check: str) -> str:
    return next(line for line in output.splitlines() if line.split()[1:2] == check.split()[:1])


def _status_of(output: str, check: str) -> str:
    return _line_of(output, check).split()[0]


@pytest.mark.slow
def test_self_test_passes_from_the_checkout(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**_minimal_env(tmp_path), "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "explorer.selftest"], cwd=elsewhere, env=env, capture_output=True, text=True
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "source checkout" in result.stdout
    assert all(_status_of(result.stdout, check) == "ok" for check in CHECKS), output
    assert "self-test passed: 11 checks" in result.stdout
    assert "Traceback" not in output
    assert not (tmp_path / "config" / "peace-ops-explorer").exists(), "the self-test wrote user settings"


@pytest.mark.slow
def test_a_broken_pack_fails_with_its_location_and_no_traceback(tmp_path: Path) -> None:
    broken = DATA / "broken" / "unknown-dimension"
    result = subprocess.run(
        [sys.executable, "-m", "explorer.selftest", "--pack", str(broken)],
        cwd=ROOT,
        env={**_minimal_env(tmp_path), "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert _status_of(result.stdout, "pack") == "FAILED"
    assert "belgian-presence.yaml:50:" in result.stdout
    assert _status_of(result.stdout, "main window") == "skip"
    assert "self-test FAILED" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_an_error_inside_a_check_is_one_sentence(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import explorer.core.search
    from explorer.selftest import run_self_test
    from explorer.selftest_checks import SelfTest

    def broken_index(*_args: object) -> None:
        raise RuntimeError("no FTS5 in this SQLite")

    monkeypatch.setattr(explorer.core.search, "build_index", broken_index)
    # Only the checks without Qt: this test is about reporting, not about the widgets.
    monkeypatch.setattr(SelfTest, "start_qt", lambda self: "not started in this test")
    code = run_self_test(["--pack", str(DATA / "packs" / "good")])
    out = capsys.readouterr().out
    assert code == 1
    assert _status_of(out, "search") == "FAILED"
    assert "RuntimeError: no FTS5 in this SQLite" in _line_of(out, "search")
    assert _status_of(out, "citations") == "ok"
    assert _status_of(out, "scenario view") == "skip"
    assert "Traceback" not in out


@pytest.mark.slow
@pytest.mark.skipif(
    importlib.util.find_spec("PyInstaller") is None,
    reason="PyInstaller is not installed (pip install -e '.[package]'); "
    "CI builds and checks the executable with packaging/ci_frozen_check.sh",
)
def test_frozen_one_folder_app_passes_its_self_test(tmp_path: Path) -> None:
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--workpath",
            str(tmp_path / "build"),
            "--distpath",
            str(tmp_path / "dist"),
            str(ROOT / "packaging" / "explorer.spec"),
            "--",
            "--mode",
            "onedir",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    executable = tmp_path / "dist" / "explorer-folder" / "explorer"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run(
        [str(executable), "self-test"],
        cwd=elsewhere,
        env=_minimal_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "frozen app" in result.stdout
    assert "_internal/explorer/_data" in result.stdout
    assert all(_status_of(result.stdout, check) == "ok" for check in CHECKS), output
    assert "Traceback" not in output
