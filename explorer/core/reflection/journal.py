"""The reader's journal: a choice, a confidence, a rationale and their own citations per stage.

One journal is one JSON file (written through ``explorer.core.store``: atomic,
versioned, with a last-good backup); several journals (profiles) live side by
side in the user's data directory, ``<data>/peace-ops-explorer/explorer/journals``,
the same place Qt's ``QStandardPaths.AppDataLocation`` names.

Format history (``"format": "journal"``):

- **1**, the draft format of the first prototype: ``profile``, entries with
  ``confidence`` as ``low``/``medium``/``high``, ``quotes`` without spans,
  ``weights`` as ``[dimension, weight]`` pairs and one ``date``.
- **2** (current): ``name``; entries with a 1–5 confidence, the first instinct and
  why the reader changed their mind, citations with their resolved span,
  weights by dimension, the assumption factor, created/updated timestamps.

A journal is validated as a whole when it is opened (``check_document``: types,
ranges, finite numbers, dates the app can show); a damaged or invalid journal
opens from its backup, read-only; a journal of a newer format opens read-only;
neither is ever written back (``JournalReadOnly``). A journal opened for writing
holds its file's lock (``explorer.core.file_lock``): a second process opens it
read-only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import msgspec

from explorer.core import file_lock, store
from explorer.core.limits import MAX_ITEMS, Id, Name, Offset, Text, check_stamp
from explorer.core.paths import user_data_dir
from explorer.core.search import fold

KIND = "journal"
VERSION = 2
SUFFIX = ".journal.json"
DEFAULT_NAME = "My journal"


#: A dimension's weight, as the ranking's sliders set it (``ranking.MIN_WEIGHT`` … ``MAX_WEIGHT``).
Weight = Annotated[float, msgspec.Meta(ge=0.0, le=4.0)]


class JournalReadOnly(store.StoreError):
    """Saving a journal that must not be written (damaged, or from a newer version)."""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Span(msgspec.Struct):
    """Where a citation stands: original and reading-edition offsets, as ``Anchor``."""

    start: Offset
    end: Offset
    edition_start: Offset
    edition_end: Offset
    lang: Annotated[str, msgspec.Meta(max_length=20)] = ""


class ReaderCitation(msgspec.Struct, omit_defaults=True):
    """A passage the reader cites, stored as a quote (W3C TextQuoteSelector) and its span."""

    source: Id
    quote: Text
    prefix: Text = ""
    suffix: Text = ""
    #: An English translation (the pack's gloss of the same passage, or the reader's own).
    gloss: Text = ""
    note: Text = ""
    span: Span | None = None
    added: Name = ""


class JournalEntry(msgspec.Struct, omit_defaults=True):
    """What the reader decided at one stage of one scenario, and why."""

    scenario: Id
    stage: Id
    choice: Id | None = None
    confidence: Annotated[int, msgspec.Meta(ge=1, le=5)] | None = None  # 1 a guess … 5 certain
    rationale: Text = ""
    first_instinct: Id | None = None  # a choice id, recorded before reading the evidence
    first_instinct_at: Name = ""
    changed_mind: Text = ""  # why the final choice differs from (or keeps) the first instinct
    citations: Annotated[list[ReaderCitation], msgspec.Meta(max_length=MAX_ITEMS)] = []
    weights: Annotated[dict[Id, Weight], msgspec.Meta(max_length=1_000)] = {}
    assumption_factor: Annotated[float, msgspec.Meta(ge=0.0, le=1.0)] = 1.0
    # Titles as they were, so the journal still reads without the pack that made it.
    scenario_title: Text = ""
    stage_title: Text = ""
    choice_label: Text = ""
    first_instinct_label: Text = ""
    created: Name = ""
    updated: Name = ""

    @property
    def key(self) -> tuple[str, str]:
        return (self.scenario, self.stage)

    def changed_his_mind(self) -> bool | None:
        """True/False once both a first instinct and a choice exist; None before."""
        if self.first_instinct is None or self.choice is None:
            return None
        return self.first_instinct != self.choice

    def text(self) -> str:
        """Everything a search looks at."""
        parts = [
            self.scenario_title,
            self.stage_title,
            self.choice_label,
            self.first_instinct_label,
            self.rationale,
            self.changed_mind,
            self.scenario,
            self.stage,
        ]
        for citation in self.citations:
            parts += [citation.quote, citation.gloss, citation.note, citation.source]
        return "\n".join(parts)


def matches(entry: JournalEntry, text: str) -> bool:
    """Whether every word of ``text`` is in the entry's titles, rationale or quotes (case, accents aside)."""
    haystack = fold(entry.text())
    return all(word in haystack for word in fold(text).split())


