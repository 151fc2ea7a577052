"""A pack as one file: ``NAME.dilemma``, a zip with a manifest of checksums.

Writing takes the pack's scenario files, ``pack.yaml``, its own sources
(``sources/<id>/``) and its translations (``translations/<language>/``), regular files
only, and lists each with its SHA-256 in ``manifest.json``. Opening never runs anything
from the file and trusts nothing in it: it refuses links, absolute paths and paths that
climb out (``../``), names that clash once case is ignored, more entries or more bytes
than any pack needs, entries that compress suspiciously well (a zip bomb), any file the
manifest does not list or lists but the archive lacks, and any checksum that differs.
Only then are the files written, into a fresh folder, as plain files, reading no more
bytes than declared.
"""

from __future__ import annotations

import hashlib
import json
import stat
import zipfile
from io import BytesIO
from pathlib import Path, PurePosixPath

from explorer.core.evidence.pack_sources import SOURCES_DIR
from explorer.core.pack.translations import TRANSLATIONS_DIR
from explorer.core.store import default_mode, write_atomic

SUFFIX = ".dilemma"
MANIFEST = "manifest.json"
FORMAT = 1
#: Beyond any real pack: five sources with PDFs and a few hundred scenarios.
MAX_ENTRIES = 5_000
MAX_TOTAL_BYTES = 1_000_000_000
MAX_FILE_BYTES = 200_000_000
#: Text compresses about ten times; a hundred-fold file is a bomb, not a document.
MAX_RATIO = 100
#: Files small enough to be any ratio (a run of spaces) without harm.
_RATIO_FLOOR = 1_000_000


class BundleError(ValueError):
    """A bundle that cannot be written or is refused; the message says why."""


def _pack_files(pack_dir: Path) -> list[Path]:
    """The files a bundle carries: scenario files, pack.yaml, the pack's own sources, its translations."""
    files = [
        p for p in sorted(pack_dir.iterdir()) if p.suffix in {".yaml", ".yml"} and not p.name.startswith(".")
    ]
    sources = pack_dir / SOURCES_DIR
    if sources.is_dir() and not sources.is_symlink():
        for folder in sorted(sources.iterdir()):
            if folder.name.startswith(".") or folder.is_symlink() or not folder.is_dir():
                continue
            files += [f for f in sorted(folder.iterdir()) if not f.name.startswith(".")]
    translations = pack_dir / TRANSLATIONS_DIR  # translations/<language>/<file>.yaml
    if translations.is_dir() and not translations.is_symlink():
        for folder in sorted(translations.iterdir()):
            if folder.name.startswith(".") or folder.is_symlink() or not folder.is_dir():
                continue
            files += [f for f in sorted(folder.iterdir()) if f.suffix in {".yaml", ".yml"}]
    for path in files:
        if path.is_symlink() or not stat.S_ISREG(path.lstat().st_mode):
            raise BundleError(f"{path}: not a regular file (a link?); a bundle carries plain files only")
    return files


def write_bundle(pack_dir: Path, output: Path) -> list[str]:
    """Write ``pack_dir`` as one ``.dilemma`` file; the archive names written."""
    if not pack_dir.is_dir():
        raise BundleError(f"{pack_dir}: not a pack folder")
    files = _pack_files(pack_dir)
    if not files:
        raise BundleError(f"{pack_dir}: no scenario files to bundle")
    names = [path.relative_to(pack_dir).as_posix() for path in files]
    contents = [path.read_bytes() for path in files]
    manifest = {
        "format": FORMAT,
        "files": {name: hashlib.sha256(data).hexdigest() for name, data in zip(names, contents, strict=True)},
    }
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        entries = [
            (MANIFEST, json.dumps(manifest, indent=2, sort_keys=True).encode()),
            *zip(names, contents, strict=True),
        ]
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))  # the same pack, the same bytes
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    write_atomic(output, buffer.getvalue(), mode=default_mode())  # a file to share, not a private one
    return names


def _checked_name(name: str) -> PurePosixPath:
    if (
        not name
        or "\\" in name
        or "\x00" in name
        or name.startswith("/")
        or (len(name) > 1 and name[1] == ":")
    ):
        raise BundleError(f"the entry {name!r} has an absolute or foreign path; refused")
    path = PurePosixPath(name)
    if any(part in {"..", "."} for part in path.parts) or path.is_absolute():
        raise BundleError(f"the entry {name!r} points outside the pack; refused")
    if len(path.parts) > 3:
        raise BundleError(f"the entry {name!r} is deeper than a pack's sources/<id>/file; refused")
    return path


