"""A second reader's verdicts on a pack's claims, kept beside the pack and keyed by what they judged.

A reviewable item is a trade-off that cites (``stated`` or ``inferred``) or an
argument with citations. A verdict is stored with a hash of exactly what the
reviewer saw: the claim (dimension, effect and sentence) or the argument's text,
the evidence status, the reasoning, and the content of every cited passage
(source, quote, prefix, suffix, gloss). Edit any of those and the hash changes,
so the verdict is **stale** until someone reviews the item again; a record also
keeps where the item stood (scenario, stage, choice, which list and index) so a
stale item is told from one nobody has reviewed. Citation ids and notes are not
hashed: renaming an id changes nothing a reader checks.

All verdicts of a pack live in one file, ``PACK_DIR/review.json``, written
atomically through ``explorer.core.store`` and validated with msgspec on load; a
damaged file is a ``ReviewFileError`` naming the file and what is wrong, and is
never overwritten.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date as Date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import msgspec

from explorer.core import store
from explorer.core.pack.model import Argument, Citation, Evidence, Scenario, TradeOff

if TYPE_CHECKING:
    from explorer.core.pack.loader import LoadedPack

REVIEW_FILE = "review.json"
KIND = "claim-review"
VERSION = 1


class Verdict(StrEnum):
    CONFIRMED = "confirmed"
    SHOULD_BE_INFERRED = "should-be-inferred"
    UNSUPPORTED = "unsupported"
    GLOSS_PROBLEM = "gloss-problem"
    OTHER = "other"


class ItemKind(StrEnum):
    TRADEOFF = "tradeoffs"
    ARGUMENT_FOR = "arguments_for"
    ARGUMENT_AGAINST = "arguments_against"


class ReviewState(StrEnum):
    REVIEWED = "reviewed"
    STALE = "stale"
    UNREVIEWED = "unreviewed"


class ReviewFileError(Exception):
    """A review file that cannot be used; the message names the file and what to do."""


class Location(msgspec.Struct, frozen=True, forbid_unknown_fields=True, omit_defaults=True):
    """Where an item stood in the pack: enough to find it again after an edit."""

    scenario: str
    stage: str
    choice: str
    kind: ItemKind
    index: int
    #: A trade-off's dimension, kept for a reader of the file (not part of the key).
    dimension: str = ""

    @property
    def key(self) -> str:
        """``scenario/stage/choice/tradeoffs[2]``: the same path a validation message uses."""
        return f"{self.scenario}/{self.stage}/{self.choice}/{self.kind.value}[{self.index}]"


class ReviewRecord(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    item_hash: str
    location: Location
    verdict: Verdict
    reviewer: str
    date: str
    note: str = ""
    #: The judged claim or argument, as it was: lets a reader of a stale record see what changed.
    claim: str = ""


class ReviewDocument(msgspec.Struct, forbid_unknown_fields=True):
    format: Literal["claim-review"]
    version: int
    records: list[ReviewRecord] = []


@dataclass(frozen=True)
class ReviewItem:
    """One claim a reviewer checks, with everything the check looks at."""

    location: Location
    scenario: Scenario
    text: str  # the trade-off's claim or the argument's text
    evidence: Evidence | None  # None for an argument
    effect: int  # 0 for an argument
    reasoning: str
    citation_ids: tuple[str, ...]

    @property
    def citations(self) -> list[tuple[str, Citation]]:
        return [
            (cid, self.scenario.evidence[cid]) for cid in self.citation_ids if cid in self.scenario.evidence
        ]

    @property
    def item_hash(self) -> str:
        return item_hash(
            self.text,
            self.evidence,
            self.reasoning,
            [c for _, c in self.citations],
            self.location,
            self.effect,
        )


def item_hash(
    text: str,
    evidence: Evidence | None,
    reasoning: str,
    citations: list[Citation],
    location: Location,
    effect: int = 0,
) -> str:
    """A hash of what a reviewer judges; whitespace runs count as one space."""
    judged = {
        "kind": "argument" if location.kind is not ItemKind.TRADEOFF else "tradeoff",
        "dimension": location.dimension,
        "effect": effect,
        "text": _squash(text),
        "evidence": evidence.value if evidence is not None else "",
        "reasoning": _squash(reasoning),
        "citations": [
            [c.source, _squash(c.quote), _squash(c.prefix), _squash(c.suffix), _squash(c.gloss)]
            for c in citations
        ],
    }
    return hashlib.sha256(msgspec.json.encode(judged)).hexdigest()[:20]


def _squash(text: str) -> str:
    return " ".join(text.split())


def tradeoff_item(scenario: Scenario, stage_id: str, choice_id: str, index: int, t: TradeOff) -> ReviewItem:
    location = Location(scenario.id, stage_id, choice_id, ItemKind.TRADEOFF, index, t.dimension)
    return ReviewItem(location, scenario, t.claim, t.evidence, t.effect, t.reasoning, tuple(t.citations))


def argument_item(
    scenario: Scenario, stage_id: str, choice_id: str, kind: ItemKind, index: int, a: Argument
) -> ReviewItem:
    location = Location(scenario.id, stage_id, choice_id, kind, index)
    return ReviewItem(location, scenario, a.text, None, 0, "", tuple(a.citations))


def is_reviewable(tradeoff: TradeOff) -> bool:
    """A trade-off that claims the documents back it (an assumption has nothing to check)."""
    return tradeoff.evidence is not Evidence.ASSUMPTION


def review_items(scenarios: list[Scenario], arguments: bool = True) -> Iterator[ReviewItem]:
    """Every reviewable item of a pack, in reading order: a choice's trade-offs, then its arguments."""
    for scenario in scenarios:
        for stage in scenario.stages:
            for choice in stage.choices:
                for index, tradeoff in enumerate(choice.tradeoffs):
                    if is_reviewable(tradeoff):
                        yield tradeoff_item(scenario, stage.id, choice.id, index, tradeoff)
                if not arguments:
                    continue
                for kind in (ItemKind.ARGUMENT_FOR, ItemKind.ARGUMENT_AGAINST):
                    for index, argument in enumerate(getattr(choice, kind.value)):
                        if argument.citations:
                            yield argument_item(scenario, stage.id, choice.id, kind, index, argument)


