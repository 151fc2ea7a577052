"""``explorer export workshop SESSION --format pdf|html|md FILE``, headless."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.core.workshop.files import save_session
from explorer.core.workshop.session import new_session
from explorer.workshop_cli import format_of, main
from tests.core.workshop_helpers import full_run, two_group_plan


@pytest.fixture
def session_file(good_pack: LoadedPack, corpus: Corpus, tmp_path: Path) -> Path:
    session = new_session(two_group_plan(good_pack, corpus, items=1), now=0.0)
    for _name, action in full_run(session):
        action(session)
    path = tmp_path / "seminar.workshop.json"
    save_session(path, session)
    return path


@pytest.mark.parametrize(("fmt", "marker"), [("md", "# Debrief: Peace operations seminar"), ("html", "<h1>")])
def test_markdown_and_html(session_file: Path, tmp_path: Path, fmt: str, marker: str) -> None:
    target = tmp_path / f"out.{fmt}"
    assert main([str(session_file), "--format", fmt, str(target)]) == 0
    text = target.read_text(encoding="utf-8")
    assert marker in text and "Bibliography" in text and "114" in text


def test_pdf_in_a_fresh_process_without_a_display(session_file: Path, tmp_path: Path) -> None:
    """As CI or a server runs it: a new process, no display, the format from the file name."""
    target = tmp_path / "debrief.pdf"
    environment = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    code = "import sys; from explorer.workshop_cli import main; sys.exit(main(sys.argv[1:]))"
    done = subprocess.run(
        [sys.executable, "-c", code, str(session_file), str(target)],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert target.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "Debrief: Peace operations seminar" in text and "Shift between the votes" in text


def test_bad_input_is_a_message_not_a_traceback(
    tmp_path: Path, session_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path / "absent.workshop.json"), "--format", "md", str(tmp_path / "x.md")]) == 1
    assert "could not be read" in capsys.readouterr().err
    assert main([str(session_file), str(tmp_path / "x.docx")]) == 2
    assert "--format pdf, html or md" in capsys.readouterr().err
    assert format_of(Path("a.MARKDOWN")) == "md" and format_of(Path("a.htm")) == "html"
