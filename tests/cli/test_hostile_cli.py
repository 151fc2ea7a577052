"""``explorer validate`` over the hostile corpus: a located error and exit 1, never a traceback or a hang."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.cli import main
from tests.hostile_cases import expected


def test_validate_locates_every_hostile_pack(
    hostile_cases: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = []
    for case in hostile_cases:
        want = expected(case)
        code = main(["validate", str(case)])
        captured = capsys.readouterr()
        if want["line"] == 0:  # right at the limits: valid
            if code != 0:
                wrong.append((case.name, code, captured.out[-400:]))
            continue
        located = [
            line
            for line in captured.out.splitlines()
            if line.split(":", 1)[0].endswith(want["file"]) and want["message"] in line
        ]
        marker = want["file"] + ":"
        after = located[0][located[0].index(marker) + len(marker) :] if located else "0:0:"
        line, column, _message = after.split(":", 2)
        if code != 1 or not located or int(line) != want["line"] or int(column) < 1:
            wrong.append((case.name, code, captured.out[-400:]))
        assert "Traceback" not in captured.err
    assert not wrong, wrong


def test_validate_json_names_the_line_of_each_hostile_pack(
    hostile_cases: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    for case in [c for c in hostile_cases if expected(c)["line"]][:5]:
        want = expected(case)
        assert main(["validate", "--json", str(case)]) == 1
        report = json.loads(capsys.readouterr().out)
        lines = [
            p["line"]
            for p in report["problems"]
            if p["file"].endswith(want["file"]) and p["severity"] == "error"
        ]
        assert want["line"] in lines, (case.name, report["problems"][:3])


@pytest.mark.parametrize("name", ["fifo", "symlink-dev-zero"])
def test_the_real_command_does_not_block_on_a_fifo_or_a_device(hostile_cases: list[Path], name: str) -> None:
    case = next(c for c in hostile_cases if c.name == name)
    # The timeout only keeps a regression from hanging the suite; the run takes a second.
    done = subprocess.run(
        [sys.executable, "-m", "explorer", "validate", str(case)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert expected(case)["message"] in done.stdout
    assert "Traceback" not in done.stderr