class Review:
    """The verdicts of one pack, with lookups by item."""

    def __init__(self, path: Path, records: list[ReviewRecord] | None = None) -> None:
        self.path = path
        self.records: list[ReviewRecord] = list(records or [])
        self._cached: (
            tuple[list[ReviewRecord], int, dict[str, ReviewRecord], dict[str, ReviewRecord]] | None
        ) = None
        #: Hashes of the items of loaded scenarios (immutable once loaded), by scenario and location;
        #: the scenario is kept with its hash so a recycled ``id`` can never match.
        self._hashes: dict[tuple[int, str], tuple[Scenario, str]] = {}

    def hash_of(self, item: ReviewItem) -> str:
        """``item.item_hash``, computed once per item (a page asks again at every render)."""
        key = (id(item.scenario), item.location.key)
        hit = self._hashes.get(key)
        if hit is not None and hit[0] is item.scenario:
            return hit[1]
        value = item.item_hash
        self._hashes[key] = (item.scenario, value)
        return value

    def _index(self) -> tuple[dict[str, ReviewRecord], dict[str, ReviewRecord]]:
        # A page asks once per trade-off: build the lookups once per change of the records.
        cached = self._cached
        if cached is not None and cached[0] is self.records and cached[1] == len(self.records):
            return cached[2], cached[3]
        by_key: dict[str, ReviewRecord] = {}
        by_hash: dict[str, ReviewRecord] = {}
        for record in self.records:  # later records win
            by_key[record.location.key] = record
            by_hash[record.item_hash] = record
        self._cached = (self.records, len(self.records), by_key, by_hash)
        return by_key, by_hash

    def lookup(self, item: ReviewItem) -> tuple[ReviewState, ReviewRecord | None]:
        """The item's state and the record that decides it (the stale one, for a stale item)."""
        by_key, by_hash = self._index()
        return _state(item, self.hash_of(item), by_key, by_hash)

    def states(self, items: list[ReviewItem]) -> list[tuple[ReviewItem, ReviewState, ReviewRecord | None]]:
        by_key, by_hash = self._index()
        return [(item, *_state(item, self.hash_of(item), by_key, by_hash)) for item in items]

    def record(
        self, item: ReviewItem, verdict: Verdict, reviewer: str, note: str = "", when: str | None = None
    ) -> ReviewRecord:
        """Add (or replace) the verdict on ``item``; the caller saves."""
        if not reviewer.strip():
            raise ValueError("a verdict needs the reviewer's name")
        record = ReviewRecord(
            item_hash=self.hash_of(item),
            location=item.location,
            verdict=verdict,
            reviewer=reviewer.strip(),
            date=when or Date.today().isoformat(),
            note=note.strip(),
            claim=_squash(item.text),
        )
        key = item.location.key
        self.records = [r for r in self.records if r.location.key != key and r.item_hash != record.item_hash]
        self.records.append(record)
        return record

    def snapshot(self) -> dict[str, object]:
        """The file's content now (for a save that runs in another thread)."""
        return {"records": msgspec.to_builtins(self.records)}

    def save(self) -> None:
        save_snapshot(self.path, self.snapshot())


def save_snapshot(path: Path, data: Mapping[str, object]) -> None:
    """Write a review file atomically, keeping the last good copy as ``review.json.bak``."""
    store.save(path, KIND, VERSION, data)


def _state(
    item: ReviewItem, current: str, by_key: dict[str, ReviewRecord], by_hash: dict[str, ReviewRecord]
) -> tuple[ReviewState, ReviewRecord | None]:
    found = by_hash.get(current)  # also finds an item that moved unchanged
    if found is not None:
        return ReviewState.REVIEWED, found
    old = by_key.get(item.location.key)
    if old is not None:
        return ReviewState.STALE, old
    return ReviewState.UNREVIEWED, None


