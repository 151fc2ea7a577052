"""The source documents: originals byte-for-byte, metadata, reading editions."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import msgspec
import yaml

from explorer.core.evidence.edition import EditionError, Omission, ReadingEdition, build_edition
from explorer.core.evidence.source_date import date_words
from explorer.core.evidence.textindex import StrippedText
from explorer.core.paths import sources_dir
from explorer.core.vocabulary import ENGLISH, ExportLabels, fill

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
    #: An imported source: the file as received (``received.pdf`` …), kept byte for byte
    #: beside ``original.txt``, the text extracted from it (``explorer.core.pack.importing``).
    received_file: str = ""
    received_sha256: str = ""
    extracted_with: str = ""

    def reference(self, labels: ExportLabels = ENGLISH) -> str:
        """A full bibliographic reference, in a plain author-date style.

        ``labels``: the words of the kind and language, English unless the interface passes its own.
        """
        authors = "; ".join(self.authors) if self.authors else self.publisher
        title = f"{self.title}: {self.subtitle}" if self.subtitle else self.title
        language = labels.language(self.language) or self.language
        kind = kind_words(self.kind, labels)
        published = f"{self.publisher}. " if self.publisher else ""  # unknown: left out, not guessed
        written = date_words(self.date, labels)
        lead = f"{authors} ({written}). {title}. " if authors else f"{title} ({written}). "
        return lead + published + fill(labels.translate("Export", "%1, in %2."), kind, language)

    @property
    def label(self) -> str:
        """A short label such as ‘Buitelaar & Van Willigen 2021’."""
        return self.short_title or self.title


def kind_words(kind: str, labels: ExportLabels = ENGLISH) -> str:
    """The shipped sources' kinds in the export's language; a pack's own kind as it is written."""
    known = {
        "journal article": labels.translate("Export", "Journal article"),
        "parliamentary letter": labels.translate("Export", "Parliamentary letter"),
        "summary report": labels.translate("Export", "Summary report"),
        "web page": labels.translate("Export", "Web page"),
        "report": labels.translate("Export", "Report"),
        "book": labels.translate("Export", "Book"),
    }
    return known.get(kind.casefold(), kind.capitalize())


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


#: Reads a file of a source folder; a pack's own sources pass a careful reader
#: (regular files only, bounded sizes: ``explorer.core.evidence.pack_sources``).
FileReader = Callable[[Path], bytes]


def _plain_read(path: Path) -> bytes:
    return path.read_bytes()


def _read_metadata(folder: Path, read: FileReader = _plain_read) -> SourceMetadata:
    path = folder / "metadata.yaml"
    try:
        data = yaml.load(read(path).decode("utf-8"), Loader=_Loader)
        return msgspec.convert(data, SourceMetadata)
    except (OSError, UnicodeDecodeError, yaml.YAMLError, msgspec.ValidationError) as error:
        raise CorpusError(f"{path}: {error}") from error


def load_source(folder: Path, verify_checksum: bool = True, read: FileReader = _plain_read) -> SourceDocument:
    metadata = _read_metadata(folder, read)
    try:
        raw = read(folder / "original.txt")
        original = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CorpusError(f"{folder / 'original.txt'}: {error}") from error
    if verify_checksum and hashlib.sha256(raw).hexdigest() != metadata.sha256:
        raise CorpusError(
            f"{folder / 'original.txt'}: checksum differs from metadata; originals are never edited"
        )
    if verify_checksum and metadata.received_file:
        received = folder / metadata.received_file
        try:
            digest = hashlib.sha256(read(received)).hexdigest()
        except OSError as error:
            raise CorpusError(f"{received}: {error}") from error
        if digest != metadata.received_sha256:
            raise CorpusError(f"{received}: checksum differs from metadata; originals are never edited")
    stripped = StrippedText(original)
    omissions = [Omission(o.text, o.reason) for o in metadata.omissions]
    edition_path = folder / "edition.txt"
    try:
        edition = build_edition(read(edition_path).decode("utf-8"), stripped, metadata.language, omissions)
    except (OSError, UnicodeDecodeError, EditionError) as error:
        raise CorpusError(f"{edition_path}: {error}") from error
    document = SourceDocument(metadata, original, edition)
    document.__dict__["stripped"] = stripped  # already built; spare a second pass
    return document


class Corpus:
    """All source documents, by id, in a stable order.

    The bundled sources come first, then a pack's own (``pack_ids``), which
    ``bundled()`` leaves out again when another pack is opened.
    """

    def __init__(self, documents: list[SourceDocument], pack_ids: frozenset[str] = frozenset()) -> None:
        self._documents = {doc.id: doc for doc in documents}
        self.pack_ids = pack_ids

    def bundled(self) -> Corpus:
        """The sources every pack may cite: this corpus without any pack's own."""
        documents, pack_ids = self._documents, self.pack_ids  # one snapshot (see ``adopt``)
        if not pack_ids:
            return self
        return Corpus([doc for doc in documents.values() if doc.id not in pack_ids])

    def with_pack_sources(self, documents: list[SourceDocument]) -> Corpus:
        """The bundled sources and a pack's own (their ids are checked apart: no clash)."""
        if not documents:
            return self.bundled()
        return Corpus([*self.bundled(), *documents], frozenset(doc.id for doc in documents))

    def adopt(self, other: Corpus) -> None:
        """Take ``other``'s documents in place, so views holding this corpus see a new pack's sources.

        One assignment each: a loading thread reading ``bundled()`` meanwhile sees either state.
        """
        self._documents, self.pack_ids = dict(other._documents), other.pack_ids

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
