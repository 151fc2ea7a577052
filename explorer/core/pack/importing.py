"""Start a pack and import a document into it as a source of its own.

``new_pack`` writes a skeleton that validates: ``pack.yaml`` (the bundled pack's
dimensions, to start from), an empty ``sources/`` and one example scenario that cites
a bundled source. ``add_source`` turns a received document (PDF, HTML, Markdown,
plain text) into ``sources/<id>/`` in the form the bundled sources have:

- ``received.<ext>``: the file as received, byte for byte, with its checksum;
- ``original.txt``: the text extracted from it, what citations are matched against;
- ``edition.txt``: a drafted reading edition, proven faithful before it is kept;
- ``metadata.yaml``: pre-filled from what the document says, for the author to complete.

The folder is written under a temporary name and renamed into place, so a failed
import leaves nothing half-written, and an existing source is never overwritten.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import stat
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from explorer.core.evidence.corpus import Corpus, CorpusError, load_source
from explorer.core.evidence.document_facts import detect_language, find_date, guess_title, suggest_id
from explorer.core.evidence.edition import EditionError, build_edition
from explorer.core.evidence.edition_draft import Draft, draft_edition, plain_edition
from explorer.core.evidence.extract import KINDS, ExtractionError, extract
from explorer.core.evidence.pack_sources import MAX_RECEIVED_BYTES, SOURCE_ID, SOURCES_DIR, read_pack_file
from explorer.core.evidence.textindex import StrippedText
from explorer.core.paths import bundled_pack_dir

#: The source a new pack's example scenario cites, and the passage it quotes.
_EXAMPLE_SOURCE = "kamerbrief-2018"
_EXAMPLE_QUOTE = "kritieke middelen, zoals inlichtingenpersoneel, strategisch transport en helikopters"


class SourceImportError(ValueError):
    """An import that cannot be done; the message says why and what to do."""


@dataclass
class ImportResult:
    folder: Path
    source_id: str
    title: str
    date: str
    language: str
    draft: Draft
    #: False when the drafted edition failed its proof and the plain one (nothing joined) was kept.
    drafted: bool = True
    notes: list[str] = field(default_factory=list)

    def omission_lines(self) -> list[str]:
        """What the edition leaves out, one line each, for the author to check."""
        return [
            f"{omission.reason}: {omission.text!r} (×{self.draft.omitted_counts.get(omission.text, 1)})"
            for omission in self.draft.omissions
        ]


def _example_scenario() -> str:
    return f"""\
# An example scenario: replace it with your own. `explorer validate .` checks the pack.
id: example-dilemma
title: An example dilemma
decision_maker: Who decides (a minister, a force commander, a council)
moment: When the decision is taken
summary: One or two plain sentences shown in the library.
minutes: 30
difficulty: introductory
tags: [example]

evidence:
  enablers-lacking:
    source: {_EXAMPLE_SOURCE}
    quote: {_EXAMPLE_QUOTE}
    gloss: critical assets, such as intelligence personnel, strategic transport and helicopters

