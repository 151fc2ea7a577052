"""A pack's own sources: loaded beside the bundled ones, read with care, clashes located."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from explorer.cli import main
from explorer.core.evidence.corpus import Corpus
from explorer.core.evidence.edition import build_edition
from explorer.core.evidence.edition_draft import draft_edition
from explorer.core.evidence.textindex import StrippedText
from explorer.core.pack.importing import SourceImportError, add_source, new_pack
from explorer.core.pack.loader import load_pack

NOTE = """\
Report on the mission

The government decided to extend the contribution. It is important that the
protection of civilians stands at the centre of the man-
date and that the mission has enough helicopters.
"""


def _pack_with_text_source(tmp_path: Path, corpus: Corpus) -> tuple[Path, str]:
    pack = tmp_path / "pack"
    new_pack(pack)
    document = tmp_path / "note.txt"
    document.write_text(NOTE, encoding="utf-8")
    result = add_source(pack, document, "mission-note", bundled=corpus)
    return pack, result.source_id


def _cite(pack: Path, source_id: str, quote: str) -> None:
    scenario = pack / "example-dilemma.yaml"
    text = scenario.read_text(encoding="utf-8")
    text = text.replace(
        "evidence:\n",
        f"evidence:\n  own-source:\n    source: {source_id}\n    quote: {quote}\n    gloss: —\n",
    )
    text = text.replace("citations: [enablers-lacking]", "citations: [enablers-lacking, own-source]", 1)
    scenario.write_text(text, encoding="utf-8")


def test_a_new_pack_validates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", str(tmp_path / "mine")]) == 0
    assert main(["validate", "--strict", str(tmp_path / "mine")]) == 0
    assert "0 errors, 0 warnings" in capsys.readouterr().err


def test_new_refuses_a_folder_with_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "keep.txt").write_text("mine", encoding="utf-8")
    assert main(["new", str(tmp_path / "full")]) == 1
    assert "not an empty folder" in capsys.readouterr().err
    assert (tmp_path / "full" / "keep.txt").read_text(encoding="utf-8") == "mine"


def test_a_pack_cites_its_own_source_and_the_bundled_ones(tmp_path: Path, corpus: Corpus) -> None:
    pack_dir, source_id = _pack_with_text_source(tmp_path, corpus)
    _cite(pack_dir, source_id, "protection of civilians stands at the centre of the mandate")
    pack = load_pack(pack_dir, corpus)
    assert pack.errors == []
    assert pack.corpus is not None and source_id in pack.corpus and "kamerbrief-2018" in pack.corpus
    assert ("example-dilemma", "own-source") in pack.anchors
    # The session corpus stays the bundled one; a second pack does not see the first one's source.
    assert source_id not in corpus
    other = load_pack(tmp_path / "nothing-here", pack.corpus)
    assert other.corpus is not None and source_id not in other.corpus


def test_the_received_file_is_kept_byte_for_byte(tmp_path: Path, corpus: Corpus) -> None:
    pack_dir, source_id = _pack_with_text_source(tmp_path, corpus)
    folder = pack_dir / "sources" / source_id
    assert (folder / "received.txt").read_bytes() == NOTE.encode("utf-8")
    (folder / "received.txt").write_bytes(NOTE.replace("government", "cabinet").encode("utf-8"))
    problems = load_pack(pack_dir, corpus).problems
    assert any("received.txt: checksum differs" in p.message for p in problems)


def test_a_bundled_id_in_a_pack_is_a_located_error(tmp_path: Path, corpus: Corpus) -> None:
    pack_dir, source_id = _pack_with_text_source(tmp_path, corpus)
    clash = pack_dir / "sources" / "kamerbrief-2018"
    shutil.copytree(pack_dir / "sources" / source_id, clash)
    metadata = clash / "metadata.yaml"
    metadata.write_text(
        metadata.read_text(encoding="utf-8").replace(f"id: {source_id}", "id: kamerbrief-2018"),
        encoding="utf-8",
    )
    pack = load_pack(pack_dir, corpus)
    problem = next(p for p in pack.errors if "already a bundled source" in p.message)
    assert problem.file.endswith("sources/kamerbrief-2018/metadata.yaml") and problem.line == 1
    assert pack.corpus is not None and pack.corpus["kamerbrief-2018"] is corpus["kamerbrief-2018"]


def test_import_refuses_a_bundled_id(tmp_path: Path, corpus: Corpus) -> None:
    pack = tmp_path / "pack"
    new_pack(pack)
    document = tmp_path / "note.txt"
    document.write_text(NOTE, encoding="utf-8")
    with pytest.raises(SourceImportError, match="already a bundled source"):
        add_source(pack, document, "kamerbrief-2018", bundled=corpus)
    assert list((pack / "sources").iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_a_linked_file_in_a_pack_source_is_refused(tmp_path: Path, corpus: Corpus) -> None:
    pack_dir, source_id = _pack_with_text_source(tmp_path, corpus)
    folder = pack_dir / "sources" / source_id
    secret = tmp_path / "secret.txt"
    secret.write_bytes((folder / "original.txt").read_bytes())
    (folder / "original.txt").unlink()
    (folder / "original.txt").symlink_to(secret)
    pack = load_pack(pack_dir, corpus)
    assert pack.corpus is not None and source_id not in pack.corpus
    assert any(p.file.endswith(f"sources/{source_id}") for p in pack.errors)


def test_a_too_large_pack_source_is_refused(
    tmp_path: Path, corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    from explorer.core.evidence import pack_sources

    pack_dir, _source_id = _pack_with_text_source(tmp_path, corpus)
    monkeypatch.setattr(pack_sources, "MAX_TEXT_BYTES", 100)
    pack = load_pack(pack_dir, corpus)
    assert any("larger than" in p.message for p in pack.errors)


def test_the_draft_rejoins_hyphens_and_leaves_out_page_furniture() -> None:
    pages = [
        "Annual review 2025\n\nThe mission protects civilians in the north and the\nsouth of the coun-\n"
        "try.\n\nIt also works with the lo-\n\n1\n",
        "Annual review 2025\n\ncal authorities every day.1\n\n1 A letter of May 2025.\n\n2\n",
    ]
    text = "\f".join(pages) + "\f"
    draft = draft_edition(text)
    reasons = {o.text: o.reason for o in draft.omissions}
    assert reasons == {"Annual review 2025": "running header", "1": "page number", "2": "page number"}
    assert "coun¬try." in draft.source
    assert "lo¬‖cal authorities" in draft.source
    assert "@footnote n=1\n1 A letter of May 2025." in draft.source
    edition = build_edition(draft.source, StrippedText(text), "en", draft.omissions)
    assert "It also works with the local authorities every day.1" in edition.text
    assert "Annual review" not in edition.text.split("\n\n", 1)[1]


def test_source_add_prints_what_it_omitted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = tmp_path / "pack"
    assert main(["new", str(pack)]) == 0
    pages = [
        "Field notes\n\nThe patrol reached the village before dark and met the elders there.\n\n1\n",
        "Field notes\n\nThe elders said that the road to the market is not safe at night.\n\n2\n",
    ]
    document = tmp_path / "notes.txt"
    document.write_text("\f".join(pages), encoding="utf-8")
    assert main(["source", "add", str(pack), str(document), "--id", "field-notes"]) == 0
    out = capsys.readouterr().out
    assert "page number: '1'" in out and "page number: '2'" in out
    assert "running header: 'Field notes' (×2)" in out
    assert "language: en" in out
    assert main(["validate", str(pack)]) == 0


def test_source_add_of_an_unknown_kind_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = tmp_path / "pack"
    new_pack(pack)
    document = tmp_path / "sheet.xlsx"
    document.write_bytes(b"PK")
    assert main(["source", "add", str(pack), str(document)]) == 1
    assert "cannot import a .xlsx file" in capsys.readouterr().err
