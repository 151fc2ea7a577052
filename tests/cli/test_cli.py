"""The headless command line, as an author or a CI job uses it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from explorer import __version__
from explorer.cli import main
from explorer.core.evidence.corpus import Corpus

DATA = Path(__file__).resolve().parents[1] / "data"


def test_validate_good_pack_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(DATA / "packs" / "good")]) == 0
    assert "ok: 1 valid scenario, 5 citations resolved; 0 errors, 0 warnings" in capsys.readouterr().err


def test_validate_broken_pack_prints_file_line_col_and_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    case = DATA / "broken" / "unknown-dimension"
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    assert main(["validate", str(case)]) == 1
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if "unknown dimension" in line)
    file, line_number, column, _message = line.split(":", 3)
    assert Path(file).name == expected["file"]
    assert int(line_number) == expected["line"]
    assert int(column) >= 1


def test_validate_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--json", str(DATA / "broken" / "missing-gloss")]) == 1
    report = json.loads(capsys.readouterr().out)
    errors = [p for p in report["problems"] if p["severity"] == "error"]
    assert errors[0]["path"] == "evidence.small-army.quote"
    assert errors[0]["line"] == 13


def test_strict_makes_warnings_fail(tmp_path: Path) -> None:
    (tmp_path / "pack").mkdir()
    source = (DATA / "packs" / "good" / "belgian-presence.yaml").read_text(encoding="utf-8")
    (tmp_path / "pack" / "belgian-presence.yaml").write_text(
        source, encoding="utf-8"
    )  # no pack.yaml: a warning
    assert main(["validate", str(tmp_path / "pack")]) == 0
    assert main(["validate", "--strict", str(tmp_path / "pack")]) == 1


def test_export_json_carries_resolved_offsets(tmp_path: Path, corpus: Corpus) -> None:
    out = tmp_path / "pack.json"
    assert main(["export", "--format", "json", str(DATA / "packs" / "good"), "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    citation = data["scenarios"][0]["evidence"]["small-army"]
    original = corpus[citation["source"]].original
    # String indices, not bytes: the slice is the quote (modulo line breaks).
    assert " ".join(original[citation["start"] : citation["end"]].split()) == citation["quote"]
    assert {"source", "quote", "start", "end"} <= citation.keys()
    assert len(data["sources"]) == 5


def test_schema_is_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$schema"].startswith("https://json-schema.org/")


@pytest.mark.parametrize("what", ["coverage", "review", "balance", "translations"])
def test_report_options_before_or_after_the_pack(what: str, capsys: pytest.CaptureFixture[str]) -> None:
    """`report coverage --json PACK` once stopped with "unrecognized arguments": the pack
    was taken as missing before the option was read."""
    pack = str(DATA / "packs" / "good")
    assert main(["report", what, "--json", pack]) == 0
    before = json.loads(capsys.readouterr().out)
    assert main(["report", what, pack, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == before


def test_report_counts_one_in_the_singular(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "coverage", str(DATA / "packs" / "good")]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("Pack: 1 scenario, 1 stage, 2 choices, 6 trade-offs, 5 citations"), first


def test_version_and_help() -> None:
    result = subprocess.run([sys.executable, "-m", "explorer", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and __version__ in result.stdout
    result = subprocess.run([sys.executable, "-m", "explorer", "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    for command in ("validate", "export", "schema", "report"):
        assert command in result.stdout


def test_report_coverage_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "coverage"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("Pack: ")
    for source in ("kuno-2026", "buitelaar-vanwilligen-2021", "ballegeer-2021", "kamerbrief-2018"):
        assert source in text
    assert main(["report", "coverage", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["sources"]) == 5
    assert all(0 < source["share"] <= 1 for source in data["sources"])
    assert sum(data["pack"]["evidence"].values()) == data["pack"]["tradeoffs"]


def test_plain_explorer_starts_the_app_without_building_the_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    """A double-click start goes straight to the window: no command parser, no argparse import."""
    import explorer.app
    import explorer.cli

    started: list[dict[str, object]] = []
    monkeypatch.setattr(explorer.app, "run", lambda **options: started.append(options) or 0)

    def no_parser() -> None:
        raise AssertionError("the parser was built for a plain start")

    monkeypatch.setattr(explorer.cli, "build_parser", no_parser)
    assert main([]) == 0
    assert started == [{}]
    probe = "import sys; from explorer import cli; print('argparse' in sys.modules)"
    imported = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert imported.stdout.strip() == "False"


def test_options_still_reach_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    import explorer.app

    started: list[dict[str, object]] = []
    monkeypatch.setattr(explorer.app, "run", lambda **options: started.append(options) or 0)
    assert main(["--pack", str(DATA / "packs" / "good")]) == 0
    assert started == [{"pack_dir": DATA / "packs" / "good", "open_file": None}]
