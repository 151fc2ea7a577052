"""Reading editions: a clean text of a source, provably made only of the original.

An edition file (``edition.txt`` beside the original) lists blocks in reading
order. A line ``@kind key=value …`` opens a block; the lines after it, up to the
next ``@`` line, are its text; lines starting with ``%`` are editor's comments.

The text is the original's own words with the PDF damage undone, using only two
marks besides whitespace:

- ``‖`` (segment break): the block continues from another place in the original,
  e.g. a paragraph interrupted by a column of footnotes. ``bescher‖ming`` rejoins a
  word split across that interruption; ``burgers ‖ en`` keeps the space.
- ``¬`` (hidden hyphen): the original has a hyphen here that only split a word at
  a line end (``Neder-`` / ``landen``); the reader sees ``Nederlanden``.

Loading an edition proves it faithful: with whitespace removed and each ``¬``
read as ``-``, every segment is found as a contiguous piece of the original,
segments never overlap, and together with the declared omissions (page furniture
such as a black square) they cover the whole original. Anything else is an
``EditionError`` naming the block and showing the closest original passage.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from explorer.core.evidence.textindex import StrippedText, collapse_whitespace, strip_whitespace

_HEADER = re.compile(r"^@[a-z]")  # "@ UN Peacekeeping" (a photo credit) is text

SEGMENT_BREAK = "‖"
HIDDEN_HYPHEN = "¬"

BLOCK_KINDS = frozenset(
    {
        "title",
        "subtitle",
        "byline",
        "author-note",
        "lede",
        "meta",
        "heading",
        "subheading",
        "paragraph",
        "list-item",
        "quote",
        "pullquote",
        "caption",
        "footnote",
        "abstract",
        "signature",
    }
)


class EditionError(ValueError):
    """A reading edition that is not a faithful rearrangement of its original."""


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph, heading, footnote or caption of a reading edition."""

    index: int
    kind: str
    lang: str
    label: str
    text: str
    #: Offsets of ``text`` in the edition's full text.
    start: int
    end: int
    #: The pieces of the original this block is made of, as (start, end) offsets.
    segments: tuple[tuple[int, int], ...]
    #: Line of the ``@`` header in the edition file, for error messages.
    line: int


@dataclass(frozen=True, slots=True)
class Omission:
    """Original text deliberately left out of the reading edition, and why."""

    text: str
    reason: str


class ReadingEdition:
    """The clean text of a source and an exact map back to its original."""

    def __init__(
        self,
        text: str,
        blocks: Sequence[Block],
        to_original: array[int],
        to_edition: array[int],
        omitted: Sequence[tuple[int, int]],
    ) -> None:
        self.text = text
        self.blocks = tuple(blocks)
        self._to_original = to_original
        self._to_edition = to_edition
        #: Original spans that no block covers (declared omissions and whitespace).
        self.omitted = tuple(omitted)
        self._block_starts = [block.start for block in self.blocks]

    def original_position(self, edition_index: int) -> int:
        """Original offset of a visible edition character, or -1 for layout."""
        return self._to_original[edition_index]

    def edition_position(self, original_index: int) -> int:
        """Edition offset of an original character, or -1 if not shown."""
        return self._to_edition[original_index]

    def edition_span(self, original_start: int, original_end: int) -> tuple[int, int] | None:
        """The edition span showing the original span, or None if none of it shows."""
        # Sorting the distinct positions runs in C; -1 marks characters not shown.
        positions = sorted(set(self._to_edition[original_start:original_end]))
        if positions and positions[0] < 0:
            positions = positions[1:]
        if not positions:
            return None
        return positions[0], positions[-1] + 1

    def block_at(self, edition_index: int) -> Block:
        """The block containing (or nearest before) an edition offset."""
        at = bisect.bisect_right(self._block_starts, edition_index) - 1
        return self.blocks[max(at, 0)]


@dataclass(frozen=True, slots=True)
class _RawBlock:
    kind: str
    attrs: dict[str, str]
    lines: list[str]
    line: int


def _parse(edition_source: str) -> list[_RawBlock]:
    blocks: list[_RawBlock] = []
    for number, line in enumerate(edition_source.splitlines(), start=1):
        if line.startswith("%"):
            continue
        header = _HEADER.match(line)
        if header:
            head, *pairs = line[1:].split()
            attrs: dict[str, str] = {}
            for pair in pairs:
                key, sep, value = pair.partition("=")
                if not sep:
                    raise EditionError(f"line {number}: expected key=value, got {pair!r}")
                attrs[key] = value
            if head not in BLOCK_KINDS:
                known = ", ".join(sorted(BLOCK_KINDS))
                raise EditionError(f"line {number}: unknown block kind {head!r} (known: {known})")
            blocks.append(_RawBlock(head, attrs, [], number))
        elif blocks:
            blocks[-1].lines.append(line)
        elif line.strip():
            raise EditionError(f"line {number}: text before the first @block header")
    return blocks