def review_path(pack_dir: Path) -> Path:
    return pack_dir / REVIEW_FILE


def load_review(pack_dir: Path) -> Review:
    """The pack's verdicts (none if the file does not exist); a damaged file is a ``ReviewFileError``."""
    path = review_path(pack_dir)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Review(path)
    except OSError as error:
        raise ReviewFileError(f"{path}: cannot read the review file ({error.strerror})") from None
    try:
        document = msgspec.json.decode(raw, type=ReviewDocument)
    except msgspec.ValidationError as error:
        raise ReviewFileError(f"{path}: {_locate_message(str(error), raw)}") from None
    except msgspec.DecodeError as error:
        raise ReviewFileError(
            f"{path}: the file is damaged ({_locate_message(str(error), raw)}); mend it, or restore it from "
            f"version control or from {store.backup_path(path).name} if there is one; it is not overwritten"
        ) from None
    if document.version > VERSION:
        raise ReviewFileError(
            f"{path}: written by a newer version of the app (format {document.version}, this app reads "
            f"up to {VERSION}); it is not overwritten"
        )
    return Review(path, document.records)


_BYTE = re.compile(r"\(byte (\d+)\)")


def _locate_message(message: str, raw: bytes) -> str:
    """msgspec names a byte offset for malformed JSON; people want a line and column."""
    match = _BYTE.search(message)
    if not match:
        return message
    offset = int(match.group(1))
    before = raw[:offset].decode("utf-8", "replace")
    line = before.count("\n") + 1
    column = len(before) - (before.rfind("\n") + 1) + 1
    return _BYTE.sub(f"(line {line}, column {column})", message)


# -- import of verdicts from elsewhere (an audit's table) -------------------------------------------

_PATH = re.compile(r"^(?P<kind>tradeoffs|arguments_for|arguments_against)\[(?P<index>\d+)\]$")


def find_item(items: list[ReviewItem], where: str | Location) -> ReviewItem:
    """The item at ``where``: a ``Location``, or a path such as

    - ``scenario/stage/choice/tradeoffs[2]`` or ``scenario/choice/tradeoffs[2]``
      (also ``arguments_for[0]``, ``arguments_against[1]``);
    - ``scenario/choice/dimension`` when the choice has one reviewable trade-off on that dimension.
    """
    if isinstance(where, Location):
        found = [i for i in items if i.location.key == where.key]
    else:
        parts = where.strip().strip("/").split("/")
        if len(parts) not in (3, 4):
            raise KeyError(
                f"{where!r}: expected scenario/[stage/]choice/tradeoffs[N] or scenario/choice/dimension"
            )
        scenario, choice, last = parts[0], parts[-2], parts[-1]
        stage = parts[1] if len(parts) == 4 else None
        path = _PATH.match(last)
        found = [
            i
            for i in items
            if i.location.scenario == scenario
            and i.location.choice == choice
            and (stage is None or i.location.stage == stage)
            and (
                (i.location.kind.value == path.group("kind") and i.location.index == int(path.group("index")))
                if path
                else (i.location.kind is ItemKind.TRADEOFF and i.location.dimension == last)
            )
        ]
    if not found:
        raise KeyError(f"{where}: no reviewable trade-off or cited argument there")
    if len(found) > 1:
        raise KeyError(f"{where}: {len(found)} trade-offs on that dimension; name one as tradeoffs[N]")
    return found[0]


VerdictSpec = Verdict | str | tuple[Verdict | str, str] | Mapping[str, str]


def record_verdicts(
    pack: LoadedPack,
    verdicts_by_location: Mapping[str | Location, VerdictSpec],
    reviewer: str,
    when: str | None = None,
) -> int:
    """Record many verdicts at once and save; all or nothing.

    ``verdicts_by_location`` maps a location (see ``find_item``) to a verdict, a
    ``(verdict, note)`` pair or ``{"verdict": …, "note": …}``. Any unknown
    location or verdict raises ``KeyError``/``ValueError`` listing every one, and
    nothing is written. Returns the number of verdicts recorded.
    """
    review = load_review(pack.directory)
    items = list(review_items(pack.scenarios))
    problems: list[str] = []
    planned: list[tuple[ReviewItem, Verdict, str]] = []
    for where, spec in verdicts_by_location.items():
        if isinstance(spec, Mapping):
            verdict_text, note = spec.get("verdict", ""), spec.get("note", "")
        elif isinstance(spec, tuple):
            verdict_text, note = spec
        else:
            verdict_text, note = spec, ""
        try:
            item = find_item(items, where)
            verdict = Verdict(verdict_text)
        except KeyError as error:
            problems.append(str(error.args[0]))
            continue
        except ValueError:
            allowed = ", ".join(v.value for v in Verdict)
            problems.append(f"{where}: unknown verdict {verdict_text!r} (allowed: {allowed})")
            continue
        planned.append((item, verdict, note))
    if problems:
        raise ValueError("nothing recorded:\n" + "\n".join(problems))
    for item, verdict, note in planned:
        review.record(item, verdict, reviewer, note, when)
    review.save()
    return len(planned)
