"""Exports never destroy, never follow links, say plainly what is wrong, use the user's umask;
command-line output never lets a name or message drive the terminal."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.cli import main as explorer_main
from explorer.core.export_target import ExportError, check_target
from explorer.core.markdown_escape import escape_inline, escape_text
from explorer.core.paths import app_dirs
from explorer.core.reflection.journal import JournalEntry, journals_dir, open_journal
from explorer.core.terminal import safe, safe_json
from explorer.core.workshop.files import save_session
from explorer.core.workshop.session import new_session
from explorer.journal_cli import main as journal_main
from explorer.workshop_cli import main as workshop_main
from tests.core.workshop_helpers import two_group_plan

DATA = Path(__file__).resolve().parents[1] / "data"
GOOD = str(DATA / "packs" / "good")
HOSTILE_RATIONALE = "See ![x](http://evil.example/i.png) and [click](javascript:alert(1)) <img src=x>"


@pytest.fixture
def journal_file() -> Path:
    journal = open_journal()
    journal.put(JournalEntry("belgian-presence", "the-offer", rationale=HOSTILE_RATIONALE))
    journal.save()
    journal.close()
    return journal.path


def _no_traceback(err: str) -> None:
    assert "Traceback" not in err and "Error:" not in err.replace("error:", "")


@pytest.mark.parametrize("fmt", ["html", "md", "pdf"])
def test_exporting_a_journal_onto_itself_is_refused(
    journal_file: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = journal_file.read_bytes()
    assert journal_main([str(journal_file), "--format", fmt, "--pack", GOOD]) == 1
    err = capsys.readouterr().err
    assert "the file being exported" in err
    _no_traceback(err)
    assert journal_file.read_bytes() == before


def test_exports_never_replace_the_backup_or_an_app_file(journal_file: Path, tmp_path: Path) -> None:
    backup = journal_file.with_name(journal_file.name + ".bak")
    backup.write_bytes(b"kept")
    with pytest.raises(ExportError, match="the file being exported"):
        check_target(backup, [journal_file])
    other = journals_dir() / "other.journal.json"
    other.write_bytes(b"{}")
    with pytest.raises(ExportError, match="named like one of the app's own files"):
        check_target(other)
    settings = app_dirs()[1] / "explorer.ini"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("[General]\n")
    with pytest.raises(ExportError, match="one of the app's own files"):
        check_target(settings, data_dirs=app_dirs())
    check_target(tmp_path / "fine.html", [journal_file], app_dirs())  # a new file elsewhere is fine


@pytest.mark.parametrize("fmt", ["html", "md", "pdf"])
def test_a_symlink_is_never_followed(journal_file: Path, tmp_path: Path, fmt: str, capsys) -> None:  # type: ignore[no-untyped-def]
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    link = tmp_path / f"report.{fmt}"
    link.symlink_to(victim)
    assert journal_main([str(link), "--pack", GOOD]) == 1
    err = capsys.readouterr().err
    assert "symbolic link" in err
    _no_traceback(err)
    assert victim.read_text() == "precious" and link.is_symlink()


def test_pack_json_export_refuses_a_symlink_and_bad_folders(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    link = tmp_path / "pack.json"
    link.symlink_to(victim)
    assert explorer_main(["export", GOOD, "-o", str(link)]) == 1
    assert victim.read_text() == "precious"
    assert explorer_main(["export", GOOD, "-o", str(tmp_path / "missing" / "pack.json")]) == 1
    assert explorer_main(["export", GOOD, "-o", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "symbolic link" in err and "does not exist" in err and "is a folder" in err
    _no_traceback(err)


@pytest.mark.parametrize("where", ["missing", "folder"])
def test_missing_folder_or_a_folder_as_output_is_a_clear_error(
    journal_file: Path, tmp_path: Path, where: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no" / "such" / "report.md" if where == "missing" else tmp_path
    assert journal_main([str(target), "--format", "md", "--pack", GOOD]) == 1
    err = capsys.readouterr().err
    assert ("does not exist" if where == "missing" else "is a folder") in err
    _no_traceback(err)
    assert not (tmp_path / "no").exists()  # no folders made on the way


def test_file_modes_follow_the_umask_for_every_format(journal_file: Path, tmp_path: Path) -> None:
    previous = os.umask(0o027)
    try:
        for fmt in ("md", "html"):
            out = tmp_path / f"report.{fmt}"
            assert journal_main([str(out), "--pack", GOOD]) == 0
            assert stat.S_IMODE(out.stat().st_mode) == 0o640, fmt
        # The PDF needs a QGuiApplication: in its own process, so this one keeps none.
        out = tmp_path / "report.pdf"
        command = [sys.executable, "-m", "explorer", "export", "journal", str(out), "--pack", GOOD]
        subprocess.run(command, check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
        assert stat.S_IMODE(out.stat().st_mode) == 0o640
    finally:
        os.umask(previous)


def test_journal_markdown_never_passes_links_images_or_html_through(
    journal_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "report.md"
    assert journal_main([str(out), "--pack", GOOD]) == 0
    text = out.read_text(encoding="utf-8")
    assert "![x](" not in text and "[click](" not in text and "<img" not in text
    assert "!\\[x\\](http://evil.example/i.png)" in text and "\\[click\\](javascript:alert(1))" in text


def test_the_debrief_and_the_journal_share_one_escaper() -> None:
    for hostile in (HOSTILE_RATIONALE, "# heading", "- item", "1. first", "a | b", "&amp; <b>", "`code`"):
        once = escape_inline(hostile, line_start=True)
        assert once == escape_text(hostile)
        rendered = __import__("markdown").markdown(once)
        assert "<a " not in rendered and "<img" not in rendered and "<h1" not in rendered
        assert "<li" not in rendered and "<code" not in rendered and "<b>" not in rendered


def test_debrief_export_refuses_its_session_and_says_why(
    good_pack, corpus, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "s.workshop.json"
    save_session(path, new_session(two_group_plan(good_pack, corpus, items=1), now=1_800_000_000.0))
    before = path.read_bytes()
    assert workshop_main([str(path), str(path), "--format", "md"]) == 1
    assert workshop_main([str(path), str(tmp_path / "nope" / "d.md")]) == 1
    err = capsys.readouterr().err
    assert "the file being exported" in err and "does not exist" in err
    _no_traceback(err)
    assert path.read_bytes() == before
    assert workshop_main([str(path), str(tmp_path / "d.md")]) == 0


# -- the terminal ------------------------------------------------------------------------------------
EVIL_KEY = '"\\e[2J\\e[31mevil\\u202e\\r\\nfake.yaml:1:1: ok\\x9b0m": 1\n'


@pytest.fixture
def evil_pack(tmp_path: Path) -> Path:
    pack = tmp_path / "pack"
    shutil.copytree(DATA / "packs" / "good", pack)
    (pack / "belgian-presence.yaml").open("a", encoding="utf-8").write(EVIL_KEY)
    shutil.copy(pack / "belgian-presence.yaml", pack / "x\x1b[31m.yaml")
    return pack


def _controls(text: str) -> list[str]:
    return [c for c in text if (ord(c) < 32 and c not in "\n") or 0x7F <= ord(c) <= 0x9F or c == "\u202e"]


def test_validate_escapes_names_and_messages(evil_pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert explorer_main(["validate", str(evil_pack)]) == 1
    out, err = capsys.readouterr()
    assert not _controls(out) and not _controls(err)
    assert "\\x1b[2J" in out and "x\\x1b[31m.yaml" in out and "\\u202e" in out and "\\x9b" in out
    assert not any(line.startswith("fake.yaml") for line in out.splitlines())  # no forged line


def test_validate_json_escapes_c1_and_bidi_too(evil_pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert explorer_main(["validate", "--json", str(evil_pack)]) == 1
    out = capsys.readouterr().out
    assert not _controls(out)
    problems = json.loads(out)["problems"]
    assert any("\x1b[2J" in p["message"] and "\x9b" in p["message"] for p in problems)  # same data


def test_journal_export_messages_are_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert journal_main([str(tmp_path / "x.md"), "--journal", "evil\x1b]0;title\x07name"]) == 1
    err = capsys.readouterr().err
    assert not _controls(err) and "\\x1b]0;title\\x07" in err


def test_safe_keeps_text_and_escapes_controls() -> None:
    assert safe("Ünïcode — “quotes”\nnext") == "Ünïcode — “quotes”\nnext"
    assert safe("a\nb\tc", keep_newlines=False) == "a\\x0ab\\x09c"
    assert safe("\x1b[0m\x7f\x85\u200f") == "\\x1b[0m\\x7f\\x85\\u200f"
    assert json.loads(safe_json(json.dumps({"k": "\x9b\u202e"}, ensure_ascii=False))) == {"k": "\x9b\u202e"}