class _Claims:
    """Stripped-text intervals already taken by earlier segments."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def free(self, start: int, end: int) -> bool:
        at = bisect.bisect_right(self.starts, start)
        if at > 0 and self.ends[at - 1] > start:
            return False
        return not (at < len(self.starts) and self.starts[at] < end)

    def take(self, start: int, end: int) -> None:
        at = bisect.bisect_right(self.starts, start)
        self.starts.insert(at, start)
        self.ends.insert(at, end)

    def gaps(self, length: int) -> list[tuple[int, int]]:
        gaps, cursor = [], 0
        for start, end in zip(self.starts, self.ends, strict=True):
            if start > cursor:
                gaps.append((cursor, start))
            cursor = max(cursor, end)
        if cursor < length:
            gaps.append((cursor, length))
        return gaps


def _locate(piece: str, source: StrippedText, claims: _Claims, cursor: int) -> int:
    """Where a segment lies: the first free occurrence after the previous segment,
    else the first free one anywhere (for text the PDF put out of order)."""
    occurrences = source.find_all(piece, limit=1000)
    free = [at for at in occurrences if claims.free(at, at + len(piece))]
    after = [at for at in free if at >= cursor]
    if after:
        return after[0]
    if free:
        return free[0]
    return -1


def _uncovered(gap: str, omissions: Iterable[Omission]) -> str:
    remainder = gap
    for omission in omissions:
        remainder = remainder.replace(strip_whitespace(omission.text), "")
    return remainder


def build_edition(
    edition_source: str,
    original: StrippedText,
    default_lang: str,
    omissions: Sequence[Omission] = (),
) -> ReadingEdition:
    """Parse an edition file and prove it against its original."""
    raw_blocks = _parse(edition_source)
    if not raw_blocks:
        raise EditionError("the edition has no blocks")
    claims = _Claims()
    cursor = 0
    original_text = original.original
    to_edition = array("i", [-1]) * len(original_text)
    to_original = array("i")
    out: list[str] = []
    blocks: list[Block] = []
    length = 0

    for index, raw in enumerate(raw_blocks):
        body = "\n".join(raw.lines)
        pieces = body.split(SEGMENT_BREAK)
        starts: list[int] = []
        for piece in pieces:
            wanted = strip_whitespace(piece).replace(HIDDEN_HYPHEN, "-")
            if not wanted:
                raise EditionError(f"line {raw.line}: block {index} has an empty segment")
            at = _locate(wanted, original, claims, cursor)
            if at < 0:
                closest = original.closest_passage(wanted)
                hint = f"; closest original passage: {closest.text[:160]!r}" if closest else ""
                raise EditionError(
                    f"line {raw.line}: {raw.kind} block {index} is not a free, contiguous "
                    f"piece of the original: {collapse_whitespace(piece)[:120]!r}{hint}"
                )
            claims.take(at, at + len(wanted))
            starts.append(at)
            cursor = at + len(wanted)

        # Render the block and map every visible character to the original.
        if blocks:
            out.append("\n\n")
            to_original.extend((-1, -1))
            length += 2
        block_start = length
        piece_index, offset = 0, 0
        pending_space = False
        for char in body.strip():
            if char == SEGMENT_BREAK:
                piece_index, offset = piece_index + 1, 0
                continue
            if char.isspace():
                pending_space = length > block_start
                continue
            if char == HIDDEN_HYPHEN:
                offset += 1  # the original's hyphen, read but not shown
                continue
            if pending_space:
                out.append(" ")
                to_original.append(-1)
                length += 1
                pending_space = False
            position = original.original_index(starts[piece_index] + offset)
            out.append(char)
            to_original.append(position)
            to_edition[position] = length
            length += 1
            offset += 1
        segments = tuple(
            original.original_span(start, start + len(strip_whitespace(piece).replace(HIDDEN_HYPHEN, "-")))
            for start, piece in zip(starts, pieces, strict=True)
        )
        # The text is filled in once the whole edition is joined.
        blocks.append(
            Block(
                index=index,
                kind=raw.kind,
                lang=raw.attrs.get("lang", default_lang),
                label=raw.attrs.get("n", ""),
                text="",
                start=block_start,
                end=length,
                segments=segments,
                line=raw.line,
            )
        )

    full_text = "".join(out)
    blocks = [
        Block(
            b.index, b.kind, b.lang, b.label, full_text[b.start : b.end], b.start, b.end, b.segments, b.line
        )
        for b in blocks
    ]

    omitted: list[tuple[int, int]] = []
    for start, end in claims.gaps(len(original.stripped)):
        gap = original.stripped[start:end]
        left = _uncovered(gap, omissions)
        span = original.original_span(start, end)
        if left:
            missing = collapse_whitespace(original_text[span[0] : span[1]])[:120]
            raise EditionError(
                f"original line {original.line_of(span[0])}: text missing from the edition "
                f"and not a declared omission: {missing!r}"
            )
        omitted.append(span)
    return ReadingEdition(full_text, blocks, to_original, to_edition, omitted)