def _migrate_1_to_2(data: dict[str, Any]) -> dict[str, Any]:
    levels = {"low": 2, "medium": 3, "high": 4}
    entries = []
    for old in data.get("entries", []):
        date = old.get("date", "")
        entries.append(
            {
                "scenario": old["scenario"],
                "stage": old["stage"],
                "choice": old.get("choice"),
                "confidence": levels.get(old.get("confidence", "")),
                "rationale": old.get("rationale", ""),
                "citations": [{"source": q["source"], "quote": q["quote"]} for q in old.get("quotes", [])],
                "weights": {dimension: weight for dimension, weight in old.get("weights", [])},
                "created": date,
                "updated": date,
            }
        )
    return {"name": data.get("profile", DEFAULT_NAME), "created": "", "entries": entries}


MIGRATIONS: dict[int, store.Migration] = {1: _migrate_1_to_2}


class JournalDocument(msgspec.Struct):
    """A journal file as a whole (format 2), as ``check_document`` accepts it."""

    format: str
    version: int
    name: Name = DEFAULT_NAME
    created: Name = ""
    entries: Annotated[list[JournalEntry], msgspec.Meta(max_length=MAX_ITEMS)] = []


def check_document(data: dict[str, Any]) -> tuple[JournalDocument, int]:
    """The journal in ``data`` and how many entries were left out; ``ValueError`` or
    ``msgspec.ValidationError`` saying what is wrong.

    A journal of this format must be valid as a whole. One from a newer format (shown
    read-only) shows the entries this version understands and counts the others.
    """
    skipped = 0
    if isinstance(data.get("version"), int) and data["version"] > VERSION:
        entries = data.get("entries")
        kept = []
        for raw in entries if isinstance(entries, list) else []:
            try:
                entry = msgspec.convert(raw, JournalEntry)
                _check_entry_stamps(entry)
            except (msgspec.ValidationError, ValueError):
                skipped += 1
                continue
            kept.append(entry)
        data = {**data, "entries": []}
        document = msgspec.convert(data, JournalDocument)
        document.entries = kept
    else:
        document = msgspec.convert(data, JournalDocument)
        for number, entry in enumerate(document.entries, 1):
            try:
                _check_entry_stamps(entry)
            except ValueError as error:
                raise ValueError(f"entry {number}: {error}") from None
    check_stamp(document.created)
    return document, skipped


def _check_entry_stamps(entry: JournalEntry) -> None:
    for stamp in (entry.created, entry.updated, entry.first_instinct_at):
        check_stamp(stamp)
    for citation in entry.citations:
        check_stamp(citation.added)


LOCKED_MESSAGE = (
    "{name} is open in another window of the app (or another program is writing it). It opens "
    "read-only here so that neither copy overwrites the other's entries; close it there to write here."
)


class Journal:
    """One reader's entries, one per (scenario, stage); ``save`` writes them atomically."""

    def __init__(self, path: Path, name: str = DEFAULT_NAME, entries: Iterable[JournalEntry] = ()) -> None:
        self.path = path
        self.name = name
        self.created = now()
        self._entries: dict[tuple[str, str], JournalEntry] = {e.key: e for e in entries}
        self.read_only = False
        #: What the reader should be told about this journal (why it is read-only), if anything.
        self.message = ""
        #: This process's write lock on the file, while the journal is open for writing.
        self.lock: file_lock.FileLock | None = None

    # -- reading -----------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path, lock: bool = True) -> Journal:
        """Open a journal file; never raises on bad content (it opens read-only instead).

        With ``lock`` (to write in it) the file's lock is taken; if another process holds
        it, the journal opens read-only with a message. ``lock=False`` only reads (listing,
        export). ``close`` gives the lock back.
        """
        held, refused = _take_lock(path) if lock else (None, False)
        journal = cls._read(path)
        if refused and not journal.read_only:
            journal.read_only = True
            journal.message = LOCKED_MESSAGE.format(name=path.name)
        if held is not None and journal.read_only:
            held.release()
        elif held is not None:
            journal.lock = held
        return journal

    @classmethod
    def _read(cls, path: Path) -> Journal:
        if not path.exists() and not path.is_symlink():
            return cls(path, _name_from_path(path))
        try:
            loaded = store.load(path, KIND, VERSION, MIGRATIONS, check=check_document)
        except store.StoreError as error:
            journal = cls(path, _name_from_path(path))
            journal.read_only = True
            journal.message = (
                f"{error}. It was left untouched and opens read-only; new entries cannot be saved "
                "to it. Create or switch to another journal to keep working."
            )
            return journal
        document, skipped = loaded.value
        journal = cls(path, document.name or _name_from_path(path), document.entries)
        journal.created = document.created
        journal.read_only = loaded.read_only or skipped > 0
        journal.message = loaded.message
        if skipped:
            journal.message += f" {skipped} entries could not be read and are not shown."
        return journal

    def close(self) -> None:
        """Give up the file's write lock (the journal is no longer written here)."""
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def __len__(self) -> int:
        return len(self._entries)

    def entries(self) -> list[JournalEntry]:
        """All entries, most recently updated first."""
        return sorted(self._entries.values(), key=lambda e: e.updated, reverse=True)

    def entry(self, scenario: str, stage: str) -> JournalEntry | None:
        return self._entries.get((scenario, stage))

    def search(self, text: str) -> list[JournalEntry]:
        """Entries whose titles, rationale or quotes contain every word (case and accents ignored)."""
        return [e for e in self.entries() if matches(e, text)]

    # -- changing ----------------------------------------------------------------------------------
    def put(self, entry: JournalEntry) -> JournalEntry:
        """Add or replace the entry of its (scenario, stage), stamping the times."""
        self._check_writable()
        stamp = now()
        previous = self._entries.get(entry.key)
        entry.created = entry.created or (previous.created if previous else stamp)
        entry.updated = stamp
        self._entries[entry.key] = entry
        return entry

    def remove(self, scenario: str, stage: str) -> None:
        self._check_writable()
        self._entries.pop((scenario, stage), None)

    def save(self) -> None:
        """Write the journal atomically, keeping the previous good file as ``.bak``."""
        write_journal(self.path, self.encoded())

    def encoded(self) -> bytes:
        """The file's bytes now: a snapshot that ``write_journal`` can write later, from any thread."""
        self._check_writable()
        data = {
            "name": self.name,
            "created": self.created,
            "entries": [msgspec.to_builtins(e) for e in sorted(self._entries.values(), key=_order)],
        }
        return store.encode(KIND, VERSION, data)

    def _check_writable(self) -> None:
        if self.read_only:
            raise JournalReadOnly(self.message or f"{self.path.name} is read-only")


