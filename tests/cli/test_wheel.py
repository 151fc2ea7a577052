"""The data locator works from an installed wheel, not only from the checkout."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_wheel_installed_non_editable_validates_from_elsewhere(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, ROOT / "tools" / "translations.py", "release"], check=True)
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
    )
    wheel = next(dist.glob("*.whl"))
    # The interface translations ship compiled, one .qm per .ts (./dev.sh built them), not as sources.
    names = set(zipfile.ZipFile(wheel).namelist())
    for ts in (ROOT / "explorer" / "i18n").glob("*.ts"):
        assert f"explorer/i18n/{ts.stem}.qm" in names, f"{ts.stem}.qm is not in the wheel"
        assert f"explorer/i18n/{ts.name}" not in names
    env_dir = tmp_path / "fresh"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    # The core needs no Qt: install the wheel and only the core's dependencies.
    subprocess.run([python, "-m", "pip", "install", "-q", "--no-deps", str(wheel)], check=True)
    subprocess.run([python, "-m", "pip", "install", "-q", "PyYAML", "msgspec", "Markdown"], check=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run(
        [env_dir / "bin" / "explorer", "validate"], cwd=elsewhere, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "valid scenarios" in result.stderr
    located = subprocess.run(
        [python, "-c", "from explorer.core.paths import data_root; print(data_root())"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert "site-packages" in located and located.endswith("_data")