stages:
  - id: the-question
    title: The question
    context: |
      Markdown. Cite inline with a `cite:` link: the UN lacks
      [critical assets](cite:enablers-lacking).
    question: What should be done?
    choices:
      - id: send-enablers
        label: Send scarce enablers
        description: What this choice means in practice.
        arguments_for:
          - text: The UN lacks exactly these assets.
            citations: [enablers-lacking]
        tradeoffs:
          - dimension: protection-of-civilians
            effect: 1
            claim: The mission gets assets it needs to reach people at risk.
            evidence: inferred
            reasoning: The letter names these assets as what the UN lacks.
            citations: [enablers-lacking]
          - dimension: cost
            effect: -1
            claim: Scarce helicopters and intelligence staff are spent abroad.
            evidence: inferred
            reasoning: The letter calls them critical and scarce; sending them spends them.
            citations: [enablers-lacking]
          - dimension: national-readiness
            effect: -1
            claim: Assets sent away are not available for training at home.
            evidence: inferred
            reasoning: Assets abroad cannot be used at home at the same time.
            citations: [enablers-lacking]
      - id: send-nothing
        label: Send nothing
        description: What this choice means in practice.
        tradeoffs:
          - dimension: cost
            effect: 1
            claim: The scarce assets stay at home.
            evidence: inferred
            reasoning: Nothing is sent, so nothing is spent abroad.
            citations: [enablers-lacking]
          - dimension: protection-of-civilians
            effect: -1
            claim: The mission stays without the assets it lacks.
            evidence: inferred
            reasoning: The letter says the UN lacks them; nobody else is said to send them.
            citations: [enablers-lacking]
          - dimension: un-influence
            effect: -1
            claim: Declining a request the country itself raised costs standing.
            evidence: inferred
            reasoning: The letter makes better peace operations a priority of the Dutch Council seat.
            citations: [enablers-lacking]

facilitator_notes: |
  Notes for the facilitator, in Markdown.
discussion_prompts:
  - What would change your choice?
