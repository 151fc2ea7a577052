"""Sharing a pack as one file: a round trip, and hostile bundles refused with a reason."""

from __future__ import annotations

import hashlib
import json
import stat
import zipfile
from pathlib import Path

import pytest

from explorer.cli import main
from explorer.core.pack.bundle import MANIFEST, BundleError, open_bundle, write_bundle
from explorer.core.pack.importing import add_source, new_pack


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    pack = tmp_path / "pack"
    new_pack(pack)
    notes = tmp_path / "notes.txt"
    notes.write_text("The patrol reached the village before dark and met the elders.\n", encoding="utf-8")
    add_source(pack, notes, "notes")
    output = tmp_path / "shared.dilemma"
    write_bundle(pack, output)
    return output


def _rewrite(bundle: Path, target: Path, edit) -> Path:  # type: ignore[no-untyped-def]
    """A copy of ``bundle`` whose entries and manifest ``edit(files, manifest)`` changed."""
    with zipfile.ZipFile(bundle) as archive:
        files = {name: archive.read(name) for name in archive.namelist() if name != MANIFEST}
        manifest = json.loads(archive.read(MANIFEST))
    extra = edit(files, manifest) or []
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest))
        for name, data in files.items():
            archive.writestr(name, data)
        for info, data in extra:
            archive.writestr(info, data)
    return target


def _listed(files: dict[str, bytes], manifest: dict, name: str, data: bytes) -> None:  # type: ignore[type-arg]
    files[name] = data
    manifest["files"][name] = hashlib.sha256(data).hexdigest()


def test_a_bundle_opens_to_the_same_files_and_validates(bundle: Path, tmp_path: Path) -> None:
    opened = open_bundle(bundle, tmp_path / "opened")
    original = tmp_path / "pack"
    for path in original.rglob("*"):
        if path.is_file():
            assert (opened / path.relative_to(original)).read_bytes() == path.read_bytes()
    assert main(["validate", str(bundle)]) == 0


def test_a_zip_bomb_is_refused(bundle: Path, tmp_path: Path) -> None:
    bomb = _rewrite(
        bundle,
        tmp_path / "bomb.dilemma",
        lambda f, m: _listed(f, m, "sources/notes/edition.txt", bytes(50_000_000)),
    )
    with pytest.raises(BundleError, match="zip bomb"):
        open_bundle(bomb, tmp_path / "opened")
    assert not (tmp_path / "opened").exists()


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("../escaped.yaml", "points outside the pack"),
        ("sources/../../escaped.yaml", "points outside the pack"),
        ("/etc/escaped.yaml", "absolute"),
        ("C:/escaped.yaml", "absolute"),
        ("sources\\..\\escaped.yaml", "absolute or foreign"),
    ],
)
def test_paths_leaving_the_pack_are_refused(bundle: Path, tmp_path: Path, name: str, reason: str) -> None:
    hostile = _rewrite(bundle, tmp_path / "hostile.dilemma", lambda f, m: _listed(f, m, name, b"id: x\n"))
    with pytest.raises(BundleError, match=reason):
        open_bundle(hostile, tmp_path / "opened")
    assert not (tmp_path / "escaped.yaml").exists() and not (tmp_path / "opened").exists()


def test_a_link_is_refused(bundle: Path, tmp_path: Path) -> None:
    link = zipfile.ZipInfo("sources/notes/link.txt")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16

    def edit(files: dict[str, bytes], manifest: dict) -> list:  # type: ignore[type-arg]
        manifest["files"]["sources/notes/link.txt"] = hashlib.sha256(b"/etc/passwd").hexdigest()
        return [(link, b"/etc/passwd")]

    hostile = _rewrite(bundle, tmp_path / "link.dilemma", edit)
    with pytest.raises(BundleError, match="a link or a special file"):
        open_bundle(hostile, tmp_path / "opened")


def test_a_checksum_mismatch_is_refused(bundle: Path, tmp_path: Path) -> None:
    def edit(files: dict[str, bytes], manifest: dict) -> None:  # type: ignore[type-arg]
        files["example-dilemma.yaml"] = files["example-dilemma.yaml"].replace(
            b"Send nothing", b"Send everything"
        )

    altered = _rewrite(bundle, tmp_path / "altered.dilemma", edit)
    with pytest.raises(BundleError, match=r"example-dilemma\.yaml: checksum differs from the manifest"):
        open_bundle(altered, tmp_path / "opened")


def test_a_manifest_listing_missing_files_is_refused(bundle: Path, tmp_path: Path) -> None:
    def edit(files: dict[str, bytes], manifest: dict) -> None:  # type: ignore[type-arg]
        del files["pack.yaml"]

    short = _rewrite(bundle, tmp_path / "short.dilemma", edit)
    with pytest.raises(BundleError, match=r"lists files the bundle lacks: pack\.yaml"):
        open_bundle(short, tmp_path / "opened")


def test_a_file_the_manifest_does_not_list_is_refused(bundle: Path, tmp_path: Path) -> None:
    def edit(files: dict[str, bytes], manifest: dict) -> None:  # type: ignore[type-arg]
        files["extra.yaml"] = b"id: extra\n"

    extra = _rewrite(bundle, tmp_path / "extra.dilemma", edit)
    with pytest.raises(BundleError, match=r"does not list: extra\.yaml"):
        open_bundle(extra, tmp_path / "opened")


def test_a_file_that_is_not_a_bundle_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = tmp_path / "fake.dilemma"
    fake.write_bytes(b"#!/bin/sh\nrm -rf ~\n")
    assert main(["validate", str(fake)]) == 1
    assert "not a readable .dilemma file" in capsys.readouterr().err


def test_problems_in_a_bundle_name_the_file_inside_it(
    bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def edit(files: dict[str, bytes], manifest: dict) -> None:  # type: ignore[type-arg]
        data = files["example-dilemma.yaml"].replace(b"minutes: 30", b"minutes: thirty")
        _listed(files, manifest, "example-dilemma.yaml", data)

    broken = _rewrite(bundle, tmp_path / "broken.dilemma", edit)
    assert main(["validate", str(broken)]) == 1
    (line,) = capsys.readouterr().out.splitlines()
    assert line.startswith(f"{broken}/example-dilemma.yaml:") and "expected `int`" in line
