"""The source documents: originals byte-for-byte, metadata, reading editions."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import msgspec
import yaml

from explorer.core.evidence.edition import EditionError, Omission, ReadingEdition, build_edition
from explorer.core.evidence.textindex import StrippedText
from explorer.core.paths import sources_dir

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class OmissionSpec(msgspec.Struct, forbid_unknown_fields=True):
    text: str
    reason: str


class SourceMetadata(msgspec.Struct, forbid_unknown_fields=True):
    """What a bibliography needs to know about a source, and where it came from."""

    id: str
    title: str
    authors: list[str]
    publisher: str
    date: str
    language: str
    kind: str
    description: str
    origin: str
    licence: str
    sha256: str
    seed_file: str
    subtitle: str = ""
    date_note: str = ""
    short_title: str = ""
    omissions: list[OmissionSpec] = []

    def reference(self) -> str:
        """A full bibliographic reference, in a plain author-date style."""
        authors = "; ".join(self.authors) if self.authors else self.publisher
        title = f"{self.title}: {self.subtitle}" if self.subtitle else self.title
        language = {"nl": "Dutch", "en": "English", "fr": "French"}.get(self.language, self.language)
        return f"{authors} ({self.date}). {title}. {self.publisher}. {self.kind.capitalize()}, in {language}."

    @property
    def label(self) -> str:
        """A short label such as ‘Buitelaar & Van Willigen 2021’."""
        return self.short_title or self.title


class CorpusError(RuntimeError):
    """A shipped source that is missing, altered or has an unfaithful edition."""


@dataclass(frozen=True)
class SourceDocument:
    metadata: SourceMetadata
    original: str
    edition: ReadingEdition

    @property
    def id(self) -> str:
        return self.metadata.id

    @cached_property
    def stripped(self) -> StrippedText:
        return StrippedText(self.original)

    @cached_property
    def edition_stripped(self) -> StrippedText:
        return StrippedText(self.edition.text)


def _read_metadata(folder: Path) -> SourceMetadata:
    path = folder / "metadata.yaml"
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
        return msgspec.convert(data, SourceMetadata)
    except (OSError, yaml.YAMLError, msgspec.ValidationError) as error:
        raise CorpusError(f"{path}: {error}") from error


def load_source(folder: Path, verify_checksum: bool = True) -> SourceDocument:
    metadata = _read_metadata(folder)
    raw = (folder / "original.txt").read_bytes()
    if verify_checksum and hashlib.sha256(raw).hexdigest() != metadata.sha256:
        raise CorpusError(
            f"{folder / 'original.txt'}: checksum differs from metadata; originals are never edited"
        )
    original = raw.decode("utf-8")
    stripped = StrippedText(original)
    omissions = [Omission(o.text, o.reason) for o in metadata.omissions]
    edition_path = folder / "edition.txt"
    try:
        edition = build_edition(
            edition_path.read_text(encoding="utf-8"), stripped, metadata.language, omissions
        )
    except (OSError, EditionError) as error:
        raise CorpusError(f"{edition_path}: {error}") from error
    document = SourceDocument(metadata, original, edition)
    document.__dict__["stripped"] = stripped  # already built; spare a second pass
    return document


class Corpus:
    """All source documents, by id, in a stable order."""

    def __init__(self, documents: list[SourceDocument]) -> None:
        self._documents = {doc.id: doc for doc in documents}

    def __contains__(self, source_id: object) -> bool:
        return source_id in self._documents

    def __getitem__(self, source_id: str) -> SourceDocument:
        return self._documents[source_id]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._documents.values())

    def __len__(self) -> int:
        return len(self._documents)

    def ids(self) -> list[str]:
        return list(self._documents)


def load_corpus(root: Path | None = None) -> Corpus:
    """Load every source under ``root`` (the shipped ``resources/sources`` by default)."""
    root = root or sources_dir()
    folders = sorted(p for p in root.iterdir() if (p / "metadata.yaml").is_file())
    return Corpus([load_source(folder) for folder in folders])


def main(argv: list[str] | None = None) -> int:
    """``python -m explorer.core.evidence.corpus [ID…]``: check the editions, print a summary."""
    import sys

    wanted = set(argv if argv is not None else sys.argv[1:])
    status = 0
    for folder in sorted(sources_dir().iterdir()):
        if wanted and folder.name not in wanted:
            continue
        try:
            doc = load_source(folder)
        except CorpusError as error:
            print(f"FAIL {folder.name}: {error}")
            status = 1
            continue
        kinds: dict[str, int] = {}
        for block in doc.edition.blocks:
            kinds[block.kind] = kinds.get(block.kind, 0) + 1
        print(
            f"ok   {folder.name}: {len(doc.edition.blocks)} blocks {kinds}; "
            f"omitted spans: {len(doc.edition.omitted)}"
        )
    return status


if __name__ == "__main__":
    raise SystemExit(main())
