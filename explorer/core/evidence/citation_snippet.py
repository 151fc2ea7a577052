"""Cite by selecting: a selected passage of a source as a ready ``evidence`` entry.

The snippet carries the exact quote and the shortest ``prefix``/``suffix`` (in whole
words, fewest words first) with which the quote resolves to the selected place and
nowhere else, proven with the same ``resolve`` the pack's loading uses.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass

import yaml

from explorer.core.evidence.anchoring import AnchorError, resolve
from explorer.core.evidence.corpus import SourceDocument

#: Words of context tried on each side before giving up on making a quote unique.
MAX_CONTEXT_WORDS = 12
_WORD = re.compile(r"[^\W\d_]{3,}")


@dataclass(frozen=True, slots=True)
class CitationSnippet:
    citation_id: str
    source_id: str
    quote: str
    prefix: str
    suffix: str
    #: The quote's language (a ``gloss`` is needed unless it is English).
    language: str
    #: False when no prefix/suffix of up to ``MAX_CONTEXT_WORDS`` words made the quote unique.
    unique: bool

    def fields(self) -> dict[str, str]:
        entry = {"source": self.source_id, "quote": self.quote}
        if self.prefix:
            entry["prefix"] = self.prefix
        if self.suffix:
            entry["suffix"] = self.suffix
        if self.language != "en":
            entry["gloss"] = ""
        return entry

    def yaml(self) -> str:
        """The entry as it goes under a scenario's ``evidence:`` (indented two spaces)."""
        body = yaml.safe_dump(
            {self.citation_id: self.fields()}, allow_unicode=True, sort_keys=False, width=1_000
        )
        lines = ["  " + line for line in body.splitlines()]
        if self.language != "en":
            lines.append(f"    # gloss: a faithful English translation of this {self.language} quote")
        if not self.unique:
            lines.append("    # the quote is not unique even with context: select a longer passage")
        return "\n".join(lines) + "\n"


def suggest_id(quote: str, taken: Collection[str] = ()) -> str:
    """An evidence id from the quote's first words, not one of ``taken``."""
    words = [w.lower() for w in _WORD.findall(quote)][:3]
    # Accents decomposed and dropped: ``één`` gives ``een``, not ``n``.
    ascii_words = [unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode() for w in words]
    ascii_words = [re.sub(r"[^a-z0-9]", "", w) for w in ascii_words]
    stem = "-".join(w for w in ascii_words if w) or "passage"
    candidate, number = stem, 2
    while candidate in taken:
        candidate, number = f"{stem}-{number}", number + 1
    return candidate


def citation_for_selection(
    document: SourceDocument, start: int, end: int, taken: Collection[str] = ()
) -> CitationSnippet:
    """The citation of the edition span ``start:end`` of ``document`` (the reader's selection).

    ``ValueError`` if the selection holds no text.
    """
    text = document.edition.text
    selected = text[start:end]
    start += len(selected) - len(selected.lstrip())
    end -= len(selected) - len(selected.rstrip())
    quote = " ".join(text[start:end].split())
    if not quote:
        raise ValueError("the selection holds no text")
    before = text[:start].split()[-MAX_CONTEXT_WORDS:]
    after = text[end:].split()[:MAX_CONTEXT_WORDS]
    language = document.edition.block_at(start).lang
    for total in range(0, 2 * MAX_CONTEXT_WORDS + 1):
        for suffix_words in range(min(total, len(after)), -1, -1):  # a suffix reads more naturally
            prefix_words = total - suffix_words
            if prefix_words > len(before):
                continue
            prefix = " ".join(before[len(before) - prefix_words :]) if prefix_words else ""
            suffix = " ".join(after[:suffix_words])
            try:
                anchor = resolve(document, quote, prefix, suffix)
            except AnchorError:
                continue
            if anchor.edition_start <= start < anchor.edition_end or start <= anchor.edition_start < end:
                return CitationSnippet(
                    suggest_id(quote, taken), document.id, quote, prefix, suffix, language, True
                )
    return CitationSnippet(suggest_id(quote, taken), document.id, quote, "", "", language, False)