def write_journal(path: Path, payload: bytes) -> None:
    """Write a ``Journal.encoded`` snapshot atomically, keeping the previous good file as ``.bak``."""
    store.save_encoded(path, KIND, VERSION, payload, check=check_document)


def _order(entry: JournalEntry) -> tuple[str, str, str]:
    return (entry.created, entry.scenario, entry.stage)


def _take_lock(path: Path) -> tuple[file_lock.FileLock | None, bool]:
    """The file's write lock, and whether another process holds it."""
    try:
        held = file_lock.lock(path)
    except OSError:
        return None, False  # a folder that cannot hold the lock cannot hold the journal: saving says so
    return held, held is None


# -- journals side by side -----------------------------------------------------------------------
def journals_dir() -> Path:
    return user_data_dir() / "journals"


@dataclass(frozen=True, slots=True)
class JournalInfo:
    path: Path
    name: str
    entries: int
    updated: str  # the most recent entry's time, or ""
    readable: bool


def _name_from_path(path: Path) -> str:
    stem = path.name.removesuffix(SUFFIX)
    return stem.replace("-", " ").capitalize() if stem else DEFAULT_NAME


def slug(name: str) -> str:
    text = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")
    return text[:60] or "journal"


def list_journals(directory: Path | None = None) -> list[JournalInfo]:
    """Every journal in ``directory`` (the user's journals by default), by name."""
    directory = directory or journals_dir()
    if not directory.is_dir():
        return []
    found = []
    for path in sorted(directory.glob(f"*{SUFFIX}")):
        journal = Journal.open(path, lock=False)  # one bad file is one read-only line, never an error
        entries = journal.entries()
        found.append(
            JournalInfo(
                path,
                journal.name,
                len(entries),
                entries[0].updated if entries else "",
                not (journal.read_only and not entries),
            )
        )
    return sorted(found, key=lambda info: fold(info.name))


def journal_path(name: str, directory: Path | None = None) -> Path:
    """Where a journal of this name is (or would be) kept."""
    directory = directory or journals_dir()
    wanted = fold(name.strip())
    for info in list_journals(directory):
        if fold(info.name) == wanted:
            return info.path
    return directory / f"{slug(name)}{SUFFIX}"


def create_journal(name: str, directory: Path | None = None) -> Journal:
    """A new, saved, empty journal; the file name never clobbers an existing journal."""
    directory = directory or journals_dir()
    base, number = slug(name), 1
    path = directory / f"{base}{SUFFIX}"
    while path.exists():
        number += 1
        path = directory / f"{base}-{number}{SUFFIX}"
    journal = Journal(path, name.strip() or DEFAULT_NAME)
    journal.lock, _refused = _take_lock(path)  # a new name: no other process has it open
    journal.save()
    return journal


def open_journal(name: str | None = None, directory: Path | None = None) -> Journal:
    """The journal called ``name`` (the default one if None); not written until it is saved."""
    return Journal.open(journal_path(name or DEFAULT_NAME, directory))