"""


def new_pack(directory: Path) -> list[Path]:
    """A pack skeleton in ``directory`` (new or empty); the files written."""
    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise SourceImportError(f"{directory}: exists and is not an empty folder; choose a new one")
    bundled = yaml.safe_load((bundled_pack_dir() / "pack.yaml").read_text(encoding="utf-8"))
    slug = re.sub(r"[^a-z0-9]+", "-", directory.resolve().name.lower()).strip("-") or "my-pack"
    info = {
        "id": slug,
        "title": directory.resolve().name,
        "version": "0.1",
        "description": "What this pack is about, for whom, and from which documents.",
        "authors": ["Your name"],
        "language": "en",
        "dimensions": bundled["dimensions"],
    }
    directory.mkdir(parents=True, exist_ok=True)
    (directory / SOURCES_DIR).mkdir()
    pack_file, scenario_file = directory / "pack.yaml", directory / "example-dilemma.yaml"
    header = "# The pack: its title and the dimensions its trade-offs use (taken from the bundled pack).\n"
    pack_file.write_text(header + yaml.safe_dump(info, allow_unicode=True, sort_keys=False), encoding="utf-8")
    scenario_file.write_text(_example_scenario(), encoding="utf-8")
    return [pack_file, scenario_file, directory / SOURCES_DIR]


def _read_received(file: Path) -> bytes:
    try:
        info = file.stat()
    except OSError as error:
        raise SourceImportError(f"{file}: cannot read it: {error.strerror}") from error
    if not stat.S_ISREG(info.st_mode):
        raise SourceImportError(f"{file}: not a regular file")
    if info.st_size > MAX_RECEIVED_BYTES:
        raise SourceImportError(f"{file}: larger than {MAX_RECEIVED_BYTES // 1_000_000} MB")
    return file.read_bytes()


def _metadata_text(fields: dict[str, object]) -> str:
    """The metadata file, with a comment on what the author should check or complete."""
    todo = {
        "title": "check",
        "authors": "complete: the authors, or [] if the publisher speaks",
        "publisher": "complete",
        "date": "check: the document's date, YYYY-MM-DD",
        "language": "check: detected from the text",
        "kind": "complete: report, parliamentary letter, article…",
        "description": "complete: what the document says, in two or three sentences",
        "licence": "complete: may it be quoted and shared?",
        "omissions": "left out of the reading edition: check each",
    }
    out = []
    for key, value in fields.items():
        dumped = yaml.safe_dump({key: value}, allow_unicode=True, sort_keys=False, width=100).rstrip("\n")
        if key in todo:
            out.append(f"# {key}: {todo[key]}")
        out.append(dumped)
    return "\n".join(out) + "\n"


def _prove(draft: Draft, original: StrippedText, language: str) -> None:
    build_edition(draft.source, original, language, draft.omissions)


def add_source(
    pack_dir: Path, file: Path, source_id: str | None = None, bundled: Corpus | None = None
) -> ImportResult:
    """Import ``file`` into ``pack_dir/sources/<id>/``; raises ``SourceImportError`` with the reason."""
    kind = KINDS.get(file.suffix.lower())
    if kind is None:
        known = ", ".join(sorted(KINDS))
        raise SourceImportError(
            f"{file}: cannot import a {file.suffix or 'suffix-less'} file (known: {known})"
        )
    if not pack_dir.is_dir():
        raise SourceImportError(f"{pack_dir}: not a pack folder (make one with `explorer new {pack_dir}`)")
    raw = _read_received(file)
    try:
        extracted = extract(str(file), kind, raw)
    except ExtractionError as error:
        raise SourceImportError(f"{file}: {error}") from error
    text = extracted.text
    if not text.strip():
        raise SourceImportError(f"{file}: no text found in it")
    notes: list[str] = []
    language = extracted.language or detect_language(text)
    if not language:
        language = "und"
        notes.append("the language was not recognised: set `language` in metadata.yaml")
    title = guess_title(text, extracted.title)
    found_date = find_date(text, extracted.date)
    source_id = source_id or suggest_id(title, found_date, file.stem)
    if not SOURCE_ID.match(source_id):
        raise SourceImportError(
            f"`{source_id}` is not a source id: use lower-case letters, digits and hyphens"
        )
    if bundled is not None and source_id in bundled:
        raise SourceImportError(f"`{source_id}` is already a bundled source; choose another id with --id")
    sources = pack_dir / SOURCES_DIR
    target = sources / source_id
    if target.exists() or target.is_symlink():
        raise SourceImportError(f"{target}: a source with this id exists; choose another id with --id")

    original = StrippedText(text)
    today = date.today().isoformat()
    note = f"Reading edition drafted on {today} from {file.name}; check it against original.txt."
    drafted = True
    try:
        draft = draft_edition(text, note)
        _prove(draft, original, language)
    except (EditionError, ValueError) as error:
        drafted = False
        notes.append(f"the drafted edition failed its proof ({error}); kept every paragraph as extracted")
        try:
            draft = plain_edition(text, note)
            _prove(draft, original, language)
        except (EditionError, ValueError) as plain_error:
            raise SourceImportError(
                f"{file}: no faithful reading edition could be made: {plain_error}"
            ) from plain_error

    encoded = text.encode("utf-8")
    received_name = f"received{file.suffix.lower()}"
    metadata: dict[str, object] = {
        "id": source_id,
        "title": title or file.stem,
        "authors": [],
        "publisher": "",
        "date": found_date,
        "language": language,
        "kind": {"pdf": "document", "html": "web page"}.get(kind, "document"),
        "description": "",
        "origin": f"Imported by `explorer source add` from {file.name}; text by {extracted.tool}.",
        "licence": "",
        "sha256": hashlib.sha256(encoded).hexdigest(),
        "seed_file": file.name,
        "received_file": received_name,
        "received_sha256": hashlib.sha256(raw).hexdigest(),
        "extracted_with": extracted.tool,
        "omissions": [{"text": o.text, "reason": o.reason} for o in draft.omissions],
    }
    sources.mkdir(exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".import-{source_id}-", dir=sources))
    try:
        (staging / received_name).write_bytes(raw)
        (staging / "original.txt").write_bytes(encoded)
        (staging / "edition.txt").write_text(draft.source, encoding="utf-8")
        (staging / "metadata.yaml").write_text(_metadata_text(metadata), encoding="utf-8")
        os.chmod(staging, 0o755)
        load_source(staging, read=read_pack_file)  # the same proof the pack's loading runs
        staging.rename(target)
    except (OSError, CorpusError) as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise SourceImportError(f"{target}: could not write the source: {error}") from error
    return ImportResult(target, source_id, title or file.stem, found_date, language, draft, drafted, notes)
