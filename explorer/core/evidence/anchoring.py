"""Citations are quotes: find the exact span a quote stands for in a source.

A quote is matched with all whitespace removed, first in the original (so a quote
copied from the reading edition still matches text the PDF broke across lines),
then in the reading edition (so a quote that runs across an interruption the
edition has mended, such as a footnote column inside a paragraph, still
resolves). ``prefix`` and ``suffix`` disambiguate a quote that occurs more than
once, as in the W3C Web Annotation TextQuoteSelector.
"""

from __future__ import annotations

from dataclasses import dataclass

from explorer.core.evidence.corpus import SourceDocument
from explorer.core.evidence.textindex import Passage, StrippedText, strip_whitespace


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a quote stands: a span of the original and of the reading edition."""

    source_id: str
    start: int
    end: int
    edition_start: int
    edition_end: int
    #: Language of the edition block the quote starts in (``nl``, ``fr``, ``en``).
    lang: str


class AnchorError(ValueError):
    """A quote that matches nothing, or more than one place, in its source."""

    def __init__(self, message: str, closest: Passage | None = None, lines: tuple[int, ...] = ()) -> None:
        super().__init__(message)
        self.closest = closest
        self.lines = lines


#: Hits looked at per quote: enough to tell one from many and to name a few lines.
#: Never more, whatever the quote (``e`` occurs 100,000 times in a long source).
_HITS_SHOWN = 8


def _matches(text: StrippedText, quote: str, prefix: str, suffix: str) -> list[int]:
    """Up to ``_HITS_SHOWN`` starts of ``quote`` between ``prefix`` and ``suffix``.

    The stripped text has no gaps, so "the quote with this prefix before it and this
    suffix after it" is one contiguous needle: a single C-speed search, not a filter
    over every occurrence of a short quote.
    """
    hits = text.find_all(prefix + quote + suffix, limit=_HITS_SHOWN)
    return [at + len(prefix) for at in hits]


def _count(text: StrippedText, quote: str, prefix: str, suffix: str, seen: int) -> int:
    """How often the quote occurs in context (counted in C only when there are many)."""
    return text.stripped.count(prefix + quote + suffix) if seen >= _HITS_SHOWN else seen


def resolve(
    document: SourceDocument, quote: str, prefix: str = "", suffix: str = "", *, suggest: bool = True
) -> Anchor:
    """The exact span of ``quote`` in ``document``, or an ``AnchorError`` that says why not.

    ``suggest=False`` skips looking for the closest passage when the quote is not
    found (a scan of the source; the loader allows a bounded number per file).
    """
    wanted = strip_whitespace(quote)
    if not wanted:
        raise AnchorError("the quote is empty")
    before, after = strip_whitespace(prefix), strip_whitespace(suffix)
    edition = document.edition

    original_hits = _matches(document.stripped, wanted, before, after)
    if len(original_hits) == 1:
        start, end = document.stripped.original_span(original_hits[0], original_hits[0] + len(wanted))
        shown = edition.edition_span(start, end)
        if shown is None:
            raise AnchorError(
                f"the quote is in a part of {document.id} that the reading edition leaves out "
                "(page furniture); cite the text itself"
            )
        return Anchor(document.id, start, end, shown[0], shown[1], edition.block_at(shown[0]).lang)
    if len(original_hits) > 1:
        # Line numbers for the few hits kept, counted in one pass from the first.
        stripped = document.stripped
        positions = [stripped.original_index(at) for at in original_hits]
        numbers, line, counted = set(), 1, 0
        for position in positions:
            line += stripped.original.count("\n", counted, position)
            counted = position
            numbers.add(line)
        lines = tuple(sorted(numbers))
        where = ", ".join(str(number) for number in lines)
        more = "…" if len(original_hits) >= _HITS_SHOWN else ""
        total = _count(stripped, wanted, before, after, len(original_hits))
        raise AnchorError(
            f"the quote occurs {total} times in {document.id} (original lines {where}{more}); "
            "add a prefix or suffix (the words just before or after it) to say which",
            lines=lines,
        )

    reading = document.edition_stripped
    edition_hits = _matches(reading, wanted, before, after)
    if len(edition_hits) == 1:
        first = reading.original_index(edition_hits[0])
        last = reading.original_index(edition_hits[0] + len(wanted) - 1)
        positions = [edition.original_position(first), edition.original_position(last)]
        return Anchor(
            document.id, min(positions), max(positions) + 1, first, last + 1, edition.block_at(first).lang
        )
    if len(edition_hits) > 1:
        total = _count(reading, wanted, before, after, len(edition_hits))
        raise AnchorError(
            f"the quote occurs {total} times in the reading edition of {document.id}; "
            "add a prefix or suffix to say which"
        )

    closest = document.stripped.closest_passage(quote) if suggest else None
    hint = f"; the closest passage is: “{_shorten(closest.text)}”" if closest else ""
    context = (
        " with that prefix/suffix"
        if (before or after) and _matches(document.stripped, wanted, "", "")
        else ""
    )
    raise AnchorError(f"the quote is not in {document.id}{context}{hint}", closest=closest)


def _shorten(text: str, limit: int = 140) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
