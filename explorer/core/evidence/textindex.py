"""Whitespace-insensitive text: the shared basis of anchoring and edition checks.

PDF extraction breaks lines anywhere, even inside words, so every comparison
between a quote, a reading edition and an original is made on the text with all
whitespace removed. ``StrippedText`` keeps that stripped form together with the
position of each of its characters in the original, so a match found in the
stripped form maps straight back to an exact span of the original.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass

_WHITESPACE = re.compile(r"\s+")
_VISIBLE = re.compile(r"\S+")


def strip_whitespace(text: str) -> str:
    """``text`` without any whitespace (spaces, tabs, newlines, no-break spaces)."""
    return _WHITESPACE.sub("", text)


def collapse_whitespace(text: str) -> str:
    """``text`` with each run of whitespace turned into one space, trimmed."""
    return _WHITESPACE.sub(" ", text).strip()


@dataclass(frozen=True, slots=True)
class Passage:
    """A span of an original text, for showing to a person."""

    start: int
    end: int
    text: str


class StrippedText:
    """An original text and its whitespace-free form, with a map between them."""

    __slots__ = ("_grams", "_lookups", "_positions", "original", "stripped")

    #: Needles at least this long can be looked up in a gram index instead of scanned.
    GRAM = 8
    #: Scans are cheap for a few hundred lookups; past this many, the index pays for itself.
    INDEX_AFTER = 400

    def __init__(self, original: str) -> None:
        self.original = original
        positions = array("i")
        words = _VISIBLE.findall(original)
        for match in _VISIBLE.finditer(original):
            positions.extend(range(match.start(), match.end()))
        self.stripped = "".join(words)
        self._positions = positions
        self._grams: dict[str, list[int]] | None = None
        self._lookups = 0

    def __getstate__(self) -> tuple[str, str, array[int]]:
        # The gram index is rebuilt on demand; caches need not carry it.
        return self.original, self.stripped, self._positions

    def __setstate__(self, state: tuple[str, str, array[int]]) -> None:
        self.original, self.stripped, self._positions = state
        self._grams, self._lookups = None, 0

    def _gram_index(self) -> dict[str, list[int]]:
        # One pass over the text, then every lookup of a quote costs a dict probe
        # plus a check of its few candidate positions instead of a scan of the whole
        # source (which matters at 1,000 scenarios). It costs about 150 bytes per
        # character, so it is built only for a source that is looked up a lot.
        if self._grams is None:
            grams: dict[str, list[int]] = {}
            text, size = self.stripped, self.GRAM
            for at in range(len(text) - size + 1):
                grams.setdefault(text[at : at + size], []).append(at)
            self._grams = grams
        return self._grams

    def original_index(self, stripped_index: int) -> int:
        """Position in the original of the character at ``stripped_index``."""
        return self._positions[stripped_index]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original span covering stripped characters ``start`` to ``end``."""
        return self._positions[start], self._positions[end - 1] + 1

    def find_all(self, needle: str, limit: int = 50) -> list[int]:
        """Start positions (in the stripped text) of ``needle``, at most ``limit``."""
        found: list[int] = []
        if not needle:
            return found
        self._lookups += 1
        if len(needle) >= self.GRAM and (self._grams is not None or self._lookups > self.INDEX_AFTER):
            text = self.stripped
            for at in self._gram_index().get(needle[: self.GRAM], ()):
                if text.startswith(needle, at):
                    found.append(at)
                    if len(found) >= limit:
                        break
            return found
        at = self.stripped.find(needle)
        while at != -1 and len(found) < limit:
            found.append(at)
            at = self.stripped.find(needle, at + 1)
        return found

    def line_of(self, original_index: int) -> int:
        """1-based line number of an original position."""
        return self.original.count("\n", 0, original_index) + 1

    def closest_passage(self, needle: str, shingle: int = 6) -> Passage | None:
        """The passage of the original that shares the most of ``needle``'s text.

        Votes by short character shingles: each shingle of the needle that occurs
        in the stripped text votes for where the needle would start there. Cheap,
        and good at finding a quote with a typo, a changed word or lost accents.
        """
        stripped_needle = strip_whitespace(needle)
        if not stripped_needle or not self.stripped:
            return None
        size = min(shingle, len(stripped_needle))
        votes: dict[int, int] = {}
        haystack = self.stripped
        # At most 64 shingles, spread over the needle: each one is a scan of the source,
        # and a long quote would otherwise cost a scan per character.
        step = max(1, (len(stripped_needle) - size + 1) // 64)
        for offset in range(0, len(stripped_needle) - size + 1, step):
            piece = stripped_needle[offset : offset + size]
            at = haystack.find(piece)
            hits = 0
            while at != -1 and hits < 20:
                start = at - offset
                votes[start] = votes.get(start, 0) + 1
                at = haystack.find(piece, at + 1)
                hits += 1
        if not votes:
            return None
        # Neighbouring starts belong to the same passage (an inserted or deleted
        # character shifts the offset by one), so pool votes in a small window.
        best_start, best_score = 0, -1
        for start in votes:
            score = sum(votes.get(start + delta, 0) for delta in range(-3, 4))
            if score > best_score:
                best_start, best_score = start, score
        begin = max(0, best_start)
        end = min(len(haystack), best_start + len(stripped_needle))
        if end <= begin:
            return None
        original_start, original_end = self.original_span(begin, end)
        # Widen to whole words so the suggestion can be copied as a quote.
        text = self.original
        while original_start > 0 and not text[original_start - 1].isspace():
            original_start -= 1
        while original_end < len(text) and not text[original_end].isspace():
            original_end += 1
        return Passage(
            original_start,
            original_end,
            collapse_whitespace(self.original[original_start:original_end]),
        )
