"""A pack's own sources: ``PACK_DIR/sources/<id>/``, in the same form as the bundled ones.

A pack may come from anyone (a shared folder, an unpacked bundle), so its source
folders are read with care: only regular files (no links, devices or pipes), each
of a bounded size, and a source id that is a plain id naming its own folder. An id
that is already a bundled source is refused: a citation must never change meaning
depending on which pack is open.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from explorer.core.evidence.corpus import Corpus, CorpusError, SourceDocument, load_source

SOURCES_DIR = "sources"
#: The text files of a source (metadata, extracted text, edition): far beyond any real document.
MAX_TEXT_BYTES = 20_000_000
#: The file as received (a PDF with pictures can be large).
MAX_RECEIVED_BYTES = 200_000_000
#: At most this many sources in one pack.
MAX_SOURCES = 500
SOURCE_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")
_TEXT_FILES = frozenset({"metadata.yaml", "original.txt", "edition.txt"})


@dataclass(frozen=True, slots=True)
class SourceProblem:
    """A pack source that cannot be used; ``line`` is 1 unless the problem is on a line of ``file``."""

    file: Path
    line: int
    message: str


def read_pack_file(path: Path) -> bytes:
    """A pack source's file: a regular file (never followed through a link), of bounded size."""
    limit = MAX_TEXT_BYTES if path.name in _TEXT_FILES else MAX_RECEIVED_BYTES
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)  # OSError (ELOOP) on a link
    with os.fdopen(descriptor, "rb") as stream:
        info = os.fstat(stream.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise OSError(f"{path.name} is not a regular file")
        if info.st_size > limit:
            raise OSError(f"{path.name} is larger than {limit // 1_000_000} MB")
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise OSError(f"{path.name} is larger than {limit // 1_000_000} MB")
    return data


def _id_line(folder: Path) -> int:
    """The line of ``id:`` in the metadata, to point an id clash at it."""
    try:
        text = read_pack_file(folder / "metadata.yaml").decode("utf-8", "replace")
    except OSError:
        return 1
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("id:"):
            return number
    return 1


def load_pack_sources(pack_dir: Path, bundled: Corpus) -> tuple[list[SourceDocument], list[SourceProblem]]:
    """Every usable source under ``pack_dir/sources``, and a located problem for each other one."""
    root = pack_dir / SOURCES_DIR
    if root.is_symlink() or not root.is_dir():
        return [], (
            [SourceProblem(root, 1, "`sources` must be a folder, not a link")] if root.is_symlink() else []
        )
    documents: list[SourceDocument] = []
    problems: list[SourceProblem] = []
    folders = sorted(p for p in root.iterdir() if not p.name.startswith("."))
    for folder in folders[:MAX_SOURCES]:
        metadata = folder / "metadata.yaml"
        if folder.is_symlink() or not folder.is_dir():
            problems.append(
                SourceProblem(folder, 1, "a source must be a folder (sources/<id>/), not a file or a link")
            )
            continue
        if not SOURCE_ID.match(folder.name):
            problems.append(
                SourceProblem(
                    folder, 1, "a source folder's name is its id: lower-case letters, digits and hyphens"
                )
            )
            continue
        try:
            document = load_source(folder, read=read_pack_file)
        except CorpusError as error:
            problems.append(SourceProblem(folder, 1, str(error).removeprefix(f"{folder}/")))
            continue
        if document.id != folder.name:
            problems.append(
                SourceProblem(
                    metadata,
                    _id_line(folder),
                    f"the id `{document.id}` must be the folder's name `{folder.name}`",
                )
            )
        elif document.id in bundled:
            problems.append(
                SourceProblem(
                    metadata,
                    _id_line(folder),
                    f"source id `{document.id}` is already a bundled source; rename the folder and the id",
                )
            )
        else:
            documents.append(document)
    if len(folders) > MAX_SOURCES:
        problems.append(SourceProblem(root, 1, f"more than {MAX_SOURCES} sources; the rest are not loaded"))
    return documents, problems