def _entries(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise BundleError(
            f"the bundle has {len(infos):,} entries; a pack has far fewer (at most {MAX_ENTRIES:,})"
        )
    entries: dict[str, zipfile.ZipInfo] = {}
    folded: set[str] = set()
    total = 0
    for info in infos:
        if info.is_dir():
            _checked_name(info.filename.rstrip("/"))
            continue
        mode = info.external_attr >> 16
        if stat.S_IFMT(mode) not in (0, stat.S_IFREG):  # 0: a zip tool that records no type
            raise BundleError(f"the entry {info.filename!r} is a link or a special file; refused")
        _checked_name(info.filename)
        if info.filename.casefold() in folded:
            raise BundleError(f"the entry {info.filename!r} appears twice; refused")
        folded.add(info.filename.casefold())
        if info.file_size > MAX_FILE_BYTES:
            raise BundleError(f"the entry {info.filename!r} unpacks to {info.file_size:,} bytes; refused")
        if info.file_size > _RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise BundleError(
                f"the entry {info.filename!r} unpacks to {info.file_size:,} bytes from "
                f"{info.compress_size:,}: a zip bomb, refused"
            )
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise BundleError(f"the bundle unpacks to more than {MAX_TOTAL_BYTES:,} bytes; refused")
        entries[info.filename] = info
    return entries


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """An entry's bytes, never more than it declares (a lying header stops here)."""
    with archive.open(info) as stream:
        data = stream.read(info.file_size + 1)
    if len(data) != info.file_size:
        raise BundleError(f"the entry {info.filename!r} is not the size it declares; refused")
    return data


def open_bundle(bundle: Path, into: Path) -> Path:
    """Check ``bundle`` and unpack it into the new folder ``into``; the pack folder."""
    try:
        with zipfile.ZipFile(bundle) as archive:
            entries = _entries(archive)
            if MANIFEST not in entries:
                raise BundleError("the bundle has no manifest.json; it was not made by `explorer bundle`")
            try:
                manifest = json.loads(_read(archive, entries[MANIFEST]))
                listed = manifest["files"]
                if manifest.get("format") != FORMAT or not isinstance(listed, dict):
                    raise ValueError("unknown format")
            except (ValueError, KeyError, TypeError) as error:
                raise BundleError(f"the bundle's manifest.json cannot be read ({error})") from error
            present = set(entries) - {MANIFEST}
            missing = sorted(set(listed) - present)
            if missing:
                raise BundleError(f"the manifest lists files the bundle lacks: {', '.join(missing[:5])}")
            unlisted = sorted(present - set(listed))
            if unlisted:
                raise BundleError(
                    f"the bundle holds files its manifest does not list: {', '.join(unlisted[:5])}"
                )
            contents = {}
            for name in sorted(present):
                data = _read(archive, entries[name])
                if hashlib.sha256(data).hexdigest() != listed[name]:
                    raise BundleError(
                        f"{name}: checksum differs from the manifest; the bundle was altered or damaged"
                    )
                contents[name] = data
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as error:
        raise BundleError(f"{bundle}: not a readable .dilemma file ({error})") from error
    except OSError as error:
        raise BundleError(f"{bundle}: cannot read it: {error.strerror or error}") from error
    try:
        into.mkdir(parents=True, exist_ok=False)
        for name, data in contents.items():
            target = into.joinpath(*PurePosixPath(name).parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "xb") as stream:  # never through an existing file or link
                stream.write(data)
    except OSError as error:  # e.g. a file and a folder of one name
        raise BundleError(f"{bundle}: cannot unpack it: {error.strerror or error}") from error
    return into


def unpack_to_temporary(bundle: Path) -> Path:
    """Unpack a checked bundle into a new private temporary folder; the pack folder."""
    import atexit
    import shutil
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="explorer-bundle-"))
    atexit.register(shutil.rmtree, base, ignore_errors=True)  # the unpacked copy lives as long as the process
    try:
        return open_bundle(bundle, base / "pack")
    except BundleError:
        shutil.rmtree(base, ignore_errors=True)
        raise
