"""`explorer export journal`: a journal from the user's data directory as Markdown, HTML or PDF."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.core.evidence.corpus import Corpus
from explorer.core.reflection.journal import JournalEntry, create_journal, open_journal
from explorer.journal_cli import main

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def saved_journal() -> None:
    """A default journal and a second profile, in the (per-test) user data directory."""
    journal = open_journal()
    journal.put(
        JournalEntry(
            "belgian-presence",
            "the-offer",
            choice="civilian-experts",
            rationale="Judges outlast the mission.",
        )
    )
    journal.save()
    other = create_journal("Second profile")
    other.put(JournalEntry("belgian-presence", "the-offer", rationale="The other reader's view."))
    other.save()


@pytest.mark.parametrize("suffix", ["md", "html"])
def test_text_formats_from_the_suffix(
    saved_journal: None, tmp_path: Path, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"journal.{suffix}"
    assert main([str(out), "--pack", str(DATA / "packs" / "good")]) == 0
    text = out.read_text(encoding="utf-8")
    assert "Judges outlast the mission." in text and "Send civilian experts" in text
    assert "wrote" in capsys.readouterr().err


def test_another_journal_by_name_and_one_entry(saved_journal: None, tmp_path: Path) -> None:
    out = tmp_path / "notes.txt"
    code = main(
        [str(out), "--format", "md", "--journal", "second profile", "--entry", "belgian-presence/the-offer"]
    )
    assert code == 0
    assert "The other reader's view." in out.read_text(encoding="utf-8")


def test_unknown_journal_and_empty_selection_fail_clearly(
    saved_journal: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path / "x.md"), "--journal", "Nobody"]) == 1
    assert "no journal called “Nobody”" in capsys.readouterr().err
    assert main([str(tmp_path / "x.md"), "--entry", "no-such-scenario"]) == 1
    assert "nothing to export" in capsys.readouterr().err
    assert not (tmp_path / "x.md").exists()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_pdf_from_a_fresh_process_without_a_display(
    saved_journal: None, tmp_path: Path, corpus: Corpus
) -> None:
    out = tmp_path / "journal.pdf"
    script = "import sys; from explorer.journal_cli import main; sys.exit(main(sys.argv[1:]))"
    result = subprocess.run(
        [sys.executable, "-c", script, str(out), "--pack", str(DATA / "packs" / "good")],
        capture_output=True,
        text=True,
        env={k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")},
    )
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Judges outlast the mission." in " ".join(text.split())
